// Fallback for pages on the mail hosts that neither adapter recognises (new layouts, settings pages,
// unexpected frames). It never reports an open message; with selected text the worker treats the
// selection as the invitation, and a draft goes into the focused editable field, else the clipboard.
import type { ReplyEditor, SiteAdapter } from './types';

/** The editable element that has focus, looking inside open shadow roots. */
export function focusedEditable(doc: Document = document): HTMLElement | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === doc.body) return null;
  if (el instanceof HTMLTextAreaElement && !el.readOnly && !el.disabled) return el;
  if (el instanceof HTMLInputElement && ['text', 'search', ''].includes(el.type) && !el.readOnly) return el;
  if (el instanceof HTMLElement && el.isContentEditable) return el;
  return null;
}

export const generic: SiteAdapter = {
  id: 'generic',
  strategies: ['focused-field'],
  openKey: () => null,
  readOpenMessage: () => null,
  isListView: () => true,
  findSubjectAnchor: () => null,
  async openReply(): Promise<ReplyEditor | { error: string }> {
    const editor = focusedEditable();
    if (!editor) return { error: 'No reply box is open and no text field has focus.' };
    return { editor, quoteStart: null };
  },
  signalChange(editor) {
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    editor.dispatchEvent(new Event('change', { bubbles: true }));
  },
};
