// Reads the editor back: the draft must open the body and everything that was there before must
// follow it, unchanged. Whitespace is ignored (editors turn spaces into &nbsp; and lines into divs).
import { squash } from '../dom/text';

export function contentOf(editor: HTMLElement): string {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return squash(editor.value);
  return squash(editor.textContent ?? '');
}

export function landedOnTop(editor: HTMLElement, draftText: string, before: string): boolean {
  const now = contentOf(editor);
  const draft = squash(draftText);
  return draft.length > 0 && now.startsWith(draft) && now.endsWith(before) && now.length >= draft.length + before.length;
}

/** Puts the editor back as it was when a strategy changed it but did not land right. */
export function snapshot(editor: HTMLElement): () => void {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    const value = editor.value;
    return () => {
      editor.value = value;
    };
  }
  const nodes = Array.from(editor.childNodes, (n) => n.cloneNode(true));
  return () => editor.replaceChildren(...nodes.map((n) => n.cloneNode(true)));
}
