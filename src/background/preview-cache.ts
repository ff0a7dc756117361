// The default preview of a tab's invitation, kept in storage.session next to the tab's state: the
// worker composes it when it sees the invitation (and whenever the popup asks for the default form),
// and the popup shows it from one storage read instead of a round trip to the worker.
// It is stored with a fingerprint of everything it was composed from (the tab's state, the settings,
// the form's inputs); the popup uses it only when its own fingerprint matches, so a stale one (the
// options changed, another message opened) is never shown: the popup then asks the worker as before.
import type { Settings } from '../core/settings';
import type { DeclineAnswers } from '../core/types';
import type { InvitationOverrides } from '../core/invitation-context';
import browser from '../platform/browser';
import type { TabState } from '../platform/tab-state';
import type { PreviewReply } from './preview-flow';

export interface StoredPreview {
  fingerprint: string;
  reply: PreviewReply;
}

interface FormInputs {
  answers: DeclineAnswers;
  invitation: InvitationOverrides;
}

const key = (tabId: number) => `preview:${tabId}`;

/** JSON with object keys sorted: storage may hand objects back with their keys in another order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonical(x))).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** cyrb53: a fast 53-bit string hash (a message body can be long; the fingerprint stays short). */
function hash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(h2 >>> 0).toString(36)}.${(h1 >>> 0).toString(36)}.${s.length}`;
}

/** Everything the composer reads for a form without a pasted invitation. */
export function previewFingerprint(state: TabState, settings: Settings, inputs: FormInputs): string {
  return hash(canonical([state, settings, inputs.answers, inputs.invitation]));
}

/** Both sides build the inputs the same way, but compare them without regard to key order. */
export function sameInputs(a: FormInputs, b: FormInputs): boolean {
  return canonical([a.answers, a.invitation]) === canonical([b.answers, b.invitation]);
}

export async function getStoredPreview(tabId: number): Promise<StoredPreview | null> {
  const got = await browser.storage.session.get(key(tabId));
  const v = got[key(tabId)] as StoredPreview | undefined;
  return v && typeof v.fingerprint === 'string' && v.reply && typeof v.reply === 'object' ? v : null;
}

export async function storePreview(tabId: number, stored: StoredPreview): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: stored });
}

export async function forgetStoredPreview(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
