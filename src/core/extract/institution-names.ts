// Academic and public institutions sign with long, head-first names: "Centro de Investigación en
// Biodiversidad del Golfo", "Institut Lémanique de Recherche en Climat", "Centre Hospitalier de la
// Vallée de l'Ysonne", "Universitätsklinikum Rheinfeld". The generic organisation rules cut such a
// name at a lower-case "en" or reject it as too long, and then a department ("Pôle Cardio-vasculaire"),
// a street line or the domain's acronym wins. The name a reply uses is the whole one.
import { fold } from '../text/fold';
import { hasOrgType, isSubunit } from './company-words';

// The institution word that opens the name (accent-folded, lower case). German compounds end in it.
const HEAD =
  /^(?:institut[oe]?|centro|centre|center|universit(?:y|e|at|ad|ade|ats\w+)|\w*klinikum|\w*hochschule|hospital|hopital|fundacion|fundacao|fondation|stiftung|museo|musee|museu|museum|escola|escuela|ecole|colegio|college|conservatoire|conservatorio|observatori[oe]|laboratoire|laboratorio|department|departamento|ministry|ministerio|ministere|ministerium|prefeitura|municipio|municipalidad|mairie|ayuntamiento|landratsamt|stadtverwaltung|bezirksamt|societe|regie|agence|agencia)$/;
// A cheap literal test before any splitting: one of these opens every name HEAD accepts.
const HEAD_LITERAL = /institu|cent[re]|univers|klinikum|hochschule|hospital|hopital|funda|fondation|stiftung|muse|escol|escuel|ecole|coleg|college|conserv|observ|labor|depart|minist|prefeit|munici|mairie|ayunt|amt\b|verwaltung|societe|regie|agenc/;
// Lower-case words a name keeps between its capitalised words: "de la", "en", "für", "of".
const CONNECTOR = /^(?:de|del|della|di|da|do|dos|das|des|du|la|le|les|los|las|el|en|em|in|of|for|the|and|y|e|et|und|für|fur|von|der|zur|zum|am|an|sur|sobre|para|pour)$/;
// "University Human Resources", "Centro de Atención al Cliente": an office of the institution.
const UNIT = /\b(?:human resources|recursos humanos|ressources humaines|personal|careers?|admissions?|atencion|services?|servicios?|office|oficina)\b/;
// A capitalised word, also after an elided article ("l'Ysonne", "d'Études") or with a hyphen ("Cardio-vasculaire").
const NAME_WORD = /^(?:[dl]['’])?[A-ZÀ-ÖØ-ÞĀ-ž][\p{L}'’.-]*$/u;

/** The head-first institution name a segment opens with (at least two words), or null. */
function nameAt(segment: string): string | null {
  const words = segment.trim().split(/\s+/);
  if (!HEAD.test(fold(words[0] ?? '').replace(/[^a-z]/g, ''))) return null;
  let end = 1;
  let last = 1;
  // French and Portuguese names keep a lower-case noun after "de": "Société de transport de Rivebois".
  let lower = 0;
  for (; end < words.length && end < 12; end++) {
    const w = words[end] ?? '';
    if (NAME_WORD.test(w)) last = end + 1;
    else if (CONNECTOR.test(w.toLowerCase())) continue;
    else if (!(/^[a-zà-ÿ]{3,}$/.test(w) && CONNECTOR.test(words[end - 1] ?? '') && ++lower <= 2)) break;
  }
  return last >= 2 ? words.slice(0, last).join(' ').replace(/[.,;:]+$/, '') : null;
}

/** "Department for Coastal Communities": a whole head-first institution name. */
export function isInstitutionName(s: string): boolean {
  return HEAD_LITERAL.test(fold(s)) && nameAt(s) === s.trim() && !UNIT.test(fold(s));
}

/**
 * The institution a signature names on a line of its own. A name after a job title on the same line
 * ("Director, Center for Teaching and Learning") or a unit ("Centro de Estudios …") is the writer's
 * part of it: that one is named only when no other signature line names an organisation ("Wexley College").
 */
export function institutionIn(lines: readonly string[]): string | null {
  const top = lines.slice(0, 8);
  let weak: { name: string; line: number } | null = null;
  for (const [n, line] of top.entries()) {
    if (!HEAD_LITERAL.test(fold(line))) continue;
    for (const [k, seg] of line.split(/\s+[|·•–—-]\s+|\s*[|·•]\s*|,\s+/).entries()) {
      const name = nameAt(seg);
      if (!name || UNIT.test(fold(name))) continue;
      if (k === 0 && !isSubunit(fold(name))) return name;
      weak ??= { name, line: n };
    }
  }
  if (!weak) return null;
  const w = weak;
  return top.some((l, n) => n !== w.line && hasOrgType(fold(l))) ? null : w.name;
}
