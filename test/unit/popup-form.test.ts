// The popup's form logic: pre-filled from the detection and the options, a paste fills what the user
// has not typed, and the preview the worker composes for the popup is the draft it inserts.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answersFromSettings } from '../../src/core/default-answers';
import { buildInvitation, overridesFromExtraction } from '../../src/core/invitation-context';
import type { TabState } from '../../src/platform/tab-state';
import { extractInvitation } from '../../src/core/extract/index';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { type DeclineForm, composeInputs, fillFromPasted, initialForm, setField } from '../../src/popup/decline-form';
import { arrivedAt, timeAgo } from '../../src/ui/relative-time';
import { createFakeBrowser, type FakeBrowser } from './background-fake-browser';

let fake: FakeBrowser;
vi.mock('../../src/platform/browser', () => ({
  get default() {
    return fake;
  },
}));
const { previewDecline } = await import('../../src/background/preview-flow');
const { insertDecline } = await import('../../src/background/insert-flow');
const { setTabState } = await import('../../src/platform/tab-state');

beforeEach(() => {
  fake = createFakeBrowser();
});

const TAB = 11;
async function preview(form: DeclineForm, settings: Settings, s: TabState | null = state) {
  await fake.storage.sync.set({ settings });
  if (s) await setTabState(TAB, s);
  return previewDecline({ type: 'preview-decline', tabId: TAB, ...composeInputs(form) });
}

const state: TabState = {
  site: 'outlook',
  url: 'https://outlook.office.com/mail/inbox/id/AAQk',
  message: {
    from: { name: 'Jonas Weber', email: 'jonas.weber@contoso.de' },
    subject: 'Einladung zum Vorstellungsgespräch',
    body: 'Guten Tag, wir möchten Sie gerne zu einem Vorstellungsgespräch einladen.',
    messageId: 'AAQk1',
    threadId: null,
    receivedAt: '2026-11-25T09:00:00Z',
  },
  detection: { invite: true, score: 0.95, kind: 'schedule', lang: 'de', signals: ['invites you to an interview'] },
  extraction: { company: 'Contoso', role: 'Backend-Entwickler (m/w/d)', contactFirstName: 'Jonas', contactName: 'Jonas Weber', schedulingLinks: [], proposedTimes: [], lang: 'de' },
  seenAt: Date.parse('2026-11-26T09:00:00Z'),
};

describe('popup form', () => {
  it('starts from the detection and the options’ defaults', () => {
    const settings = { ...DEFAULT_SETTINGS, defaultTone: 'brief' as const, defaultReasons: ['relocation' as const], offerReferral: true };
    const form = initialForm(state, settings);
    expect(form.fields).toEqual({ company: 'Contoso', role: 'Backend-Entwickler (m/w/d)', contactFirstName: 'Jonas', contactName: 'Jonas Weber' });
    expect(form.answers).toMatchObject({ tone: 'brief', reasons: ['relocation'], offerReferral: true, keepDoorOpen: true });
    expect(form.answers.lang).toBeUndefined(); // follows the invitation
  });

  it('previews in the invitation’s language with the user’s name; edits show up; the insert is the preview', async () => {
    const settings = { ...DEFAULT_SETTINGS, fullName: 'Eva Schmidt' };
    const form = initialForm(state, settings);
    const { draft } = await preview(form, settings);
    expect(draft.lang).toBe('de');
    expect(draft.text).toContain('Eva Schmidt');
    expect(draft.text).toContain('Contoso');
    const edited = setField(form, 'company', 'Fabrikam');
    const p2 = await preview(edited, settings);
    expect(p2.draft.text).toContain('Fabrikam');
    expect(p2.draft.text).not.toContain('Contoso');
    fake.contentScripts.set(TAB, () => ({ status: 'inserted', message: 'ok' }));
    const inserted = await insertDecline({ type: 'insert-decline', tabId: TAB, ...composeInputs(edited) });
    expect(inserted.draft.text).toBe(p2.draft.text);
    expect(inserted.draft.html).toBe(p2.draft.html);
  });

  it('tone findings on the user’s own words come back with the preview', async () => {
    const form = initialForm(state, DEFAULT_SETTINGS);
    form.answers = { ...form.answers, lang: 'en', reasons: ['other'], customReason: 'the salary is a lowball and the team seems toxic', specificArea: 'nothing much' };
    const p = await preview(form, DEFAULT_SETTINGS);
    expect(p.findings.customReason.length).toBeGreaterThan(0);
    expect(p.findings.customReason[0]?.suggestion).toBeTruthy();
  });

  it('a paste fills the fields the user has not typed in', async () => {
    let form = setField(initialForm(null, DEFAULT_SETTINGS), 'company', 'My Own Co');
    form = { ...form, pasted: 'Hi Sam,\n\nThanks for applying to the Site Reliability Engineer role at Hooli. We would love to invite you to a first interview. Are you free on Tuesday or Wednesday?\n\nCheers,\nGavin Belson\nHooli Talent' };
    const p = await preview(form, DEFAULT_SETTINGS, null);
    expect(p.pasted).toEqual(extractInvitation({ subject: '', body: form.pasted.trim() }));
    const next = fillFromPasted(form, p.pasted);
    expect(next.fields.company).toBe('My Own Co');
    expect(next.fields.contactFirstName).toBe('Gavin');
  });

  it('emptied fields are left out, never written as blanks', () => {
    const inv = buildInvitation(state, { company: '  ', role: '', contactFirstName: null, contactName: null });
    expect(inv).toMatchObject({ company: null, role: null, subject: state.message.subject, messageId: 'AAQk1', lang: 'de' });
    expect(overridesFromExtraction(null)).toEqual({ company: null, role: null, contactFirstName: null, contactName: null });
  });

  it('defaults alone make a complete reply', async () => {
    const { draft } = await preview(initialForm(null, DEFAULT_SETTINGS), DEFAULT_SETTINGS, null);
    expect(draft.text).toMatch(/thank/i);
    expect(draft.findings).toEqual([]);
    expect(answersFromSettings(DEFAULT_SETTINGS).keepDoorOpen).toBe(true);
  });
});

describe('when it arrived', () => {
  const now = Date.parse('2026-11-27T09:00:00Z');
  it('says how long ago', () => {
    expect(timeAgo(now - 2 * 86_400_000 - 5_000, now)).toBe('2 days ago');
    expect(timeAgo(now - 3 * 3600_000, now)).toBe('3 hours ago');
    expect(timeAgo(now - 10_000, now)).toBe('just now');
  });
  it('prefers the page’s date, falls back to when it was seen', () => {
    expect(arrivedAt('2026-11-25T09:00:00Z', 5)).toBe(Date.parse('2026-11-25T09:00:00Z'));
    expect(arrivedAt('yesterday-ish', 5)).toBe(5);
    expect(arrivedAt(null, 5)).toBe(5);
  });
});
