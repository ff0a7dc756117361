// Weighs the measured cues into a score, a decision and the reasons a person can read.
// Weights are log-odds-like: positives say "someone is arranging an interview with you",
// negatives name the near-misses that share the vocabulary (rejections, offers, press, ...).
import type { Features } from './features';
import type { Cue } from './lexicon/index';

export interface Verdict {
  raw: number;
  score: number;
  invite: boolean;
  signals: string[];
  /** The strongest near-miss, when one decided against. */
  nearMiss: Cue | null;
}

const THRESHOLD = 3.5;
/** Share of a near-miss weight that a weak word alone carries ("workshop", "podcast", "debrief"). */
const WEAK = 0.2;

const NEGATIVE: [Cue, number, string][] = [
  ['rejection', 7, 'reads like a rejection'],
  ['offer', 7, 'reads like a job offer'],
  ['interviewer', 7, 'asks you to interview or rate someone'],
  ['press', 6, 'a press interview'],
  ['research', 6, 'a user-research interview'],
  ['admission', 6, 'an admission interview'],
  ['reference', 6, 'a reference check'],
  ['exit', 7, 'an exit interview'],
  ['mock', 6, 'a practice interview'],
  ['info', 6, 'an informational interview'],
  ['event', 5, 'a career event'],
  ['bulk', 2.5, 'a job alert or newsletter'],
  ['ack', 3.5, 'acknowledges an application'],
  ['community', 5, 'a talent-community mail'],
  ['internal', 4, 'an internal meeting'],
  ['personal', 5, 'personal mail'],
  ['hearing', 6, 'a review, hearing or official interview, not hiring'],
];

export function weigh(f: Features): Verdict {
  const b = f.body;
  const s = f.subject;
  const signals: string[] = [];
  let raw = 0;

  const interview = Boolean(b.interview);
  const subjInterview = Boolean(s.interview);
  if (interview) {
    raw += f.interviewCount >= 2 ? 1.8 : 1.3;
    signals.push('mentions an interview');
  }
  if (subjInterview) {
    raw += 1;
    if (!interview) signals.push('subject mentions an interview');
  }
  if (b.invite || s.invite) {
    raw += 2;
    signals.push('invites you to a next step');
  }
  if (b.slots) {
    raw += 1.5;
    signals.push('asks for your availability');
  }
  if (f.dateTimes > 0) {
    raw += f.dateTimes >= 3 ? 1.2 : 0.7;
    if (f.clock) raw += 0.3;
    signals.push('proposes dates or times');
  }
  if (f.link) {
    raw += 0.8;
    signals.push('has a scheduling link');
  }
  const meetingWords = interview || subjInterview || Boolean(b.callAsk) || f.dateTimes > 0;
  if ((b.confirm || s.confirm) && meetingWords) {
    raw += 1.2;
    signals.push('confirms a scheduled meeting');
  }
  if ((b.reschedule || s.reschedule) && meetingWords) {
    raw += 1.2;
    signals.push('moves an interview');
  }
  // Asked about a day or a time in other words than the lexicon's, in mail about a job: it counts
  // as asking, a little ("are you free Saturday?" between friends does not).
  // So does a list of two or more dates or times, one per line ("• Tuesday 2:00 PM").
  const timeAsk = (f.timeQuestion || f.timeOptions) && Boolean(b.hiring || s.hiring || b.application || f.role);
  if (timeAsk && !b.slots) {
    raw += 1;
    signals.push('asks when you can meet');
  }
  if (b.followUp || s.followUp) raw += 0.4;
  // A short reply in a thread whose subject is an interview or a job ("Re: bike mechanic job"):
  // "Wednesday at 2 it is, see you then".
  // A confirmation with its time ("wed 4 it is", "see you thursday 3pm") says the most.
  if (f.reply && (subjInterview || f.jobThread || s.hiring || f.role) && (b.confirm || b.reschedule || f.dateTimes > 0)) {
    raw += b.confirm && f.dateTimes > 0 ? 1.5 : 1;
    signals.push('replies in an interview thread');
  }
  if (b.callAsk) {
    raw += 1;
    signals.push('asks you for a call');
  }
  if (b.hiring || s.hiring) raw += f.hiringCount >= 3 ? 1.3 : 0.8;
  // A job title is more specific than "role" or "position" alone.
  if (f.role) {
    raw += b.hiring || s.hiring ? 0.4 : 0.8;
    signals.push('names a role');
  }
  if (b.application) {
    raw += 0.8;
    signals.push('writes to you as a candidate');
  }
  // The recruiter's pattern: a role, and a request for your time. A named title makes it specific.
  if ((b.callAsk || b.slots || b.confirm) && (f.hiringCount >= 2 || f.role)) raw += f.role ? 1 : 0.5;

  // "Interview" alone is not enough: press, personal and admission mail use it too. Something must
  // tie the mail to a job, and something must ask the reader to meet (dates alone do not).
  const jobContext = Boolean(b.hiring || s.hiring || b.application || f.system || f.jobThread || f.role);
  const asks = Boolean(
    b.invite || s.invite || b.slots || b.confirm || s.confirm || b.reschedule || s.reschedule || b.callAsk || f.link || timeAsk,
  );
  if (!jobContext) raw -= interview || subjInterview ? 1.5 : 3;
  // From a personal mailbox and about no job: a friend's or a neighbour's mail.
  if (!jobContext && f.freeMail) {
    raw -= 2;
    signals.push('sent from a personal mailbox');
  }
  if (!asks) raw -= 1.5;
  if (f.listing) {
    raw -= 2.5;
    signals.push('lists several jobs');
  }

  // Positive evidence saturates: a long, detailed mail must not outvote a clear near-miss cue.
  raw = Math.min(raw, 8);
  let nearMiss: Cue | null = null;
  let worst = 0;
  // An acknowledgement that asks for no time ("if you are shortlisted, we will contact you to
  // arrange an interview") promises a step; it does not invite to one.
  const promiseOnly = !b.slots && !f.link && !b.confirm && !s.confirm;
  for (const [cue, full, label] of NEGATIVE) {
    // A weak personal word ("lol", "xx") is tone, not topic, in mail that names the job it is about.
    if (cue === 'personal' && !f.strong[cue] && f.role) continue;
    const w =
      (f.strong[cue] ? full : full * WEAK) +
      (cue === 'ack' && promiseOnly ? 1.5 : 0) +
      (cue === 'bulk' && f.bulkCount > 1 ? (f.bulkCount - 1) * 1.5 : 0);
    const hit = b[cue] ? w : s[cue] ? w * (f.strong[cue] ? 1 : 0.7) : 0;
    if (hit > 0) {
      raw -= hit;
      signals.push(label);
      if (hit > worst) {
        worst = hit;
        nearMiss = cue;
      }
    }
  }
  // A cancellation is a near-miss only when it offers no new time.
  // A subject that moves the meeting ("Report de notre rendez-vous") over a body with times counts too.
  // "To cancel or reschedule, sign in" is an instruction, not a cancellation.
  // A list of new times moves it too ("here are some alternatives: - Thursday 10:00 ...").
  const movesIt = (b.reschedule && !f.noNewTime) || b.slots || (s.reschedule && f.dateTimes > 0) || (f.timeOptions && !f.noNewTime);
  if ((b.cancel || s.cancel) && f.strong.cancel && !movesIt) {
    raw -= 5;
    signals.push('cancels without a new time');
    if (5 > worst) nearMiss = 'cancel';
  }

  if (f.autoReply) {
    raw -= 6;
    signals.push('an automatic out-of-office reply');
    if (6 > worst) nearMiss = 'ack';
  }

  const score = 1 / (1 + Math.exp(-(raw - THRESHOLD)));
  return { raw, score: Math.round(score * 1000) / 1000, invite: raw >= THRESHOLD, signals, nearMiss };
}
