// The popup's form logic: pre-filled from the detection and the options, a paste fills what the user
// has not typed, and the preview is the draft the worker will insert.
import { describe, expect, it } from 'vitest';
import { answersFromSettings } from '../../src/background/default-answers';
import { buildInvitation, overridesFromExtraction } from '../../src/background/invitation-context';
import type { TabState } from '../../src/background/tab-state';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { initialForm, previewDraft, withPasted } from '../../src/popup/decline-form';
import { arrivedAt, timeAgo } from '../../src/ui/relative-time';

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

  it('previews in the invitation’s language with the user’s name, and edits show up', () => {
    const settings = { ...DEFAULT_SETTINGS, fullName: 'Eva Schmidt' };
    const form = initialForm(state, settings);
    const draft = previewDraft(form, state, settings);
    expect(draft.lang).toBe('de');
    expect(draft.text).toContain('Eva Schmidt');
    expect(draft.text).toContain('Contoso');
    const edited = previewDraft({ ...form, fields: { ...form.fields, company: 'Fabrikam' } }, state, settings);
    expect(edited.text).toContain('Fabrikam');
    expect(edited.text).not.toContain('Contoso');
  });

  it('a paste fills the fields the user has not typed in', () => {
    const form = { ...initialForm(null, DEFAULT_SETTINGS), touched: ['company' as const] };
    form.fields.company = 'My Own Co';
    const pasted =
      'Hi Sam,\n\nThanks for applying to the Site Reliability Engineer role at Hooli. We would love to invite you to a first interview. Are you free on Tuesday or Wednesday?\n\nCheers,\nGavin Belson\nHooli Talent';
    const next = withPasted(form, pasted);
    expect(next.fields.company).toBe('My Own Co');
    expect(next.fields.contactFirstName).toBe('Gavin');
    expect(next.pasted).toBe(pasted);
  });

  it('emptied fields are left out, never written as blanks', () => {
    const inv = buildInvitation(state, { company: '  ', role: '', contactFirstName: null, contactName: null });
    expect(inv).toMatchObject({ company: null, role: null, subject: state.message.subject, messageId: 'AAQk1', lang: 'de' });
    expect(overridesFromExtraction(null)).toEqual({ company: null, role: null, contactFirstName: null, contactName: null });
  });

  it('defaults alone make a complete reply', () => {
    const draft = previewDraft(initialForm(null, DEFAULT_SETTINGS), null, DEFAULT_SETTINGS);
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
