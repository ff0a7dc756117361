// Case- and accent-folding that keeps every character at its index, so a match in the folded text
// gives offsets into the original ("Tóxico" -> "toxico", same length).

const cache = new Map<string, string>();

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return c;
  let f = cache.get(c);
  if (f === undefined) {
    const lower = c.toLowerCase();
    f = lower.length === 1 ? lower : c;
    const base = f.normalize('NFD').charAt(0);
    if (base !== f && base.length === 1 && /\p{L}/u.test(base)) f = base;
    if (f === '\u2019' || f === '\u02bc' || f === '`') f = "'";
    if (cache.size < 4096) cache.set(c, f);
  }
  return f;
}

// Each UTF-16 unit folds to exactly one unit (foldChar never changes length), so the result is
// written into a typed array: building it with `out +=` grew super-linearly on 1 MB drafts.
const NON_ASCII = /[^\u0000-\u007f]/g;

export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Fast path: lower-casing kept every index (true unless the text has e.g. "İ"), so only the
  // non-ASCII characters need their accents removed.
  if (lower.length === text.length) return lower.replace(NON_ASCII, foldChar);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    else if (code >= 0xd800 && code <= 0xdfff) out += text[i];
    else out += foldChar(text[i]!);
  }
  return out;
}
