// Dates and times in the five languages, on accent-folded lower-case text.

const WEEKDAYS =
  'mon(day)?|tue(s|sday)?|wed(nesday)?|thu(r|rs|rsday)?|fri(day)?|sat(urday)?|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|(segunda|terca|quarta|quinta|sexta)(-feira)?';
const MONTHS =
  'jan(uary|uar|vier|eiro)?|feb(ruary|rero|ruar)?|fevereiro|fevrier|mar(ch|zo|s|z|co)?|apr(il)?|avril|abril|may|mayo|mai|maio|jun(e|io|i|ho)?|juin|jul(y|io|i|ho)?|juillet|aug(ust)?|agosto|aout|sep(t|tember|tiembre|tembre)?|setembro|oct(ober|ubre|obre)?|oktober|outubro|nov(ember|iembre|embre|embro)?|dec(ember|embre)?|diciembre|dez(ember|embro)';
const RELATIVE =
  'tomorrow|today|tonight|next week|this week|manana|hoy|esta semana|la proxima semana|la semana que viene|demain|aujourd.hui|cette semaine|la semaine prochaine|morgen|heute|diese woche|nachste woche|in den nachsten tagen|amanha|hoje|proxima semana|semana que vem';

const TIME = String.raw`\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2}(?:\s?(?:uhr|h))?|\d{1,2}h\d{0,2}|\d{1,2} uhr`;
const DATE = String.raw`\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\.\s?(?:${MONTHS})|(?:${MONTHS})\.?\s\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s(?:de\s)?(?:${MONTHS})`;

/** One pattern for any date, time, weekday or relative day. */
export const DATETIME = new RegExp(`\\b(?:${TIME}|${DATE}|(?:${WEEKDAYS})|(?:${RELATIVE}))\\b`, 'g');
/** Clock times only: "2pm", "10:30", "14h". */
export const CLOCK = new RegExp(`\\b(?:${TIME})\\b`, 'g');

export function countDateTimes(folded: string, cap = 12): number {
  DATETIME.lastIndex = 0;
  let n = 0;
  while (n < cap && DATETIME.exec(folded)) n++;
  return n;
}

export function hasClock(folded: string): boolean {
  CLOCK.lastIndex = 0;
  return CLOCK.test(folded);
}

/**
 * Where a text's dates and clock times begin, in order, as the global searches of DATETIME and CLOCK
 * find them. `crossLine`: some match runs over a line break ("10\npm").
 */
export interface DateTimeMarks {
  dates: number[];
  clocks: number[];
  crossLine: boolean;
}

// Where every match of a global pattern begins, pushed to `out`. Returns 1 when a match holds a
// line break, 2 when one holds a digit (both: 3).
function starts(re: RegExp, text: string, out: number[]): number {
  let seen = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m.index);
    if (m[0].includes('\n')) seen |= 1;
    if (!(seen & 2) && hasDigit(m[0])) seen |= 2;
  }
  return seen;
}

/** /\d/.test(s). */
export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) return true;
  return false;
}

/** All dates and clock times of `folded`: one search each, instead of one per line and per question. */
export function markDateTimes(folded: string): DateTimeMarks {
  const dates: number[] = [];
  const clocks: number[] = [];
  const seen = starts(DATETIME, folded, dates);
  // A clock time is a DATETIME match or lies inside one (TIME is DATETIME's first alternative, and
  // its search tries every place no earlier match covers): without a digit in any, there is none.
  const clockSeen = seen & 2 ? starts(CLOCK, folded, clocks) : 0;
  return { dates, clocks, crossLine: ((seen | clockSeen) & 1) === 1 };
}

/** The marks of a prepared mail's newest message, found once (detector and extractor both read them). */
export function dateTimesOf(p: { folded: string; memo: Map<string, unknown> }): DateTimeMarks {
  let m = p.memo.get('datetimes') as DateTimeMarks | undefined;
  if (!m) {
    m = markDateTimes(p.folded);
    p.memo.set('datetimes', m);
  }
  return m;
}
