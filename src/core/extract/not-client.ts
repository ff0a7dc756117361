// Capitalised names in an agency's mail that are not its client: a title's specialism after a dash,
// a town, a person named with their job, a common noun.
import { fold } from '../text/fold';
import { isCommonWord, isSpace } from './names';
import { looksLikePersonName } from './sender-person';
import { hasTitleHead } from './titles';
import { escapeRegExp } from '../text/matches';

/** The capitalised run at `at` follows a job title and a dash: it is the title's team or specialism. */
export function afterTitleDash(line: string, at: number): boolean {
  const before = line.slice(Math.max(0, at - 60), at);
  // /\s[–—-]\s$/, by character.
  const n = before.length;
  const dash = before.charCodeAt(n - 2);
  if (n < 3 || !isSpace(before.charCodeAt(n - 1)) || !(dash === 0x2013 || dash === 0x2014 || dash === 45) || !isSpace(before.charCodeAt(n - 3))) return false;
  const words = fold(before).split(/\s+/).filter(Boolean);
  return hasTitleHead(words.slice(-4, -1).join(' '));
}

// Words that put a town after them: "in Glasgow", "à Lyon", "em Curitiba", "near Leeds", "nach Köln",
// "su oficina de Madrid", "bureau de Nantes".
const PLACE_PREPS = ['in', 'en', 'à', 'em', 'near', 'nach', 'around', 'outside', 'based in', 'aus', 'oficina de', 'sede de', 'escritório de', 'bureau de', 'agence de'];

// Words that put a town of several words after them ("a client in Dandenong South"); a bare "in" does
// not ("your interest in Harbour Logistics").
const AREA_PREPS = ['client in', 'based in', 'located in', 'near', 'outside', 'around'];

const COMPASS_REGION = /^(?:North|South|East|West|Central|Greater|Northern|Southern|Eastern|Western)(?:[- ](?:East|West))?\s[A-Z][a-z]+$/;

// Nouns that make the name before them a place.
const AREA_NOUNS = [' area', ' region', ' site', '-based', ' based'];

/**
 * A name the mail writes after "in", "à", "em" or a postcode: a place, not a client ("on site in
 * Glasgow", "28046 Madrid", "4700-329 Braga"); a name of two or three words only after AREA_PREPS.
 */
export function isPlace(c: string, text: string): boolean {
  const name = escapeRegExp(c);
  const after = (w: string) => text.includes(`${w} ${c}`) && new RegExp(`(?:^|[\\s(])${w} ${name}(?![\\p{L}\\d'’&-])`, 'u').test(text);
  // "West Midlands site, 4 days on site", "the Leeds area": a name the text sets before a place noun.
  if (AREA_NOUNS.some((w) => text.includes(`${c}${w}`)) && new RegExp(`${name}(?:${AREA_NOUNS.join('|')})(?![\\p{L}])`, 'u').test(text)) return true;
  // "an NHS trust in the East Midlands", "across the North West": a region by its compass point.
  if (COMPASS_REGION.test(c) && (text.includes(`the ${c}`) || text.includes(`in ${c}`))) return true;
  if (c.includes(' ')) return c.split(' ').length <= 3 && AREA_PREPS.some(after);
  return PLACE_PREPS.some(after) || (text.includes(` ${c}`) && new RegExp(`\\b\\d{4,5}(?:-\\d{3,4})? ${name}(?![\\p{L}\\d'’&-])`, 'u').test(text));
}

// What follows a person's name when the mail says what they do: "(2nd shift supervisor)", ", la directrice".
const APPOSITION = /^\s*(?:\(([^)\n]{1,40})\)|,\s+(?:the|our|their|his|her|la|le|el|die|der|o|a|sa|son|su|seu|sua|unser\w*|notre|nuestr\w*|noss\w*)\s+([^,.;\n]{1,40}))/;

// "Miguel Ángel Rojo, responsable de Validaciones", "Gwen Harcourt, Chief Operating Officer": a
// name, a comma and a post that opens with a word of rank ("Banco Meridiano, que busca un Analista"
// and "Dufresne, recherche un Cariste" go on with a clause).
const POST_START =
  /^,\s+((?:chief|head|director|directora|directeur|directrice|direktor|direktorin|manager|managerin|vp|vice|president|presidente|responsable|jefe|jefa|gerente|leiter|leiterin|partner|founder|co-founder|cofounder|ceo|cfo|coo|cto|cio|chro|senior|principal|lead|coordinator|coordinadora?|coordenadora?)\b[^,.;\n]{0,40})/i;

/** The mail writes the name followed by a job ("Gilbert Ochoa (2nd shift supervisor)"): a person, not a client. */
export function namedWithJob(c: string, text: string): boolean {
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
    const after = text.slice(i + c.length, i + c.length + 60);
    const m = APPOSITION.exec(after);
    if (m && hasTitleHead(fold(m[1] ?? m[2] ?? ''))) return true;
    if (POST_START.test(after) && looksLikePersonName(c)) return true;
  }
  return false;
}

/** Folded text after a client cue opens with a person and their post ("gwen harcourt, chief operating officer"). */
export function personWithPost(foldedAfter: string): boolean {
  const comma = /^[a-z'’-]+(?: [a-z'’-]+){1,2}(?=,)/.exec(foldedAfter);
  return comma !== null && POST_START.test(foldedAfter.slice(comma[0].length));
}

/**
 * Department and common words ("Departamento", "Talent", "Teaching"): every word is one the contact
 * finder knows as a common noun, or a single word the mail also writes in lower case.
 */
export function isCommonNoun(c: string, text: string): boolean {
  // "a Series B fintech": a funding round, not a name.
  if (/^(?:Series|Serie|Série) [A-H]\d?$/.test(c)) return true;
  const ws = c.split(/\s+/);
  if (ws.every((w) => isCommonWord(w) || /^(?:of|de|del|des|du|da|do|la|y|e|et|und|&)$/i.test(w))) return true;
  if (ws.length > 1) return false;
  const lower = c.toLowerCase();
  if (lower === c) return false;
  const letter = /\p{L}/u;
  for (let i = text.indexOf(lower); i >= 0; i = text.indexOf(lower, i + 1)) {
    if (!letter.test(text.charAt(i - 1)) && !letter.test(text.charAt(i + lower.length))) return true;
  }
  return false;
}

/** "FTSE 250", "Fortune 500", "S&P 500", "Inc. 5000": a name the text always writes with a list's size after it. */
export function rankedList(c: string, text: string): boolean {
  let seen = false;
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
    if (!/^\s\d{2,4}\b/.test(text.slice(i + c.length, i + c.length + 6))) return false;
    seen = true;
  }
  return seen;
}
