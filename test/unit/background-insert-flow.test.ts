// The popup's "Insert reply" in the worker: same inputs as the preview give the same draft; every
// way the page can fail becomes a clear 'failed' result that still carries the draft.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './background-fake-browser';

let fake: FakeBrowser;
vi.mock('../../src/platform/browser', () => ({
  get default() {
    return fake;
  },
}));

const { insertDecline } = await import('../../src/background/insert-flow');
const { INSERT_TIMEOUT_MS } = await import('../../src/background/insert-draft');
const { buildInvitation } = await import('../../src/core/invitation-context');
const { answersFromSettings } = await import('../../src/core/default-answers');
const { composeDecline } = await import('../../src/core/compose/index');
const { DEFAULT_SETTINGS } = await import('../../src/core/settings');
const { setTabState } = await import('../../src/platform/tab-state');

const TAB = 3;
const fields = { company: 'Umbrella', role: 'QA Lead', contactFirstName: 'Jo', contactName: 'Jo Park' };
const answers = { ...answersFromSettings(DEFAULT_SETTINGS), mentionReason: true, reasons: ['relocation' as const] };

beforeEach(() => {
  fake = createFakeBrowser();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('insert-decline', () => {
  it('composes exactly what the popup previews and sends it to the tab', async () => {
    let got: { text: string; html: string; subject: string } | undefined;
    fake.contentScripts.set(TAB, (m) => {
      got = m.draft as typeof got;
      return { status: 'inserted', strategy: 'execCommand', message: 'Inserted.' };
    });
    const settings = { ...DEFAULT_SETTINGS, fullName: 'Lee Chan', contactInfo: '+1 555 0100' };
    await fake.storage.sync.set({ settings });
    const reply = await insertDecline({ type: 'insert-decline', tabId: TAB, answers, invitation: fields });
    const preview = composeDecline({ invitation: buildInvitation(null, fields, null), answers, settings });
    expect(reply.result.status).toBe('inserted');
    expect(reply.draft.text).toBe(preview.text);
    expect(got?.text).toBe(preview.text);
    expect(got?.html).toBe(preview.html);
    expect(got?.text).toContain('Lee Chan');
  });

  it('uses the open message (subject, language, seed) and a pasted invitation when there is one', async () => {
    fake.contentScripts.set(TAB, () => ({ status: 'copied', strategy: 'clipboard', message: 'Copied.' }));
    const pasted = { subject: '', body: 'Hola Ana,\n\nNos gustaría invitarte a una entrevista para el puesto de Diseñadora UX en Acme. ¿Qué días te vienen bien?\n\nSaludos,\nLucía' };
    const reply = await insertDecline({ type: 'insert-decline', tabId: TAB, answers, invitation: fields, pastedEmail: pasted });
    expect(reply.result.status).toBe('copied');
    expect(reply.draft.lang).toBe('es');
  });

  it('a tab without our content script: failed, with the draft to copy and what to do', async () => {
    fake.tabUrls.set(TAB, 'https://example.com/');
    const reply = await insertDecline({ type: 'insert-decline', tabId: TAB, answers, invitation: fields });
    expect(reply.result.status).toBe('failed');
    expect(reply.result.message).toMatch(/not Gmail or Outlook/);
    expect(reply.draft.text.length).toBeGreaterThan(50);
  });

  it('revoked host access is named as the cause', async () => {
    fake.granted = false;
    await setTabState(TAB, {
      site: 'gmail',
      url: 'https://mail.google.com/mail/u/0/',
      message: { from: { name: '', email: '' }, subject: 'Interview', body: 'x', messageId: 'm1', threadId: null, receivedAt: null },
      detection: { invite: true, score: 1, kind: 'schedule', lang: 'en', signals: [] },
      extraction: { company: null, role: null, contactFirstName: null, contactName: null, schedulingLinks: [], proposedTimes: [], lang: 'en' },
      seenAt: Date.now(),
    });
    const reply = await insertDecline({ type: 'insert-decline', tabId: TAB, answers, invitation: fields });
    expect(reply.result.status).toBe('failed');
    expect(reply.result.message).toMatch(/access/);
  });

  it('a page that never answers times out instead of hanging', async () => {
    vi.useFakeTimers();
    try {
      fake.contentScripts.set(TAB, () => new Promise(() => undefined));
      const pending = insertDecline({ type: 'insert-decline', tabId: TAB, answers, invitation: fields });
      await vi.advanceTimersByTimeAsync(INSERT_TIMEOUT_MS + 10);
      const reply = await pending;
      expect(reply.result.status).toBe('failed');
      expect(reply.result.message).toMatch(/did not answer in time/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('an answer that is not an InsertResult is not trusted', async () => {
    fake.contentScripts.set(TAB, () => ({ status: 'done!' }));
    const reply = await insertDecline({ type: 'insert-decline', tabId: TAB, answers, invitation: fields });
    expect(reply.result.status).toBe('failed');
  });
});
