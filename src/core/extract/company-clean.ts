// From a raw phrase to the company name a reply would use: department words, legal forms, a
// copyright year and a leading article come off; what is left must look like a name.
import { fold } from '../text/fold';
import { isLegalFormOnly, stripLegal } from './names';
import { cutAfterLegal, isDangling } from './company-words';

// The recruiting or personnel department by its name in five languages (case-insensitive, accented
// or not): "Talent Acquisition", "Atracción de Talento", "Capital Humano", "Gestão de Pessoas",
// "Acquisition de talents", "Ressources humaines", "Personalabteilung".
const HR_DEPARTMENT = 'talent acquisition|human resources|recursos humanos|capital humano|ressources humaines|personalabteilung|personalwesen|(?:atracci[oó]n|adquisici[oó]n|captaci[oó]n|gesti[oó]n) del? talentos?|(?:atra[cç][aã]o|aquisi[cç][aã]o|capta[cç][aã]o|gest[aã]o) de talentos?|gest[aã]o de pessoas|(?:departamento|gesti[oó]n|[aá]rea) de personas|(?:acquisition|gestion) des? talents?';
/** The department named inside a phrase (works on accent-folded text too: each accent has its plain letter beside it). */
export const HR_DEPARTMENT_IN = new RegExp(String.raw`\b(?:${HR_DEPARTMENT})\b`);

// Words that describe a mailbox or department, not the company ("Fennwick Mutual Careers").
const DEPT = new RegExp(
  String.raw`(?:\s*[-–—|:·,]\s*|\s+)(?:early careers|careers?|jobs|recruiting(?: team)?|recruitment(?: team)?|hiring(?: team)?|employment|${HR_DEPARTMENT}|talent team|people team|people|hr|team|recrutement|l'équipe recrutement|selección|seleção|rrhh|karriere|personal|carreiras|recrutamento|notifications|empleo|emploi|bewerbung)$`,
  'i',
);
// The last word of every DEPT ending (plain ASCII ones; a tail with other letters goes to DEPT itself).
const DEPT_LAST =
  /(?:careers?|jobs|recruiting|team|recruitment|hiring|employment|acquisition|people|hr|resources|recrutement|rrhh|humanos|humano|humaines|abteilung|personalwesen|talentos?|talents|pessoas|karriere|personal|carreiras|recrutamento|notifications|empleo|emploi|bewerbung)$/;
/** False only when DEPT surely does not match: the name's plain-ASCII tail ends in none of its words (DEPT, tried at every position, is dear). */
function mayEndInDept(c: string): boolean {
  const tail = c.slice(-13);
  return !isAscii(tail) || DEPT_LAST.test(tail.toLowerCase());
}

/** No character beyond ASCII (/[^\x00-\x7f]/ fails). */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}
const DEPT_PREFIX =
  /^(?:careers at|jobs at|karriere bei|empleo en|empleo|carreiras na|carreiras|recrutement|recruiting team|recruiting at|recruiting|talent at|the)\s+/i;
export const DEPT_WORD = new RegExp(String.raw`\b(?:team|equipe|equipo|time|talent\w*|recrut\w*|recruit\w*|reclut\w*|careers?|hr|rrhh|people|${HR_DEPARTMENT}|personal|seleccion|selecao|atracao)\b`);
const GENERIC = new RegExp(
  `^(?:careers?|jobs|recruiting|recruitment|talent|team|hr|rh|people|notifications?|alerts?|calendar|hiring|support|info|the|office|karriere|carreiras?|carrières|recrutement|recrutamento|selecci[oó]n|seleção|rrhh|empleo|emploi|bewerbung|personal|${HR_DEPARTMENT}|people team|(?:interview |candidate )?scheduling|candidates?|applicants?|candidate (?:experience|care|services?)|interviews|(?:interview|candidate) (?:team|coordination|scheduling)|entrevistas|entretiens)$`,
  'i',
);

const NOT_COMPANY =
  /^(?:mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|i|we|you|hi|hello|dear|thanks|thank|please|our|your|the|this|interview|re|fwd|zoom|teams|google|microsoft|linkedin|hirerail|ceo|cto|cfo|vp|hr|terms|privacy|privacy policy|unsubscribe|help|faq|q&a|ai|us|uk|eu|pt|et|ct|mt)$/i;

const COPYRIGHT_YEAR = /^(?:©\s*)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s+(?=[A-ZÀ-ÖØ-Þ])/;
const ARTICLE = /^(?:the|el|la|le|les|os|as|die|der)\s+/i;
/** The first character, lower-cased if an ASCII capital (a code test: a gate before a pattern anchored at ^ that starts with a letter). */
function firstLower(s: string): number {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90 ? c + 32 : c;
}
/** c/j/k/e/r/t: how DEPT_PREFIX's words start. */
const mayOpenWithDept = (s: string): boolean => {
  const c = firstLower(s);
  return c === 99 || c === 106 || c === 107 || c === 101 || c === 114 || c === 116;
};
/** t/e/l/o/a/d: how ARTICLE's words start. */
const mayOpenWithArticle = (s: string): boolean => {
  const c = firstLower(s);
  return c === 116 || c === 101 || c === 108 || c === 111 || c === 97 || c === 100;
};

export function cleanCompany(raw: string): string {
  // A sentence end inside the phrase ("Caisse Laurentides. Votre candidature"): the name stops there.
  // "St. Mary's" keeps its abbreviation: only a dot after a word of three or more letters ends it.
  // "Halden & Pike Recruitment Ltd. We process…": nor does it go on past its legal form.
  // "© 2026 Brackley Foods Inc.": the year of a copyright line is not part of the name.
  // Each pattern runs only where its literal occurs ("Pte", a dot, a department word at the end).
  const trimmed = raw.trim();
  const noPte = trimmed.includes('Pte') ? trimmed.replace(/\s+Pte\.?(?=\s+Ltd\b|$)/, '') : trimmed;
  const first = noPte.charCodeAt(0);
  const noYear = first === 0xa9 || first === 49 || first === 50 ? noPte.replace(COPYRIGHT_YEAR, '') : noPte;
  const cut = cutAfterLegal(noYear);
  const bare = stripLegal(cut);
  let c = bare;
  if (c.includes('.')) c = c.replace(/(?<=[a-zà-ÿ]{3})\.\s.*$/, '');
  if (mayOpenWithDept(c)) c = c.replace(DEPT_PREFIX, '');
  for (let i = 0; i < 3 && mayEndInDept(c); i++) c = c.replace(DEPT, '');
  // "the claims job at Greyfield I told you about": a pronoun after the name is the next clause.
  // (When the first stripLegal changed nothing and nothing changed since, the second would not either.)
  const out = c === bare && bare === cut ? c : stripLegal(c);
  return (mayOpenWithArticle(out) ? out.replace(ARTICLE, '') : out).replace(/\s+(?:I|We|You|They|Je|Nous|Ich|Wir|Yo|Eu)$/, '').trim();
}

const POSSESSIVE_LEAD = /^(?:Ihr|Ihre|Ihrer|Ihren|Ihrem|Ihres|Unser|Unsere|Unserer|Unseren|Unserem|Your|Our|My|Votre|Vos|Notre|Nos|Su|Sus|Nuestro|Nuestra|Seu|Sua|Nosso|Nossa)(?:\s|$)/;

export function usable(c: string): boolean {
  if (c.length < 2 || c.length > 60) return false;
  if (GENERIC.test(c) || NOT_COMPANY.test(c)) return false;
  if (isLegalFormOnly(c)) return false;
  if (/@|https?:|\d{3,}/.test(c)) return false;
  // "Ihrer Ansprechpartnerin Miriam Sommer", "Your Recruiting Team": a possessive opens a phrase about someone, never a name.
  if (POSSESSIVE_LEAD.test(c)) return false;
  // "Unidad de", "Serviço de Gestão de": a phrase cut before its noun is never a name.
  if (isDangling(fold(c))) return false;
  return hasCapital(c);
}

/** /[A-ZÀ-ÖØ-ÞĀ-ž]/.test(c): usually its first character answers. */
export function hasCapital(c: string): boolean {
  for (let i = 0; i < c.length; i++) {
    const code = c.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xd6) || (code >= 0xd8 && code <= 0xde) || (code >= 0x100 && code <= 0x17e)) return true;
  }
  return false;
}
