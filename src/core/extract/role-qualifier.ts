// What follows a title and still belongs to it: a qualifier after a dash or comma ("RN - Med/Surg
// (Night Shift)", "Engineer, Search Ranking"), an academic field, the rest of an open bracket.
import { fold } from '../text/fold';
import { lowerQualifier } from './role-lower';
import { hasTitleHead } from './titles';

// A qualifier segment: capitalised words (with "de", "of", "&", "/"), an optional bracket, then the
// end of the clause. "Payroll Specialist - Harbor & Vale" is excluded by the company check.
const QUALIFIER_SEGMENT =
  /^(?: [–—-] |, )((?:(?:[A-ZÀ-ÖØ-Þ]|\d{1,2}-?(?=[A-Za-z])(?![ap]m\b))[A-Za-zÀ-ÖØ-öø-ÿ\d/&'’+-]*)(?: (?:de|del|of|&|do|da|für|en) )?(?: ?[A-ZÀ-ÖØ-Þ\d][A-Za-zÀ-ÖØ-öø-ÿ\d/&'’+-]*){0,3}(?: \([^()\n]{1,30}\))?)(?=[ \t]*(?:[.;!?:\n]|$|, | (?:position|role|job|opening|vacancy|loop|process|at|with|in|for|on|and|to|na|no|en|bei|chez|com|con|wie|als|ab|zum|zur|und|based|pour|para|is|was|has|will)\b))/;
const NOT_QUALIFIER =
  /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|lunes|martes|lundi|mardi|montag|dienstag|segunda|terça|we|i|you|our|your|the|this|thanks|please|best|regards|hi|hello|dear|re|ref|req|job|id|inside ir35|outside ir35)\b/i;

// A workload after a comma or dash: "Pflegefachperson HF, 80–100 %", "Sachbearbeiter – Pensum 60 %",
// "Comptable, taux d'activité 80 %". Swiss ads write it as part of the title; "100% remote" is no workload.
const WORKLOAD =
  /^(?: [–—-] |, )((?:(?:Pensum|Arbeitspensum|Beschäftigungsgrad|[Tt]aux d['’]activité|[Tt]aux|à) )?\d{1,3}(?: ?[–—-] ?\d{1,3})? ?%)(?=[ \t]*(?:[.;!?:,)\n]|$|(?:ein|vor|zu|ab|in|im|bei|per|und|à|au|dès|chez|pour|et)\b))/;

// Academic posts name their field after "in": "Assistant Professor in Chemical and Biomolecular
// Engineering", "Lecturer in Accounting" (elsewhere "in" starts a place: "Engineer in Berlin").
const ACADEMIC_HEAD = /\b(?:professor|lecturer|fellow|reader|professorship|lectureship)$/i;
const FIELD = /^ in ((?:[A-Z][A-Za-z-]+)(?:,? (?:and |of |& |for )?[A-Z][A-Za-z-]+){0,5})/;

// "(Req 25-3318)", "(R-118402)": a requisition number.
const REF_BRACKET = /\s*\((?:(?:ref|req|job|recruitment|requisition|id|no|nr)\b[^)]{0,40}|[a-z]{0,4}-?\d{4,})\)/gi;

/** Can ACADEMIC_HEAD match? Its words end in r, w or p (/i: ASCII letters match only ASCII letters). */
function endsLikeAcademicHead(t: string): boolean {
  const l = t.charCodeAt(t.length - 1) | 0x20;
  return l === 114 || l === 119 || l === 112;
}

/** Is the (folded) segment the company, or the start of its name? */
function isCompany(seg: string, company: string): boolean {
  return seg.includes(company) || (seg.length >= 4 && company.startsWith(`${seg} `));
}

export function extendTitle(t: string, after: string, company: string | null): string {
  if (endsLikeAcademicHead(t) && ACADEMIC_HEAD.test(t)) {
    const field = FIELD.exec(after);
    if (field) return `${t} in ${field[1]}`;
  }
  if (t.includes('(') && /\([^)]*$/.test(t)) {
    const close = /^[^()\n]{0,40}\)/.exec(after);
    return close ? `${t}${close[0]}` : t;
  }
  // (WORKLOAD is tried only when a "%" is near.)
  const pct = after.indexOf('%');
  if (pct > 0 && pct < 40) {
    const w = WORKLOAD.exec(after);
    if (w) return `${t}${w[0]}`;
  }
  // The segment opens with " – " or ", ".
  const q = after.charCodeAt(0) === 32 || after.charCodeAt(0) === 44 ? QUALIFIER_SEGMENT.exec(after) : null;
  if (!q?.[1]) return `${t}${lowerQualifier(after)}`;
  const seg = q[1];
  // The company as the sender signs it may be longer ("Ostrava Cloudworks" of "Ostrava Cloudworks Talent").
  if (NOT_QUALIFIER.test(seg) || (company && isCompany(fold(seg), fold(company))) || hasTitleHead(fold(seg))) return t;
  // "Specialist, Perioperative (Req 25-3318)": the requisition number is not part of the title.
  return `${t}${q[0].slice(0, q[0].length - seg.length)}${seg.replace(REF_BRACKET, '')}`;
}
