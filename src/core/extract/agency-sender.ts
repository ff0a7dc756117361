// Signs that the sender is a recruitment agency: its name ("Ashby Kerr Recruitment"), its
// signature, a consultant's title, or talk of a client that is not the sender's own company.
import { allMatches } from '../text/matches';
import { signatureOf } from '../text/signature';
import { fold } from '../text/fold';
import type { PreparedEmail } from '../text/prepare';
import { hasTitleHead } from './titles';
import { notClientAfterCue } from './company-words';
import { personWithPost } from './not-client';
import { HR_DEPARTMENT_IN } from './company-clean';
import { afterFirstWord, hasLeadingWord, pieces } from './word-split';

// Names that only an agency carries (an employer's "Partners" or "Consulting" is not enough).
export const AGENCY_NAME =
  /recruit(?!(?:ing|ment)? (?:team|coordinator|manager|partner|specialist|lead|marketing))|staffing|talent(?!\s*(?:acquisition|team|partner|@|management|community|atracao|mobility))|personalberatung|locum|\brh\b|executive search|search partners|headhunt|selection|seleccion|selecao|agency|agence|interim|placement|personnel|consultores de seleccion|\bcabinet\b|search$|\blabou?r\b|workforce|\btemps\b|manpower|consultoria (?:em|de) (?:rh|recursos humanos)|consultora de (?:rrhh|recursos humanos)/;
const CLIENT_CUE =
  /\b(?:(?:my|our|the) client|(?:a|one of (?:my|our)) clients? of (?:mine|ours)|client confidential|nuestro cliente|notre client|unsere[nm]? (?:mandant|kunde)\w*|unser kunde|noss[oa] cliente|nuestra cliente|mon client|ma cliente|(?:i'm|i am|we're|we are) (?:working|partnering)(?: exclusively| directly| closely)? with|(?:i'm|i am) helping|(?:i'm|i am) (?:recruiting|hiring) (?:for|on behalf)|on behalf of|(?:retained|engaged|mandated) by|en nombre de|pour le compte de|im auftrag (?:von|der|des|unser|eines|einer)\b|j.accompagne|nous accompagnons|(?:estamos|estoy) (?:trabajando|colaborando) con|trabajamos con|travaillons avec|(?:estamos|estou) trabalhando com|(?:llevando|gestionando)(?: en exclusiva| con exclusividad)? (?:un|el) proceso|conduzindo(?: em exclusividade| com exclusividade)? (?:um|o) processo|(?:proceso de seleccion|processo seletivo|processo de selecao) (?:en exclusiva |em exclusividade )?para (?!el |la |los |las |un |una |o |a |os |as |um |uma |nuestr|noss|est))/;
// One of these appears wherever CLIENT_CUE can match: a substring test first spares most mail a
// scan with the large pattern.
export const CLIENT_WORDS = ['client', 'mandant', 'kunde', 'working', 'partnering', 'helping', 'recruiting for', 'hiring for', 'behalf', 'retained', 'engaged', 'mandated', 'nombre', 'compte', 'auftrag', 'accompagn', 'trabaj', 'colaborando', 'travaillons', 'trabalhando', 'llevando', 'gestionando', 'conduzindo', 'seleccion', 'seletivo', 'selecao'];

// AGENCY_NAME needs one of these (accent-folded) strings: a signature line without any cannot say "agency".
const AGENCY_LITERAL = /recruit|staffing|talent|personalberatung|locum|rh|search|headhunt|sele[cç]|agen[cz]|interim|placement|personnel|cabinet|labo|workforce|manpower|consultor/;
// A consultant's title word in a signature line ("Consultant", "Personalberater", "Headhunter", "Staffing").
export const CONSULTANT = /onsult|berater|eadhunt|taffing/;

/** "Brightpath" -> "Brightpath Recruitment" when the signature spells the agency's full name. */
export function withAgencyWord(name: string, lines: string[]): string {
  for (const line of lines.slice(0, 8)) {
    const i = line.indexOf(name);
    if (i < 0) continue;
    const next = /^\s+([A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]+)/.exec(line.slice(i + name.length));
    if (next?.[1] && AGENCY_NAME.test(fold(next[1]))) return `${name} ${next[1]}`;
  }
  return name;
}

const CLIENT_CUE_ALL = new RegExp(CLIENT_CUE.source, 'g');

/** A client cue that is not about the sender's own company ("on behalf of Stonebridge Mutual" from stonebridgemutual.example). */
export function clientCueNotOwn(folded: string, own: string | null): boolean {
  if (!own) return CLIENT_CUE.test(folded);
  const ownStart = fold(own.split(/\s+/)[0] ?? own);
  for (const m of allMatches(CLIENT_CUE_ALL, folded, 8)) {
    const after = folded.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60).replace(/^[\s,:]+(?:the\s+|la\s+|el\s+|le\s+|l'|a\s+|o\s+)?/, '');
    // "On behalf of Mr Benjamin Seah": a person, not a client.
    // "On behalf of the search committee": the writer's own side, not a client.
    if (notClientAfterCue(after) || personWithPost(after)) continue;
    if (!after.startsWith(ownStart) && !/^(?:mr|mrs|ms|dr|prof|herr|frau|sr|sra|mme|m)\.?\s/.test(after)) return true;
  }
  return false;
}

/**
 * A signature line names an agency ("Ashby Kerr Recruitment", "Brightline Talent"); a bare
 * "Recruiting" line is an in-house department, and a name is a few words ("…contact our recruitment
 * team" in a disclaimer is not one).
 */
export function signatureSaysAgency(p: PreparedEmail): boolean {
  return signatureOf(p)
      .lines.slice(0, 6)
      .some((l) =>
        AGENCY_LITERAL.test(fold(l)) &&
        l.split(/\s*[|·•,]\s*|\s+[–—-]\s+/).some((seg) => {
          if (!hasLeadingWord(seg) || pieces(seg) > 6 || seg.includes('(')) return false;
          const f = fold(seg);
          // "Human Resource (Nursing Recruitment)" is an in-house department.
          // "Acquisition de talents", "Atracción de talento", "Gestión del Talento", "Capital Humano": the employer's own recruiting team.
          // "Recrutamento e Seleção", "Reclutamiento y Selección": the employer's own function, named by its task.
          if (/^(?:recrutamento|reclutamiento|recrutement|recruitment) (?:e|y|et|and|&) sele/.test(f)) return false;
          // "People & Recruiting | Flinkwerk": an in-house function named by its department words.
          if (/^(?:people|talent|culture|hr)\s(?:&|and|und|e|y|et)\s/.test(f)) return false;
          if (/\bhuman resource\b|\bhr\b/.test(f) || HR_DEPARTMENT_IN.test(f)) return false;
          // "Temporary Staffing Office", "Medical Staffing Unit": an employer's own office.
          if (/\s(?:office|department|dept|unit|bureau|desk)$/.test(f)) return false;
          return AGENCY_NAME.test(afterFirstWord(f)) && !hasTitleHead(f);
        }),
      );
}
