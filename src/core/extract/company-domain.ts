// Does a name spell the sender's domain the way organisations shorten themselves in addresses?
// "Hospital Universitario San Telmo" -> hu-santelmo, "Universite de Valcourt" -> univ-valcourt,
// "University of Eastmere" -> eastmere, "Seguros Monteverde" -> monteverde-seguros.
import { fold } from '../text/fold';

const CONNECTOR = /^(?:de|del|da|do|dos|das|des|du|la|le|les|los|las|el|of|the|and|y|e|et|und|fur|von|der|d|l)$/;
// Words an address may leave out: "University of X" at x.example, "Estudio X", "Stadt X", "Prefeitura de X",
// "Cooperativa X", "Cabinet X".
const DROPPABLE =
  /^(?:university|universidad|universite|universitat|universidade|hospital|hospitals|hopital|klinikum|clinica|clinique|estudio|studio|grupo|group|groupe|gruppe|banco|bank|banque|the|fundacion|fundacao|fondation|stiftung|cooperativa|cooperative|cooperativo|genossenschaft|cabinet|instituto|institut|institute|stadt|stadtverwaltung|gemeinde|landkreis|kreis|city|town|county|council|borough|ville|mairie|ayuntamiento|municipio|municipalidad|prefeitura|camara|municipal|comune)$/;

function words(phrase: string): string[] {
  return fold(phrase)
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !CONNECTOR.test(w));
}

/**
 * True when the words, in order, spell the label: each word whole, shortened to a prefix (an initial
 * or "univ"), or left out when it is a generic word like "University". At least one long word must
 * be spelled whole, and whole words must carry half the label, so initials alone never match.
 */
function inOrder(ws: string[], label: string): boolean {
  // Failed states (word, position, whole letters, long word seen): each is tried once.
  const failed = new Set<number>();
  const go = (i: number, pos: number, whole: number, long: boolean): boolean => {
    if (pos === label.length) return long && whole * 2 >= label.length && ws.slice(i).every((w) => DROPPABLE.test(w));
    if (i >= ws.length) return false;
    const key = ((i * 64 + pos) * 64 + whole) * 2 + (long ? 1 : 0);
    if (failed.has(key)) return false;
    const w = ws[i] ?? '';
    const ok =
      (label.startsWith(w, pos) && go(i + 1, pos + w.length, whole + w.length, long || w.length >= 4)) ||
      (DROPPABLE.test(w) && go(i + 1, pos, whole, long)) ||
      prefixes(w, pos).some((k) => go(i + 1, pos + k, whole, long));
    if (!ok) failed.add(key);
    return ok;
  };
  const prefixes = (w: string, pos: number): number[] => {
    const out: number[] = [];
    for (let k = 1; k < w.length && pos + k <= label.length && label.charCodeAt(pos + k - 1) === w.charCodeAt(k - 1); k++) out.push(k);
    return out;
  };
  return go(0, 0, 0, false);
}

/** Two or three whole words in another order: "Seguros Monteverde" at monteverde-seguros. */
function reordered(ws: string[], label: string): boolean {
  if (ws.length < 2 || ws.length > 3 || ws.join('').length !== label.length) return false;
  const [a = '', b = '', c = ''] = ws;
  const orders = ws.length === 2 ? [b + a] : [a + c + b, b + a + c, b + c + a, c + a + b, c + b + a];
  return orders.includes(label);
}

export function spellsDomain(phrase: string, label: string): boolean {
  if (label.length < 5 || label.length > 60) return false;
  const ws = words(phrase);
  if (ws.length === 0 || ws.length > 6) return false;
  // Every way to match spells one word of four or more letters whole: a cheap test first.
  if (!ws.some((w) => w.length >= 4 && label.includes(w))) return false;
  return inOrder(ws, label) || reordered(ws, label);
}

/**
 * "pellharbor-ma", "stadtwerke-at": a town or firm that adds a region or country code to its
 * address. The label without that two-letter tail, or '' when the host has none.
 */
export function regionlessLabel(hostLabels: readonly string[], label: string): string {
  for (const l of hostLabels) {
    // The pattern needs a hyphen before the last two letters.
    const m = l.length >= 7 && l.charCodeAt(l.length - 3) === 45 ? /^(.{4,})-[a-z]{2}$/.exec(l) : null;
    if (m?.[1] && m[1].replace(/[^a-z0-9]/g, '') + l.slice(-2) === label) return label.slice(0, -2);
  }
  return '';
}
