// One language's word lists for the tone check (notation in ../lexicon.ts). Written as stems and
// phrase patterns so that inflections and close variants are caught, not just the listed words.
export interface LanguageLexicon {
  /** Negative or too-honest wording about the company, the role, the pay or the people. */
  negative: string[];
  /** Wording that burns the bridge: no future contact, contempt, threats. */
  bridge: string[];
  /** Any expression of thanks. */
  thanks: string[];
  /** A clear decline of the interview or the process. */
  decline: string[];
  /** Words that, written in capitals, read as shouting even when short ("NEVER", "NOT"). */
  emphasis: string[];
  /** Words near a number that make it a salary figure. */
  salaryWords: string[];
}
