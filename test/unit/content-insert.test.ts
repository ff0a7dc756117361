// @vitest-environment happy-dom
// Insertion logic without a browser engine: the markup we build, the read-back check, the order of
// strategies, restoring the editor between attempts, and the clipboard fallback.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftFragment, draftHtml } from '../../src/content/insert/draft-nodes';
import { insertDraft } from '../../src/content/insert/insert-draft';
import { landedOnTop, snapshot, contentOf } from '../../src/content/insert/verify';
import type { InsertStrategyName, SiteAdapter } from '../../src/content/sites/types';

const TEXT = 'Hi Priya,\n\nThank you for thinking of me.\n\nBest,\nAlex';

function gmailLikeEditor(userText = ''): HTMLElement {
  const ed = document.createElement('div');
  ed.setAttribute('contenteditable', 'true');
  const typed = document.createElement('div');
  if (userText) typed.textContent = userText;
  else typed.appendChild(document.createElement('br'));
  const quote = document.createElement('div');
  quote.className = 'gmail_quote';
  quote.textContent = 'On Tue Priya wrote: please pick a time';
  ed.append(typed, quote);
  document.body.replaceChildren(ed);
  return ed;
}

function adapterFor(editor: HTMLElement | null, strategies: InsertStrategyName[]): SiteAdapter & { signals: number } {
  return {
    id: 'gmail',
    strategies,
    signals: 0,
    openKey: () => null,
    readOpenMessage: () => null,
    isListView: () => false,
    findSubjectAnchor: () => null,
    openReply: async () => (editor ? { editor, quoteStart: editor.querySelector('.gmail_quote') } : { error: 'The Gmail reply box did not open in time.' }),
    signalChange() {
      this.signals++;
    },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  document.querySelector('[data-graceful-decline-notice]')?.remove();
});

describe('draft markup', () => {
  it('is one <div> per line, <div><br></div> for blank lines, and one blank line after', () => {
    expect(draftHtml(document, TEXT)).toBe(
      '<div>Hi Priya,</div><div><br></div><div>Thank you for thinking of me.</div><div><br></div><div>Best,</div><div>Alex</div><div><br></div>',
    );
  });

  it('keeps markup-looking text as text (nothing from mail is parsed as HTML)', () => {
    const frag = draftFragment(document, 'Hello <img src=x onerror=alert(1)> & bye');
    expect(frag.querySelector('img')).toBeNull();
    expect(frag.firstChild?.textContent).toBe('Hello <img src=x onerror=alert(1)> & bye');
  });
});

describe('read-back check', () => {
  it('accepts the draft on top with everything that was there after it, and nothing else', () => {
    const ed = gmailLikeEditor('my own note');
    const before = contentOf(ed);
    ed.insertBefore(draftFragment(document, TEXT), ed.firstChild);
    expect(landedOnTop(ed, TEXT, before)).toBe(true);
  });

  it('rejects a draft below the user text, a changed user text, and a missing draft', () => {
    const ed = gmailLikeEditor('my own note');
    const before = contentOf(ed);
    ed.appendChild(draftFragment(document, TEXT));
    expect(landedOnTop(ed, TEXT, before)).toBe(false);
    const ed2 = gmailLikeEditor('my own note');
    const before2 = contentOf(ed2);
    ed2.insertBefore(draftFragment(document, TEXT), ed2.firstChild);
    (ed2.querySelector('.gmail_quote') as HTMLElement).textContent = 'changed';
    expect(landedOnTop(ed2, TEXT, before2)).toBe(false);
    expect(landedOnTop(gmailLikeEditor(), TEXT, before2)).toBe(false);
  });

  it('snapshot() puts the editor back exactly', () => {
    const ed = gmailLikeEditor('keep me');
    const html = ed.innerHTML;
    const restore = snapshot(ed);
    ed.replaceChildren('garbage');
    restore();
    expect(ed.innerHTML).toBe(html);
  });
});

describe('insertDraft', () => {
  it('tries the strategies in order, restores the editor after one that failed, and signals the change', async () => {
    const ed = gmailLikeEditor('my own note');
    // happy-dom has no editing engine: execCommand does nothing, so the range strategy must take over.
    const adapter = adapterFor(ed, ['paste', 'range']);
    const result = await insertDraft(adapter, null, { subject: 's', text: TEXT });
    expect(result).toMatchObject({ status: 'inserted', strategy: 'range' });
    expect(adapter.signals).toBe(1);
    expect(ed.firstElementChild?.textContent).toBe('Hi Priya,');
    expect(ed.textContent).toContain('my own note');
    expect(ed.lastElementChild?.className).toBe('gmail_quote');
  });

  it('copies to the clipboard and shows a notice when the reply never opens', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const result = await insertDraft(adapterFor(null, ['range']), 'm1', { subject: 's', text: TEXT }, 10);
    expect(writeText).toHaveBeenCalledWith(TEXT);
    expect(result.status).toBe('copied');
    expect(result.message).toBe(
      'The Gmail reply box did not open in time. The draft is copied to your clipboard: open the reply and paste it (Ctrl+V or ⌘V).',
    );
    const host = document.querySelector('[data-graceful-decline-notice]');
    expect(host?.shadowRoot?.querySelector('[role=status]')?.textContent).toBe(result.message);
  });

  it('says plainly when even the clipboard refused', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => Promise.reject(new Error('denied')) }, configurable: true });
    document.execCommand = () => false;
    const result = await insertDraft(adapterFor(null, ['range']), null, { subject: 's', text: TEXT }, 10);
    expect(result.status).toBe('failed');
    expect(result.message).toMatch(/could not be copied either/);
    expect(document.querySelector('[data-graceful-decline-notice]')?.shadowRoot?.querySelector('[role=alert]')).not.toBeNull();
  });

  it('refuses an empty draft without touching the page', async () => {
    const ed = gmailLikeEditor('x');
    const html = ed.innerHTML;
    const result = await insertDraft(adapterFor(ed, ['range']), null, { subject: '', text: '  \n ' });
    expect(result.status).toBe('failed');
    expect(ed.innerHTML).toBe(html);
  });

  it('generic pages: puts the draft at the start of a focused textarea, keeping its text', async () => {
    const area = document.createElement('textarea');
    area.value = 'already here';
    document.body.appendChild(area);
    area.focus();
    const { generic } = await import('../../src/content/sites/generic');
    const result = await insertDraft(generic, null, { subject: '', text: 'Hello' });
    expect(result).toMatchObject({ status: 'inserted', strategy: 'focused-field' });
    expect(area.value).toBe('Hello\n\nalready here');
  });
});
