// Cuts a found title down to the title: the sentence after it, a label or article before it,
// reference numbers, interview words, job nouns and stray punctuation.
import { isSpace } from './names';
import { endsLikeInterview, endsLikeJobNoun, leadsLikeLabel, startsLikeArticle } from './role-guards';

// Interview-type words after a title in a subject: "… phone screen".
const INTERVIEW_TAIL =
  /\s+(?:(?:phone|video|technical|final|first|second|panel|onsite|virtual|group|1st|2nd|3rd)[- ]round\s)?(?:(?:phone|video|technical|final|panel|onsite|virtual|group|case)\s)?(?:interviews?|screen(?:ing)?|call|chat|round|entrevista|entretien|gespräch)$/;

const DAY =
  'mon|tue|wed|thu|fri|sat|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|lunes|martes|miércoles|jueves|viernes|sábado|montag|dienstag|mittwoch|donnerstag|freitag|samstag|segunda|terça|quarta|quinta|sexta';
// A day name ends the title; only day endings may follow the stem ("6 months", "Satellite Engineer" go on).
const TITLE_TAIL = new RegExp(
  String.raw`\s(?:(?:has|have|had|is|was|will|would)(?:\s(?:been|be|now))?\s[a-z]|(?<!\bde\s)(?:tomorrow|today|tonight|demain|aujourd'hui|morgen|heute|mañana|amanhã|hoje)\b|(?:(?:on|le|el|am|o|na|no)\s)?(?:${DAY})(?:day|sday|nesday|rsday|urday|s|rs)?\b|(?:interview|entrevista|entretien|gespräch)s?[\s,]|(?:opportunity|search|vacancy|competition|loop)$|job\s\(|(?:aqui|aquí|aí|freuen|a retenu|for an?|el próximo|la próxima)(?:\s|$)).*$`,
  '',
);
export const TITLE_LEAD =
  /^(?:(?:your|ihre|deine|votre|ta|tu|su|sua|seu)\s)?(?:candidatura|candidature|bewerbung|application|posición|posição|position|poste|vaga|vacante|búsqueda|busqueda|oferta|stelle|échange|opportunité|opportunity|oportunidad|oportunidade)\s(?:(?:de|para|pour le poste|als|for|à|a|au poste)\s)?(?:d['’]\s?|de\s|la\s|el\s|le\s)?(?=[a-zà-þ])/;

// Tail and lead patterns are written in lower case and run on a lower-cased copy: a large pattern
// with the /i flag took milliseconds to compile on the first mail. The cut is made on the original.
function cutTail(t: string, re: RegExp): string {
  const lower = t.toLowerCase();
  if (lower.length !== t.length) return t;
  const m = re.exec(lower);
  return m ? t.slice(0, m.index) : t;
}

export function cleanTitle(raw: string): string {
  // What follows a title in a sentence is not part of it: "… has been moved", "… tomorrow",
  // "… le mardi 15 avril", "… interview Thurs"; nor is a label before it ("Candidatura X").
  // (cutTail inlined: when nothing is cut, its lower-case copy serves the lead test too.)
  const trimmed = raw.trim();
  let lower = trimmed.toLowerCase();
  let t = trimmed;
  const tail = lower.length === trimmed.length ? TITLE_TAIL.exec(lower) : null;
  if (tail) {
    t = trimmed.slice(0, tail.index);
    lower = t.toLowerCase();
  }
  const lead = leadsLikeLabel(lower) ? TITLE_LEAD.exec(lower) : null;
  if (lead && lead[0].length < t.length && /[A-ZÀ-ÖØ-Þ\d]/.test(t.charAt(lead[0].length))) t = t.slice(lead[0].length);
  if (endsLikeInterview(t)) t = cutTail(t, INTERVIEW_TAIL);
  // "als Senior Backend Engineer (Kotlin) eine technische Pairing-Session": a German article starts the
  // sentence's object; no title holds one.
  // Nor does one end in the particle that closes the sentence ("laden Sie … als X ein", "schlagen … vor").
  if (t.includes(' ein')) t = t.replace(/\s(?:ein|eine|einen|einem|einer)(?:\s.*)?$/, '');
  if (t.endsWith(' vor')) t = t.slice(0, -4);
  // The bracket rules below need a "(": one substring test skips four pattern runs.
  const bracket = t.includes('(');
  if (bracket) {
    // A gender qualifier ends the title: "Industriemechaniker (m/w/d) einladen" -> "… (m/w/d)".
    if (t.includes('/')) t = t.replace(/(\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|h\/f|f\/h|m\/w|w\/m)\)).*$/i, '$1');
    // "Metallbauer EFZ (100 %) kennenlernen", "… (Kotlin) schlagen wir [ein …] vor": a lower-case word
    // after the bracket is the sentence's verb.
    t = t.replace(/(\))\s+[a-zäöüß]{2,}(?:en|ern|eln)(?:\s(?:wir|ich|Sie|du|ihr))?$/, '$1');
    // Reference numbers and dates are not part of the title.
    t = t.replace(/\s*\((?:ref|req|job|recruitment|requisition|id|no|nr)\b[^)]{0,40}\)/gi, '');
    t = t.replace(/\s*\((?:Ref|Req|Réf|Referenz|Referencia|Referência|Kennziffer)[:.][^)]*\)/g, '');
  }
  // "the Assistant Curator (Prints), a fixed-term position": an apposition describes the post.
  if (t.includes(', a')) t = t.replace(/,\s(?:a|an)\s[a-z][^,()]*$/, '');
  // "Conducteur de travaux H/F basé à Angers": a bare gender marker ends the title too.
  if (t.includes('/')) t = t.replace(/(\s(?:H\/F|F\/H)(?:\s\([^()]*\))?)\s(?!\().*$/, '$1');
  // "Line Cook application": the application is the candidate's, not part of the title.
  if (endsLikeJobNoun(t)) t = t.replace(/\s+(?:roles?|positions?|job|openings?|vacancy|post|spot|gig|interview|interviews|application|candidacy|candidature|candidatura|bewerbung|postulaci[oó]n)$/i, '');
  if (startsLikeArticle(t)) t = t.replace(/^(?:the|our|a|an|el|la|le|les|un|une|o|die|der|das)\s+/i, '');
  if (bracket) t = t.replace(/\s*\((?:ref|req)\b[^)]*$/i, '');
  return trimPunctuation(t);
}

/** Is c one of the characters /[\s,–—:;-]/ matches (colon and semicolon only when `lead`)? */
function isTrimmed(c: number, lead: boolean): boolean {
  return c === 44 || c === 45 || c === 0x2013 || c === 0x2014 || (lead && (c === 58 || c === 59)) || isSpace(c);
}

/**
 * t.replace(/[\s,–—-]+$/, '').replace(/^[\s,–—:;-]+/, '').trim(), by index: the end-anchored
 * pattern was tried at every run of spaces in the title.
 */
function trimPunctuation(t: string): string {
  let end = t.length;
  while (end > 0 && isTrimmed(t.charCodeAt(end - 1), false)) end--;
  let start = 0;
  while (start < end && isTrimmed(t.charCodeAt(start), true)) start++;
  while (end > start && isSpace(t.charCodeAt(end - 1))) end--;
  return start === 0 && end === t.length ? t : t.slice(start, end);
}
