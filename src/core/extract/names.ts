// Shared helpers for names of people and organisations.
import { fold } from '../text/fold';

/** Legal-form suffixes that a person leaves out when naming a company in a reply. */
const LEGAL =
  /(?:,?\s+(?:inc\.?|incorporated|llc|l\.l\.c\.|llp|ltd\.?|limited|plc|corp\.?|corporation|co\.|g?gmbh(?:\s*&\s*co\.?\s*kg)?|ag|kg|e\.\s?v\.|s\.?\s?a\.?(?:\s?s\.?)?|s\.?\s?l\.?|sas|sarl|s\.?\s?p\.?\s?a\.?|b\.?v\.?|n\.?v\.?|pty\.?(?:\s+ltd\.?)?|ltda\.?|s\/a|eireli|me))+\.?$/i;

// The last white-space-separated piece of every LEGAL match, lower case and without dots ("S. A." ends
// in "a", "GmbH & Co.KG" in "cokg"): a name whose last piece is none of these has no legal form to strip.
const LEGAL_LAST = new Set(
  'inc incorporated llc llp ltd limited plc corp corporation co gmbh ggmbh kg cokg &cokg gmbh&cokg ag ev v sa a sas as s sl l sarl spa pa bv nv pty ltda s/a eireli me'.split(' '),
);

/** False only when LEGAL surely does not match (it is tried at every position, so a cheap test first). */
function mayEndInLegal(name: string): boolean {
  let i = name.length - 1;
  while (i >= 0 && !isSpace(name.charCodeAt(i))) i--;
  if (i < 0 || i === name.length - 1) return false;
  const last = name.slice(i + 1).toLowerCase();
  return LEGAL_LAST.has(last.indexOf('.') < 0 ? last : last.replace(/\./g, ''));
}

/** Is a character one that /\s/ matches? */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** A character of /[\s,·|–—-]/: what stripLegal trims from the end. */
function isTrailing(c: number): boolean {
  return c === 44 || c === 0xb7 || c === 124 || c === 0x2013 || c === 0x2014 || c === 45 || isSpace(c);
}

export function stripLegal(name: string): string {
  const bare = mayEndInLegal(name) ? name.replace(LEGAL, '') : name;
  // replace(/[\s,·|–—-]+$/, ''), as a loop.
  let end = bare.length;
  while (end > 0 && isTrailing(bare.charCodeAt(end - 1))) end--;
  return (end < bare.length ? bare.slice(0, end) : bare).trim();
}

/** "S.L.", "GmbH", "Ltd.": a legal form alone, which a split of "Farmacéutica Almagro, S.L." leaves. */
export function isLegalFormOnly(name: string): boolean {
  const k = name.toLowerCase().replace(/[.\s]/g, '');
  return k.length <= 6 && LEGAL_LAST.has(k);
}

/** One word that is a legal form, short or spelled out ("Ltd", "Corporation", "Limited"). */
export function isLegalWord(word: string): boolean {
  return LEGAL_LAST.has(word.toLowerCase().replace(/[.\s]/g, ''));
}

/** s.replace(/[.,'’-]+$/, ''), as a loop: most names end in none of them. */

export function withoutTrailingPunct(s: string): string {
  let end = s.length;
  for (let c = s.charCodeAt(end - 1); c === 46 || c === 44 || c === 39 || c === 0x2019 || c === 45; c = s.charCodeAt(end - 1)) end--;
  return end < s.length ? s.slice(0, end) : s;
}

/** Letters only, folded: "Tarrant & Hale" -> "tarranthale". */
export function compact(s: string): string {
  // "&" is spelled "and" in domains as often as it is dropped: keep both readings comparable.
  // fold(s).replace(/\s*&\s*/g, 'and').replace(/[^a-z0-9]/g, ''), in one pass over the short name.
  const f = fold(s);
  let out = '';
  let from = 0;
  for (let i = 0; i < f.length; i++) {
    const c = f.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    out += f.slice(from, i);
    if (c === 38) out += 'and';
    from = i + 1;
  }
  return from === 0 ? f : out + f.slice(from);
}

/** German spelling in addresses: "Möwe" -> "moewe", "Grüße" -> "gruesse". */
export function compactDe(s: string): string {
  return compact(s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'));
}

/** "Anne-Sophie", "Élodie", "O'Connell": a capitalised given-name token. */
// "McCallister", "MacLeod", "O'Neill", "DeShawn": a short prefix before a second capital.
// Korean and Chinese given names keep a short lower-case second syllable ("Jae-won", "Xiao-ling"),
// which "Full-time", "Co-op" or "Bem-vindo" share in shape only.
export const NAME_TOKEN =
  /^(?:Mc|Mac|O['’]|D['’]|De|Di|La|Le)?[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+|(?<=^[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž]{1,3})-(?!(?:time|op|ops|up|ups|site|line|level|run|in|on|off|end|based|term|stop|vindo|vinda|etre|être|free|like|year|day|week|house)$)[a-z]{2,5})?$/;

// Courtesy and academic titles written before a name: "Mag. Verena", "Dipl.-Ing. Jens", "Me Claire",
// "Lic. Ana", "Ing. Pavel", "Eng. Rui", "Prof. Dr. Ute", ranks ("Sgt. Felicia") and "Chef Nico" in a
// kitchen's display name. None of them is ever a first name.
const HONORIFIC =
  /^(?:dr|dra|mr|mrs|ms|mx|prof|profa|profª|sr|sra|srta|dña|d|m|mme|mlle|me|herr|frau|sir|mag|dipl\.?-?[a-z]*|ing|eng|lic|licda?|lcd[oa]|arq|dott|dott\.ssa|mgr|ir|drs|sgt|lt|capt|cpl|det|chef)\.?(?:[ªº]\.?)?$/i;

// The first two characters (lower case) of every HONORIFIC form, and the one-letter "d" and "m" with
// what may follow them: a token that starts otherwise is no honorific, and needs no pattern call.
// (As numbers, first code * 65536 + second (0 for none): the test slices no string.)
const HONORIFIC_STARTS = new Set(
  [
    'dr', 'mr', 'ms', 'mx', 'pr', 'sr', 'dñ', 'mm', 'ml', 'me', 'he', 'fr', 'si', 'ma', 'di', 'in', 'en', 'li', 'lc', 'ar', 'do',
    'mg', 'ir', 'sg', 'lt', 'ca', 'cp', 'de', 'ch', 'd', 'm', 'd.', 'm.', 'dª', 'dº', 'mª', 'mº',
  ].map((w) => w.charCodeAt(0) * 65536 + (w.charCodeAt(1) || 0)),
);

/** The lower case of a Latin-1 letter code (A-Z, À-Þ but ×); other codes unchanged. */
export function lowerCode(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}

/** HONORIFIC.test(token), with the pattern run only on a token that starts like one. */
function isHonorific(token: string): boolean {
  const key = lowerCode(token.charCodeAt(0)) * 65536 + (token.length > 1 ? lowerCode(token.charCodeAt(1)) : 0);
  return HONORIFIC_STARTS.has(key) && HONORIFIC.test(token);
}

/** A leading courtesy or academic title ("Mag. ", "Dr. Dipl.-Ing. ") removed from a name line. */
export function withoutHonorifics(line: string): string {
  let rest = line;
  for (let i = 0; i < 3; i++) {
    // /^(\S+)\s+(?=\S)/ by index: the first word, then white space with more text after it.
    let end = 0;
    while (end < rest.length && !isSpace(rest.charCodeAt(end))) end++;
    let next = end;
    while (next < rest.length && isSpace(rest.charCodeAt(next))) next++;
    if (end === 0 || next === end || next === rest.length || !isHonorific(rest.slice(0, end))) break;
    rest = rest.slice(next);
  }
  return rest;
}

// Capitalised common nouns that open a team sign-off or a department name in five languages
// ("Departamento de Personas", "Atracción de Talento", "Abteilung Personal", "Pôle Recrutement"):
// written where a name would stand, but never anyone's given name (accent-folded, lower case).
const COMMON_WORD = new Set(
  'department|departamento|departement|abteilung|division|office|oficina|bureau|buro|area|unit|unidad|unidade|servicio|servicios|servico|service|direccion|direction|direcao|gestion|gestao|coordinacion|coordenacao|administracion|administracao|atraccion|atracao|captacion|captacao|seleccion|selecao|selection|reclutamiento|recrutamento|recrutement|recruitment|reclutamento|talento|talent|personas|pessoas|personal|personnel|recursos|ressources|resources|human|humanos|capital|equipo|equipe|pole|cellule|nucleo|setor|sector|gerencia|jefatura|team|staff|people|hiring|empleo|emploi|karriere|bewerbermanagement|personalabteilung|part|full|faculty|search'.split('|'),
);

/** A capitalised common noun ("Departamento", "Atracción") standing where a given name would. */
export function isCommonWord(token: string): boolean {
  return COMMON_WORD.has(fold(token));
}

// Given names that open and close a two-word given name in Portuguese, Spanish and French ("João
// Pedro", "María José", "Ana Paula", "Jean Marc"), accent-folded. Both words must be given names and a
// surname must follow, so "Ana Lima" stays "Ana" and "Pedro Martins Costa" stays "Pedro".
const COMPOUND_HEAD = new Set(
  'joao|jose|maria|ana|jean|juan|luis|luiz|pedro|paulo|marc|pierre|anne|marie|carlos|miguel|francisco|antonio|manuel|jorge|rosa|luz|mari'.split('|'),
);
const COMPOUND_TAIL = new Set(
  'pedro|paulo|paula|jose|maria|luis|luisa|luiz|carlos|manuel|miguel|antonio|eduardo|ricardo|henrique|gabriel|vitor|victor|fernanda|beatriz|carolina|lucia|clara|eugenia|elena|ines|teresa|marc|pierre|paul|luc|claude|philippe|francois|michel|baptiste|christophe|louis|sophie|laure|claire|helene|france|noelle|cristina|isabel|fernando|ignacio|javier|pablo|alberto|angel'.split('|'),
);

/** First given name of a display name: "Dr. Alan Frick" -> "Alan"; "João Pedro Magalhães" -> "João Pedro". */
export function firstName(fullName: string): string | null {
  const toks = fullName.split(/\s+/).filter((t) => t && !isHonorific(t));
  const tok = toks[0];
  if (!tok) return null;
  const t = endsInPunctuation(tok) ? tok.replace(/[,.;:]+$/, '') : tok;
  if (!NAME_TOKEN.test(t)) return null;
  const second = toks[1] ?? '';
  if (toks.length >= 3 && NAME_TOKEN.test(second) && COMPOUND_HEAD.has(fold(t)) && COMPOUND_TAIL.has(fold(second))) return `${t} ${second}`;
  return t;
}

/** Does the token end in , . ; or : (what firstName trims)? */
function endsInPunctuation(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  return c === 44 || c === 46 || c === 59 || c === 58;
}

/**
 * allMatches for a global pattern that never matches the empty string: after a match that ends the
 * text, the call that would find nothing more is skipped.
 */
export function nonEmptyMatches(re: RegExp, text: string, cap = 1000): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (out.length >= cap || re.lastIndex >= text.length) break;
  }
  re.lastIndex = 0;
  return out;
}

/** /[A-ZÀ-ÖØ-ÞĀ-ž\d]/.test(s): where every capitalised phrase (PHRASE) must start. */
function hasCapitalOrDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xde) || (c >= 0x100 && c <= 0x17e)) return true;
  }
  return false;
}

/** Capitalised phrases (with connectors like "of", "&", "de") found in a line. */
const PHRASE =
  /[A-ZÀ-ÖØ-ÞĀ-ž\d][A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d'’&.-]*(?:\s(?:&|and|of|the|de|del|des|du|da|do|dos|la|le|les|y|e|für|und|von|der)?\s?[A-ZÀ-ÖØ-ÞĀ-ž\d][A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d'’&.-]*){0,6}/g;

export function capitalisedPhrases(line: string): string[] {
  const out: string[] = [];
  if (!hasCapitalOrDigit(line)) return out;
  for (const m of nonEmptyMatches(PHRASE, line, 41)) {
    out.push(withoutTrailingPunct(m[0]));
    if (out.length > 40) break;
  }
  return out;
}
