// Fields fresh-78 got wrong: a firm named "… Partners" under the writer's post was read as a post (a
// plural "Partners" or "Associates" is a firm's, never one person's title). Mails invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';
import { mail } from './helpers/mail';

describe('firms and posts in signatures', () => {
  it('"Meadowfern Veterinary Partners" under "Practice Recruitment Lead"', () => {
    const x = extractInvitation(
      mail('Corinne Haddad', 'corinne@hollyvets.example', 'Video interview – Associate Veterinarian', 'Dear Sam,\n\nWe would like to invite you to a video interview. We have Wednesday 21 May at 12:30 or Thursday at 18:00.\n\nKind regards,\n\nCorinne Haddad\nPractice Recruitment Lead\nHollybrook Veterinary Partners\n01632 960 548'),
    );
    expect(x.company).toBe('Hollybrook Veterinary Partners');
  });

});
