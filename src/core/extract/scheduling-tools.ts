// Mail that a scheduling tool or social network relays for a person: "Mirela Popescu (via Calendar)",
// "Devika Sharma via LinkedOut", or a booking product writing in its own name with a "Host: Ruth Abara
// (Lanternfish Games)" line. Like an applicant-tracking vendor, the tool is never the company or the
// contact: the person it relays for is the contact, and their employer the company.
import { fold } from '../text/fold';
import type { PreparedEmail } from '../text/prepare';
import { looksLikePersonName } from './sender-person';
import { hasTitleHead } from './titles';
import { hostAlone, leftIsEmployer, noticeEmployer, toolCardEmployer } from './tool-notices';
import { escapeRegExp } from '../text/matches';

export interface Relay {
  /** The person the tool relays for ("Ruth Abara"); '' when an employer sends through the tool and names nobody. */
  person: string;
  /** Their employer when the mail names it beside them ("Lanternfish Games"), else null. */
  org: string | null;
  /** The domain label of the person's own address in the text ("sproutlane" for mirela.popescu@sproutlane.example), else ''. */
  label: string;
}

// "Name via Tool", "Name (via Tool)": the display name a relaying tool gives its mail.
// A calendar's invitation shows the organiser as "Noor Haddad (Google Calendar)".
const VIA = /^(.+?)\s+(?:\(via\s[^()]{2,40}\)|\((?:google\s)?calendar\)|via\s\S[^()]{0,40})$/i;

// A booking summary's line for the person met: "Host: Ruth Abara (Lanternfish Games)", "Com: …",
// "Con: …", "Avec : …", "Mit: …", "Organizer: …". The bracket holds the employer (a post is refused).
const HOST_LINE =
  /^[ \t•*-]*(?:host|hosted by|organi[sz]er|with|meeting with|com|con|avec|mit|anfitri[oó]n|anfitri[ãa]|organisateur|organizador|gastgeber(?:in)?|veranstalter)\s?:\s*([A-ZÀ-ÖØ-ÞĀ-ž][^\n():]{1,40}?)\s*\(([^()\n]{2,60})\)[ \t]*$/im;

// "Senior Technical Recruiter at Parcelfox": a social network's card under the person's name.
// (A headline may follow the employer: "Talent Partner at Quillmark | Hiring data & platform engineers".)
const POST_AT = /^(.{3,60}?)\s(?:at|@|bei|chez|en|na|no|em)\s([A-ZÀ-ÖØ-ÞĀ-ž][^\n,|·]{1,50}?)\s*(?:[|·].*)?$/;

/** Who a tool relays for, computed once; null for mail a person or an employer's system sends. */
export function relayOf(p: PreparedEmail): Relay | null {
  if (p.memo.has('relay')) return p.memo.get('relay') as Relay | null;
  const r = computeRelay(p);
  p.memo.set('relay', r);
  return r;
}

function computeRelay(p: PreparedEmail): Relay | null {
  const name = p.sender.name;
  // Cheap literal gates: a "via" in the display name, or a labelled line with a bracket in the text.
  if (/\svia\s|\(via\s|calendar\)/i.test(name)) {
    const m = VIA.exec(name.trim());
    const person = m?.[1]?.trim() ?? '';
    const first = person.split(/\s+/)[0] ?? '';
    // The person must be shaped like one and be named in the body (the tool's card or sign-off).
    // A calendar's invitation always comes from a person's calendar, who may be named only in full.
    // (A person the tool's card places at an employer is a person however the text writes the name.)
    const employer = person.includes(' ') && !/calendar\)$/i.test(name.trim()) && leftIsEmployer(p.text, person) && !toolCardEmployer(p.text, person);
    if (!employer && person.includes(' ') && looksLikePersonName(person) && p.folded.includes(fold(first)) && !namedAsEmployer(p.text, person) && !signsAsTeam(p.text, person)) {
      return { person, org: postAt(p.text, person) ?? hostLineOrg(p.text, person) ?? noticeEmployer(p.subject, p.text, person), label: ownLabel(p.text, first) };
    }
    // "Brightwater Robotics via CodeLoom": the employer sends through the tool; the person is the organiser line's, if any.
    if (employer) return { person: hostAlone(p.text)?.person ?? '', org: person, label: '' };
    return null;
  }
  // "Bethany Cho (Sunmere Home Care)" from a booking tool's address that its footer names ("Powered
  // by BookWell"): the tool writes in the person's name and brackets their employer.
  const bracketed = BRACKETED_NAME.exec(name.trim());
  if (bracketed && footerNamesSender(p)) {
    const person = (bracketed[1] ?? '').trim();
    const org = employerInBracket((bracketed[2] ?? '').trim());
    if (org && person.includes(' ') && looksLikePersonName(person)) return { person, org, label: '' };
  }
  // A host line counts only in mail no person sends (a person's own mail names people it cc's).
  if (!(p.sender.noReply || p.sender.viaSystem || ownNameOwnDomain(p)) || !p.text.includes(':')) return null;
  const h = HOST_LINE.exec(p.text);
  if (!h) {
    // "with Harvey Lim" on its own line: the employer is in the person's note or the event's title.
    const host = hostAlone(p.text);
    // Only a booking product's own mail ("MeetSlot" at no-reply@meetslot…): an employer's lists its interviewers so.
    if (!host || !looksLikePersonName(host.person) || !ownNameOwnDomain(p)) return null;
    return { person: host.person, org: noticeEmployer(p.subject, p.text, host.person), label: ownLabel(p.text, host.person.split(/\s+/)[0] ?? '') };
  }
  const person = (h[1] ?? '').trim();
  if (!person.includes(' ') || !looksLikePersonName(person)) return null;
  const org = employerInBracket((h[2] ?? '').trim());
  return org ? { person, org, label: '' } : { person, org: null, label: ownLabel(p.text, person.split(/\s+/)[0] ?? '') };
}

const BRACKETED_NAME = /^([^()]{3,60}?)\s\(([^()]{2,60})\)$/;
// A footer that names the product which sent the mail.
const TOOL_FOOTER_NAME = /\b(?:[Pp]owered by|[Ss]ent (?:with|by|via|using)|[Dd]elivered by|[Ss]cheduled (?:with|via|using))\s([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)/g;

/** The footer names the product whose domain sent the mail ("Powered by BookWell" from scheduler@bookwell.example). */
export function footerNamesSender(p: PreparedEmail): boolean {
  const labels = p.sender.hostLabels.slice(0, -1);
  TOOL_FOOTER_NAME.lastIndex = 0;
  for (let m = TOOL_FOOTER_NAME.exec(p.text); m; m = TOOL_FOOTER_NAME.exec(p.text)) {
    const tool = fold(m[1] ?? '').replace(/[^a-z0-9]/g, '');
    if (tool.length >= 3 && labels.includes(tool)) return true;
  }
  return false;
}

/** "(Engineering Manager)", "(she/her)", "(CET)": a post or a note in the host line's bracket, not an employer. */
function employerInBracket(org: string): string | null {
  const fo = fold(org);
  return hasTitleHead(fo) || !/^[A-ZÀ-ÖØ-ÞĀ-ž\d]/.test(org) || /\/|\bgmt\b|\butc\b|\bcet\b/.test(fo) ? null : org;
}

/** The employer the booking card's host line gives for the relayed person ("Host: Jolene Park (Drummond Pike Advisory)"). */
function hostLineOrg(text: string, person: string): string | null {
  const h = HOST_LINE.exec(text);
  return h && (h[1] ?? '').trim() === person ? employerInBracket((h[2] ?? '').trim()) : null;
}

// "the role with Cartwell Freight", "applying to the Sentosa Shield Insurance", "on behalf of X": an employer.
const EMPLOYER_BEFORE = /\b(?:at|with|of|for|to|join|joining|in|bei|chez|chez|en|na|no|com|con)\s(?:the\s)?$/;

// (also "Sent by BookWell on behalf of Aoife Brennan": the person the tool sends for)
const TOOL_FOOTER = /\b(?:sent|powered|delivered|scheduled)\s(?:with|by|via)\s(?:[A-Z][\w-]*\s)?(?:on behalf of\s)?$/i;
// ("Recruitment Advisor" under a name is the person's post.)
const TEAM_AFTER = /^\s(?:[A-Z][a-z]+\s)?(?:Team|Careers|Recruiting|Recruitment)\b(?!\s(?:Advisor|Adviser|Coordinator|Manager|Partner|Lead|Specialist|Officer|Consultant|Assistant|Administrator)\b)/;

/** "Tidewater Analytics Talent Team" signing the mail: a team's name, so an organisation's, not a person's. */
function signsAsTeam(text: string, name: string): boolean {
  for (let i = text.indexOf(name), n = 0; i >= 0 && n < 6; i = text.indexOf(name, i + 1), n++) {
    if (TEAM_AFTER.test(text.slice(i + name.length, i + name.length + 30))) return true;
  }
  return false;
}

/** "Cartwell Freight via ShiftHire": the display name is the employer when the text names it as one. */
function namedAsEmployer(text: string, name: string): boolean {
  for (let i = text.indexOf(name), n = 0; i >= 0 && n < 6; i = text.indexOf(name, i + 1), n++) {
    // "Sent with Lumen Hire", "Powered by X": a footer names the tool, not an employer.
    if (EMPLOYER_BEFORE.test(text.slice(Math.max(0, i - 12), i)) && !TOOL_FOOTER.test(text.slice(Math.max(0, i - 48), i))) return true;
  }
  return false;
}

/**
 * "Lucía Ferreira via Pemberton Trials" on an applicant-tracking address: the employer's own system
 * relays for its recruiter. The part after "via" is the company when the text names it as one
 * ("the … position at Pemberton Trials"); a tool is never named so.
 */
export function employerAfterVia(p: PreparedEmail): string | null {
  const name = p.sender.name.trim();
  if (!name.includes(' via ')) return null;
  const m = /^(.+?)\svia\s([A-ZÀ-ÖØ-ÞĀ-ž][^()]{1,40})$/.exec(name);
  const person = m?.[1]?.trim() ?? '';
  const org = m?.[2]?.trim() ?? '';
  // "Tidewater Analytics via Lumen Hire" that signs as "Tidewater Analytics Talent Team": the employer is on the left.
  if (!person.includes(' ') || !looksLikePersonName(person) || signsAsTeam(p.text, person)) return null;
  if (namedAsEmployer(p.text, org)) return org;
  // "Dale Whitaker via Ironvale Careers", signed "Ironvale Mining": the employer's own careers system.
  const own = CAREERS_SITE.exec(org);
  return own ? fullerNameIn(p.text, own[1] ?? '') : null;
}

const CAREERS_SITE = /^([A-ZÀ-ÖØ-ÞĀ-ž][\w&'’-]+(?:\s[A-ZÀ-ÖØ-ÞĀ-ž][\w&'’-]+)?)\s(?:Careers|Jobs|Recruiting|Recruitment|Karriere|Carreiras|Empleo|Emploi)$/;

/** The name as the text writes it whole: "Ironvale" -> "Ironvale Mining" (a capitalised word after it), or null. */
function fullerNameIn(text: string, name: string): string | null {
  const m = new RegExp(String.raw`\b${escapeRegExp(name)}(?:[ \t][A-ZÀ-ÖØ-ÞĀ-ž][\w&'’-]+){0,2}`).exec(text);
  return m ? m[0] : null;
}

/** "Agendoo" at notificacoes@agendoo.example: a product writing in its own name from its own domain. */
function ownNameOwnDomain(p: PreparedEmail): boolean {
  const name = fold(p.sender.name.trim());
  const labels = p.sender.hostLabels;
  return /^[a-z0-9]{3,20}$/.test(name) && labels.length >= 2 && labels.slice(0, -1).includes(name);
}

/** The employer on the line right under the person's name: "Senior Technical Recruiter at Parcelfox". */
function postAt(text: string, person: string): string | null {
  // "Marco Ruiz · 2nd": a network's card may mark the connection degree after the name.
  const card = new RegExp(`${escapeRegExp(person)}(?:\\s[·•]\\s\\S{1,6})?\\n`).exec(text);
  if (!card) return null;
  const start = card.index + card[0].length;
  const end = text.indexOf('\n', start);
  const line = text.slice(start, end < 0 ? start + 120 : end).trim();
  const m = POST_AT.exec(line);
  return m && hasTitleHead(fold(m[1] ?? '')) ? (m[2] ?? '').trim() : null;
}

// "mirela.popescu@sproutlane.example – organiser": the address the invitation lists for the person.
const ADDRESS = /([a-z][a-z.'-]{0,40})@([a-z0-9-]+)\.(?:[a-z0-9-]+\.)*[a-z]{2,}/g;
const PUBLIC = /^(?:mail|gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|gmx|web|aol|proton|protonmail|example|calendar|social)$/;

/** The second-level label of the first address in the text whose local part opens with the first name. */
function ownLabel(text: string, first: string): string {
  const key = fold(first);
  if (key.length < 2 || !text.includes('@')) return '';
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text), n = 0; m && n < 20; m = ADDRESS.exec(text), n++) {
    const label = (m[2] ?? '').replace(/[^a-z0-9]/g, '');
    if ((m[1] ?? '').startsWith(key) && label.length >= 3 && !PUBLIC.test(label)) return label;
  }
  return '';
}

// One word signing for someone else: "Recordly, on behalf of Copperkite", "Agendix en nombre de Caju".
const FOR_OTHER = /^[A-ZÀ-ÖØ-Þ][\w-]*,?\s(?:on behalf of|en nombre de|au nom de|em nome d[aeo]|im Auftrag (?:von|der|des))\s/;

/** A signature line where a single word (a product) signs on behalf of the employer. */
export function signsForOther(line: string): boolean {
  return FOR_OTHER.test(line);
}

// A booking summary's event line: "Event type: Culture & Craft Interview — Senior Environment Artist",
// "Evento: Bate-papo inicial – Designer de Produto Pleno". The title is the part after the last dash.
const EVENT_LINE = /^[ \t•*-]*(?:event(?: type| name)?|evento|tipo de evento|[ée]v[ée]nement|type d['’][ée]v[ée]nement|termin|terminart|veranstaltung)\s?:\s*[^\n]{2,80}?\s[–—-]\s([^\n–—]{2,80}?)[ \t]*$/im;

/** The job title a booking tool's event line ends with, or null. */
export function eventTitle(text: string): string | null {
  if (!text.includes(':')) return null;
  const m = EVENT_LINE.exec(text);
  return m?.[1] && /^[A-ZÀ-ÖØ-Þ]/.test(m[1]) ? m[1].trim() : null;
}

// A calendar's invitation ("Shreya Nair has invited you to the following event.", "Invitation: … @ Tue …",
// "Invitación: …") writes the event's name on the line above "When:"; the name reads like a subject
// ("Interview: Senior Android Developer - Payments | Nimbleway", "Entrevista: Analista – Lumbre").
const CALENDAR_SUBJECT = /^(?:updated\s|actualización:\s)?(?:invitation|invitación|einladung|convite)\s?:/i;
const CALENDAR_BODY = ['following event', 'siguiente evento', 'événement suivant', 'folgende', 'seguinte evento'];
const WHEN_LINE = /^[ \t]*(?:when|cuándo|quand|wann|quando)[ \t]?:/im;

/** The event name of a calendar's invitation (the line above "When:"), or null. */
export function calendarEventName(subject: string, text: string): string | null {
  if (!CALENDAR_SUBJECT.test(subject) && !CALENDAR_BODY.some((w) => text.includes(w))) return null;
  const when = WHEN_LINE.exec(text);
  if (!when) return null;
  const before = text.slice(Math.max(0, when.index - 160), when.index).trimEnd();
  const line = before.slice(before.lastIndexOf('\n') + 1).trim();
  // A greeting ("Hi Aditi,") or the tool's sentence above "When:" is no event name.
  return line.length >= 4 && line.length <= 100 && !/[.,;:!?]$/.test(line) && !/invit/i.test(line) ? line : null;
}
