// @vitest-environment happy-dom
// The watcher's promise: near-zero work per mutation, one look per burst, the message read only
// when it changes, nothing on list views, "closed" when the message goes away.
import { afterEach, describe, expect, it } from 'vitest';
import type { SiteAdapter } from '../../src/content/sites/types';
import { FRAME_FALLBACK_MS } from '../../src/content/dom/after-frame';
import { SETTLE_MS, watch } from '../../src/content/watcher';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Long enough for a tick however slow the frame: the settle delay plus the no-frame fallback. */
const settle = () => sleep(SETTLE_MS + FRAME_FALLBACK_MS + 50);

/** Records what the watcher reports; `ready` false makes opened() say "could not read yet". */
function recorder(events: string[], prefix = '', ready = () => true) {
  return {
    opened: (k: string) => {
      if (!ready()) return false;
      events.push(`${prefix}${k}`);
      return true;
    },
    closed: () => {
      events.push('closed');
    },
    same: () => undefined,
  };
}

function fakeAdapter() {
  const state = { key: null as string | null, list: false, keyCalls: 0 };
  const adapter = {
    id: 'gmail',
    strategies: [],
    openKey: () => {
      state.keyCalls++;
      return state.key;
    },
    readOpenMessage: () => null,
    isListView: () => state.list,
    findSubjectAnchor: () => null,
    openReply: async () => ({ error: 'x' }),
    signalChange: () => undefined,
  } satisfies SiteAdapter;
  return { adapter, state };
}

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  document.body.replaceChildren();
});

describe('watch()', () => {
  it('coalesces a burst of 1,000 mutations into a look or two, and reports the open message once', async () => {
    const { adapter, state } = fakeAdapter();
    const events: string[] = [];
    stop = watch(adapter, recorder(events, 'open '));
    await settle();
    state.keyCalls = 0;
    state.key = 'thread/1';
    for (let i = 0; i < 1000; i++) document.body.appendChild(document.createElement('span'));
    await settle();
    expect(state.keyCalls).toBeLessThanOrEqual(2);
    expect(events).toEqual(['open thread/1']);
    // More mutations with the same message open: no new report.
    for (let i = 0; i < 50; i++) document.body.appendChild(document.createElement('i'));
    await settle();
    expect(events).toEqual(['open thread/1']);
  });

  it('reports another message, then "closed" when the page goes back to a list', async () => {
    const { adapter, state } = fakeAdapter();
    const events: string[] = [];
    stop = watch(adapter, recorder(events, 'open '));
    state.key = 'a';
    document.body.appendChild(document.createElement('div'));
    await settle();
    state.key = 'b';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle();
    state.list = true;
    document.body.appendChild(document.createElement('div'));
    await settle();
    expect(events).toEqual(['open a', 'open b', 'closed']);
  });

  it('does nothing at all on a list view, and never asks for a key there', async () => {
    const { adapter, state } = fakeAdapter();
    state.list = true;
    state.key = 'should-not-be-read';
    const events: string[] = [];
    stop = watch(adapter, recorder(events));
    for (let i = 0; i < 100; i++) document.body.appendChild(document.createElement('tr'));
    await settle();
    expect(events).toEqual([]);
    expect(state.keyCalls).toBe(0);
  });

  it('looks again on the next change when a message could not be read yet', async () => {
    const { adapter, state } = fakeAdapter();
    let ready = false;
    const events: string[] = [];
    stop = watch(adapter, recorder(events, '', () => ready));
    state.key = 'slow';
    document.body.appendChild(document.createElement('div'));
    await settle();
    ready = true;
    document.body.appendChild(document.createElement('div'));
    await settle();
    expect(events).toEqual(['slow']);
  });
});
