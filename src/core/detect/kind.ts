// Which kind of invitation: drives the wording of the popup and lets eval break results down.
import type { InviteKind } from '../types';
import type { Features } from './features';

export function inviteKind(f: Features, invite: boolean): InviteKind {
  if (!invite) return 'none';
  const b = f.body;
  const s = f.subject;
  if (b.reschedule || s.reschedule || b.cancel) return 'reschedule';
  if (b.followUp || s.followUp) return 'follow-up';
  if ((b.confirm || s.confirm) && !b.slots) return 'confirmation';
  if (!b.interview && !s.interview && (b.callAsk || b.hiring) && !b.application) return 'outreach';
  if (b.callAsk && !b.interview && !s.interview) return 'outreach';
  return 'schedule';
}
