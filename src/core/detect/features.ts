// Measures the cues of one prepared email. Pure counting: the weighing happens in score.ts.
import { countDateTimes, hasClock } from '../text/datetime';
import { schedulingLinks } from '../text/links';
import type { PreparedEmail } from '../text/prepare';
import { findRole } from '../extract/role';
import { hasTitleHead } from '../extract/titles';
import { fold } from '../text/fold';
import { type Cue, countCue, findCue } from './lexicon/index';

// "Cobalt Pay — Risk Analyst · Remote": a job per line, the shape of alerts and digests.
function countListingLines(text: string): number {
  let n = 0;
  for (const line of text.split('\n', 300)) {
    if (line.length > 140 || !/\s[—·|]\s|^\s*(?:[•*-]|\d+[.)])\s.*\s[—–-]\s/u.test(line)) continue;
    // Interview schedules list people with titles too, but with times and durations.
    if (/\d{1,2}[:.]\d{2}|\d\s?(?:am|pm)\b|\d+\s?min|minutes|hours?\b/i.test(line)) continue;
    if (hasTitleHead(fold(line)) && ++n >= 5) break;
  }
  return n;
}

export interface Features {
  /** Cue -> first matched text in the newest message (folded). */
  body: Partial<Record<Cue, string>>;
  /** Cue -> first matched text in the subject (folded). */
  subject: Partial<Record<Cue, string>>;
  interviewCount: number;
  hiringCount: number;
  dateTimes: number;
  clock: boolean;
  links: string[];
  /** A no-reply or applicant-tracking sender. */
  system: boolean;
  /** The subject marks a reply ("Re:"). */
  reply: boolean;
  /** The job title the mail names, if any. */
  role: string | null;
  /** Several lines that each name a job, as in alerts and digests. */
  listing: boolean;
}

const BODY_CUES: Cue[] = [
  'interview',
  'invite',
  'availability',
  'confirm',
  'reschedule',
  'followUp',
  'callAsk',
  'hiring',
  'application',
  'rejection',
  'offer',
  'ack',
  'bulk',
  'event',
  'press',
  'research',
  'admission',
  'interviewer',
  'reference',
  'exit',
  'mock',
  'informational',
  'community',
  'cancel',
  'internal',
  'personal',
];

const SUBJECT_CUES: Cue[] = [
  'interview',
  'invite',
  'confirm',
  'reschedule',
  'followUp',
  'hiring',
  'rejection',
  'offer',
  'ack',
  'bulk',
  'event',
  'press',
  'research',
  'admission',
  'interviewer',
  'reference',
  'exit',
  'mock',
  'informational',
  'community',
  'cancel',
  'internal',
  'personal',
];

export function measure(p: PreparedEmail): Features {
  const body: Partial<Record<Cue, string>> = {};
  const subject: Partial<Record<Cue, string>> = {};
  for (const cue of BODY_CUES) {
    const m = findCue(cue, p.folded);
    if (m !== null) body[cue] = m.trim();
  }
  for (const cue of SUBJECT_CUES) {
    const m = findCue(cue, p.foldedSubject);
    if (m !== null) subject[cue] = m.trim();
  }
  return {
    body,
    subject,
    interviewCount: body.interview ? countCue('interview', p.folded) : 0,
    hiringCount: body.hiring ? countCue('hiring', p.folded) : 0,
    dateTimes: countDateTimes(p.folded) + countDateTimes(p.foldedSubject, 3),
    clock: hasClock(p.folded) || hasClock(p.foldedSubject),
    links: schedulingLinks(p.text),
    system: p.sender.noReply || p.sender.viaSystem,
    reply: p.isReply,
    role: findRole(p),
    listing: countListingLines(p.text) >= 3,
  };
}
