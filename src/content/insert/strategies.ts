// The ways to put a draft into a reply body, each honoured by a different editor
// (shared/research/webmail-dom.md §3). Each returns after trying; the caller verifies the result.
import type { InsertStrategyName } from '../sites/types';
import { caretAtStart, caretInNewTopLine } from './caret';
import { draftFragment, draftHtml } from './draft-nodes';

export interface Draft {
  text: string;
}

type Strategy = (editor: HTMLElement, draft: Draft) => void;

/** A real browser edit (native undo). Runs in the content script's isolated world, where Gmail's
 *  Trusted Types policy does not apply to the HTML argument. */
const execCommand: Strategy = (editor, draft) => {
  const line = caretInNewTopLine(editor);
  const ok = editor.ownerDocument.execCommand('insertHTML', false, draftHtml(editor.ownerDocument, draft.text));
  if (!ok && line.isConnected && line.textContent === '') line.remove();
};

/** A paste the editor handles itself, as RoosterJS does (undo snapshot, content model, change event).
 *  The browser inserts nothing for a synthetic paste; only an editor that calls preventDefault did. */
const paste: Strategy = (editor, draft) => {
  caretAtStart(editor);
  const data = new DataTransfer();
  data.setData('text/html', draftHtml(editor.ownerDocument, draft.text));
  data.setData('text/plain', draft.text);
  editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
};

/** Plain DOM insertion at the top: always possible, but outside the editor's undo and change tracking. */
const range: Strategy = (editor, draft) => {
  editor.insertBefore(draftFragment(editor.ownerDocument, draft.text), editor.firstChild);
};

/** A focused text field outside any known editor (generic pages). */
const focusedField: Strategy = (editor, draft) => {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    const sep = editor instanceof HTMLTextAreaElement ? '\n\n' : ' ';
    editor.focus();
    editor.setRangeText(draft.text + (editor.value ? sep : ''), 0, 0, 'end');
    return;
  }
  execCommand(editor, draft);
};

export const STRATEGIES: Record<InsertStrategyName, Strategy> = {
  execCommand,
  paste,
  range,
  'focused-field': focusedField,
};
