// Outlook on the web's DOM, in one table. Class names there are build hashes, so no group relies on
// them: roles, data-app-section, data-icon-name and id prefixes first, localized labels last.
// Facts and sources: shared/research/webmail-dom.md §2.
import type { SelectorTable } from './selector-table';

export const OUTLOOK = {
  // The reading pane (or the pop-out's compose form).
  pane: [
    { css: '[role=main][data-app-section="MailReadCompose"]', why: 'reading pane section (Mailvelope fixture)' },
    { css: '#ConversationReadingPaneContainer', why: 'conversation reading pane id' },
    { css: '#ReadingPaneContainerId', why: 'older reading pane id (evicypher)' },
    { css: '[data-app-section="Form_Content"]', why: 'pop-out compose form (Briskine)' },
    { css: '[role=main]', why: 'any main region (last resort)' },
  ],
  // The open conversation's subject.
  subject: [
    { css: '[role=heading][id^="CONV_"][id$="_SUBJECT"]', why: 'subject heading with CONV_ id prefix' },
    { css: '[data-app-section="ConversationContainer"] [role=heading]', why: 'heading inside the conversation' },
    { css: '[role=main] [role=heading][aria-level="2"]', why: 'level-2 heading in the reading pane (toggl)' },
    { css: '[data-app-section="MailReadCompose"] [role=heading]', why: 'any heading in the reading pane' },
  ],
  // The selected conversation in the list: its id is the thread id.
  selectedConversation: [
    { css: '#MailList [role=option][aria-selected=true][data-convid]', why: 'selected row with data-convid (Mailvelope)' },
    { css: '[role=option][aria-selected=true][data-convid]', why: 'selected row anywhere' },
  ],
  // Rows of the message list (list view).
  listRow: [
    { css: '#MailList [role=option][data-convid]', why: 'conversation rows' },
    { css: '[role=listbox] [role=option][data-convid]', why: 'rows of any message listbox' },
  ],
  // The body of one expanded message.
  body: [
    { css: '[role=document] [id^="UniqueMessageBody"]', why: 'message body by id prefix (Mailvelope fixture)' },
    { css: '[id^="UniqueMessageBody"]', why: 'message body anywhere' },
    { css: '[role=document][aria-label="Message body"]', why: 'English label' },
    { css: '[role=document][aria-label="Nachrichtentext"]', why: 'German label' },
  ],
  // Quoted history inside a received body (ids get an x_ prefix) or inside a reply draft.
  quote: [
    { css: '#appendonsend, [id$="_appendonsend"]', why: 'marker before quoted history in Outlook mail' },
    { css: '#divRplyFwdMsg, [id$="_divRplyFwdMsg"]', why: 'quoted header block of a reply/forward' },
    { css: '.gmail_quote, blockquote[type="cite"]', why: 'quotes written by other mail clients' },
  ],
  signature: [{ css: '#Signature, #signature, [id$="_Signature"]', why: 'inserted signature block' }],
  // The sender of one message.
  sender: [
    { css: '[id^="MSG_"][id$="_FROM"]', why: 'sender element with MSG_ id prefix' },
    { css: '[data-lpc-hover-target-id]', why: 'persona card hover target' },
    { css: 'span[aria-label^="From:"]', why: 'English "From:" label' },
    { css: 'span[aria-label^="Von:"]', why: 'German "Von:" label' },
  ],
  date: [
    { css: 'time[datetime]', why: 'machine-readable time' },
    { css: '[data-testid="SentReceivedSavingLabel"]', why: 'shown date label' },
  ],
  // The Reply button of one message (arrow icon, not reply-all, not forward).
  reply: [
    { css: '[role=toolbar] i[data-icon-name="ArrowReplyRegular"]', up: 'button', why: 'Reply icon in the message toolbar' },
    { css: 'i[data-icon-name="ArrowReplyRegular"]', up: 'button', why: 'Reply icon anywhere in the message' },
    { css: 'i[data-icon-name="Reply"]', up: 'button', why: 'older Fabric Reply icon' },
    { css: 'button[aria-label="Reply"]', why: 'English label' },
    { css: 'button[aria-label="Antworten"]', why: 'German label' },
  ],
  // The compose area that holds a reply's editor.
  compose: [
    { css: '[id^="docking_InitVisiblePart"]', why: 'inline compose container id prefix' },
    { css: '[data-app-section="Form_Content"]', why: 'pop-out compose form (Briskine)' },
    { css: '[role=main]', why: 'reading pane when compose replaced the message (Briskine)' },
  ],
  // The compose body: RoosterJS's editable div (recipient wells lack aria-multiline).
  editor: [
    { css: '[role=textbox][contenteditable=true][aria-multiline=true]', why: 'RoosterJS body (Briskine)' },
    { css: 'div[contenteditable=true][aria-label^="Message body"]', why: 'English label' },
    { css: 'div[contenteditable=true][aria-label^="Nachrichtentext"]', why: 'German label' },
  ],
} as const satisfies SelectorTable;

export const OUTLOOK_HOSTS = ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'];
