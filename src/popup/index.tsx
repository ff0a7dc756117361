import { render } from 'preact';

render(<main>Graceful Decline</main>, document.getElementById('app') as HTMLElement);
