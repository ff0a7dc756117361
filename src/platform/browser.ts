// The one place that imports the WebExtension API, so the rest imports a typed `browser` from here
// and tests can swap it.
import browser from 'webextension-polyfill';

export default browser;
export type { Browser, Runtime, Tabs } from 'webextension-polyfill';
