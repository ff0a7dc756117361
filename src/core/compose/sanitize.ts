// Cleans every value that reaches a draft: from the mail (company, role, names, subject) or from the
// user (custom reason, what they admire, signature). A value that is empty, a leftover like "null",
// or only punctuation counts as missing, so the templates write around it.

const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;
// Brackets and braces would read as an unfilled placeholder ("[Company]", "{{role}}").
const PLACEHOLDER_CHARS: Record<string, string> = { '[': '(', ']': ')', '{': '(', '}': ')' };
const LEFTOVER_WORDS = /(?<![\p{L}\p{N}_])(?:undefined|null|NaN|\[object Object\])(?![\p{L}\p{N}_])/giu;
const NO_LETTERS = /^[^\p{L}\p{N}]*$/u;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const MAYBE_LEFTOVER = /undefined|null|nan|object/i;
// Half of a surrogate pair (cut-off emoji, binary junk): not a character; the clipboard shows it as �.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function capAtWord(s: string, max: number): string {
  if (s.length <= max) return s;
  // Never cut between the two halves of an emoji (a surrogate pair).
  const cut = s.slice(0, /[\ud800-\udbff]/.test(s.charAt(max - 1)) ? max - 1 : max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '');
}

/**
 * One line of text: no control or bidi characters, capped; unless `keepBrackets` (a thread subject,
 * kept as the thread has it), no placeholder-looking brackets or leftover words like "undefined".
 */
export function cleanLine(value: unknown, max = 120, keepBrackets = false): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  let s = String(value);
  // Work on a bounded slice so a 1 MB string costs no more than a short one.
  if (s.length > max * 4) s = s.slice(0, max * 4);
  // Plain printable ASCII (most names) has nothing invisible or broken to remove.
  if (!PRINTABLE_ASCII.test(s)) s = s.replace(INVISIBLE, ' ').replace(LONE_SURROGATE, '');
  if (!keepBrackets) {
    s = s.replace(/[[\]{}]/g, (c) => PLACEHOLDER_CHARS[c] ?? c);
    if (MAYBE_LEFTOVER.test(s)) s = s.replace(LEFTOVER_WORDS, ' ');
  }
  s = s.replace(/\s+/gu, ' ').trim();
  // Shouting punctuation in a value ("Acme!!!") would trip the tone check and reads badly.
  s = s.replace(/([!?])[!?]+/g, '$1');
  s = capAtWord(s, max).trim();
  if (!s || NO_LETTERS.test(s)) return null;
  return s;
}

/** Job titles as a reply would write them: without the legal gender qualifiers of job ads. */
export function cleanRole(value: unknown): string | null {
  const s = cleanLine(value, 100);
  if (!s) return null;
  const stripped = s
    .replace(/\s*\((?:[mwfdhx](?:\s*\/\s*[mwfdhx]){1,3}|all genders|alle geschlechter|tous genres|todos os gêneros|ambos os sexos|m\/w\/d)\)/giu, '')
    .replace(/\s*(?<![\p{L}])(?:[mwfdh]\/[mwfdhx](?:\/[mwfdhx])?)(?![\p{L}])/giu, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/\s+(?:role|position|job)$/i, '')
    .trim();
  return stripped && !NO_LETTERS.test(stripped) ? stripped : null;
}

/** A person's name for the greeting: no e-mail addresses, no digits-only junk. */
export function cleanName(value: unknown): string | null {
  const s = cleanLine(value, 60);
  if (!s || s.includes('@') || /\d{3}/.test(s)) return null;
  return s;
}

/**
 * Free text the user wrote for one sentence (custom reason, what they admire): one line, the first
 * sentence only, trailing punctuation removed so the composer can place it inside its own sentence.
 */
export function cleanClause(value: unknown, max = 160): string | null {
  const s = cleanLine(value, max * 3);
  if (!s) return null;
  const firstSentence = s.match(/^.*?[.!?](?=\s+\p{Lu}|\s*$)/u)?.[0] ?? s;
  const out = capAtWord(firstSentence, max).replace(/[\s.!?;:,…–—-]+$/u, '').trim();
  return out && !NO_LETTERS.test(out) ? out : null;
}

/** Signature block: several lines kept, each cleaned. */
export function cleanLines(value: unknown, maxLines = 6): string[] {
  if (typeof value !== 'string') return [];
  return value
    .slice(0, 2000)
    .split(/\r\n|\r|\n/)
    .map((l) => cleanLine(l, 160))
    .filter((l): l is string => l !== null)
    .slice(0, maxLines);
}

/** Shortens free text to at most `words` words (used when a brief draft runs long). */
export function capWords(s: string, words: number): string {
  const parts = s.split(' ');
  return parts.length <= words ? s : parts.slice(0, words).join(' ').replace(/[,;:–—-]+$/u, '');
}
