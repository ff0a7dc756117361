// Which groups of cue words the folded mail holds: gates for findCompany's agency tests and findClient.
import type { PreparedEmail } from '../text/prepare';
import { literalScan } from './literal-scan';
import { MARKET_WORDS } from './agency-client';
import { CLIENT_WORDS } from './agency-sender';

// IT_IS (named-client.ts) needs one of these.
const IT_IS_WORDS = ["it's", 'it’s', 'it is', "c'est", 'c’est', 'se trata de', 'handelt sich', 'trata-se'];
// The literal gates on the folded mail, tested in one pass instead of some thirty String#includes.
const GATES = literalScan([CLIENT_WORDS, ['employment'], IT_IS_WORDS, MARKET_WORDS]);
export const HAS_CLIENT_WORD = 1;
export const HAS_EMPLOYMENT = 2;
export const HAS_IT_IS = 4;
export const HAS_MARKET_WORD = 8;
/** Which of the gate groups the folded newest message holds: computed on first use, once per call. */
export function gatesOnce(p: PreparedEmail): () => number {
  let g = -1;
  return () => {
    if (g < 0) g = GATES.groupsIn(p.folded);
    return g;
  };
}
