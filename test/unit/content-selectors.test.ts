// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
// Health check of every selector group against the page imitations. When markup changes, the
// failure names the group that broke and what it tried.
import { describe, expect, it } from 'vitest';
import { GMAIL } from '../../src/content/sites/gmail-selectors';
import { OUTLOOK } from '../../src/content/sites/outlook-selectors';
import { first, matchingEntry, type SelectorGroup } from '../../src/content/sites/selector-table';
import { gmail } from '../../src/content/sites/gmail';
import { outlook } from '../../src/content/sites/outlook';
import {
  GMAIL_DE, GMAIL_EN, GMAIL_INBOX, loadPage, OUTLOOK_LIVE, OUTLOOK_OFFICE, OUTLOOK_POPOUT,
} from './content-page';

type Need = 'primary' | 'any';
interface Case {
  site: 'gmail' | 'outlook';
  file: string;
  url: string;
  state: string;
  /** Opens the reply first (compose/editor groups). */
  reply?: boolean;
  groups: Record<string, Need>;
}

const TABLES: Record<Case['site'], Record<string, SelectorGroup>> = { gmail: GMAIL, outlook: OUTLOOK };

const gmailThread = { subject: 'primary', message: 'primary', body: 'primary', quote: 'primary', sender: 'primary', date: 'primary', reply: 'primary' } as const;
const CASES: Case[] = [
  { site: 'gmail', file: 'gmail/conversation-en.html', url: GMAIL_EN, state: 'conversation', groups: { ...gmailThread, signature: 'primary' } },
  { site: 'gmail', file: 'gmail/conversation-en.html', url: GMAIL_EN, state: 'reply open', reply: true, groups: { compose: 'primary', editor: 'primary', replyTo: 'primary' } },
  { site: 'gmail', file: 'gmail/conversation-en.html', url: GMAIL_INBOX, state: 'inbox list', groups: { listRow: 'primary' } },
  { site: 'gmail', file: 'gmail/conversation-de.html', url: GMAIL_DE, state: 'conversation (German UI)', groups: gmailThread },
  { site: 'gmail', file: 'gmail/conversation-de.html', url: GMAIL_DE, state: 'reply open (German UI)', reply: true, groups: { compose: 'primary', editor: 'primary', replyTo: 'primary' } },
  {
    site: 'outlook', file: 'outlook/reading-pane-office.html', url: OUTLOOK_OFFICE, state: 'reading pane',
    groups: { pane: 'primary', subject: 'primary', selectedConversation: 'primary', listRow: 'primary', body: 'primary', quote: 'any', sender: 'primary', date: 'any', reply: 'primary' },
  },
  { site: 'outlook', file: 'outlook/reading-pane-office.html', url: OUTLOOK_OFFICE, state: 'reply open', reply: true, groups: { compose: 'primary', editor: 'primary', quote: 'primary' } },
  {
    site: 'outlook', file: 'outlook/reading-pane-live-de.html', url: OUTLOOK_LIVE, state: 'reading pane (German UI)',
    groups: { pane: 'primary', subject: 'primary', selectedConversation: 'primary', body: 'primary', sender: 'primary', reply: 'primary' },
  },
  { site: 'outlook', file: 'outlook/popout-compose.html', url: OUTLOOK_POPOUT, state: 'pop-out compose', groups: { pane: 'any', compose: 'any', editor: 'primary', quote: 'primary' } },
];

describe('selector groups still match the page imitations', () => {
  for (const c of CASES) {
    it(`${c.site}: ${c.file} (${c.state})`, async () => {
      await loadPage(c.file, c.url);
      if (c.reply) {
        const r = await (c.site === 'gmail' ? gmail : outlook).openReply(null, 2000);
        expect('editor' in r, `${c.site} could not open a reply on ${c.file}`).toBe(true);
      }
      const table = TABLES[c.site];
      for (const [name, need] of Object.entries(c.groups)) {
        const group = table[name] as SelectorGroup;
        const tried = group.map((e) => e.css).join(' | ');
        const where = `${c.file} (${c.state})`;
        expect(first(document, group), `selector group ${c.site}.${name} no longer matches ${where}; tried: ${tried}`).not.toBeNull();
        if (need === 'primary') {
          expect(matchingEntry(document, group)?.css, `selector group ${c.site}.${name}: its language-independent first entry no longer matches ${where}`).toBe(group[0]?.css);
        }
      }
    });
  }
});

describe('fallback entries take over when the first hook disappears', () => {
  it('Gmail: without data-legacy-thread-id and without the Nov 2025 reply button, the message is still read and replied to', async () => {
    await loadPage('gmail/conversation-en.html', GMAIL_EN);
    for (const el of Array.from(document.querySelectorAll('[data-legacy-thread-id]'))) el.removeAttribute('data-legacy-thread-id');
    for (const el of Array.from(document.querySelectorAll('td.acX .DILLkc'))) el.remove();
    expect(gmail.readOpenMessage()?.subject).toBe('Interview invitation: Senior Product Designer at Larkspur Health');
    const r = await gmail.openReply(null, 2000);
    expect('editor' in r).toBe(true);
    // The bottom "Reply" link answers the newest message — not "Reply all" beside it.
    expect(document.body.dataset.lastAction).toBe('reply:193c6d41f2b80a9e');
  });

  it('Outlook: without MSG_/CONV_ ids the sender and subject come from the next entries', async () => {
    await loadPage('outlook/reading-pane-office.html', OUTLOOK_OFFICE);
    for (const el of Array.from(document.querySelectorAll('[id^="MSG_"], [id^="CONV_"]'))) el.removeAttribute('id');
    const m = outlook.readOpenMessage();
    expect(m?.subject).toBe('Interview invitation – Data Engineer at Brightwave Analytics');
    expect(m?.from.email).toBe('marcus.chen@brightwave.example');
  });
});
