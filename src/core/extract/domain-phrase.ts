// The company as the sender's domain names it: the phrases of the signature, subject or text that
// best spell the domain, and the domain itself written as words when nothing does.
import { fold } from '../text/fold';
import type { PreparedEmail } from '../text/prepare';
import { capitalisedPhrases, compact, compactDe, isLegalWord, isSpace } from './names';
import { hasTitleHead } from './titles';
import { isSubunit } from './company-words';
import { initialsLine, initialsSpellDomain } from './domain-initials';
import { cleanCompany, usable } from './company-clean';
import { hasUmlaut, matchStrength } from './domain-match';

/** /[äöüÄÖÜ&]/.test(s): a line whose German spelling (compactDe) may differ from its folded letters. */
const hasUmlautOrAmpersand = (s: string): boolean => s.includes('&') || hasUmlaut(s);

/** False when phrasesOf's split surely finds no separator: no | · • – — - , @ and no " at ". */
function maySplitSignatureLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 124 || c === 0xb7 || c === 0x2022 || c === 0x2013 || c === 0x2014 || c === 45 || c === 44 || c === 64) return true;
    if (c === 97 && line.charCodeAt(i + 1) === 116 && isSpace(line.charCodeAt(i - 1)) && isSpace(line.charCodeAt(i + 2))) return true;
  }
  return false;
}

export function phrasesOf(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    // Signature lines mix title, company and place with separators: split them.
    for (const seg of maySplitSignatureLine(line) ? line.split(/\s+[|·•–—-]\s+|\s*[|·•]\s*|,\s+|\s+@\s+|\s+at\s+/) : [line]) {
      for (const ph of capitalisedPhrases(seg)) out.push(ph);
    }
  }
  return out;
}

/**
 * The lines (of the first 80) whose letters and digits hold the label's first four. `foldedLines`:
 * the folded lines of a text whose first lines are these (the newest message's, already folded).
 */
export function linesMentioning(text: string, label: string, foldedLines?: readonly string[]): string[] {
  const key = label.slice(0, 4);
  const lines = text.split('\n', 80);
  // One fold for all lines (it keeps line breaks); the German spelling only where it can differ.
  const folded = foldedLines ?? fold(lines.join('\n')).split('\n');
  return lines.filter((l, i) => alnumIncludes(folded[i] ?? '', key) || (hasUmlautOrAmpersand(l) && compactDe(l).includes(key)));
}

const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * f.replace(/[^a-z0-9]/g, '').includes(key), without building the string: the stripping replace
 * was one pattern step per space or sign of the mail.
 */
function alnumIncludes(f: string, key: string): boolean {
  for (let k = 0; k < key.length; k++) if (!isAlnum(key.charCodeAt(k))) return key === '';
  if (f.includes(key)) return true;
  for (let i = f.indexOf(key.charAt(0)); i >= 0; i = f.indexOf(key.charAt(0), i + 1)) {
    // Match the rest of the key against the following letters and digits, skipping anything else.
    let k = 1;
    for (let j = i + 1; k < key.length && j < f.length; j++) {
      const c = f.charCodeAt(j);
      if (!isAlnum(c)) continue;
      if (c !== key.charCodeAt(k)) break;
      k++;
    }
    if (k === key.length) return true;
  }
  return false;
}

/** The newest message's folded lines, split once per mail (p.text's lines, one for one). */
export function foldedLinesOf(p: PreparedEmail): string[] {
  let v = p.memo.get('foldedLines') as string[] | undefined;
  if (v === undefined) {
    v = p.folded.split('\n');
    p.memo.set('foldedLines', v);
  }
  return v;
}

/** fold(s.charAt(0)) === initial, without a call for a plain ASCII first letter. */
function startsFolded(s: string, initial: string): boolean {
  const code = s.charCodeAt(0);
  if (code >= 128 || Number.isNaN(code)) return fold(s.charAt(0)) === initial;
  return String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code) === initial;
}

export function bestDomainPhrase(phrases: string[], label: string): string | null {
  let best: string | null = null;
  let bestS = 0;
  const initial = label.charAt(0);
  for (const ph of phrases) {
    // Cheap test before the folding and cleaning below: some word starts like the domain
    // (not always the first: "University of Eastmere", "Seguros Monteverde").
    if (!startsFolded(ph, initial) && !(ph.includes(' ') && fold(ph).includes(` ${initial}`))) continue;
    let c = cleanCompany(ph);
    if (!usable(c)) continue;
    let s = matchStrength(c, label);
    // "La Tostadora" at latostadora: the cleaning dropped a leading article that the domain spells,
    // so it is part of the name.
    if (s < 3 && c.length < ph.length && ph.endsWith(c)) {
      const lead = ph.slice(0, ph.length - c.length).trim();
      if (lead.length <= 3 && !lead.includes(' ') && matchStrength(`${lead} ${c}`, label) === 3) {
        c = `${lead} ${c}`;
        s = 3;
      }
    }
    // "Cabinet Aubrac Recrutement" at aubrac-recrutement: the cleaning dropped a department word the
    // domain spells, so it is part of the name too.
    if (s < 3 && c.length < ph.length && ph.startsWith(c)) {
      const tail = ph.slice(c.length).trim();
      if (tail && !tail.includes(' ') && !isLegalWord(tail) && matchStrength(`${c} ${tail}`, label) === 3) {
        c = `${c} ${tail}`;
        s = 3;
      }
    }
    if (s === 0) continue;
    // "Eastmere Business School" is part of "University of Eastmere": the parent is named in a reply.
    // A "Department of Regional Services" that the domain spells ("dors") is the body itself.
    if (isSubunit(fold(c)) && !initialsSpellDomain(c, label)) s = 1;
    if (s < 3 && hasTitleHead(fold(c))) continue;
    // Strongest match first; among equals the earliest (signature before body), then the fuller name.
    if (s > bestS || (s === bestS && best && compact(c).startsWith(compact(best)) && c.length > best.length)) {
      best = c;
      bestS = s;
    }
  }
  return best;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The domain as the text splits it into words: "paper lantern studio" in a lower-case signature at
 * paperlantern gives "Paper Lantern" (each word capitalised as a reply would write it), where the
 * label alone would give "Paperlantern". Two to four words in a row, spaced or hyphenated, whose
 * letters are exactly the label's; null when the text has none.
 */
export function domainSplitInText(text: string, label: string): string | null {
  if (label.length < 6) return null;
  const words = [...text.slice(0, 6000).matchAll(WORD)];
  for (let i = 0; i < words.length; i++) {
    let spelled = '';
    for (let k = i; k < words.length && k < i + 4; k++) {
      const w = words[k] as RegExpMatchArray;
      if (k > i) {
        const prev = words[k - 1] as RegExpMatchArray;
        const gap = text.slice((prev.index ?? 0) + prev[0].length, w.index);
        if (gap !== ' ' && gap !== '-') break;
      }
      spelled += fold(w[0]);
      if (!label.startsWith(spelled)) break;
      if (spelled === label) {
        if (k === i) break;
        return words
          .slice(i, k + 1)
          .map((m) => m[0].charAt(0).toUpperCase() + m[0].slice(1))
          .join(' ');
      }
    }
  }
  return null;
}

/** The host label as capitalised words ("pixelfarm-studio" -> "Pixelfarm Studio"); null unless each reads as one. */
export function domainWords(hostLabels: readonly string[], label: string): string | null {
  const host = hostLabels.find((l) => l.replace(/[^a-z0-9]/g, '') === label) ?? label;
  const parts = host.split('-');
  if (!parts.every((w) => /^[a-z]{3,12}$/.test(w) && !/[bcdfghjklmnpqrstvwxz]{4}/.test(w))) return null;
  return parts.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/**
 * The signature's phrases and the line its domain spells by initials. "Kestrel County Library
 * District" beside a bare "KCLD" (the footer's "KCLD is an Equal Opportunity Employer") at kcld: the
 * name written out is the one a reply uses, so the bare initials step aside.
 */
export function withInitialsLine(phrases: string[], lines: string[], label: string): string[] {
  const line = lines.length ? initialsLine(lines.join('\n'), label) : null;
  if (!line) return phrases;
  return [...phrases.filter((ph) => !(ph.length === label.length && ph === ph.toUpperCase() && ph.toLowerCase() === label)), line];
}

/** The cleaned name of a line the domain spells by initials, when usable. */
export function initialsOwn(text: string, label: string): string | null {
  const line = initialsLine(text, label);
  const c = line ? cleanCompany(line) : '';
  return c && usable(c) ? c : null;
}
