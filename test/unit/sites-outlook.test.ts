// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
import { describe, expect, it } from 'vitest';
import { outlook } from '../../src/content/sites/outlook';
import { pickAdapter } from '../../src/content/sites/pick';
import { loadPage, OUTLOOK_LIVE, OUTLOOK_OFFICE, OUTLOOK_POPOUT, sleep } from './content-page';

const CONV = 'AAQkADAwATNiZmYAZC1hNzQ2LTQ3ZDUtMDACLTAwCgAQAJ3mW1k2gRVPo8iFvIa0S0U=';

describe('Outlook adapter, reading pane on outlook.office.com', () => {
  it('reads the newest message (newest on top), without the x_-prefixed quoted history', async () => {
    await loadPage('outlook/reading-pane-office.html', OUTLOOK_OFFICE);
    const m = outlook.readOpenMessage();
    expect(m?.subject).toBe('Interview invitation – Data Engineer at Brightwave Analytics');
    expect(m?.from).toEqual({ name: 'Marcus Chen', email: 'marcus.chen@brightwave.example' });
    expect(m?.threadId).toBe(CONV);
    expect(m?.messageId).toMatch(new RegExp(`^${CONV.replace(/[+=]/g, '\\$&')}#[0-9a-z]+$`));
    expect(m?.body).toMatch(/^Hi Alex,\n\nThank you for your interest in the Data Engineer role/);
    expect(m?.body).toContain('Senior Technical Recruiter, Brightwave Analytics');
    expect(m?.body).not.toContain('Thanks for reaching out about the Data Engineer opening');
    expect(m?.receivedAt).toBe(new Date('2026-11-24T09:14:00').toISOString());
    expect(outlook.isListView()).toBe(false);
  });

  it('gives the same message id on every read (the worker sends it back with the draft)', async () => {
    await loadPage('outlook/reading-pane-office.html', OUTLOOK_OFFICE);
    expect(outlook.readOpenMessage()?.messageId).toBe(outlook.readOpenMessage()?.messageId);
  });

  it('opens the reply with the Reply icon button, not reply-all or forward', async () => {
    await loadPage('outlook/reading-pane-office.html', OUTLOOK_OFFICE);
    const id = outlook.readOpenMessage()?.messageId ?? null;
    const r = await outlook.openReply(id, 3000);
    if ('error' in r) throw new Error(r.error);
    expect(document.body.dataset.lastAction).toBe('reply:0');
    expect(r.editor.getAttribute('aria-multiline')).toBe('true');
    expect((r.quoteStart as Element).id).toBe('appendonsend');
  });

  it('switching to another conversation changes the key and the message', async () => {
    await loadPage('outlook/reading-pane-office.html', OUTLOOK_OFFICE);
    const before = outlook.openKey();
    (document.querySelectorAll('#MailList [role=option]')[1] as HTMLElement).click();
    await sleep(20);
    expect(outlook.openKey()).not.toBe(before);
    expect(outlook.readOpenMessage()?.subject).toBe('Project kickoff moved to Monday');
  });

  it('answers with an error, at once, when the message has no Reply button', async () => {
    await loadPage('outlook/reply-missing.html', OUTLOOK_OFFICE);
    const r = await outlook.openReply(null, 3000);
    expect(r).toEqual({ error: 'Outlook shows no Reply button for this message.' });
  });
});

describe('Outlook adapter on outlook.live.com with a German UI', () => {
  it('reads the message through the same hooks', async () => {
    await loadPage('outlook/reading-pane-live-de.html', OUTLOOK_LIVE);
    expect(pickAdapter(location)).toBe(outlook);
    const m = outlook.readOpenMessage();
    expect(m?.subject).toBe('Einladung zum Vorstellungsgespräch: Projektmanager Logistik (m/w/d)');
    expect(m?.from).toEqual({ name: 'Stefan Krüger', email: 's.krueger@alpenblick-logistik.example' });
    expect(m?.body).toContain('laden Sie herzlich zu einem Vorstellungsgespräch ein');
    const r = await outlook.openReply(m?.messageId ?? null, 3000);
    expect('editor' in r).toBe(true);
  });
});

describe('Outlook pop-out compose', () => {
  it('has no open message but finds the reply editor that is already there', async () => {
    await loadPage('outlook/popout-compose.html', OUTLOOK_POPOUT);
    expect(outlook.readOpenMessage()).toBeNull();
    const r = await outlook.openReply(null, 500);
    if ('error' in r) throw new Error(r.error);
    expect(r.editor.textContent).toContain('Note to self: check the calendar first.');
  });
});

describe('pickAdapter', () => {
  it('maps hosts to adapters; Outlook pages outside /mail get the generic one', () => {
    expect(pickAdapter({ hostname: 'mail.google.com', pathname: '/mail/u/0/' }).id).toBe('gmail');
    for (const host of ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft']) {
      expect(pickAdapter({ hostname: host, pathname: '/mail/' }).id).toBe('outlook');
    }
    expect(pickAdapter({ hostname: 'outlook.office.com', pathname: '/calendar/view/week' }).id).toBe('generic');
    expect(pickAdapter({ hostname: 'example.com', pathname: '/' }).id).toBe('generic');
  });
});

describe('Outlook message ids', () => {
  it('a reply for the same conversation still opens when the content key changed; another conversation does not', async () => {
    await loadPage('outlook/reading-pane-office.html', OUTLOOK_OFFICE);
    const other = await outlook.openReply('AAQkSomeOtherConversation=#abc', 500);
    expect(other).toEqual({ error: 'The message is no longer open in Outlook.' });
    const same = await outlook.openReply(`${CONV}#stale`, 3000);
    expect('editor' in same).toBe(true);
  });
});
