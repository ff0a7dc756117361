// How strongly a phrase spells the sender's domain label: whole, as a prefix, by its first word, by
// initials, or in the shortened forms company-domain.ts knows.
import { fold } from '../text/fold';
import { compact, compactDe } from './names';
import { spellsDomain } from './company-domain';
import { initialsSpellDomain } from './domain-initials';
import { firstWord } from './word-split';

/** Phrases whose letters match the sender's domain: "Tessellate AI" for tessellate.example. */
export function domainMatch(phrase: string, label: string, cp = compact(phrase)): boolean {
  if (label.length < 3) return false;
  if (cp.length < 3) return false;
  const bare = withoutAnd(cp);
  if (bare.length >= 4 && withoutAnd(label).startsWith(bare)) return true;
  if (cp === label || cp.startsWith(label) || (label.startsWith(cp) && cp.length >= 4)) return true;
  const first = compact(firstWord(phrase));
  return first.length >= 4 && label.startsWith(first);
}

/** /[äöüÄÖÜ]/.test(s): a German umlaut, whose address spelling may differ. */
export function hasUmlaut(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xc4 || c === 0xd6 || c === 0xdc) return true;
  }
  return false;
}

/** s.replace(/and/g, ''), the pattern only when there is an "and". */
function withoutAnd(s: string): string {
  return s.indexOf('and') < 0 ? s : s.replace(/and/g, '');
}

/** 3: the phrase spells the whole domain label; 2: it is a prefix of it; 1: its first word is. */
export function matchStrength(c: string, label: string): number {
  const cp = compact(c);
  // Without an umlaut the German spelling is the same letters.
  const de = hasUmlaut(c) ? compactDe(c) : cp;
  // "Brückner & Partner" at brueckner-partner: the German spelling, with or without the "and".
  if (de !== cp && (de.startsWith(label) || withoutAnd(de).startsWith(label) || (label.startsWith(de) && de.length >= 4))) return 3;
  if (cp.startsWith(label) || withoutAnd(cp).startsWith(withoutAnd(label))) return 3;
  if (label.startsWith(cp) && cp.length >= 4) return 2;
  // The folded words, split once for the three spellings below.
  const ws = foldedWords(c);
  if (spelledTail(ws, label)) return 3;
  if (domainMatch(c, label, cp)) return 1;
  // "Office of the Inland Water Regulator" at iwr: the initials of three or more words.
  if (label.length >= 3 && label.length <= 6 && acronymOf(ws) === label) return 2;
  if (initialsSpellDomain(c, label, ws)) return 2;
  // "Hospital Universitario San Telmo" at hu-santelmo, "Seguros Monteverde" at monteverde-seguros.
  return spellsDomain(c, label) ? 3 : 0;
}

/** "Pecan Hollow Independent School District" at pecanhollowisd: leading words, then the initials of the rest. */
function spelledTail(ws: readonly string[], label: string): boolean {
  let head = '';
  for (let k = 1; k < ws.length - 1; k++) {
    head += ws[k - 1];
    if (!label.startsWith(head)) return false;
    if (label.slice(head.length) === ws.slice(k).map((w) => w.charAt(0)).join('')) return true;
  }
  return false;
}

function acronymOf(words: readonly string[]): string {
  const ws = words.filter((w) => !/^(?:of|the|and|for|de|del|la|le|des|du|da|do|y|et|und|office|oficina|bureau)$/.test(w));
  return ws.length >= 3 ? ws.map((w) => w.charAt(0)).join('') : '';
}

/** The accent-folded words of a phrase, split at anything but a letter or digit. */
function foldedWords(phrase: string): string[] {
  return fold(phrase).split(/[^a-z0-9]+/).filter(Boolean);
}
