// Popup entry: start loading the tab's state and the settings at once, then render.
import { render } from 'preact';
import { loadPopupContext } from './load-context';
import { PopupApp } from './PopupApp';

performance.mark('graceful-decline:script-start');
render(<PopupApp loading={loadPopupContext()} />, document.getElementById('app') as HTMLElement);
