// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
import { describe, expect, it, vi } from 'vitest';
import { gmail } from '../../src/content/sites/gmail';
import { GMAIL_DE, GMAIL_EN, GMAIL_EN_PLAIN, GMAIL_INBOX, loadPage, setUrl } from './content-page';

describe('Gmail adapter on the English conversation', () => {
  it('reads the newest expanded message only: subject, sender, body without quoted history, ids, date', async () => {
    await loadPage('gmail/conversation-en.html', GMAIL_EN);
    const m = gmail.readOpenMessage();
    expect(m).not.toBeNull();
    expect(m?.subject).toBe('Interview invitation: Senior Product Designer at Larkspur Health');
    expect(m?.from).toEqual({ name: 'Priya Raman', email: 'priya.raman@larkspurhealth.example' });
    expect(m?.messageId).toBe('193c6d41f2b80a9e');
    expect(m?.threadId).toBe('1938f0c2a5d1e7dd');
    expect(m?.receivedAt).toBe(new Date('2026-11-24T09:14:00').toISOString());
    expect(m?.body).toMatch(/^Hi Alex,\n\nThank you for your patience\./);
    expect(m?.body).toContain('https://calendly.example.com/larkspur/design-interview');
    expect(m?.body).toContain('Talent Acquisition Partner | Larkspur Health');
    // The quoted earlier message and the older collapsed messages are not part of it.
    expect(m?.body).not.toContain('Happy to share more work samples');
    expect(m?.body).not.toContain('We have received your application');
    expect(gmail.isListView()).toBe(false);
    expect(gmail.openKey()).toBe('1938f0c2a5d1e7dd/193c6d41f2b80a9e');
    expect(gmail.findSubjectAnchor()?.tagName).toBe('H2');
  });

  it('opens a reply (not reply-all, not forward) on that message and finds the Closure editor', async () => {
    await loadPage('gmail/conversation-en.html', GMAIL_EN);
    const r = await gmail.openReply('193c6d41f2b80a9e', 3000);
    if ('error' in r) throw new Error(r.error);
    expect(document.body.dataset.lastAction).toBe('reply:193c6d41f2b80a9e');
    expect(r.editor.getAttribute('g_editable')).toBe('true');
    expect((r.quoteStart as Element | null)?.classList.contains('gmail_quote')).toBe(true);
    expect(document.querySelector<HTMLInputElement>('.M9 input[name=rm]')?.value).toBe('193c6d41f2b80a9e');
    // Asking again finds the open reply instead of clicking a second time.
    document.body.dataset.lastAction = '';
    const again = await gmail.openReply('193c6d41f2b80a9e', 500);
    expect('editor' in again && again.editor).toBe(r.editor);
    expect(document.body.dataset.lastAction).toBe('');
  });

  it('reports an error (no click elsewhere) for a message that is not on screen', async () => {
    await loadPage('gmail/conversation-en.html', GMAIL_EN);
    const r = await gmail.openReply('ffffffffffffffff', 300);
    expect(r).toEqual({ error: 'The message is no longer open in Gmail.' });
    expect(document.body.dataset.lastAction).toBeUndefined();
  });

  it('reads a thread that is not an invitation just the same', async () => {
    await loadPage('gmail/conversation-en.html', GMAIL_EN_PLAIN);
    const m = gmail.readOpenMessage();
    expect(m?.subject).toBe('Q4 design review notes');
    expect(m?.from.email).toBe('sam.okafor@larkspurhealth.example');
    expect(m?.body).toContain('Here are the notes from the Q4 design review.');
  });

  it('sees the list view as a list view: no open message, no key', async () => {
    await loadPage('gmail/conversation-en.html', GMAIL_INBOX);
    expect(gmail.isListView()).toBe(true);
    expect(gmail.openKey()).toBeNull();
    expect(gmail.readOpenMessage()).toBeNull();
  });

  it('follows navigation: opening a conversation from the list changes the key', async () => {
    await loadPage('gmail/conversation-en.html', GMAIL_INBOX);
    (document.querySelector('tr.zA[data-thread]') as HTMLElement).click();
    await vi.waitFor(() => expect(gmail.openKey()).toBe('1938f0c2a5d1e7dd/193c6d41f2b80a9e'));
  });
});

describe('Gmail adapter on the German UI (no English labels anywhere)', () => {
  it('reads the message and opens the reply with the same language-independent hooks', async () => {
    await loadPage('gmail/conversation-de.html', GMAIL_DE);
    const m = gmail.readOpenMessage();
    expect(m?.subject).toBe('Einladung zum Vorstellungsgespräch – UX Designer (m/w/d)');
    expect(m?.from.name).toBe('Katrin Vogel');
    expect(m?.body).toContain('zu einem persönlichen Vorstellungsgespräch einladen');
    expect(m?.body).not.toContain('ich freue mich auf Ihre Rückmeldung');
    const r = await gmail.openReply(m?.messageId ?? null, 3000);
    if ('error' in r) throw new Error(r.error);
    expect(r.editor.getAttribute('aria-label')).toBe('Nachrichtentext');
    expect(document.body.dataset.lastAction).toBe(`reply:${m?.messageId}`);
  });
});

describe('Gmail adapter on a leaner, different layout', () => {
  it('skips hidden copies, reads without thread ids or .ii.gt, and finds an editor outside the known compose roots', async () => {
    setUrl('https://mail.google.com/mail/u/0/#inbox/FMfcgzLeanerLayout000000');
    // A literal written here, not mail content.
    document.body.innerHTML = `
      <div role="main">
        <h2 class="hP" style="display:none">Old hidden subject</h2>
        <h2 class="hP">Interview with Fernbrook</h2>
        <div class="adn" data-message-id="#msg-f:42"><span class="gD" email="hr@fernbrook.example" name="Lena Hart">Lena Hart</span>
          <div class="a3s aiL">Hi Alex,<br>we'd like to invite you to interview.<div class="gmail_quote">older text</div></div>
          <div role="button" aria-label="Reply" tabindex="0"></div><div role="button" aria-label="Reply all" tabindex="0"></div>
        </div>
        <div id="reply-slot"></div>
      </div>`;
    const m = gmail.readOpenMessage();
    expect(m).toMatchObject({ subject: 'Interview with Fernbrook', messageId: 'msg-f:42', threadId: null, from: { email: 'hr@fernbrook.example' } });
    expect(m?.body).toBe("Hi Alex,\nwe'd like to invite you to interview.");
    const clicked: string[] = [];
    document.addEventListener('click', (e) => {
      const label = (e.target as Element).getAttribute('aria-label') ?? '';
      clicked.push(label);
      const ed = document.createElement('div');
      ed.setAttribute('g_editable', 'true');
      ed.setAttribute('role', 'textbox');
      ed.setAttribute('contenteditable', 'true');
      setTimeout(() => document.getElementById('reply-slot')?.append(ed), 50);
    });
    const r = await gmail.openReply('msg-f:42', 2000);
    expect('editor' in r).toBe(true);
    expect(clicked).toEqual(['Reply']);
  });
});
