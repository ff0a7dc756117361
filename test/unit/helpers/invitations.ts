// Builders for invitation tests: a detected invitation as the worker receives it.
import type { SeenInvitation } from '../../../src/core/invitations';

let n = 0;

export function seen(over: Partial<{ company: string | null; role: string | null; messageId: string; threadId: string | null; receivedAt: string | null; subject: string; site: SeenInvitation['site']; url: string; name: string; email: string }> = {}): SeenInvitation {
  n++;
  const messageId = over.messageId ?? `msg-${n}`;
  return {
    site: over.site ?? 'gmail',
    url: over.url ?? `https://mail.google.com/mail/u/0/#inbox/${messageId}`,
    message: {
      from: { name: over.name ?? 'Dana Reyes', email: over.email ?? 'dana@northwind.example' },
      subject: over.subject ?? 'Interview invitation: Data Engineer',
      messageId,
      threadId: over.threadId === undefined ? `thread-${n}` : over.threadId,
      receivedAt: over.receivedAt === undefined ? null : over.receivedAt,
    },
    extraction: {
      company: over.company === undefined ? 'Northwind Labs' : over.company,
      role: over.role === undefined ? 'Data Engineer' : over.role,
      contactName: 'Dana Reyes',
      contactFirstName: 'Dana',
    },
  };
}

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;
