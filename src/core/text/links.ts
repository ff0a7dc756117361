// Links in a message, and which of them book, join or confirm a meeting.

const URL = /https?:\/\/[^\s<>()"'\]]{1,300}/g;
const SCHEDULING =
  /schedul|book|calend|\bcal\.|\/cal\/|meet|availab|slot|agend|reserv|interview|video|zoom|teams|webex|\/j\/|join|event|termin|creneau|entrevista|confirm|select|rdv/i;
// Account, privacy and reading links share a mail with booking links but book nothing.
const NOT_BOOKING = 'unsub|privac|prefs|settings|profile|status|tips|advice|blog|guide|article|faq';
const NOT_SCHEDULING = new RegExp(`${NOT_BOOKING}|preferences|desinscri|descadastr|terms|legal|scorecard|bewertung`, 'i');
// The detector's quicker test on folded text: one pattern over the whole message, no link list.
const HAS_SCHEDULING_LINK = new RegExp(
  `https?://(?![^\\s]*(?:${NOT_BOOKING}))[^\\s]{0,120}(?:schedul|book|cal|meet|availab|slot|agend|reserv|interview|video|zoom|teams|/j/|join|event|termin|creneau|entrevista|confirm)`,
);

/** True when folded text holds a booking, calendar or video-call link (privacy and unsubscribe links do not count). */
export function hasSchedulingLink(folded: string): boolean {
  // Most mail holds no link at all: a string search turns it away before the pattern.
  return folded.includes('http') && HAS_SCHEDULING_LINK.test(folded);
}

/** "https://x.example/a." -> "https://x.example/a": the sentence's punctuation is not the link's. */
function withoutTrailingPunctuation(url: string): string {
  const c = url.charCodeAt(url.length - 1);
  // . , ; : ! ? end it, or nothing needs removing.
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 ? url.replace(/[.,;:!?]+$/, '') : url;
}

export function findLinks(text: string, cap = 20): string[] {
  const out: string[] = [];
  if (!text.includes('http')) return out;
  URL.lastIndex = 0;
  let m: RegExpExecArray | null = URL.exec(text);
  while (m && out.length < cap) {
    out.push(withoutTrailingPunctuation(m[0]));
    m = URL.exec(text);
  }
  return out;
}

export function schedulingLinks(text: string): string[] {
  return findLinks(text).filter((u) => SCHEDULING.test(u) && !NOT_SCHEDULING.test(u));
}
