// Public entry: is this email a job-interview invitation addressed to the reader as the candidate?
import { prepareEmail } from '../text/prepare';
import type { Detection, EmailInput } from '../types';
import { measure } from './features';
import { inviteKind } from './kind';
import { weigh } from './score';
import { findRole } from '../extract/role';

export function detectInvitation(email: EmailInput): Detection {
  try {
    const p = prepareEmail(email);
    const f = measure(p);
    const v = weigh(f);
    const signals = v.signals.slice();
    if (v.invite) {
      const role = findRole(p);
      if (role) signals.push(`names a role: ${role}`);
    }
    return { invite: v.invite, score: v.score, kind: inviteKind(f, v.invite), lang: p.lang, signals: signals.slice(0, 8) };
  } catch {
    // Core never throws on mail content; an unexpected failure reads as "not an invitation".
    return { invite: false, score: 0, kind: 'none', lang: 'other', signals: [] };
  }
}
