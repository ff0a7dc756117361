// Gmail's DOM, in one table. Each group: language-independent hooks first, class names next
// (stable for years, changed in redesigns), localized aria-labels last. Facts and sources:
// shared/research/webmail-dom.md §1.
import type { SelectorTable } from './selector-table';

export const GMAIL = {
  // The open conversation's subject line; it also carries the Gmail API thread id.
  subject: [
    { css: 'h2[data-legacy-thread-id]', why: 'thread header h2 with the hex thread id (gmail.js, InboxSDK 2025)' },
    { css: 'h2.hP', why: 'subject h2 class (gmail.js, InboxSDK)' },
    { css: '.ha h2', why: 'subject inside the thread header block (InboxSDK)' },
  ],
  // One message of the open conversation.
  message: [
    { css: 'div.adn[data-message-id]', why: 'message card with its msg-f id (InboxSDK, Mailvelope)' },
    { css: '[data-message-id]', why: 'any element carrying a message id (Mailvelope)' },
    { css: 'div.adn', why: 'message card class (gmail.js)' },
  ],
  // The body of an expanded message (collapsed ones have none).
  body: [
    { css: 'div.ii.gt div.a3s', why: 'body inside the message content block (InboxSDK)' },
    { css: 'div.a3s.aiL, div.a3s.aXjCH', why: 'body class variants (Mailvelope)' },
    { css: '.adP', why: 'older body wrapper (InboxSDK fallback)' },
  ],
  // Quoted history and signatures inside a body or a reply: never part of "the newest message".
  quote: [
    { css: '.gmail_quote', why: 'Gmail quoted history wrapper (div and blockquote)' },
    { css: '.gmail_extra', why: 'older quoted-history wrapper' },
    { css: 'blockquote[type="cite"]', why: 'quote from Apple Mail / Thunderbird senders' },
  ],
  signature: [{ css: '.gmail_signature, [data-smartmail="gmail_signature"]', why: 'inserted signature block' }],
  // The sender of one message: email and name are attributes, not localized text.
  sender: [
    { css: 'span.gD[email]', why: 'sender span with email/name attributes (gmail.js)' },
    { css: 'td.gF span[email]', why: 'sender cell (InboxSDK)' },
    { css: '.gs .cf.ix span[email]', why: 'sender in the header table (Mailvelope)' },
  ],
  // When the message was received; the title holds a full date.
  date: [
    { css: 'span.g3[title]', why: 'date span with full date in title (gmail.js)' },
    { css: 'td.gH span[title]', why: 'date cell in the message header' },
  ],
  // The Reply button of one message (not reply-all, not forward).
  reply: [
    { css: 'td.acX .DILLkc[role=button]', why: 'per-message Reply button since Nov 2025 (FlowCrypt 5a6b382a2)' },
    { css: 'div[role=button].aaq, div[role=button].bsQ', why: 'per-message Reply before Nov 2025, .bsQ = text labels (gmail.js)' },
    { css: 'span.ams.bkH', why: 'Reply at the bottom of the thread (Mailvelope); bkI is reply-all' },
    { css: '[role=button][aria-label="Reply"], [role=link][aria-label="Reply"]', why: 'English label (FlowCrypt tests)' },
    { css: '[role=button][data-tooltip="Reply"]', why: 'English tooltip, before Nov 2025 (FlowCrypt tests)' },
    { css: '[role=button][aria-label="Antworten"], [role=link][aria-label="Antworten"]', why: 'German label' },
  ],
  // The inline reply's compose root once it is open.
  compose: [
    { css: '.ip.adB .M9', why: 'inline reply container gains adB, compose root M9 (InboxSDK)' },
    { css: 'div.M9', why: 'any compose root (gmail.js)' },
  ],
  // The compose body: Closure's editable field.
  editor: [
    { css: '[g_editable="true"][role="textbox"][contenteditable="true"]', why: "Closure goog.editor.Field's marks" },
    { css: '.Ap [g_editable=true]', why: 'body inside the compose body cell (InboxSDK)' },
    { css: '.Am.Al[contenteditable=true]', why: 'compose body class (Mailvelope)' },
    { css: 'div[contenteditable=true][aria-label="Message Body"]', why: 'English label (FlowCrypt tests)' },
    { css: 'div[contenteditable=true][aria-label="Nachrichtentext"]', why: 'German label' },
  ],
  // The id of the message a reply answers (hex legacy id).
  replyTo: [{ css: 'input[name=rm]', why: 'compose field: replied-to message id (InboxSDK)' }],
  // A conversation row in a list view.
  listRow: [
    { css: '[role=main] tr.zA', why: 'conversation row in the thread list (gmail.js)' },
    { css: 'tr.zA', why: 'conversation row anywhere' },
  ],
} as const satisfies SelectorTable;

/** URL hash of an open conversation ends in a 16+ character id (gmail.js get.current_page). */
export const GMAIL_THREAD_HASH = /[/#][A-Za-z0-9]{16,}$/;
