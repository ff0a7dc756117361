// Turns the draft's plain text into editor markup built node by node (no HTML parsing of mail
// strings): one <div> per line, an empty <div><br></div> between paragraphs — the structure Gmail's
// and Outlook's editors write themselves — and one empty line after it to keep it apart from
// whatever follows (the user's own text or the quoted history).

export function draftFragment(doc: Document, text: string): DocumentFragment {
  const frag = doc.createDocumentFragment();
  const lines = text.replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, '').split('\n');
  for (const line of [...lines, '']) {
    const div = doc.createElement('div');
    if (line.trim() === '') div.appendChild(doc.createElement('br'));
    else div.textContent = line;
    frag.appendChild(div);
  }
  return frag;
}

/** The same markup as an HTML string, for execCommand and the clipboard. Every text went through textContent. */
export function draftHtml(doc: Document, text: string): string {
  const box = doc.createElement('div');
  box.appendChild(draftFragment(doc, text));
  return box.innerHTML;
}
