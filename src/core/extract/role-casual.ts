// Titles written in lower case, as casual mail and academic French do: "looking for a founding
// product designer", "el puesto de camarero/a (turno de noche)", "le recrutement d'un maître de
// conférences en biostatistique". Only after a phrase that announces a role, and only a noun phrase
// whose words include a job noun (titles.ts), so "looking for a time that works" never counts.
import { fold } from '../text/fold';
import { literalScan } from './literal-scan';
import { hasTitleHead } from './titles';

// A lower-case title runs to the end of the clause; a bracket is looked at separately.
const TL = String.raw`([a-zà-öø-ÿ][^\n.;!?:"“”()]{1,70}?)`;
const ENDL = String.raw`(?=\s\(|\s*(?:[.;!?:\n"“”]|,\s|\s[–—-]\s|\s(?:at|with|in|for|on|and|to|who|which|that|we|you|starting|from|para|con|que|y|en(?=\s(?:nuestr|su|el|la|los|las))|au|chez|à|pour|sur|dans|et|qui|na|no|em|com|e|is|es|est|é)\s|$))`;

// Each entry: pattern, weight, literals one of which it needs, and the language it is written in
// (a pattern for another language is not run: substring tests over the whole mail add up).
export const CASUAL_PATTERNS: [RegExp, number, string[], string][] = [
  [
    new RegExp(
      String.raw`\b(?:looking for|hiring|recruiting|searching for|seeking|need|needs)\s(?:an?\s|our\s|a new\s|one\s)${TL}${ENDL}`,
      'g',
    ),
    2,
    ['need', 'looking for', 'hiring', 'recruiting', 'seeking', 'searching for'], 'en',
  ],
  [
    new RegExp(String.raw`\b(?:role|position|post|job|opening|spot|gig)\s(?:of|as)\s(?:an?\s)?${TL}${ENDL}`, 'g'),
    3,
    ['role ', 'position ', 'job ', 'post ', 'opening ', 'spot ', 'gig '], 'en',
  ],
  [
    new RegExp(
      String.raw`\b(?:apply(?:ing)?|applied|process|candidacy)\s(?:for|to be|as)\s(?:the\s|an?\s|our\s)?${TL}${ENDL}`,
      'g',
    ),
    2,
    ['appl', 'process', 'candidacy'], 'en',
  ],
  [new RegExp(String.raw`\bas\s(?:an?\s|our\s)${TL}${ENDL}`, 'g'), 2, ['as a', 'as our'], 'en'],
  // "saw your application for the founding frontend engineer role": up to five lower-case words
  // between a determiner and the job noun (no determiner, preposition or verb among them, so the match
  // starts at the last determiner and never spans a clause).
  [
    /\b(?:the|our|this|your)\s((?:(?!(?:the|our|this|your|a|an|from|for|to|with|at|in|on|by|about|and|or|is|are|was|we|you|i|it|that|directly|just|really)\s)[a-z][a-z-]*\s){0,4}[a-z][a-z-]*)(?=\s(?:role|position|job|opening|spot|gig|chat|trial|chair|thing)\b)/g,
    2,
    [' role', ' position', ' job', ' opening', ' spot', ' gig', ' chat', ' trial', ' chair', ' thing'], 'en',
  ],
  // "your application for X" is how acknowledgements speak too: weight 0 means the phrase may only
  // spell out a title found elsewhere ("TOW DRIVER" -> "TOW TRUCK DRIVER (NIGHTS)"), never stand alone.
  [new RegExp(String.raw`\bapplication\s(?:for|as)\s(?:the\s|an?\s|our\s)?${TL}${ENDL}`, 'g'), 0, ['application'], 'en'],
  [
    new RegExp(
      String.raw`\b(?:puesto|vacante|plaza|oferta)\s(?:de|como)\s(?:un\/a\s|un\/una\s|una?\s)?${TL}${ENDL}`,
      'g',
    ),
    3,
    ['puesto', 'vacante', 'plaza', 'oferta'], 'es',
  ],
  [new RegExp(String.raw`\b(?:buscamos|buscando)\s(?:un\/a\s|un\/una\s|una?\s)${TL}${ENDL}`, 'g'), 2, ['busca'], 'es'],
  [
    new RegExp(
      String.raw`\b(?:poste|recrutement|recherchons|recherche)\s(?:de\s|d['’]\s?|en tant que\s)?(?:une?\s|un\(e\)\s)${TL}${ENDL}`,
      'g',
    ),
    3,
    ['poste', 'recrut', 'recherch'], 'fr',
  ],
  [new RegExp(String.raw`\bposte\s(?:de\s|d['’]\s?|en tant que\s)${TL}${ENDL}`, 'g'), 3, ['poste'], 'fr'],
  [
    new RegExp(String.raw`\b(?:vaga|cargo|função|funcao)\s(?:de|para|como)\s(?:a\s|o\s|um\s|uma\s)?${TL}${ENDL}`, 'g'),
    3,
    ['vaga', 'cargo', 'função', 'funcao'], 'pt',
  ],
  [new RegExp(String.raw`\b(?:procuramos|procurando)\s(?:um\s|uma\s|um\(a\)\s)${TL}${ENDL}`, 'g'), 2, ['procura'], 'pt'],
];

/** Bit k: a literal pattern k needs occurs in the (lower-cased) text; one pass for all of them. */
export const CASUAL_SCAN = literalScan(CASUAL_PATTERNS.map(([, , needs]) => needs));

// Words a noun-phrase title does not contain (a clause does): articles, pronouns, verbs, conjunctions.
// (A set: a lookup per word is cheaper than a pattern call per word.)
const CLAUSE_WORD = new Set(
  'the|a|an|to|for|with|and|or|who|that|this|is|are|be|was|will|would|can|could|we|you|our|your|my|i|it|me|us|on|at|by|if|so|but|just|some|someone|time|call|chat|opportunity|opportunities|opening|openings|role|roles|position|positions|vacancy|job|jobs|candidate|team|interview|oportunidad|oportunidade|opportunite|el|la|los|las|que|y|con|para|por|se|su|le|les|et|pour|avec|qui|vous|nous|o|os|um|uma|com|você|voce|und|mit'.split('|'),
);

/**
 * The title at the start of a lower-case phrase: its words up to the first clause word ("maître de
 * conférences en chimie vous convie…" -> "maître de conférences en chimie"); null unless it is a few
 * words with a job noun among them.
 */
export function casualTitle(t: string): string | null {
  const words = t.split(/\s+/);
  let n = 0;
  while (n < words.length && !CLAUSE_WORD.has((words[n] as string).toLowerCase())) n++;
  if (n === 0 || n > 6) return null;
  const title = words.slice(0, n).join(' ');
  return hasTitleHead(fold(title)) ? title : null;
}

/** "(turno de noche)", "(PM shift)": a short bracket without figures right after the title. */
export function trailingBracket(after: string): string {
  const m = /^ ?\([^()\d\n]{1,30}\)/.exec(after);
  return m ? m[0] : '';
}
