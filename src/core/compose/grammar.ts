// The few bits of grammar the templates cannot do alone: joining reason clauses into one sentence,
// fitting the user's own words into it, and French elision before a job title.
import type { Lang } from '../types';

const AND: Record<Lang, string> = { en: 'and', es: 'y', fr: 'et', de: 'und', pt: 'e' };

function conjunction(lang: Lang, next: string): string {
  // Spanish "y" becomes "e" before an /i/ sound ("e innovación").
  if (lang === 'es' && /^h?[iíIÍ](?![aeiouáéíóú])/u.test(next)) return 'e';
  return AND[lang];
}

/** "a, b and c" (English keeps the serial comma, as most style guides for letters do). */
export function joinClauses(clauses: string[], lang: Lang): string {
  if (clauses.length <= 1) return clauses[0] ?? '';
  const last = clauses[clauses.length - 1]!;
  const head = clauses.slice(0, -1).join(', ');
  const comma = lang === 'en' && clauses.length > 2 ? ',' : '';
  return `${head}${comma} ${conjunction(lang, last)} ${last}`;
}

// Sentence openers that are safe to lower-case inside our sentence; anything else (names, "I",
// German nouns) keeps its capital, since we cannot tell a brand from a common word.
const LOWERABLE: Record<Lang, ReadonlySet<string>> = {
  en: new Set(
    'my the this that it it\'s its there there\'s we our a an another after since due because family personal health currently right at for given having taking now unfortunately recently'.split(
      ' ',
    ),
  ),
  es: new Set(
    'mi mis el la los las he ya tengo estoy un una por es son motivos razones me acepté prefiero actualmente ahora debido acabo en no'.split(' '),
  ),
  fr: new Set(
    "je j'ai mon ma mes le la les il c'est un une pour des en actuellement après étant ayant raisons motifs ne".split(' '),
  ),
  de: new Set('ich mein meine meinen meiner es das die der wir unser unsere aus da nach wegen derzeit aktuell momentan zurzeit'.split(' ')),
  pt: new Set('eu meu minha meus minhas o a os as já tenho estou um uma por é são motivos razões me aceitei prefiro atualmente agora devido acabei no na não'.split(' ')),
};

/** Lower-cases the first letter of the user's clause when it is a plain sentence opener. */
export function lowerFirstIfSafe(s: string, lang: Lang): string {
  const first = s.split(/\s/u, 1)[0] ?? '';
  const word = first.toLowerCase();
  if (!LOWERABLE[lang].has(word) || first.slice(1) !== first.slice(1).toLowerCase()) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** French "de" before a title: "d'Analyste", "de Chef de projet". */
export function frenchDe(role: string): string {
  return /^[aeiouyàâäéèêëîïôöùûüœæ]/iu.test(role) ? `d'${role}` : `de ${role}`;
}
