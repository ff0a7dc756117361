// Gmail adapter: reads the newest expanded message of the open conversation and opens a reply on it.
import type { OpenMessage } from '../../core/types';
import { plainText, oneLine } from '../dom/text';
import { waitFor } from '../dom/wait-for';
import { GMAIL, GMAIL_THREAD_HASH } from './gmail-selectors';
import { all, first, firstShown, isShown } from './selector-table';
import type { ReplyEditor, SiteAdapter } from './types';
import { clickLikeUser, parseShownDate } from './util';

const main = (): ParentNode => document.querySelector('[role=main]') ?? document;
// Quoted history is not the newest message; the sender's signature is (it names the company).
const SKIP_IN_BODY = GMAIL.quote.map((e) => e.css).join(', ');

/** The ids a message answers to: the Gmail API hex id and the msg-f decimal id; a message without
 *  either (an unexpected layout) is known by its place in the conversation. */
function messageIds(el: Element): string[] {
  const ids = [el.getAttribute('data-legacy-message-id'), el.getAttribute('data-message-id')?.replace(/^#/, '')];
  const found = ids.filter((s): s is string => !!s);
  return found.length ? found : [`${location.hash}#${messages().indexOf(el)}`];
}

/** Messages of the conversation on screen, oldest first (Gmail's order). */
function messages(): Element[] {
  return all(main(), GMAIL.message).filter((m) => !m.parentElement?.closest('[data-message-id]'));
}

/** The newest expanded message: the last one that shows a body. */
function newestExpanded(): Element | null {
  const list = messages();
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i] as Element;
    const body = first(m, GMAIL.body);
    if (body && isShown(body)) return m;
  }
  return null;
}

function findMessage(messageId: string | null): Element | null {
  if (!messageId) return newestExpanded();
  return messages().find((m) => messageIds(m).includes(messageId)) ?? null;
}

function openEditorFor(target: Element): HTMLElement | null {
  const wanted = messageIds(target);
  for (const compose of all(main(), GMAIL.compose)) {
    const editor = first(compose, GMAIL.editor) as HTMLElement | null;
    if (!editor || !isShown(editor)) continue;
    const rm = (first(compose, GMAIL.replyTo) as HTMLInputElement | null)?.value;
    // A reply that says which message it answers must answer ours; one that does not say is accepted.
    if (!rm || wanted.includes(rm)) return editor;
  }
  // A layout without the known compose roots: an editor inside the conversation (or the message).
  const loose = firstShown(target.closest('[role=main]') ?? document, GMAIL.editor) as HTMLElement | null;
  return loose && !loose.closest(GMAIL.compose.map((e) => e.css).join(', ')) ? loose : null;
}

function replyButton(target: Element): Element | null {
  // The message's own button first; then, for the newest message only, a Reply elsewhere in the
  // conversation (the bottom bar, a thread toolbar) that belongs to no other message.
  const own = first(target, GMAIL.reply);
  if (own) return own;
  if (target !== messages().at(-1)) return null;
  const cardSelector = GMAIL.message.map((e) => e.css).join(', ');
  for (const entry of GMAIL.reply) {
    for (const el of all(main(), [entry])) {
      const card = el.closest(cardSelector);
      if (!card || card === target) return el;
    }
  }
  return null;
}

function quoteStart(editor: HTMLElement): Node | null {
  return first(editor, [...GMAIL.quote, ...GMAIL.signature]);
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  strategies: ['execCommand', 'range'],

  openKey() {
    const subject = firstShown(main(), GMAIL.subject);
    if (!subject) return null;
    const newest = newestExpanded();
    if (!newest) return null;
    return `${subject.getAttribute('data-legacy-thread-id') ?? oneLine(subject)}/${messageIds(newest)[0]}`;
  },

  readOpenMessage(): OpenMessage | null {
    const subjectEl = firstShown(main(), GMAIL.subject);
    const msg = newestExpanded();
    if (!subjectEl || !msg) return null;
    const body = first(msg, GMAIL.body);
    const sender = first(msg, GMAIL.sender);
    const date = first(msg, GMAIL.date);
    return {
      subject: subjectText(subjectEl),
      from: { name: sender?.getAttribute('name') ?? oneLine(sender), email: sender?.getAttribute('email') ?? '' },
      body: body ? plainText(body, SKIP_IN_BODY) : '',
      messageId: messageIds(msg)[0] as string,
      threadId: subjectEl.getAttribute('data-legacy-thread-id') ?? subjectEl.getAttribute('data-thread-perm-id'),
      receivedAt: parseShownDate(date?.getAttribute('title') ?? null),
    };
  },

  isListView() {
    return !GMAIL_THREAD_HASH.test(location.hash) && !firstShown(main(), GMAIL.subject);
  },

  findSubjectAnchor() {
    return firstShown(main(), GMAIL.subject);
  },

  async openReply(messageId, timeoutMs): Promise<ReplyEditor | { error: string }> {
    const target = findMessage(messageId);
    if (!target) return { error: 'The message is no longer open in Gmail.' };
    const open = openEditorFor(target);
    if (open) return { editor: open, quoteStart: quoteStart(open) };
    const button = replyButton(target);
    if (!button) return { error: 'Gmail shows no Reply button for this message.' };
    clickLikeUser(button);
    const editor = await waitFor(() => openEditorFor(target), { root: main() as Node, timeoutMs });
    if (!editor) return { error: 'The Gmail reply box did not open in time.' };
    return { editor, quoteStart: quoteStart(editor) };
  },

  signalChange(editor) {
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    // Closure's field counts key events as changes and schedules its autosave from them. Sent a tick
    // later, as InboxSDK does: a synchronous '.' keypress makes Gmail type a character.
    setTimeout(() => {
      for (const type of ['keydown', 'keypress', 'keyup']) {
        editor.dispatchEvent(new KeyboardEvent(type, { bubbles: true, cancelable: true, keyCode: 190, charCode: 0 } as KeyboardEventInit));
      }
    }, 0);
  },
};

/** Subject text; emoji are images whose data-emoji holds the character (InboxSDK). */
function subjectText(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  for (const img of Array.from(clone.querySelectorAll('img[data-emoji]'))) {
    img.replaceWith(img.ownerDocument.createTextNode(img.getAttribute('data-emoji') ?? ''));
  }
  return oneLine(clone);
}
