// Titles read from the body's sentences: capitalised after a phrase that announces a role, or (when
// there is none) lower-case or all-caps after a casual one.
import { fold } from '../text/fold';
import { allMatches } from '../text/matches';
import { BODY_PATTERNS, TRIGGERS, TRIGGER_SCAN } from './role-body-patterns';
import { CASUAL_PATTERNS, CASUAL_SCAN, casualTitle, trailingBracket } from './role-casual';
import { cleanTitle } from './role-clean';
import { plausible } from './role-plausible';
import { extendTitle } from './role-qualifier';
import { hasTitleHead } from './titles';

// A title found, and how much its source is trusted (the highest weight wins; see role.ts).
export interface Candidate {
  text: string;
  weight: number;
}

const QUALIFIED_TAIL = /^[^\n.;:!?()]{0,60}?\s?\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|h\/f|f\/h|m\/w|w\/m|all genders?)\)/i;

const APPOSITION =
  /(?:,\s(?:for|as|para|pour|für|como)|\s(?:re|about|regarding|sobre|concernant))\s(?:the|our|this|a|an|el|la|le|die|den|o|a)?\s?(?:(?:role|position|post|puesto|poste|Stelle|vaga)\s(?:of|as|de|als)\s)?(?=[A-ZÀ-ÖØ-Þ\d])/;

// "your CV and they'd like to meet you for the Night Shift Supervisor role": a match that began at an
// earlier determiner runs through a clause; the title follows its last "for the". Titles hold no
// lower-case words beyond particles, so the clause shows itself by one.
const FOR_THE = /\s(?:for|as)\s(?:the|our|this|an?)\s(?=[A-ZÀ-ÖØ-Þ\d])/g;

// Lower-case words a title may hold ("Head of Design", "Técnico de Campo").
const PARTICLE = /^(?:and|for|of|the|with|und|de|des|del|du|y|e|et|la|le|el)$/;

/** The lower-case words of `s` of at least `min` letters that are no title particle: a clause's. */
function clauseWords(s: string, min: number): number {
  let n = 0;
  for (const w of s.match(/(?:^|\s)[a-z][a-z'’]+(?=[\s,]|$)/g) ?? []) {
    const t = w.trimStart();
    if (t.length >= min && !PARTICLE.test(t)) n++;
  }
  return n;
}

function clauseBefore(raw: string): RegExpExecArray | null {
  if (!raw.includes(' for ') && !raw.includes(' as ')) return null;
  let last: RegExpExecArray | null = null;
  FOR_THE.lastIndex = 0;
  for (let m = FOR_THE.exec(raw); m; m = FOR_THE.exec(raw)) last = m;
  if (!last) return null;
  const before = raw.slice(0, last.index);
  if (clauseWords(before, 3) > 0) return last;
  // "our Assessment Centre for the Graduate Civil Engineer role": an event before "for the", the title
  // after it ("our Director for the Northern Region role" keeps its whole title).
  return !hasTitleHead(fold(before)) && hasTitleHead(fold(raw.slice(last.index + last[0].length))) ? last : null;
}

/** The match ran on through a clause after the cleaned title: three or more lower-case words. */
function runsOn(raw: string, title: string): boolean {
  if (raw.length < title.length + 20 || !raw.startsWith(title)) return false;
  return clauseWords(raw.slice(title.length), 2) >= 3;
}

export function fromText(text: string, weight: number, company: string | null = null): Candidate[] {
  const out: Candidate[] = [];
  const present = TRIGGER_SCAN.groupsIn(text);
  for (let k = 0; k < BODY_PATTERNS.length; k++) {
    if (TRIGGERS[k] && !(present & (1 << k))) continue;
    const entry = BODY_PATTERNS[k] as [RegExp, number];
    const re = entry[0];
    const w = entry[1];
    re.lastIndex = 0;
    for (const m of allMatches(re, text, 6)) {
      // Apposition: "our Head of Design, for the Senior Product Designer position" names the
      // interviewer first; the title is what follows "for the" (or "re the", "about the").
      const raw = m[1] ?? '';
      const tail = APPOSITION.exec(raw) ?? clauseBefore(raw);
      let t = cleanTitle(tail ? raw.slice(tail.index + tail[0].length) : raw);
      // "our Creative Director, Imogen, is off sick today, so we need to move your interview": the job
      // noun (the first pattern's) ends a clause that ran on past the title; it names no title.
      if (k === 0 && !tail && runsOn(raw, t)) continue;
      // "Elektroniker für Betriebstechnik (m/w/d)": a gender qualifier later on the line belongs to
      // the title even when a preposition stopped the match early.
      const at = (m.index ?? 0) + m[0].length;
      const next = text.slice(at, at + 70);
      const q = next.includes('(') ? QUALIFIED_TAIL.exec(next) : null;
      if (q && !/^[,;]/.test(q[0])) t = cleanTitle(`${t}${q[0]}`);
      // The title ran to the end of the match: a qualifier after a dash or comma is still part of
      // it ("RN - Med/Surg (Night Shift)", "Engineer, Search Ranking"), as is a bracket the comma cut.
      else if (raw && m[0].endsWith(raw)) t = extendTitle(t, text.slice(at, at + 80), company);
      // "the Freelance React Developer (3-month contract, outside IR35)": the job noun inside a bracket
      // stopped the match; the bracket is the title's.
      if (raw.includes('(') && /\([^()]*$/.test(t)) {
        const end = (m.index ?? 0) + m[0].indexOf(raw) + raw.length;
        const close = /^[^()\n]{0,50}\)/.exec(text.slice(end, end + 52));
        if (close) t = cleanTitle(`${raw}${close[0]}`);
      }
      if (plausible(t)) out.push({ text: t, weight: Math.min(w, weight) });
      // "Desarrollador/a Frontend Semi Senior (React + TypeScript, 100% remoto desde …)": a bracket
      // of stack and terms too long for a title; the words before it are the title.
      else if (t.includes(' (')) {
        const bare = t.slice(0, t.indexOf(' ('));
        if (plausible(bare)) out.push({ text: bare, weight: Math.min(w, weight) });
      }
    }
  }
  return out;
}

/** Lower-case (or all-caps) titles after a phrase that announces a role; see role-casual.ts. */
export function casualTitles(text: string, lang: string): Candidate[] {
  const lower = text.toLowerCase();
  // Offsets in the lower-cased copy must be offsets in the original.
  if (lower.length !== text.length) return [];
  const out: Candidate[] = [];
  // English patterns also run on mail whose language is unclear.
  const langs = lang === 'es' || lang === 'fr' || lang === 'pt' ? lang : 'en';
  const present = CASUAL_SCAN.groupsIn(lower);
  for (let k = 0; k < CASUAL_PATTERNS.length; k++) {
    const [re, weight, , patternLang] = CASUAL_PATTERNS[k] as (typeof CASUAL_PATTERNS)[number];
    if (patternLang !== langs || !(present & (1 << k))) continue;
    re.lastIndex = 0;
    for (const m of allMatches(re, lower, 6)) {
      const raw = m[1] ?? '';
      const end = (m.index ?? 0) + m[0].length;
      const cleaned = cleanTitle(text.slice(end - raw.length, end));
      const t = casualTitle(cleaned);
      if (!t) continue;
      // A bracket right after the title belongs to it ("(turno de noche)"), not one after a clause.
      // So does a dash-joined qualifier ("Host - Brunch Shift (Weekends)").
      const after = text.slice(end, end + 80);
      const extended = t === cleaned ? extendTitle(t, after, null) : t;
      const full = extended !== t ? extended : `${t}${t === cleaned ? trailingBracket(after) : ''}`;
      if (plausible(full)) out.push({ text: full, weight });
    }
  }
  return out;
}
