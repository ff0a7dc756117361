// The cues the detector looks for. Each entry is a regular-expression fragment matched against
// accent-folded, lower-case text (see text/fold), so write "gesprach", "entrevista", "reunion".
// Fragments must stay linear: no nested quantifiers, gaps only as bounded [^\n]{0,N}; each starts
// with a letter or digit (the pattern is anchored with \b).
export interface Lexicon {
  /** Job-interview nouns: "interview", "entretien", "Vorstellungsgespräch". */
  interview: string[];
  /** Invites the reader to a step: "we'd like to invite you", "next step". */
  invite: string[];
  /** Asks when the reader can meet, or offers slots to pick from. */
  availability: string[];
  /** Confirms or reminds of a fixed interview. */
  confirm: string[];
  /** Moves an interview to another time. */
  reschedule: string[];
  /** Chases an earlier message. */
  followUp: string[];
  /** Asks for a call, chat or coffee. */
  callAsk: string[];
  /** Hiring context: a role, a position, a recruiter, an opening. */
  hiring: string[];
  /** Speaks to the reader as an applicant or prospect: "your application", "your profile". */
  application: string[];
  // ---- near-misses: each makes an invitation unlikely ----
  rejection: string[];
  offer: string[];
  ack: string[];
  /** Job alerts, digests, newsletters, tips. */
  bulk: string[];
  /** Webinars, career fairs, workshops. */
  event: string[];
  /** Press, radio, podcast interviews. */
  press: string[];
  /** Product / user-research interviews. */
  research: string[];
  /** School and university admission interviews. */
  admission: string[];
  /** The reader is the interviewer: feedback, scorecards, "can you interview". */
  interviewer: string[];
  reference: string[];
  exit: string[];
  mock: string[];
  informational: string[];
  community: string[];
  cancel: string[];
  internal: string[];
  personal: string[];
}
