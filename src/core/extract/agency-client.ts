// Contracting and locum agencies that name their client in ways the possessive cues ("my client, X")
// miss: "el cliente, X", "der Kunde möchte…", "see below from Mirela at Cobaltline Bank", "a Locum
// Radiologist at St Aldric's Hospital", "Kundentermin Stadtwerke Kellinghusen".
import { allMatches } from '../text/matches';
import { fold } from '../text/fold';
import { hasTitleHead } from './titles';

// Literal gate (folded text): only mail holding one of these can match AGENCY_MARKET.
const MARKET_LITERAL = /client|kunde|ir35|day rate|framework agreement/;
// A third party the sender places you with ("el cliente", "der Kunde", "beim Kunden"), or the
// vocabulary of the contract market (IR35 status, day rates, framework agreements): an agency.
const AGENCY_MARKET =
  /\b(?:el|al|del) cliente\b|\b(?:le|au|du) client\b|\b(?:der|den|dem|beim|vom|zum) kunden?\b|\b(?:o|ao|do) cliente\b|\b(?:inside|outside) ir35\b|\bday rate\b|\bframework agreement\b/;
// The subject calls the meeting the client's ("client wants to speak", "Kundentermin").
const SUBJECT_CLIENT = /\bclient (?:wants|would|is|has|interview|meeting|call)\b|\bkundentermin\b|\bkundengesprach\b/;

/** The mail reads as an agency placing the recipient with a third party. */
export function saysAgencyMarket(folded: string, foldedSubject: string): boolean {
  if (SUBJECT_CLIENT.test(foldedSubject)) return true;
  return MARKET_LITERAL.test(folded) && AGENCY_MARKET.test(folded);
}

const NAME = "((?:[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’&-]*)(?:\\s(?:&|of|de|del|des|du|da|do|la|y)?\\s?[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’&-]*){0,4})";
// "el cliente, Grupo Alcaraz Seguros,", "the client – Oakridge Media –": the client in apposition.
const DEFINITE_CLIENT = new RegExp(`\\b(?:[Tt]he|[Ee]l|[Ll]e|[Dd]er|[Oo]) (?:client|cliente|Kunde)[,:–—-]\\s+(?:(?:la|le|el|die|der|a|o)\\s)?${NAME}`, 'g');
// "from Mirela at Cobaltline Bank", "with Helga Brandt at Zephyrine": a person of the client's.
const PERSON_AT = new RegExp(`\\b(?:from|with|von|con|avec|com) [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)? (?:at|bei|chez) ${NAME}`, 'g');
// "a Locum Consultant Radiologist (Neuro/MSK) at St Aldric's Hospital": a job at the client.
const JOB_AT = new RegExp(`\\s(?:at|bei|chez) (?:the |den |der |dem |l['’])?${NAME}`, 'g');
// "Kundentermin Stadtwerke Kellinghusen – …", "Client interview: Oakridge Media".
const SUBJECT_AFTER = new RegExp(`(?:(?:Kundentermin|Kundengespräch)(?: mit| bei)?:?|[Cc]lient (?:interview|meeting|call)(?: with|:))\\s+${NAME}`, 'g');

export interface ClientCue {
  name: string;
  weight: number;
}

/** Client names these cues give, with the weight findClient adds for each. */
export function agencyClientCues(text: string, subject: string): ClientCue[] {
  const out: ClientCue[] = [];
  if (/client|Kunde/.test(text)) for (const m of allMatches(DEFINITE_CLIENT, text, 6)) out.push({ name: m[1] ?? '', weight: 2.6 });
  for (const m of allMatches(PERSON_AT, text, 6)) out.push({ name: m[1] ?? '', weight: 2.6 });
  for (const m of allMatches(JOB_AT, text, 8)) {
    // Only right after a job title, a bracketed qualifier allowed between ("Radiologist (Neuro/MSK) at").
    const before = fold(text.slice(Math.max(0, (m.index ?? 0) - 80), m.index).replace(/\([^()]*\)\s*$/, ''));
    if (hasTitleHead(before.split(/\s+/).filter(Boolean).slice(-3).join(' '))) out.push({ name: m[1] ?? '', weight: 1.5 });
  }
  if (/Kunde|lient/.test(subject)) for (const m of allMatches(SUBJECT_AFTER, subject, 2)) out.push({ name: m[1] ?? '', weight: 2.6 });
  return out;
}

// "the hiring manager, Beatriz Solano", "our tech lead, Pascale": a post in lower case, then the person.
const POST_COMMA = /\b(?:manager|director|lead|recruiter|coordinator|partner|head|ceo|cto|founder|engineer|supervisor),\s$/;

/** The name (or its first word) is introduced by a post: a person, not a client. */
export function introducedByPost(body: string, name: string): boolean {
  const first = name.split(/\s/)[0] ?? name;
  for (let i = body.indexOf(first), n = 0; i > 0 && n < 6; i = body.indexOf(first, i + 1), n++) {
    if (POST_COMMA.test(body.slice(Math.max(0, i - 14), i).toLowerCase())) return true;
  }
  return false;
}
