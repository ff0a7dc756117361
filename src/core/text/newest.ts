// "Only the newest message decides": cut the body where quoted history or a forward begins.

/** The newest message is analysed up to this length; the rest is footers and history. */
export const MAX_NEWEST_CHARS = 12_000;

// Each is tested against one line (already trimmed), so none can run past a line end.
// Cheap first test before joining a line with the next one (a header wrapped over two lines).
const REPLY_START = /^(?:on|le|el|am|em|op|il)\s/i;
// German Gmail puts the verb before the name: "Am Mo., 12. Mai 2025 um 10:00 schrieb Ana <a@b>:".
const REPLY_HEADER =
  /^(?:on|le|el|am|em|op|il)\s[^\n]{0,200}?(?:wrote|a écrit|escribió|schrieb|escreveu|schreef|ha scritto)\s*:?$|^am\s[^\n]{0,200}?\sschrieb\s[^\n]{1,160}:$/i;
const SEPARATOR =
  /^(?:-{2,}\s*)?(?:begin forwarded message|début du message réenvoyé|inicio del mensaje reenviado|original message|forwarded message|message d'origine|message transféré|mensaje original|mensaje reenviado|ursprüngliche nachricht|weitergeleitete nachricht|mensagem original|mensagem encaminhada)\b/i;
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

export interface NewestMessage {
  /** Text of the newest message only. */
  text: string;
  /** True when earlier messages were cut off. */
  hadHistory: boolean;
}

export function newestMessage(body: string): NewestMessage {
  const lines = body.split('\n', 4000);
  let cut = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    if (line.startsWith('>')) {
      cut = i;
      break;
    }
    if (line.length > 400) continue;
    const first = line.charCodeAt(0);
    if (first >= 128 || MAY_START[first] === 0) continue;
    if (SEPARATOR.test(line)) {
      cut = i;
      break;
    }
    if (UNDERSCORES.test(line)) {
      cut = i;
      break;
    }
    // "On Mon, 10 Mar 2025 at 16:40, Name <a@b> wrote:", possibly wrapped over two lines.
    if (REPLY_HEADER.test(line) || (line.length < 200 && (REPLY_START.test(line) && REPLY_HEADER.test(`${line} ${(lines[i + 1] ?? '').trim()}`)))) {
      cut = i;
      break;
    }
    if (HEADER_FROM.test(line)) {
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
