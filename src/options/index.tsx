import { render } from 'preact';

render(<main>Graceful Decline options</main>, document.getElementById('app') as HTMLElement);
