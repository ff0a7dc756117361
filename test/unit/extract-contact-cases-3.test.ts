// Contacts of public-sector and system mail: a department's display name is no person, a person named
// in apposition after a lower-case post, and a Portuguese "Dr.ª" before the writer's name.
// Every mail here is invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

function contact(fromName: string, fromEmail: string, subject: string, body: string) {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body }).contactFirstName;
}

describe('contact: public bodies and appositions', () => {
  it('reads "Harlan County Human Resources" as a department and names the person the mail refers to', () => {
    expect(
      contact(
        'Harlan County Human Resources',
        'hr-jobs@harlancounty.example',
        'Oral Board – Dispatcher Trainee',
        'Dear Applicant,\n\nYou are invited to appear before an Oral Board on Saturday, March 8 at 9:00 a.m. at the Harlan County Annex.\n\nQuestions may be directed to Tamika Reyes, HR Analyst, at (555) 201-3344.\n\nHarlan County Human Resources',
      ),
    ).toBe('Tamika');
  });

  it('names the person after "contact the … manager for this vacancy," in no-reply mail', () => {
    expect(
      contact(
        'Oakhurst College Careers',
        'jobs-noreply@ats.example.com',
        'Book your interview: Lab Technician',
        'Dear Chris,\n\nWe are pleased to invite you to an interview. Please choose a time with the link below.\n\nhttps://ats.example.com/oakhurst/schedule/771\n\nIf you have questions, please contact the recruiting manager for this vacancy, Devon Pike, at lab-jobs@oakhurst.example.\n\nOakhurst College – People Services\nThis mailbox is not monitored.',
      ),
    ).toBe('Devon');
  });

  it('drops "Dr.ª" before a Portuguese writer\'s name', () => {
    expect(
      contact(
        'Dr.ª Teresa Lobo',
        'teresa.lobo@biomar.example',
        'Candidatura a Técnico(a) de Laboratório – entrevista',
        'Exmo. Senhor Rui Matos,\n\nGostaríamos de o convidar para uma entrevista na quinta-feira, às 11h00.\n\nCom os melhores cumprimentos,\n\nTeresa Lobo\nDiretora de Laboratório\nBiomar, S.A.',
      ),
    ).toBe('Teresa');
  });
});
