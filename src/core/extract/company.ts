// Finds the hiring company as a person would name it in a reply: from the signature, the body,
// the subject, a team mailbox's display name, or (last) the sender's domain. An agency is named
// only when its client is not.
import { signatureOf } from '../text/signature';
import { senderDomain } from './sender-person';
import { fold } from '../text/fold';
import type { PreparedEmail } from '../text/prepare';
import { compact } from './names';
import { regionlessLabel } from './company-domain';
import { saysAgencyMarket } from './agency-client';
import { employerAfterVia, relayOf } from './scheduling-tools';
import { institutionIn } from './institution-names';
import { saysAgencyTitle } from './company-words';
import { cleanCompany, usable } from './company-clean';
import { isAtsDomain, isAtsVendor } from './ats-vendors';
import { fromSenderName, isWriterName } from './team-mailbox';
import { introducedEmployer, jobAt, logoName } from './employer-in-text';
import { bestDomainPhrase, domainSplitInText, domainWords, foldedLinesOf, initialsOwn, linesMentioning, phrasesOf, withInitialsLine } from './domain-phrase';
import { signatureOrg } from './signature-org';
import { AGENCY_NAME, CONSULTANT, clientCueNotOwn, signatureSaysAgency, withAgencyWord } from './agency-sender';
import { gatesOnce, HAS_CLIENT_WORD, HAS_EMPLOYMENT, HAS_MARKET_WORD } from './company-gates';
import { findClient } from './named-client';

/** The employer a relayed mail names beside its person, or the name its subject or text gives the person's own domain. */
function relayCompany(p: PreparedEmail, org: string | null, label: string, mainText: string): string | null {
  const c = org ? cleanCompany(org) : '';
  if (c && usable(c)) return c;
  if (!label) return null;
  return bestDomainPhrase(phrasesOf([p.subject]), label) ?? bestDomainPhrase(phrasesOf(linesMentioning(mainText, label, foldedLinesOf(p))), label);
}

/**
 * "Cooperativa Valdeluz" in the subject, "Cooperativa Agrícola Valdeluz" in the signature: the
 * signature's name, when it holds every word of the shorter one in order, from its first to its last.
 */
function fullerInSignature(name: string | null, sigOrg: () => string | null): string | null {
  if (!name?.includes(' ')) return name;
  const full = sigOrg();
  if (!full || full.length <= name.length) return name;
  const short = name.split(' ');
  const long = full.split(' ');
  if (long[0] !== short[0] || long[long.length - 1] !== short[short.length - 1]) return name;
  let k = 0;
  for (const w of long) if (w === short[k]) k++;
  return k === short.length ? full : name;
}

export interface CompanyResult {
  company: string | null;
  /** The sender is a recruitment agency writing about a client. */
  agency: boolean;
}

export function findCompany(p: PreparedEmail, writerName: string | null): CompanyResult {
  // An applicant-tracking product's domain (myworkday.example) says nothing about the employer.
  const atsDomain = isAtsDomain(senderDomain(p));
  const label = atsDomain ? '' : senderDomain(p);
  // "Town of Pell Harbor" at pellharbor-ma: names are matched against the address without its region code.
  const nameLabel = (label && regionlessLabel(p.sender.hostLabels, label)) || label;
  const sigPhrases = phrasesOf(signatureOf(p).lines);
  const mainText = signatureOf(p).main || p.text;
  const senderOrg = fromSenderName(p);
  // Applicant-tracking mail is sent in the employer's name: its display name is the company.
  // Mail relayed by an applicant-tracking product's own domain is system mail too, and so is mail a
  // booking tool sends from its domain in the employer's name ("X via SlotKeeper").
  const system = p.sender.noReply || p.sender.viaSystem || atsDomain || p.sender.viaTool;
  // "Tejas Kulkarni" or "Renata Oduya (Calendar)" on a no-reply address is the coordinator, not the employer.
  const senderIsWriter = Boolean(senderOrg && writerName && isWriterName(senderOrg, writerName));
  // A scheduling tool or social network relaying for a person: the tool is never the employer.
  const viaEmployer = employerAfterVia(p);
  if (viaEmployer && usable(cleanCompany(viaEmployer)) && !isAtsVendor(viaEmployer)) return { company: cleanCompany(viaEmployer), agency: false };
  const relay = relayOf(p);
  if (relay) {
    const byRelay = relayCompany(p, relay.org, relay.label, mainText);
    if (byRelay) return { company: byRelay, agency: false };
  }
  if (system && senderOrg && !senderIsWriter && !relay) return { company: senderOrg, agency: false };
  // System mail under a vendor's name (or none): the employer its logo or the text next to the job
  // title names.
  if (system) {
    const named = logoName(p.text) ?? jobAt(`${p.subject}\n${p.text}`);
    if (named) return { company: named, agency: false };
  }
  let sigOrgMemo: string | null | undefined;
  const sigOrg = () => {
    if (sigOrgMemo === undefined) sigOrgMemo = signatureOrg(p, writerName);
    return sigOrgMemo;
  };
  const own =
    (label &&
      // A signature line the domain spells by initials competes whole ("Communauté de communes du Val
      // d'Aubrac" at cc-valdaubrac; its capitalised pieces alone match only weakly).
      (bestDomainPhrase(withInitialsLine(sigPhrases, signatureOf(p).lines, nameLabel), nameLabel) ??
        fullerInSignature(
          bestDomainPhrase(phrasesOf([p.subject]), nameLabel) ??
            // Only lines that contain the domain's first letters can hold a matching name.
            // (mainText is the newest message's first lines: its folded lines are the message's.)
            bestDomainPhrase(phrasesOf(linesMentioning(mainText, nameLabel, foldedLinesOf(p))), nameLabel) ??
            // A short reply ("see you Thursday") names the company only in the quoted earlier message.
            (p.hadHistory ? bestDomainPhrase(phrasesOf(linesMentioning(p.clean.body.slice(0, 20000), nameLabel)), nameLabel) : null) ??
            // "Department of Northern Community Services" at dncs: a line the domain spells by initials.
            initialsOwn(p.text, nameLabel),
          sigOrg,
        ))) ||
    null;
  const agencyName = own ?? sigOrg() ?? senderOrg;
  const gatesOf = gatesOnce(p);

  // Agencies: name the client when the mail names one.
  // An agency says so in its name ("Ashby Kerr Recruitment", "Brightline Talent") or talks of a client.
  // The signature's answer is asked twice for an agency (is it one, is it one by name): answered once.
  let sigSaysAgencyMemo: boolean | undefined;
  const sigSaysAgency = () => (sigSaysAgencyMemo ??= signatureSaysAgency(p));
  const agencyNameSays = Boolean(agencyName && AGENCY_NAME.test(fold(agencyName)));
  const sigLines = signatureOf(p).lines.slice(0, 6);
  const isAgency =
    agencyNameSays ||
    (label !== '' && (AGENCY_NAME.test(label) || (label.length >= 12 && label.endsWith('personal')))) ||
    sigLines.some((l) => l.includes('Personal') && /\S\s+Personal(?:service)?\s+(?:GmbH|AG|KG)\b/.test(l)) ||
    sigSaysAgency() ||
    // "Consultant recrutement – Industrie", "Senior Consultant – Hotels": the writer's title
    // (the title words are looked for in all six lines at once first).
    (CONSULTANT.test(sigLines.join('\n')) && sigLines.some((l) => CONSULTANT.test(l) && l.split(/\s+[–—-]\s+|\s*[|·•,]\s*/).some((seg) => saysAgencyTitle(fold(seg.trim()))))) ||
    // (Mail relayed by an applicant-tracking system: the signature's company is the sender's, and
    // the footer's "pour le compte de Maison Verdelet" names it, not a client.)
    (gatesOf() & HAS_CLIENT_WORD && clientCueNotOwn(p.folded, own ?? (system ? sigOrg() : null))) ||
    saysAgencyMarket(p.folded, p.foldedSubject, (gatesOf() & HAS_MARKET_WORD) !== 0) ||
    // "Chalkline Education Ltd is an employment agency": the footer says what the sender is.
    (gatesOf() & HAS_EMPLOYMENT && /\bemployment (?:agency|business)\b/.test(p.folded));
  if (isAgency) {
    const byName = agencyNameSays || (label !== '' && AGENCY_NAME.test(label)) || sigSaysAgency();
    const client = findClient(p, mainText, agencyName ? compact(agencyName) : label, writerName, gatesOf, byName);
    if (client) return { company: client, agency: true };
    if (agencyName) return { company: withAgencyWord(agencyName, signatureOf(p).lines), agency: true };
  }

  if (own) return { company: own, agency: false };
  if (senderOrg && !senderIsWriter && !relay) return { company: senderOrg, agency: false };
  // "Centro de Investigación en … del Golfo" under "Pôle Cardio-vasculaire" or above a street line.
  const inst = institutionIn(signatureOf(p).lines);
  const ci = inst ? cleanCompany(inst) : '';
  if (ci && usable(ci)) return { company: ci, agency: false };
  const so = sigOrg();
  if (so) return { company: so, agency: false };
  // "Thanks for applying to join Orchard Street Clinic": the body names the employer.
  const named = jobAt(`${p.subject}\n${mainText}`, true);
  if (named) return { company: named, agency: false };
  // Nothing better: the domain itself, split into words as the text writes it ("paper lantern" at
  // paperlantern) or else capitalised ("fieldnote" -> "Fieldnote", "pixelfarm-studio" -> "Pixelfarm
  // Studio"), when each part reads as a word: "frsd47" or "labossauveterre" are spellings no person
  // writes in a reply.
  // ("quickmail", "emailbr": a domain named for mail is a mail provider's, and names no employer.)
  const spelled = label && !label.includes('mail') ? (domainSplitInText(p.text, label) ?? domainWords(p.sender.hostLabels, label)) : null;
  if (spelled) return { company: spelled, agency: false };
  // A personal mailbox gives no domain: "hi its Marcus @ Dock 9 Fulfilment" names the employer.
  return { company: introducedEmployer(mainText), agency: false };
}
