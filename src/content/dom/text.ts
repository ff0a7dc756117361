// Plain text of a piece of mail, the way a reader sees it: block elements and <br> break lines,
// quoted history and hidden parts are left out. Works without layout (unlike innerText).

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);

/** Text of root without the subtrees matching `skip` (e.g. quoted history). Lines trimmed, blank runs collapsed. */
export function plainText(root: Element, skip?: string): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out.push((child.nodeValue ?? '').replace(/[\t\n\r ]+/g, ' '));
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (SKIP.has(el.tagName) || el.hasAttribute('hidden')) continue;
      if (skip && el.matches(skip)) continue;
      if (el.tagName === 'BR') {
        out.push('\n');
        continue;
      }
      const block = BLOCK.has(el.tagName);
      if (block) out.push('\n');
      walk(el);
      if (block) out.push('\n');
      else if (el.tagName === 'TD' || el.tagName === 'TH') out.push(' ');
    }
  };
  walk(root);
  return out
    .join('')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line of text, whitespace collapsed (subjects, names). */
export function oneLine(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Whitespace-insensitive form used to compare what we inserted with what the editor shows. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, '');
}

/** Text of root up to the first element matching `stop` (Outlook puts quoted history after a
 *  marker instead of inside a wrapper), leaving out subtrees matching `skip`. */
export function plainTextBefore(root: Element, stop: string, skip?: string): string {
  const marker = root.querySelector(stop);
  if (!marker) return plainText(root, skip);
  const clone = root.cloneNode(true) as Element;
  const cut = clone.querySelector(stop) as Element;
  for (let node: Node | null = cut; node && node !== clone; node = node.parentNode) {
    while (node.nextSibling) node.parentNode?.removeChild(node.nextSibling);
  }
  cut.remove();
  return plainText(clone, skip);
}
