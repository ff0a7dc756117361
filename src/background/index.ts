// Service worker entry. Listeners are registered synchronously at the top level so that events
// that wake the worker are delivered.
import { registerWorker } from './worker';

registerWorker();
