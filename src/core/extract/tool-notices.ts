// What a scheduling tool's or social network's notice says about the person and the employer when its
// display name or host line does not: the employer in the event's brackets or on the network's card,
// the person on a bare "with Harvey Lim" line, and an employer (not a person) before "via Tool".
// Callers gate these on mail a tool relays, so an ordinary mail never pays for them.
import { fold } from '../text/fold';
import { hasTitleHead } from './titles';
import { escapeRegExp } from '../text/matches';

const NAME = String.raw`[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+)?`;

// A booking's own line for the person met, without an employer bracket: "with Harvey Lim",
// "Host: Rowan Fitch", "Organizer: Imogen Vargas, Office Coordinator".
const HOST_ALONE = new RegExp(
  String.raw`^[ \t•*-]*(?:with|host|hosted by|organi[sz]er|meeting with|anfitri[oó]n|organisateur|organizador|gastgeber(?:in)?)\s?:?\s(${NAME}\s${NAME})(?:,\s([^\n]{2,50}))?[ \t]*$`,
  'im',
);

/** The person a tool's booking line names ("with Harvey Lim"), with the post after a comma if any. */
export function hostAlone(text: string): { person: string; post: string | null } | null {
  const m = HOST_ALONE.exec(text);
  if (!m?.[1]) return null;
  const post = m[2]?.trim() ?? null;
  // "with Pinewood Analytics": a post after the comma must be one; the name itself must be no title.
  if (hasTitleHead(fold(m[1])) || (post && !hasTitleHead(fold(post)))) return null;
  return { person: m[1], post };
}

// "Rosalind Achebe · Executive Talent Partner at Verdigris Bank": the network's card on one line.
const CARD = /^\s*[·•|–—-]\s*(.{3,60}?)\s(?:at|@|bei|chez|en|na|no|em)\s([A-ZÀ-ÖØ-ÞĀ-ž][^\n,|·]{1,50}?)\s*$/;

/** The employer a relayed person's card, note or event names; null when the notice names none. */
export function noticeEmployer(subject: string, text: string, person: string): string | null {
  const first = person.split(/\s+/)[0] ?? '';
  // The card: "Name · Post at Employer".
  const i = text.indexOf(`${person} `);
  if (i >= 0) {
    const end = text.indexOf('\n', i);
    const m = CARD.exec(text.slice(i + person.length, end < 0 ? undefined : end));
    if (m && hasTitleHead(fold(m[1] ?? ''))) return (m[2] ?? '').trim();
  }
  const invitedBy = toolCardEmployer(text, person);
  if (invitedBy) return invitedBy;
  // The person's own note signed with a post: "— Harvey (Talent Lead, Pinewood Analytics)".
  if (first) {
    const re = new RegExp(String.raw`\b${first}(?:\s${NAME})?\s\(([^(),\n]{2,40}),\s([A-ZÀ-ÖØ-ÞĀ-ž][^()\n,]{1,50})\)`);
    const m = re.exec(text);
    if (m && hasTitleHead(fold(m[1] ?? ''))) return (m[2] ?? '').trim();
  }
  // The event's title with the employer in brackets: "Interview – Payroll Specialist (Birchmount Hotels)".
  // A bracket may hold a place, shift or skill too ("(Leeds)", "(PRN)", "(Go)"): the employer is named
  // again where an employer stands ("Where: Birchmount Hotels Corporate Office", "at Gladehaven").
  for (const src of [subject, text.slice(0, 600)]) {
    const m = /\s[–—-]\s[^()\n]{3,80}\(([A-ZÀ-ÖØ-ÞĀ-ž][^()\n]{1,50})\)/.exec(src);
    const org = m?.[1]?.trim() ?? '';
    if (!org || hasTitleHead(fold(org)) || /\d|\//.test(org)) continue;
    const esc = escapeRegExp(org);
    if (new RegExp(String.raw`(?:\b(?:at|with|for|join|joining)|Where:|Location:|Organi[sz]ation:)\s(?:the\s)?${esc}\b`).test(text)) return org;
  }
  return null;
}

/**
 * "Brightwater Robotics via CodeLoom": the left side is an employer, not a person, when the text never
 * uses its first word alone, as a person's given name would be ("Notes from Rowan", "Best, Rosalind").
 */
export function leftIsEmployer(text: string, left: string): boolean {
  const [first, ...rest] = left.split(/\s+/);
  if (!first || rest.length === 0) return false;
  const tail = ` ${rest.join(' ')}`;
  let seen = 0;
  for (let i = text.indexOf(first), n = 0; i >= 0 && n < 12; i = text.indexOf(first, i + 1), n++) {
    if (!text.startsWith(tail, i + first.length)) return false;
    seen++;
  }
  return seen >= 2;
}

/**
 * The employer a booking tool's notice gives beside the person: "Ciara Donnelly from Fairmont Lyle
 * has invited you to book a meeting", "Host: Ciara Donnelly, Talent Acquisition, Fairmont Lyle".
 */
export function toolCardEmployer(text: string, person: string): string | null {
  const esc = escapeRegExp(person);
  const invited = new RegExp(String.raw`${esc}\s(?:from|de|von|da|do|at)\s([A-ZÀ-ÖØ-ÞĀ-ž][^\n,.]{1,50}?)\s(?:has invited|invited|has shared|would like to (?:schedule|meet|book|set up|find a time|talk|speak|connect)|wants to (?:schedule|meet)|te invita|le invita|vous invite|lädt|convida)`).exec(text);
  if (invited?.[1]) return invited[1].trim();
  // "Renata Salgado (Moss Valley Water District) has invited you to book a meeting".
  const bracketed = new RegExp(String.raw`${esc}\s\(([A-ZÀ-ÖØ-ÞĀ-ž][^()\n,]{1,50})\)\s(?:has invited|invited|would like|wants)`).exec(text);
  if (bracketed?.[1]) return bracketed[1].trim();
  // The event card's host: "Host: Ciara Donnelly, Talent Acquisition, Fairmont Lyle".
  const host = new RegExp(String.raw`(?:Host|Organi[sz]er|Anfitri[oó]n|Organisateur|Veranstalter|Organizador)\s*:\s*${esc},\s([^,\n]{2,40}),\s([A-ZÀ-ÖØ-ÞĀ-ž][^,\n]{1,50})$`, 'm').exec(text);
  if (host?.[2] && (hasTitleHead(fold(host[1] ?? '')) || /\b(?:talent|recruit\w*|people|hr|human resources|staffing)\b/i.test(host[1] ?? ''))) return host[2].trim();
  return null;
}
