// Links in a message, and which of them book, join or confirm a meeting.

const URL = /https?:\/\/[^\s<>()"'\]]{1,300}/g;
const SCHEDULING =
  /schedul|book|calend|\bcal\.|\/cal\/|meet|availab|slot|agend|reserv|interview|video|zoom|teams|webex|\/j\/|join|event|termin|creneau|entrevista|confirm|select|rdv/i;
const NOT_SCHEDULING = /unsub|privac|prefs|preferences|settings|profile|desinscri|descadastr|status|terms|legal|scorecard|bewertung|tips|advice|blog|guide|article|faq/i;

export function findLinks(text: string, cap = 20): string[] {
  const out: string[] = [];
  URL.lastIndex = 0;
  let m: RegExpExecArray | null = URL.exec(text);
  while (m && out.length < cap) {
    out.push(m[0].replace(/[.,;:!?]+$/, ''));
    m = URL.exec(text);
  }
  return out;
}

export function schedulingLinks(text: string): string[] {
  return findLinks(text).filter((u) => SCHEDULING.test(u) && !NOT_SCHEDULING.test(u));
}
