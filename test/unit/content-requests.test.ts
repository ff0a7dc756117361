// @vitest-environment happy-dom
// The content script's side of the worker protocol: only this extension may ask, every request is
// validated, and each kind gets the answer the worker expects.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (raw: unknown, sender: { id?: string }) => Promise<unknown> | undefined;
const listeners: Listener[] = [];
vi.mock('../../src/platform/browser', () => ({
  default: {
    runtime: { id: 'our-extension-id', onMessage: { addListener: (l: Listener) => listeners.push(l) } },
  },
}));

const { listenToWorker } = await import('../../src/content/handle-worker');
const { generic } = await import('../../src/content/sites/generic');
const { gmail } = await import('../../src/content/sites/gmail');

const OURS = { id: 'our-extension-id' };

beforeEach(() => {
  listeners.length = 0;
  document.body.replaceChildren();
});

describe('requests from the worker', () => {
  it('ignores other senders and malformed requests (no answer, nothing done)', () => {
    listenToWorker(generic);
    const l = listeners[0] as Listener;
    expect(l({ type: 'show-notice', text: 'hi', kind: 'info' }, { id: 'someone-else' })).toBeUndefined();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(l({ type: 'insert-draft', messageId: 1, draft: {} }, OURS)).toBeUndefined();
    expect(l({ type: 'nonsense' }, OURS)).toBeUndefined();
    expect(document.querySelector('[data-graceful-decline-notice]')).toBeNull();
  });

  it('get-selection answers with the selected text', async () => {
    listenToWorker(generic);
    const p = document.createElement('p');
    p.textContent = 'We would like to invite you to an interview.';
    document.body.appendChild(p);
    const range = document.createRange();
    range.selectNodeContents(p);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    await expect((listeners[0] as Listener)({ type: 'get-selection' }, OURS)).resolves.toEqual({ text: 'We would like to invite you to an interview.' });
  });

  it('show-notice shows the text in the page', async () => {
    listenToWorker(generic);
    await expect((listeners[0] as Listener)({ type: 'show-notice', text: 'Draft copied', kind: 'info' }, OURS)).resolves.toEqual({ ok: true });
    const host = document.querySelector('[data-graceful-decline-notice]');
    expect(host?.shadowRoot?.querySelector('[role=status]')?.textContent).toBe('Draft copied');
  });

  it('read-open-message answers null when no message is open', async () => {
    listenToWorker(gmail);
    await expect((listeners[0] as Listener)({ type: 'read-open-message' }, OURS)).resolves.toBeNull();
  });

  it('insert-draft on a generic page with nothing focused falls back to the clipboard', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => undefined }, configurable: true });
    listenToWorker(generic);
    const answer = await (listeners[0] as Listener)(
      { type: 'insert-draft', messageId: null, draft: { subject: 's', text: 'Hello', html: '<p>Hello</p>' } },
      OURS,
    );
    expect(answer).toMatchObject({ status: 'copied', strategy: 'clipboard' });
    expect((answer as { message: string }).message).toMatch(/^No reply box is open and no text field has focus\. The draft is copied/);
  });
});

describe('insert-draft twice at once', () => {
  it('answers the second request without inserting a second copy', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => undefined }, configurable: true });
    listenToWorker(generic);
    const l = listeners[0] as Listener;
    const req = { type: 'insert-draft', messageId: null, draft: { subject: 's', text: 'Hello', html: '' } };
    const [a, b] = await Promise.all([l(req, OURS), l(req, OURS)]);
    expect(a).toMatchObject({ status: 'copied' });
    expect(b).toEqual({ status: 'failed', message: 'A draft is already being inserted into this reply.' });
  });
});
