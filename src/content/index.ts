// Content script entry: picks the site adapter for this page and starts watching for open emails.
import { startContentScript } from './main';
import { timed } from './perf';

timed(startContentScript)();
