// Contracting and locum agencies that name their client in ways the possessive cues ("my client, X")
// miss: "el cliente, X", "der Kunde möchte…", "see below from Mirela at Cobaltline Bank", "a Locum
// Radiologist at St Aldric's Hospital", "Kundentermin Stadtwerke Kellinghusen".
import { allMatches } from '../text/matches';
import { fold } from '../text/fold';
import { hasTitleHead } from './titles';
import { hasOrgType, isUnitName } from './company-words';

// Literal gate (folded text): only mail holding one of these can match AGENCY_MARKET. Exported so a
// caller that already scans the mail for literals can answer the gate in the same pass.
export const MARKET_WORDS = ['client', 'kunde', 'ir35', 'day rate', 'framework agreement'];
const MARKET_LITERAL = /client|kunde|ir35|day rate|framework agreement/;
// A third party the sender places you with ("el cliente", "der Kunde", "beim Kunden"), or the
// vocabulary of the contract market (IR35 status, day rates, framework agreements): an agency.
const AGENCY_MARKET =
  /\b(?:el|al|del) cliente\b|\b(?:le|au|du) client\b|\b(?:der|den|dem|beim|vom|zum) kunden?\b|\b(?:o|ao|do) cliente\b|\b(?:inside|outside) ir35\b|\bday rate\b|\bframework agreement\b/;
// The subject calls the meeting the client's ("client wants to speak", "Kundentermin").
const SUBJECT_CLIENT = /\bclient (?:wants|would|is|has|interview|meeting|call)\b|\bkundentermin\b|\bkundengesprach\b/;

/**
 * The mail reads as an agency placing the recipient with a third party. `hasMarketWord`: whether the
 * folded text holds one of MARKET_WORDS, when the caller already knows (spares a scan of the mail).
 */
export function saysAgencyMarket(folded: string, foldedSubject: string, hasMarketWord?: boolean): boolean {
  // SUBJECT_CLIENT needs "client" or "kunde": asked only then.
  if ((foldedSubject.includes('client') || foldedSubject.includes('kunde')) && SUBJECT_CLIENT.test(foldedSubject)) return true;
  return (hasMarketWord ?? MARKET_LITERAL.test(folded)) && AGENCY_MARKET.test(folded);
}

const NAME = "((?:[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’&-]*)(?:\\s(?:&|of|de|del|des|du|da|do|la|y)?\\s?[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’&-]*){0,4})";
// "el cliente, Grupo Alcaraz Seguros,", "the client – Oakridge Media –": the client in apposition.
const DEFINITE_CLIENT = new RegExp(`\\b(?:[Tt]he|[Ee]l|[Ll]e|[Dd]er|[Oo]) (?:client|cliente|Kunde)[,:–—-]\\s+(?:(?:la|le|el|die|der|a|o)\\s)?${NAME}`, 'g');
// "The client is Coldharbour Logistics", "El cliente es Bodegas Peñaranda", "Unser Mandant ist die
// Eberhardt Maschinenbau": the client stated outright.
const STATED_CLIENT = new RegExp(`\\b(?:[Tt]he|[Oo]ur|[Mm]y|[Ee]l|[Nn]uestro|[Ll]e|[Nn]otre|[Mm]on|[Dd]er|[Uu]nser|[Oo]|[Nn]osso) (?:client|cliente|Kunde|Mandant) (?:(?:is|es|est|ist)\\s+(?:(?:la|le|el|die|der|das|the)\\s)?${NAME}|é\\s+(?:(?:a|o)\\s)?${NAME})`, 'g');
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
  if (/client|Kunde|Mandant/.test(text)) for (const m of allMatches(STATED_CLIENT, text, 4)) out.push({ name: m[1] ?? m[2] ?? '', weight: 3.5 });
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

// "Final stage – Head of Marketing, Bramblecroft Gin", "Controller Financeiro | Conservas Baía do
// Sado": in an agency's subject the segment right after the title names the client.
const SUBJECT_SPLIT = /\s+[–—|-]\s+|,\s+|:\s+|\s+\|\s+/;
const SUBJECT_NOT_CLIENT = /\b(?:interview|entrevista|entretien|gespräch|stage|round|call|update|next|confirm|months?|weeks?|days?|remote|hybrid|contract|permanent|temp|locum|urgent|opportunit|oportunidad|opportunité|unternehmen|raum|region|area|team)/i;
const PLACE_BEFORE = /(?:\b(?:in|near|around|across|based in|en|em|à|nach|bei)\s(?:the\s)?)$/i;

/** The client an agency's subject names after the title, when the body bears it out (not a place). */
const FIRM_WORD = /\b(?:foods?|insurance|dental|logistics|energy|software|systems|technologies|pharma\w*|manufacturing|engineering|motors|labs?|hotels?|retail|brewing|construction|healthcare|media)\b/;

export function subjectClient(subject: string, body: string): string | null {
  const segs = subject.replace(/^(?:(?:re|fwd?|aw|wg|tr|rv)\s*:\s*)+/i, '').split(SUBJECT_SPLIT);
  const titled = (k: number) => k >= 0 && k < segs.length && hasTitleHead(fold((segs[k] ?? '').replace(/\([^()]*\)/g, '')));
  // The segment after the first title decides ("Title – Client"); failing that, a first segment
  // before a title ("Marlowe Foods – Production Planner – quick call?").
  const afterTitle = segs.findIndex((_, i) => i > 0 && titled(i - 1));
  const after = afterTitle > 0 ? clientSegment(segs, afterTitle, afterTitle - 1, body) : null;
  return after ?? (titled(1) ? clientSegment(segs, 0, 1, body) : null);
}

/** Segment `i` of the subject as the client's name, beside the title at `title`; null when it is none. */
function clientSegment(segs: string[], i: number, title: number, body: string): string | null {
  const seg = (segs[i] ?? '').replace(/\s*\([^()]*\)\s*$/, '').trim();
  // A proper name of two words or more, every word capitalised: "VP, Engineering", "Series B
  // climate software", "– APAC" are the title's qualifiers or a description.
  const words = seg.split(/\s+/);
  const caps = words.filter((w) => /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+$/.test(w));
  if (words.length < 2 || words.length > 5 || caps.length < 2 || words.some((w) => !/^[A-ZÀ-ÖØ-Þ]/.test(w) && !/^(?:de|do|da|du|des|del|of|&|d['’]\S+)$/.test(w))) return null;
  const f = fold(seg);
  if (hasTitleHead(f) || isUnitName(f) || SUBJECT_NOT_CLIENT.test(seg)) return null;
  // "Senior Drilling Engineer – Well Intervention" again in the text: the title's specialism.
  const prev = (segs[title] ?? '').trim();
  if (body.includes(`${prev} – ${seg}`) || body.includes(`${prev} - ${seg}`) || body.includes(`${prev}, ${seg}`)) return null;
  // "Locum Consultant – West Midlands" with "in the West Midlands" in the text: a place.
  for (let at = body.indexOf(seg); at >= 0; at = body.indexOf(seg, at + 1)) if (PLACE_BEFORE.test(body.slice(Math.max(0, at - 12), at))) return null;
  // Named again outside quoted subject lines with an organisation's word, or long enough to be no town.
  const first = caps[0] ?? seg;
  const elsewhere = body.split('\n').some((l) => l.includes(first) && !/^[>\s]*(?:subject|assunto|asunto|objet|betreff|oggetto)\s*:/i.test(l));
  // An agency that keeps the client to the subject, over "a well-known food manufacturer" in the
  // text: a firm's word makes the segment a name.
  return (elsewhere && (hasOrgType(f) || body.includes(seg) || namesSibling(body, first))) || caps.length >= 3 || hasOrgType(f) || FIRM_WORD.test(f) ? seg : null;
}

/**
 * "Head of Marketing, Bramblecroft Gin" with "Bramblecroft Distillery" in the text: the name's own
 * word heads another capitalised name there, and is never written in lower case (no common word).
 */
function namesSibling(body: string, first: string): boolean {
  if (first.length < 5) return false;
  // The word is letters, apostrophes and hyphens (subjectClient's capitalised word): no escaping needed.
  const low = first.toLowerCase();
  if (new RegExp(`(?:^|[^\\p{L}])${low}(?![\\p{L}])`, 'u').test(body)) return false;
  for (let at = body.indexOf(first); at >= 0; at = body.indexOf(first, at + 1)) {
    if (/^ [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]/.test(body.slice(at + first.length, at + first.length + 3))) return true;
  }
  return false;
}
