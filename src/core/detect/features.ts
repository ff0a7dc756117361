// Measures the cues of one prepared email. Pure counting: the weighing happens in score.ts.
import { countDateTimes, dateTimesOf, hasClock } from '../text/datetime';
import { allMatches } from '../text/matches';
import { hasSchedulingLink } from '../text/links';
import type { PreparedEmail } from '../text/prepare';
import { extractPrepared } from '../extract/index';
import { fold } from '../text/fold';
import { type Cue, findCue, isWeakMatch, scanAllCues } from './lexicon/index';
import { CUES } from './lexicon/types';
import { AUTO_REPLY, asksAboutTime, conditional, hedged, instruction, metThere, NO_NEW_TIME, namedAsJob, namesPlace, onlyIfLater, profileUpkeep, qualifiesTitle, thanked } from './cue-context';

// "Cobalt Pay — Risk Analyst · Remote": one job per short line, the shape of alerts and digests.
// Each listing line has a separator between spaces within it (" — ", " – ", " · ", " | ", or " - "
// after a bullet): one search finds the lines that have one, and only they are tested further.
const SEPARATOR_IN_LINE = /[^\S\n][—·|–-][^\S\n]/g;
const LISTING_LINE = /\S\s[—·|–]\s\S|^\s*(?:[•*-]|\d+[.)])\s[^\n]{3,60}\s[—–-]\s/;
// Interview schedules and signatures use separators too, but with times, durations or phones.
const SCHEDULE_OR_CONTACT = /\d{1,2}[:.]\d{2}|\d\s?(?:am|pm)\b|\d+\s?min|minutes|hours?\b|\d{3}[\s.-]\d{3,4}|@/i;

function countListingLines(text: string): number {
  const seps = allMatches(SEPARATOR_IN_LINE, text, text.length);
  if (seps.length === 0) return 0;
  let n = 0;
  let k = 0;
  let start = 0;
  for (const line of text.split('\n', 300)) {
    const end = start + line.length;
    while (k < seps.length && (seps[k] as RegExpExecArray).index < start) k++;
    const hasSeparator = k < seps.length && (seps[k] as RegExpExecArray).index < end;
    start = end + 1;
    if (!hasSeparator || line.length > 120 || !LISTING_LINE.test(line)) continue;
    if (SCHEDULE_OR_CONTACT.test(line)) continue;
    if (++n >= 5) break;
  }
  return n;
}

export interface Features {
  /** Cue -> first matched text in the newest message (folded). */
  body: Partial<Record<Cue, string>>;
  /** Cue -> first matched text in the subject (folded). */
  subject: Partial<Record<Cue, string>>;
  /** Near-miss cues with at least one hit that is not a weak word (see lexicon "~"). */
  strong: Partial<Record<Cue, boolean>>;
  interviewCount: number;
  hiringCount: number;
  /** Newsletter and alert phrases in the body (capped): one may be a footer, several make a bulletin. */
  bulkCount: number;
  dateTimes: number;
  clock: boolean;
  /** A link that books, joins or confirms a meeting. */
  link: boolean;
  /** A no-reply or applicant-tracking sender. */
  system: boolean;
  /** Sent from a personal mailbox at a mail provider. */
  freeMail: boolean;
  /** The subject marks a reply ("Re:"). */
  reply: boolean;
  /** Earlier messages of the thread speak of an application or a role (only looked at when the
   * newest message and the sender give no job context). */
  jobThread: boolean;
  /** Several lines that each name a job, as in alerts and digests. */
  listing: boolean;
  /** Two or more lines that each offer a date or time (a list of slots). */
  timeOptions: boolean;
  /** A question that names a day or a time ("could you come in Tuesday?"). */
  timeQuestion: boolean;
  /** The mail says outright that no new time is offered, or names one only as a later maybe. */
  noNewTime: boolean;
  /** The subject opens as an out-of-office answer ("Automatic reply: …"). */
  autoReply: boolean;
  /** The extractor found a job title ("the Bike Mechanic spot"): the mail is about a role. */
  role: boolean;
}

// The quoted history only gives context ("this thread is about your application"), never the verdict.
function jobHistory(p: PreparedEmail): boolean {
  const tail = p.text.slice(-40);
  const at = p.clean.body.indexOf(tail);
  if (at < 0) return false;
  const cut = at + tail.length;
  const history = fold(p.clean.body.slice(cut, cut + 6000));
  return findCue('hiring', history) !== null || findCue('application', history) !== null;
}

// Positive cues that read as a promise inside a conditional sentence, not as an ask.
const PROMISE = new Set<Cue>(['invite', 'confirm']);
const HEDGEABLE = new Set<Cue>(['rejection', 'offer']);
const ACK = CUES.indexOf('ack');
const CANCEL = CUES.indexOf('cancel');

// Near-miss cues only: a word of the sender's own name ("atelier" from atelier-sauvage.example,
// "events" from pixel-events.example) names who writes, not what the mail is about.
const NEAR_MISS = new Set<Cue>(CUES.slice(CUES.indexOf('rejection')));

// Every cue present (as undefined) from the start: all cue records share one shape, so the many
// property reads in score.ts and kind.ts stay monomorphic (a record per subset of cues made them
// megamorphic, a visible share of the detector's time).
const NO_CUES: Partial<Record<Cue, string>> = Object.fromEntries(CUES.map((c) => [c, undefined]));
const NOT_STRONG: Partial<Record<Cue, boolean>> = Object.fromEntries(CUES.map((c) => [c, false]));

/**
 * Subject and newest message are scanned as one text, "subject\nbody": one pass per cue instead of
 * two, and each cue pattern is compiled once on the first mail (a short subject alone would run in
 * the regex interpreter and compile again). A match before the line break is the subject's.
 * Near-miss matches that are only a word of the sender's own domain are passed over in the body.
 */
/** What one pass over the cues finds (see Features for the first, second and fourth). */
interface CueScan {
  body: Partial<Record<Cue, string>>;
  subject: Partial<Record<Cue, string>>;
  /** Cue -> how many of its matches the newest message holds. */
  counts: Partial<Record<Cue, number>>;
  strong: Partial<Record<Cue, boolean>>;
  /** Every reschedule word of a cancelling mail is a later maybe ("if …, you will receive a new invitation"). */
  movedOnlyLater: boolean;
}

function scanCues(p: PreparedEmail, host: string, role: string): CueScan {
  const body: Partial<Record<Cue, string>> = { ...NO_CUES };
  const subject: Partial<Record<Cue, string>> = { ...NO_CUES };
  const bodyCount: Partial<Record<Cue, number>> = {};
  const strong: Partial<Record<Cue, boolean>> = { ...NOT_STRONG };
  const weakSeen: Partial<Record<Cue, string>> = {};
  const both = `${p.foldedSubject}\n${p.folded}`;
  const split = p.foldedSubject.length;
  const all = scanAllCues(both);
  const acks = all[ACK] ?? [];
  // Every new time the body names is one that may be sent later ("if …, you will receive a new invitation").
  // (Only a cancellation asks.)
  const cancels = (all[CANCEL]?.length ?? 0) > 0;
  let movedOnlyLater = false;
  CUES.forEach((cue, ci) => {
    const matches = all[ci] ?? [];
    if (!matches.length) return;
    const nearMiss = NEAR_MISS.has(cue) && host.length >= 4;
    let inSubject = false;
    let count = 0;
    for (const [at, text] of matches) {
      if (NEAR_MISS.has(cue) && role && (qualifiesTitle(role, text.trim()) || (role.startsWith(text.trim()) && namedAsJob(both, role)))) continue;
      // "If your profile matches, a recruiter will call you to schedule an interview": a promise.
      if (PROMISE.has(cue) && conditional(both, at, text)) continue;
      // "Hiermit bestätigen wir den Eingang Ihrer Unterlagen": confirming receipt, not a meeting.
      if (cue === 'confirm' && acks.some(([from, ack]) => at >= from && at < from + ack.length)) continue;
      if (HEDGEABLE.has(cue) && hedged(both, at)) continue;
      if (cue === 'event' && (metThere(both, at) || (isWeakMatch(cue, text) && namesPlace(both, at)))) continue;
      // "If you are shortlisted, you will receive a separate email with a link to choose a time": a later step.
      if (cue === 'slots' && (profileUpkeep(both, at, text) || thanked(both, at) || onlyIfLater(both, at))) continue;
      if (at < split) {
        if (!inSubject) subject[cue] = text.trim();
        inSubject = true;
      } else {
        if (!body[cue] && nearMiss) {
          const word = text.replace(/[^a-z0-9]/g, '');
          if (word.length >= 4 && host.includes(word)) continue;
        }
        if (cue === 'reschedule' && cancels) movedOnlyLater = (count === 0 || movedOnlyLater) && onlyIfLater(both, at);
        if (!body[cue]) body[cue] = text.trim();
        count++;
      }
      if (NEAR_MISS.has(cue) && !strong[cue]) {
        if (!isWeakMatch(cue, text)) {
          if (!(cue === 'cancel' && (conditional(both, at) || instruction(both, at)))) strong[cue] = true;
        } else if (weakSeen[cue] !== undefined && !sameWordFamily(weakSeen[cue] as string, text.trim()) && !(cue === 'bulk' && (FOOTER.test(text) || FOOTER.test(weakSeen[cue] as string)))) {
          // Two different weak words of one topic ("admissions" and "MBA") say it together.
          strong[cue] = true;
        } else weakSeen[cue] = text.trim();
      }
    }
    bodyCount[cue] = count;
  });
  return { body, subject, counts: bodyCount, strong, movedOnlyLater };
}

/**
 * "registration" and "register", "podcast" and "podcasts": one word in two forms is one weak hit.
 * They share all but the last two letters of the shorter; "Referenzgeber" and "Referenzauskunft"
 * are two words.
 */
function sameWordFamily(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.includes(' ') || b.includes(' ')) return false;
  const stem = Math.max(5, Math.min(a.length, b.length) - 2);
  return a.slice(0, stem) === b.slice(0, stem);
}

// An unsubscribe link closes ATS invitations as often as newsletters: with "tips" ("Dicas rápidas"
// before an interview) it does not make a newsletter.
const FOOTER = /^\s*(?:unsubscribe|descadastr|dar[st]e de baja|desinscri|desabonner|abmelden)/;

export function measure(p: PreparedEmail): Features {
  // A personal mailbox's name stands for the sender's domain: "papanunzios@freemail…" is Papa Nunzio's.
  const host = `${p.sender.freeMail ? p.sender.local : ''}${p.sender.hostLabels.slice(0, -1).join('')}`.replace(/[^a-z0-9]/g, '');
  const extraction = extractPrepared(p);
  const role = extraction.role;
  const { body, subject, counts, strong, movedOnlyLater } = scanCues(p, host, role ? fold(role) : '');
  return {
    body,
    subject,
    strong,
    interviewCount: body.interview ? Math.min(5, counts.interview ?? 0) : 0,
    hiringCount: body.hiring ? Math.min(5, counts.hiring ?? 0) : 0,
    bulkCount: body.bulk ? Math.min(3, counts.bulk ?? 0) : 0,
    // The newest message's dates and times were found once for the extractor's proposed times.
    // A move to a bare hour ("can we push to 3 instead of 2?") names a time the date finder does not read as one.
    dateTimes: Math.min(12, dateTimesOf(p).dates.length) + countDateTimes(p.foldedSubject, 3) || (/\d/.test(body.reschedule ?? '') ? 1 : 0),
    clock: dateTimesOf(p).clocks.length > 0 || hasClock(p.foldedSubject),
    link: hasSchedulingLink(p.folded),
    system: p.sender.noReply || p.sender.viaSystem,
    freeMail: p.sender.freeMail,
    reply: p.isReply,
    // Only read when nothing in the newest message gives job context (see score.ts): skip the fold
    // of the quoted history otherwise.
    jobThread:
      p.hadHistory && !body.hiring && !subject.hiring && !body.application && !(p.sender.noReply || p.sender.viaSystem) && jobHistory(p),
    listing: countListingLines(p.text) >= 4,
    role: role !== null,
    autoReply: !p.isReply && AUTO_REPLY.test(p.foldedSubject),
    noNewTime: Boolean(body.cancel || subject.cancel) && (movedOnlyLater || NO_NEW_TIME.test(p.folded)),
    timeQuestion: asksAboutTime(p.folded),
    timeOptions: extraction.proposedTimes.length >= 2,
  };
}
