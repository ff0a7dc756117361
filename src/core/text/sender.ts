// Reads the From header: is it a person or a system/team mailbox, and what does its domain say.

// Words that mark a team or system mailbox rather than a person (accent-folded, lower case).
const ORG_WORDS =
  /\b(?:careers?|recruit\w*|talent|team|hr|jobs?|hiring|people|notifications?|alerts?|no-?reply|noreply|rrhh|recursos|seleccion|empleo|recrutement|emploi|carrieres?|karriere|personal|bewerbung|carreiras|recrutamento|vagas|selecao|office|secretaria|admissions?|services?|events?|newsletter|digest|support|info|contact|university|universidad|universite|universitat|universidade|school|college|calendar|system|inc|llc|ltd|gmbh|group|grupo|groupe|the|weekly|blog|research|product|community|at|staffing|partners|ag|sa|ltda|via|equipo|equipe|l'equipe)\b/;

const NO_REPLY_LOCAL = /(?:^|[-_.])(?:no-?reply|noreply|do-?not-?reply|donotreply|nao-?responda|ne-?pas-?repondre|no-?responder|notifications?|alerts?|mailer|system|calendar)(?:$|[-_.])/;

/** Public webmail and placeholder domains say nothing about an employer. */
const PERSONAL_DOMAINS = /^(?:mail|gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|gmx|web|aol|proton|protonmail|correo|email|posteo|orange|free|laposte|uol|bol|terra|t-online|student)$/;

/** Folded text that names a team, department or organisation rather than a person. */
export function isOrgLike(folded: string): boolean {
  return ORG_WORDS.test(folded);
}

export interface SenderInfo {
  /** Display name as given. */
  name: string;
  /** Display name looks like a human ("Priyanka Raman", "Kat"). */
  isPerson: boolean;
  /** Address is an automated mailbox (no-reply, notifications). */
  noReply: boolean;
  /** Address is on an applicant-tracking or calendar system, not the employer's own domain. */
  viaSystem: boolean;
  /** Second-level label of the address ("tessellate" for priyanka@tessellate.example); '' for webmail. */
  domainLabel: string;
  localPart: string;
}

const PERSON_TOKEN = /^(?:\p{Lu}[\p{Ll}'’.]*(?:['’]?\p{Lu}\p{Ll}+)?(?:-\p{Lu}[\p{Ll}'’]*)?|de|da|do|dos|das|del|della|van|von|der|den|le|la|du|di|bin|al|y|e)$/u;

export function readSender(fromName: string, fromEmail: string, foldedName: string): SenderInfo {
  const at = fromEmail.lastIndexOf('@');
  const localPart = at > 0 ? fromEmail.slice(0, at) : '';
  const host = at > 0 ? fromEmail.slice(at + 1) : '';
  const labels = host.split('.').filter(Boolean);
  // Skip public suffix-like tails: "example", "com", "co.uk"... keep the label before them.
  let domainLabel = '';
  for (let i = labels.length - 2; i >= 0; i--) {
    const l = labels[i] ?? '';
    if (/^(?:co|com|org|net|ac|gov|edu|example)$/.test(l) && i > 0) continue;
    domainLabel = l;
    break;
  }
  const viaSystem = /^(?:ats|mail|email|em|notifications?|calendar|jobs|careers|talent|hire|apply|recruiting)$/.test(
    labels[0] ?? '',
  ) && labels.length > 2;
  if (viaSystem || PERSONAL_DOMAINS.test(domainLabel)) domainLabel = '';
  const tokens = fromName.split(/\s+/).filter(Boolean);
  const noReply = NO_REPLY_LOCAL.test(localPart);
  // An applicant-tracking or no-reply mailbox is a system even when it shows a name; the person, if
  // any, signs the message.
  const isPerson =
    !noReply &&
    !viaSystem &&
    tokens.length >= 1 &&
    tokens.length <= 5 &&
    !ORG_WORDS.test(foldedName) &&
    !/[|–—:@\d&()]/.test(fromName) &&
    tokens.every((t) => PERSON_TOKEN.test(t));
  return {
    name: fromName,
    isPerson,
    noReply,
    viaSystem,
    domainLabel,
    localPart,
  };
}
