// Public entry: is this email a job-interview invitation addressed to the reader as the candidate?
import { prepareEmail } from '../text/prepare';
import type { Detection, EmailInput } from '../types';
import { measure } from './features';
import { inviteKind } from './kind';
import { weigh } from './score';

export function detectInvitation(email: EmailInput): Detection {
  try {
    const p = prepareEmail(email);
    const f = measure(p);
    const v = weigh(f);
    return { invite: v.invite, score: v.score, kind: inviteKind(f, v.invite), lang: p.lang, signals: v.signals.slice(0, 8) };
  } catch {
    // Core never throws on mail content; an unexpected failure reads as "not an invitation".
    return { invite: false, score: 0, kind: 'none', lang: 'other', signals: [] };
  }
}
