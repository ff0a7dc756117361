// Puts the caret at the very top of an editor, in a fresh empty line, so that what is inserted
// next lands above everything already there and merges with none of it.

/** Inserts an empty <div><br></div> as the editor's first child and puts the caret in it. */
export function caretInNewTopLine(editor: HTMLElement): HTMLElement {
  const doc = editor.ownerDocument;
  const line = doc.createElement('div');
  line.appendChild(doc.createElement('br'));
  editor.insertBefore(line, editor.firstChild);
  editor.focus({ preventScroll: true });
  const range = doc.createRange();
  range.setStart(line, 0);
  range.collapse(true);
  const sel = doc.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  return line;
}

/** Caret at the editor's first position, without changing its content. */
export function caretAtStart(editor: HTMLElement): void {
  const doc = editor.ownerDocument;
  editor.focus({ preventScroll: true });
  const range = doc.createRange();
  range.setStart(editor, 0);
  range.collapse(true);
  const sel = doc.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}
