// Job titles that small businesses write in lower case: the subject that is only the title ("line
// cook", "Re: part-time cashier", "Votre candidature – préparateur en pharmacie") and the body says it
// again, and the lower-case qualifier after a dash ("Préposé(e) aux travaux publics – saisonnier").
import { casualTitle } from './role-casual';

// Reply and forward prefixes, and the labels a subject puts before the title.
const SUBJECT_PREFIX = /^(?:(?:re|fwd?|aw|wg|tr|rv|enc):\s*)+/i;
const LABEL = /^(?:(?:your|votre|su|tu|sua|ihre)\s)?(?:application|candidature|candidatura|bewerbung|solicitud|postulaci[oó]n)$/i;

/** /^[a-zà-öø-ÿ]/.test(s) */
function startsLowerCase(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xf6) || (c >= 0xf8 && c <= 0xff);
}

/**
 * Lower-case subject segments that are a title noun phrase and that the body repeats word for word:
 * the writer names the job the same way twice, so it is the title even without a capital.
 */
export function lowerSubjectTitles(subject: string, body: string): string[] {
  const out: string[] = [];
  // (The prefix pattern is tried only on a subject starting with one of its letters, r f a w t e.)
  const l = subject.charCodeAt(0) | 0x20;
  const bare = l === 114 || l === 102 || l === 97 || l === 119 || l === 116 || l === 101 ? subject.replace(SUBJECT_PREFIX, '') : subject;
  const parts = bare.split(/\s+[–—|-]\s+|:\s+/);
  for (const raw of parts) {
    const piece = raw.trim();
    // Only lower-case pieces: a capitalised title is read by the subject rules.
    if (!startsLowerCase(piece) || LABEL.test(piece) || piece.length > 60) continue;
    if (casualTitle(piece) !== piece || !body.includes(piece)) continue;
    out.push(piece);
  }
  return out;
}

// "– saisonnier", "– quart de soir", "— équipe de nuit": one to three lower-case words after an en or
// em dash, ending the clause. A hyphen is left out: casual mail uses it where a clause follows.
const LOWER_QUALIFIER =
  /^ [–—] ([a-zà-öø-ÿ][a-zà-öø-ÿ'’-]*(?: (?:de|du|des|d['’]|of|en|à|la|le) ?[a-zà-öø-ÿ][a-zà-öø-ÿ'’-]*| [a-zà-öø-ÿ][a-zà-öø-ÿ'’-]*){0,2})(?=[ \t]*(?:[.;!?\n]|,\s|$))/;
// Words that start a clause, not a qualifier.
const CLAUSE_START = /^(?:we|you|i|it|this|that|please|thanks|merci|nous|vous|je|il|elle|on|nosotros|usted|wir|sie|ich|eu|nos|você|voce|and|et|y|e|und|but|mais|pero|mas|aber|see|voir|ver|call|chat|thanks|thank|danke|bitte|gerne|vielen|gracias|obrigad[oa]|merci|cheers)$/;

/** The lower-case qualifier after a dash that belongs to the title, with its dash; '' when there is none. */
export function lowerQualifier(after: string): string {
  // The pattern opens with a space: most text after a title does not.
  if (after.charCodeAt(0) !== 32) return '';
  const m = LOWER_QUALIFIER.exec(after);
  if (!m?.[1]) return '';
  const first = m[1].split(' ')[0] ?? '';
  return CLAUSE_START.test(first) ? '' : m[0];
}
