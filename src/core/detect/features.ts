// Measures the cues of one prepared email. Pure counting: the weighing happens in score.ts.
import { countDateTimes, hasClock } from '../text/datetime';
import { schedulingLinks } from '../text/links';
import type { PreparedEmail } from '../text/prepare';
import { type Cue, countCue, findCue } from './lexicon/index';

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
  };
}
