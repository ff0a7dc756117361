// "Only the newest message decides": cut the body where quoted history or a forward begins.

/** The newest message is analysed up to this length; the rest is footers and history. */
export const MAX_NEWEST_CHARS = 12_000;

// Each is tested against one line (already trimmed), so none can run past a line end.
// Reply headers open with one of these words and a space ("On Mon, 3 Mar", "Le lun.", "Am Mo.").
const REPLY_WORDS = ['on', 'le', 'el', 'am', 'em', 'op', 'il'];
// German Gmail puts the verb before the name: "Am Mo., 12. Mai 2025 um 10:00 schrieb Ana <a@b>:".
const REPLY_HEADER =
  /^(?:on|le|el|am|em|op|il)\s[^\n]{0,200}?(?:wrote|a écrit|escribió|schrieb|escreveu|schreef|ha scritto)\s*:?$|^am\s[^\n]{0,200}?\sschrieb\s[^\n]{1,160}:$/i;
const SEPARATOR_PHRASES = [
  'begin forwarded message',
  'début du message réenvoyé',
  'inicio del mensaje reenviado',
  'original message',
  'forwarded message',
  "message d'origine",
  'message transféré',
  'mensaje original',
  'mensaje reenviado',
  'ursprüngliche nachricht',
  'weitergeleitete nachricht',
  'mensagem original',
  'mensagem encaminhada',
];
const SEPARATOR = new RegExp(`^(?:-{2,}\\s*)?(?:${SEPARATOR_PHRASES.join('|')})\\b`, 'i');
const HEADER_FROM = /^\*?(?:from|de|von|da|van)\s*:\*?\s+\S/i;
const HEADER_NEXT = /^\*?(?:sent|date|to|subject|envoyé|enviado|gesendet|datum|betreff|objet|asunto|assunto|para|à|an|cc)\s*:/i;
const UNDERSCORES = /^_{8,}$/;

// The first characters (either case) a line must start with for any of the four patterns above to
// match it: most lines of a mail start otherwise and skip the tests. Keep in step with the patterns.
const MAY_START = new Uint8Array(128);
for (const c of '-_*bdioufmwleav') {
  MAY_START[c.charCodeAt(0)] = 1;
  MAY_START[c.toUpperCase().charCodeAt(0)] = 1;
}

// Finer tests of the same kind, one per pattern: each pattern is tried only on a line that opens
// the way it must, compared in lower case as the patterns' "i" flag does.
const REPLY_PAIRS = new Set(REPLY_WORDS.map((w) => w.charCodeAt(0) * 256 + w.charCodeAt(1)));
const SEPARATOR_STARTS = new Set(SEPARATOR_PHRASES.map((p) => (p.charCodeAt(0) * 256 + p.charCodeAt(1)) * 256 + p.charCodeAt(2)));

/** A Latin-1 letter in lower case ("É" -> "é"), another Latin-1 character as it is, -1 beyond. */
function lower(c: number): number {
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) return c + 32;
  return c <= 0xff ? c : -1;
}

/** Any character `\s` matches. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A reply-header word and a space open the line: what both REPLY_HEADER branches need. */
function opensReply(line: string): boolean {
  return isSpace(line.charCodeAt(2)) && REPLY_PAIRS.has(lower(line.charCodeAt(0)) * 256 + lower(line.charCodeAt(1)));
}

/** Dashes, or the first three letters of a separator phrase, open the line. */
function opensSeparator(line: string, first: number): boolean {
  return first === 45 || SEPARATOR_STARTS.has((lower(first) * 256 + lower(line.charCodeAt(1))) * 256 + lower(line.charCodeAt(2)));
}

/** "From:", "*De:*": the line opens with f, d or v (after a "*") and has a colon. */
function opensHeader(line: string, first: number): boolean {
  const c = lower(first === 42 ? line.charCodeAt(1) : first);
  return (c === 102 || c === 100 || c === 118) && line.includes(':');
}

export interface NewestMessage {
  /** Text of the newest message only. */
  text: string;
  /** True when earlier messages were cut off. */
  hadHistory: boolean;
}

// A firm's notice printed above the message, then a rule, then the greeting: the rule closes the
// notice, not an earlier message ("This communication is from X LLP … ____ Dear Ioana,").
const NOTICE = /\b(?:confidential|confidentiels?|confidenciale?s?|confidenciais?|vertraulich|registered in|registered office|intended (?:only )?for|privacy notice|disclaimer|in error|par erreur|por error|por engano|irrtümlich|destinataires?|limited liability|authorised and regulated)\b/i;
const GREETING = /^(?:dear|hi|hello|hey|good (?:morning|afternoon)|bonjour|bonsoir|hola|buenos|buenas|estimad[oa]|hallo|guten|sehr geehrte|liebe|ol[áa]|prezad[oa]|caro|cara|cher|ch[èe]re)\b/i;

function disclaimerAbove(lines: string[], at: number): boolean {
  let next = at + 1;
  while (next < lines.length && (lines[next] ?? '').trim() === '') next++;
  if (!GREETING.test((lines[next] ?? '').trim())) return false;
  const above = lines.slice(0, at).join(' ');
  return NOTICE.test(above) && !GREETING.test((lines.find((l) => l.trim() !== '') ?? '').trim());
}

// ">> SELECT AN INTERVIEW TIME: https://…": an HTML button rendered as text, not a quoted line, when
// it carries a link and no quoted line follows it.
const LINKED_ARROW = /^>{1,2}\s?[^>\n]{0,80}https?:\/\//;

function buttonLine(lines: string[], at: number, line: string): boolean {
  if (!LINKED_ARROW.test(line)) return false;
  let next = at + 1;
  while (next < lines.length && (lines[next] ?? '').trim() === '') next++;
  return next < lines.length && !(lines[next] ?? '').trimStart().startsWith('>');
}

export function newestMessage(body: string): NewestMessage {
  const lines = body.split('\n', 4000);
  let cut = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    if (line.startsWith('>') && !buttonLine(lines, i, line)) {
      cut = i;
      break;
    }
    if (line.length > 400) continue;
    const first = line.charCodeAt(0);
    if (first >= 128 || MAY_START[first] === 0) continue;
    if (opensSeparator(line, first) && SEPARATOR.test(line)) {
      cut = i;
      break;
    }
    if (first === 95 && UNDERSCORES.test(line) && !disclaimerAbove(lines, i)) {
      cut = i;
      break;
    }
    // "On Mon, 10 Mar 2025 at 16:40, Name <a@b> wrote:", possibly wrapped over two lines.
    if (opensReply(line) && (REPLY_HEADER.test(line) || (line.length < 200 && REPLY_HEADER.test(`${line} ${(lines[i + 1] ?? '').trim()}`)))) {
      cut = i;
      break;
    }
    if (opensHeader(line, first) && HEADER_FROM.test(line)) {
      let hits = 0;
      for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
        if (HEADER_NEXT.test((lines[j] ?? '').trim())) hits++;
      }
      if (hits >= 2) {
        cut = i;
        break;
      }
    }
  }
  // The body up to the cut line is the lines before it joined again: slice it instead of joining.
  let text: string;
  if (cut >= 0) {
    let end = -1;
    for (let i = 0; i < cut; i++) end += (lines[i] ?? '').length + 1;
    text = body.slice(0, Math.max(0, end));
  } else text = lines.length < 4000 ? body : lines.join('\n');
  if (text.length > MAX_NEWEST_CHARS) text = text.slice(0, MAX_NEWEST_CHARS);
  return { text: text.trim(), hadHistory: cut >= 0 };
}
