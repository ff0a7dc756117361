// Coordinators that system mail names in ways the first contact rules missed: after a rank or
// courtesy title, after "joindre", a first name alone before a phone number, a name block above an
// automated footer, and a job title before the name in a display name.
// Every mail here is invented for these tests (not taken from the corpus).
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

function extract(fromName: string, fromEmail: string, subject: string, body: string) {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body });
}

describe('contact: the named coordinator of system mail', () => {
  it('reads the name after a rank or courtesy title ("Sgt.", "Mr.")', () => {
    const sgt = extract(
      'Pinecrest Police Department - Recruitment',
      'jobs@ats.example.com',
      'Oral Board - Police Officer Recruit',
      'Dear Candidate,\n\nYou are invited to an oral board on June 3.\n\nIf you have questions, please contact the recruitment coordinator, Sgt. Imelda Fairweather, at (555) 555-0101.\n\nPinecrest Police Department',
    );
    expect(sgt.contactFirstName).toBe('Imelda');
    const mr = extract(
      'Kaveri Cooperative Bank Careers',
      'careers-noreply@ats.example.com',
      'Interview booked – Credit Officer',
      'Dear Meera,\n\nYour interview is confirmed. For any queries, contact Mr. Arjun Pillai, Recruitment Coordinator, at +91 80 5555 0100.\n\nRegards,\nTalent Acquisition\nKaveri Cooperative Bank',
    );
    expect(mr.contactFirstName).toBe('Arjun');
  });

  it('reads a French "vous pouvez joindre Prénom Nom" with its accents', () => {
    const x = extract(
      'Municipalité de Lac-Brûlé – Ressources humaines',
      'rh@ats.example.com',
      'Convocation à une entrevue – Journalier',
      "Bonjour,\n\nNous vous convoquons à une entrevue mardi à 9 h.\n\nPour toute question, vous pouvez joindre Anaïs Tremblay, conseillère RH, au 450 555-0100.\n\nService des ressources humaines",
    );
    expect(x.contactFirstName).toBe('Anaïs');
  });

  it('reads a first name alone before where to reach them ("call Wilma in HR at …")', () => {
    const x = extract(
      'Elkhorn Lodge Human Resources',
      'hr@elkhornlodge.example',
      'Open interviews Thursday – Housekeeper',
      'Please come to our open interviews on Thursday between 9 and 3.\n\nIf Thursday does not work, call Wilma in HR at (970) 555-0100 to pick another day.\n\nSincerely,\nElkhorn Lodge Human Resources',
    );
    expect(x.contactFirstName).toBe('Wilma');
  });

  it('reads the name block above a short automated footer', () => {
    const x = extract(
      'Brightwick Recruiting',
      'no-reply@ats.example.com',
      'Updated: your interview has a new time',
      'Hi Sam,\n\nYour interview for QA Engineer at Brightwick has moved to Thursday 10:00.\n\nEsther Mbeki\nRecruiting Coordinator, Brightwick\n\nSent via Hirepath. Please do not reply to this message.',
    );
    expect(x.contactFirstName).toBe('Esther');
  });

  it('drops a job title written before the name in a display name ("Chef Ana Ortiz")', () => {
    const x = extract(
      'Chef Dario Fenn',
      'dario@saltandember.example',
      'Stage on Friday?',
      "Hey Kim,\n\nWe're hiring a Line Cook and I'd like you to come in for a stage on Friday at 3.\n\nDario\n\nDario Fenn\nExecutive Chef, Salt & Ember",
    );
    expect(x.contactFirstName).toBe('Dario');
  });
});
