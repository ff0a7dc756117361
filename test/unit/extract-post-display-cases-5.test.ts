// A display name that gives the writer's post beside the organisation ("Principal – X"): the post is
// neither the company nor the contact; the name under "With regards," signs; a school's "PGT" post is a
// title. Every mail here is invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

describe('post beside the organisation in the display name', () => {
  it('reads the school, the signing principal and the teaching post', () => {
    const x = extractInvitation({
      from: { name: 'Principal – Green Valley Public School', email: 'principal.gvps@mail.example.net' },
      subject: 'Your application for TGT Mathematics',
      body: 'Dear Ms. Kavya,\n\nGreetings from Green Valley Public School, Madurai.\n\nWe have gone through your resume for the post of TGT Mathematics. You are requested to come to the school on Monday at 10:00 AM for a demo class, followed by a discussion with the Principal and the Correspondent regarding the post and salary.\n\nWith regards,\nLakshmi Narayanan\nPrincipal\nGreen Valley Public School (CBSE, Affiliation No. 1999999)',
    });
    expect(x.company).toBe('Green Valley Public School');
    expect(x.contactFirstName).toBe('Lakshmi');
    expect(x.role).toBe('TGT Mathematics');
  });
});
