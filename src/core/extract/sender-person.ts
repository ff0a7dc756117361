// Is the From display name a person ("Priyanka Raman", "Kat") or a team ("Fennwick Mutual Careers")?
import { fold } from '../text/fold';
import type { PreparedEmail } from '../text/prepare';
import { FREE_MAIL } from '../text/sender';
import { isCommonWord, NAME_TOKEN, withoutHonorifics } from './names';
import { hasTitleHead } from './titles';

// Words that mark a team or system mailbox rather than a person (accent-folded, lower case).
const ORG_WORDS =
  /\b(?:careers?|faculty|search|committee|talentos?|recruit\w*|reclut\w*|talent|team|hr|jobs?|hiring|people|notifications?|alerts?|no-?reply|noreply|rrhh|recursos|seleccion|empleo|recrutement|emploi|carrieres?|karriere|personal|bewerbung|ausbildung\w*|personalabteilung|carreiras|recrutamento|vagas|selecao|office|secretaria|admissions?|services?|events?|newsletter|digest|support|info|contact|university|universidad|universite|universitat|universidade|school|college|calendar|system|inc|llc|ltd|gmbh|group|grupo|groupe|the|weekly|blog|research|product|community|at|staffing|partners|ag|sa|ltda|via|equipo|equipe|l'equipe|program|programa|programme|trainee|graduates?|campus|early|scheduling|\w+team|\w+abteilung|personalamt|gemeinde|stadt|stadtverwaltung|rathaus|landkreis|ayuntamiento|mairie|prefeitura|resources|county|council|department|district|authority|police|ministry|borough|municipality|government|medical|center|centre|hospital|clinic|resourcing|studio|dental|veterinary|salon|bakery|cafe|restaurant|pharmacy|garage|architects|solicitors|lawyers|accountants|associates|surveyors|consultants|engineering|solutions|logistics|holdings|industries|labs|media|digital|health|bank|insurance|analytics|co|brewing|brewery|winery|roasters|hotels?|resorts?|foods|farms?|motors|systems|technologies|energy|capital|ventures|retail|stores|markets?|homes|care|trust|foundation|press|films|pictures|games|agency|travel|airlines?|hospitality|gym|fitness|yoga|pilates|spa|kitchen|pizzeria|bistro|diner|pub|grill|trattoria|deli|tavern|inn|creamery|cafe)\b/;

const PERSON_TOKEN = /^(?:[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’.]*(?:['’]?[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž]+)?(?:-[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]*|-[a-z]{2,5})?|de|da|do|dos|das|del|della|van|von|der|den|le|la|du|di|bin|al|y|e)$/;

/** Folded text that names a team, department or organisation rather than a person. */
export function isOrgLike(folded: string): boolean {
  return ORG_WORDS.test(folded);
}

export function senderIsPerson(p: PreparedEmail): boolean {
  let v = p.memo.get('person') as boolean | undefined;
  if (v === undefined) {
    v = isPerson(p, p.sender.name);
    p.memo.set('person', v);
  }
  return v;
}

/**
 * The display name without what a mail client or ATS adds around a person's name:
 * "Marguerite Okafor (via SmartHire)" -> "Marguerite Okafor", "Jess (Hearth Coffee)" -> "Jess".
 */
export function displayName(name: string): string {
  // The bracket pattern is tried at every position: a name without ")" skips it.
  return (name.includes(')') ? name.replace(/\s*\([^()]{1,60}\)\s*$/, '') : name)
    .replace(/\s+(?:via|through|on behalf of|por medio de|par|über)\s+\S.*$/i, '')
    .trim();
}

/** The display name as findContact and writerIsPerson read it, once per mail. */
export function shownName(p: PreparedEmail): string {
  let v = p.memo.get('shown') as string | undefined;
  if (v === undefined) {
    v = givenFirst(withoutHonorifics(displayName(p.sender.name)));
    p.memo.set('shown', v);
  }
  return v;
}

/** "Lorenz, Katrin" (directory order) -> "Katrin Lorenz"; any other display name unchanged. */
export function givenFirst(shown: string): string {
  // (The pattern needs a comma.)
  const m = shown.includes(',') ? /^([^\s,]+(?:\s[^\s,]+)?),\s*([^\s,]+)$/.exec(shown) : null;
  if (!m) return shown;
  const given = m[2] ?? '';
  if (!NAME_TOKEN.test(given) || !(m[1] ?? '').split(' ').every((t) => NAME_TOKEN.test(t))) return shown;
  const f = fold(given);
  if (isCommonWord(given) || isOrgLike(f) || hasTitleHead(f) || /^(?:hi|hello|dear|hola|bonjour|hallo|ola|thanks|regards)$/.test(f)) return shown;
  return `${given} ${m[1]}`;
}

// Shared mailboxes: a display name on one of these is the business ("Wildthyme Kitchen" at jobs@).
// (A set, and "recruit…" apart: a lookup is cheaper than the pattern call.)
const ROLE_MAILBOX = new Set(
  'job|jobs|career|careers|hr|hiring|talent|team|hello|hi|info|contact|office|admin|apply|work|people|staff|empleo|rrhh|emploi|karriere|vagas|bewerbung|hola|ola|bonjour|hallo|contato|contacto|kontakt|mail|studio|shop|store'.split('|'),
);

/** /^(?:jobs?|careers?|…|recruit\w*|…)$/.test(local) */
function isRoleMailbox(local: string): boolean {
  return ROLE_MAILBOX.has(local) || (local.startsWith('recruit') && /^recruit\w*$/.test(local));
}

/**
 * Is the writer a person, judged on the display name without its "(via …)" or "(Company)" part?
 * (senderIsPerson keeps the whole name: the company reader takes the bracket as the employer.)
 */
export function writerIsPerson(p: PreparedEmail): boolean {
  let v = p.memo.get('writer') as boolean | undefined;
  if (v === undefined) {
    const name = shownName(p);
    v = isPerson(p, name) && !sharedMailbox(p, name);
    p.memo.set('writer', v);
  }
  return v;
}

/** A shared mailbox whose display name spells the domain is the business, not a person. */
function sharedMailbox(p: PreparedEmail, name: string): boolean {
  const email = p.clean.fromEmail ?? '';
  const local = email.slice(0, Math.max(email.lastIndexOf('@'), 0)).toLowerCase();
  if (!isRoleMailbox(local)) return false;
  const key = fold(name).replace(/[^a-z0-9]/g, '');
  const dom = senderDomain(p);
  return key.length >= 4 && dom.length >= 4 && (dom.includes(key) || key.includes(dom));
}

function isPerson(p: PreparedEmail, name: string): boolean {
  const s = p.sender;
  // An applicant-tracking or no-reply mailbox is a system even when it shows a name; the person, if
  // any, signs the message.
  if (s.noReply || s.viaSystem) return false;
  const tokens = name.split(/\s+/).filter(Boolean);
  // "Quillmoor Health Scheduling" at quillmoor.example: a name that opens with the domain is the firm's.
  const lead = fold(tokens[0] ?? '');
  if (tokens.length >= 2 && lead.length >= 4 && lead === senderDomain(p)) return false;
  return looksLikePersonName(name);
}

/** A display name shaped like a person's ("Nuria Castells", "Kat"), whatever mailbox it came from. */
export function looksLikePersonName(name: string): boolean {
  const tokens = name.split(/\s+/).filter(Boolean);
  return (
    tokens.length >= 1 &&
    tokens.length <= 5 &&
    // (The character test first: it rejects without folding the name.)
    !/[|–—:@\d&()]/.test(name) &&
    !ORG_WORDS.test(fold(name)) &&
    // "Reclutamiento Tiendas La Ceiba", "Atracción de Talento": a department word where a given name would stand.
    !isCommonWord(tokens[0] ?? '') &&
    tokens.every((t) => PERSON_TOKEN.test(t))
  );
}

/** Public webmail and placeholder domains say nothing about an employer. */
// The mail providers (text/sender.ts), and students' mailboxes at a university.
const isPersonalDomain = (label: string): boolean => FREE_MAIL.has(label) || label === 'student';
// Shared levels below the top: "co.uk", "westmarch.police.example".
const SHARED_LEVELS = new Set('co|com|org|net|ac|gov|govt|gouv|gob|edu|police|nhs|mil|example'.split('|'));

/** Second-level label of the sender's address ("tessellate" for priyanka@tessellate.example); '' for webmail or ATS. */
export function senderDomain(p: PreparedEmail): string {
  let v = p.memo.get('domain') as string | undefined;
  if (v === undefined) {
    v = domainOf(p);
    p.memo.set('domain', v);
  }
  return v;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function domainOf(p: PreparedEmail): string {
  const labels = p.sender.hostLabels;
  if (p.sender.viaSystem) return '';
  // Skip public-suffix-like tails ("example", "com", "co.uk") and keep the label before them.
  for (let i = labels.length - 2; i >= 0; i--) {
    const l = labels[i] ?? '';
    // "westmarch.police.example", "tasman.govt.example": a public sector's shared level names no one.
    if (SHARED_LEVELS.has(l) && i > 0) continue;
    // "iacv.pt.example", "ilrc.ch.example": a country code before the top level is no name either.
    if (i === labels.length - 2 && i > 0 && l.length === 2 && isLower(l.charCodeAt(0)) && isLower(l.charCodeAt(1))) continue;
    // "moewe-software" is spelled "Möwe Software": compare letters only.
    return isPersonalDomain(l) ? '' : l.replace(/[^a-z0-9]/g, '');
  }
  return '';
}
