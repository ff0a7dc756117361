// Which kind of invitation: drives the wording of the popup and lets eval break results down.
import type { InviteKind } from '../types';
import type { Features } from './features';

export function inviteKind(f: Features, invite: boolean): InviteKind {
  if (!invite) return 'none';
  const b = f.body;
  const s = f.subject;
  // "Need to reschedule? Use this link" in a confirmation is an instruction, not a move.
  if (s.reschedule || (b.reschedule && !b.confirm && !s.confirm)) return 'reschedule';
  if (b.followUp || s.followUp) return 'follow-up';
  if ((b.confirm || s.confirm) && !b.slots) return 'confirmation';
  // A recruiter or manager asking for a first call, not replying to an application.
  if (!b.application && !s.interview && (b.callAsk || !b.interview)) return 'outreach';
  return 'schedule';
}
