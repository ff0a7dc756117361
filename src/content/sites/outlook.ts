// Outlook on the web adapter: reads the newest expanded message in the reading pane and opens a reply
// on it. The DOM carries no Graph message id, so ids are the conversation id plus a content key.
import type { OpenMessage } from '../../core/types';
import { oneLine, plainTextBefore } from '../dom/text';
import { waitFor } from '../dom/wait-for';
import { OUTLOOK } from './outlook-selectors';
import { all, first, firstShown, isShown } from './selector-table';
import type { ReplyEditor, SiteAdapter } from './types';
import { clickLikeUser, parseShownDate } from './util';

// Quoted history is not the newest message; the sender's signature is (it names the company).
const QUOTE_START = OUTLOOK.quote.map((e) => e.css).join(', ');

const pane = (): ParentNode | null => first(document, OUTLOOK.pane);

/** The message card of a body: the closest ancestor that also shows a sender. */
function cardOf(body: Element, stop: ParentNode): Element {
  for (let el = body.parentElement; el && el !== stop; el = el.parentElement) {
    if (first(el, OUTLOOK.sender)) return el;
  }
  return body.parentElement ?? body;
}

interface Shown {
  card: Element;
  body: Element;
  receivedAt: string | null;
}

function expandedMessages(root: ParentNode): Shown[] {
  return all(root, OUTLOOK.body)
    .filter(isShown)
    .map((body) => {
      const card = cardOf(body, root);
      const date = first(card, OUTLOOK.date);
      return { card, body, receivedAt: parseShownDate(date?.getAttribute('datetime') ?? date?.getAttribute('title') ?? oneLine(date)) };
    });
}

/** Outlook shows newest on top by default, but users can flip it: trust dates when all are known. */
function newest(list: Shown[]): Shown | null {
  if (list.length <= 1 || list.some((m) => !m.receivedAt)) return list[0] ?? null;
  return list.reduce((a, b) => ((b.receivedAt ?? '') > (a.receivedAt ?? '') ? b : a));
}

function threadId(): string | null {
  const row = first(document, OUTLOOK.selectedConversation);
  if (row) return row.getAttribute('data-convid');
  // /mail/<folder>/id/<url-encoded id>, /mail/0/... on live.com
  const m = /\/id\/([^/?#]+)/.exec(location.pathname);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

/** Stable for one message across re-renders: sender, date and the start of the text. */
function contentKey(sender: string, date: string | null, text: string): string {
  let h = 5381;
  for (const ch of `${sender}|${date}|${text.slice(0, 300)}`) h = ((h * 33) ^ ch.charCodeAt(0)) >>> 0;
  return h.toString(36);
}

/** "Name <email>" or a bare address, as Outlook prints a sender. */
function parseSender(el: Element | null): { name: string; email: string } {
  if (!el) return { name: '', email: '' };
  const text = oneLine(el);
  const hover = el.getAttribute('data-lpc-hover-target-id') ?? el.querySelector('[data-lpc-hover-target-id]')?.getAttribute('data-lpc-hover-target-id') ?? '';
  const email = /<([^<>\s]+@[^<>\s]+)>/.exec(text)?.[1] ?? /[^\s<>]+@[^\s<>]+/.exec(hover)?.[0] ?? /[^\s<>]+@[^\s<>]+/.exec(text)?.[0] ?? '';
  const name = text.replace(/<[^<>]*>/, '').replace(email, '').trim() || (el.getAttribute('aria-label') ?? '').replace(/^[^:]*:\s*/, '');
  return { name, email };
}

function read(): { msg: OpenMessage; card: Element } | null {
  const root = pane();
  if (!root) return null;
  const subjectEl = firstShown(root, OUTLOOK.subject);
  const open = newest(expandedMessages(root));
  if (!subjectEl || !open) return null;
  const from = parseSender(first(open.card, OUTLOOK.sender));
  const body = plainTextBefore(open.body, QUOTE_START);
  const thread = threadId();
  return {
    card: open.card,
    msg: {
      subject: subjectEl.getAttribute('title') || oneLine(subjectEl),
      from,
      body,
      messageId: `${thread ?? 'conv'}#${contentKey(from.email || from.name, open.receivedAt, body)}`,
      threadId: thread,
      receivedAt: open.receivedAt,
    },
  };
}

function openEditor(): HTMLElement | null {
  for (const c of all(document, OUTLOOK.compose)) {
    const editor = first(c, OUTLOOK.editor) as HTMLElement | null;
    if (editor && isShown(editor)) return editor;
  }
  return null;
}

const quoteStart = (editor: HTMLElement): Node | null => first(editor, [...OUTLOOK.quote, ...OUTLOOK.signature]);

export const outlook: SiteAdapter = {
  id: 'outlook',
  strategies: ['paste', 'execCommand', 'range'],

  openKey() {
    const root = pane();
    if (!root) return null;
    const subject = firstShown(root, OUTLOOK.subject);
    const bodies = all(root, OUTLOOK.body);
    if (!subject || bodies.length === 0) return null;
    return `${threadId() ?? ''}/${oneLine(subject)}/${bodies.length}/${bodies[0]?.id ?? ''}`;
  },

  readOpenMessage: () => read()?.msg ?? null,

  isListView() {
    return !pane() || !firstShown(pane() as ParentNode, OUTLOOK.subject);
  },

  findSubjectAnchor() {
    const root = pane();
    return root ? firstShown(root, OUTLOOK.subject) : null;
  },

  async openReply(messageId, timeoutMs): Promise<ReplyEditor | { error: string }> {
    // A reply (inline or pop-out) that is already open is the one the user is working on.
    const existing = openEditor();
    if (existing) return { editor: existing, quoteStart: quoteStart(existing) };
    const current = read();
    if (!current) return { error: 'No Outlook message is open.' };
    // Ids are "<conversation>#<content key>": the same conversation is still the right place to reply
    // even if its newest message re-rendered a little differently.
    const sameThread = (id: string) => id.slice(0, id.lastIndexOf('#')) === current.msg.messageId.slice(0, current.msg.messageId.lastIndexOf('#'));
    if (messageId && messageId !== current.msg.messageId && !sameThread(messageId)) {
      return { error: 'The message is no longer open in Outlook.' };
    }
    const button = first(current.card, OUTLOOK.reply) ?? first(pane() as ParentNode, OUTLOOK.reply);
    if (!button) return { error: 'Outlook shows no Reply button for this message.' };
    clickLikeUser(button);
    const editor = await waitFor(openEditor, { timeoutMs });
    if (!editor) return { error: 'The Outlook reply box did not open in time.' };
    return { editor, quoteStart: quoteStart(editor) };
  },

  signalChange(editor) {
    // RoosterJS reconciles outside edits through its mutation observer; an input event lets its
    // plugins (and Outlook's draft saver) see a change when the paste path was not used.
    editor.dispatchEvent(new Event('input', { bubbles: true }));
  },
};
