// The cues the detector looks for, in the order the language files may list them. Each entry is a
// regular-expression fragment matched against accent-folded, lower-case text (see text/fold), so
// write "gesprach", "entrevista", "reunion". Fragments must stay linear: no nested quantifiers, gaps
// only as bounded [^\n]{0,N}; each starts with a letter or digit (the pattern is anchored with \b).
export const CUES = [
  /** Job-interview nouns: "interview", "entretien", "Vorstellungsgespräch". */
  'interview',
  /** Invites the reader to a step: "we'd like to invite you", "next step". */
  'invite',
  /** Availability: asks when the reader can meet, or offers slots to pick from. */
  'slots',
  /** Confirms or reminds of a fixed interview. */
  'confirm',
  /** Moves an interview to another time. */
  'reschedule',
  /** Chases an earlier message. */
  'followUp',
  /** Asks for a call, chat or coffee. */
  'callAsk',
  /** Hiring context: a role, a position, a recruiter, an opening. */
  'hiring',
  /** Speaks to the reader as an applicant or prospect: "your application", "your profile". */
  'application',
  // ---- near-misses: each makes an invitation unlikely ----
  'rejection',
  'offer',
  /** Acknowledges an application without inviting. */
  'ack',
  /** Job alerts, digests, newsletters, tips. */
  'bulk',
  /** Webinars, career fairs, workshops. */
  'event',
  /** Press, radio, podcast interviews. */
  'press',
  /** Product / user-research interviews. */
  'research',
  /** School and university admission interviews. */
  'admission',
  /** The reader is the interviewer: feedback, scorecards, "can you interview". */
  'interviewer',
  'reference',
  'exit',
  'mock',
  /** Informational-interview requests (advice, career chats). */
  'info',
  'community',
  'cancel',
  'internal',
  'personal',
  /** Interviews that hire no one: a review of the reader's current job, a disciplinary or investigation hearing, clearance, naturalisation. */
  'hearing',
] as const;

export type Cue = (typeof CUES)[number];
