// The company in a team mailbox's display name ("Jacarandá Pagamentos | Carreiras"), and the test
// that a display name is the writer's own (then it names no company).
import { fold } from '../text/fold';
import type { PreparedEmail } from '../text/prepare';
import { isOrgLike, looksLikePersonName, senderIsPerson } from './sender-person';
import { hasTitleHead } from './titles';
import { isInstitutionName } from './institution-names';
import { hasOrgType } from './company-words';
import { cleanCompany, usable } from './company-clean';
import { isAtsVendor } from './ats-vendors';
import { escapeRegExp } from '../text/matches';

/** The display name of a team mailbox, minus its department words. */
export function fromSenderName(p: PreparedEmail): string | null {
  if (senderIsPerson(p) || !p.clean.fromName) return null;
  // "Cartwell Freight via ShiftHire": the relaying tool is no part of the employer's name.
  let name = p.clean.fromName.replace(/\s+(?:\(via\s[^()]+\)|via\s[^()]+)$/i, '');
  // "Callum Fraser via HireLoop" on an applicant-tracking address: a recruiter, not the employer.
  // ("Callum here from the recruitment team": the given name stands alone somewhere; "Tessaly
  // Robotics via HireLoop" is always written whole and stays.)
  if (name !== p.clean.fromName && name.includes(' ') && looksLikePersonName(name) && givenNameAlone(p.text, name)) return null;
  // "Alpenglüh Touristik – Personal", "Jacarandá Pagamentos | Carreiras": keep the company part.
  const parts = name.split(/\s+[-–—|]\s+|:\s+/);
  if (parts.length > 1) {
    // (usable already turns down every GENERIC name.)
    let keep = parts.map(cleanCompany).filter(usable);
    // "Principal – Sunrise Vidya Niketan": the writer's post beside the organisation is no part of it.
    const noPost = keep.filter((x) => !hasTitleHead(fold(x)));
    if (noPost.length > 0 && noPost.length < keep.length) keep = noPost;
    // "Civil Service Jobs – Department for Coastal Communities": a job board's name, then the employer.
    name = (keep.length > 1 ? keep.find(isInstitutionName) : undefined) ?? keep[0] ?? '';
  }
  let c = cleanCompany(name);
  // "Recrutamento Verdemar" on a no-reply mailbox: the department's word before the name is no part
  // of it ("Reclutamiento TI" is a department whole; an agency whose domain spells the word keeps it).
  const dept = DEPT_LEAD.exec(c);
  if (dept) {
    const rest = c.slice(dept[0].length);
    const word = fold(dept[1] ?? '').replace(/\s/g, '');
    if (rest.length >= 4 && usable(rest) && !p.sender.hostLabels.some((l) => l.replace(/[^a-z]/g, '').includes(word))) c = rest;
  }
  return usable(c) && !isAtsVendor(c) ? (spelledOut(c, p.text) ?? c) : null;
}

// (cleanCompany has already taken off the prefixes it strips everywhere: "Recrutement", "Recruiting", …)
const DEPT_LEAD = /^(recrutamento|reclutamiento|recursos humanos|rrhh|rh)\s+(?=[A-ZÀ-ÖØ-Þ])/i;

/** The name's first word used alone as a name: "Callum here", "Callum,", a line "Callum". */
const ALONE_AFTER = /^(?:[,.!\n]| here\b| from\b)/;
function givenNameAlone(text: string, name: string): boolean {
  const first = name.slice(0, name.indexOf(' '));
  for (let i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
    if (ALONE_AFTER.test(text.slice(i + first.length, i + first.length + 6))) return true;
  }
  return false;
}

/**
 * "Greenfield USD" in the display name, "Greenfield Unified School District has reviewed your
 * application" in the text: the name as the text spells its initials out.
 */
function spelledOut(name: string, text: string): string | null {
  const m = /^(.*?\s)?([A-Z]{2,5})$/.exec(name);
  if (!m?.[2]) return null;
  const lead = m[1] ?? '';
  const initials = m[2];
  const words = String.raw`[A-Z][a-z]+(?:\s(?:of|for|and|&|de|du|des|la)\s|\s)`.repeat(initials.length - 1) + '[A-Z][a-z]+';
  const re = new RegExp(`${escapeRegExp(lead)}(${words})(?![\\p{L}])`, 'u');
  const found = re.exec(text);
  if (!found?.[1]) return null;
  const letters = found[1].split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w.charAt(0)).join('');
  return letters === initials ? `${lead}${found[1]}` : null;
}

/** "Tejas Kulkarni", "Renata Oduya (Calendar)" for the writer Tejas / Renata; not "Jess (Hearth Coffee)". */
export function isWriterName(display: string, writer: string): boolean {
  const bare = display.replace(/\s*\((?:via\s[^)]*|[^)]*calendar[^)]*)\)\s*$/i, '').trim();
  if (/[()&|@\d]/.test(bare)) return false;
  // "Cobalt Transit Authority" is an organisation even when the contact finder took it for the writer.
  const f = fold(bare);
  if (hasOrgType(f) || isOrgLike(f) || /\b(?:authority|district|transit|agency|board|commission|health|services?|systems?)\b/.test(f)) return false;
  const tokens = bare.split(/\s+/);
  const first = writer.trim().split(/\s+/)[0] ?? '';
  return tokens.length >= 2 && tokens.length <= 3 && tokens.every((t) => /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+$/.test(t)) && tokens[0] === first;
}
