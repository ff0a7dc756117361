// Contacts in system and team mail: a Portuguese closing that opens the signature, an institution's
// name that is no person, a coordinator named by first name alone, an interviewer who yields to the
// named coordinator, and a nickname sign-off under the sender's given name. Every mail is invented.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

function contact(fromName: string, fromEmail: string, subject: string, body: string) {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body }).contactFirstName;
}

describe('contact: system and team mail', () => {
  it('reads the name under "Com os melhores cumprimentos," as the writer', () => {
    expect(
      contact(
        'Recrutamento Marés Logística',
        'recrutamento@mares-logistica.example',
        'Entrevista – Técnico/a de Armazém',
        'Caro Sr. Tiago Nunes,\n\nVimos confirmar a sua entrevista para a função de Técnico/a de Armazém na Marés Logística, no dia 3 de março às 10h00.\n\nCom os melhores cumprimentos,\n\nSofia Ramalho\nDepartamento de Recursos Humanos\nMarés Logística, S.A.',
      ),
    ).toBe('Sofia');
  });

  it('does not take a medical center\'s display name for a person', () => {
    expect(
      contact(
        'Kelmont Regional Medical Center',
        'talent@kelmontrmc.example',
        'Interview Invitation - Medical Assistant (Days)',
        'Dear Leona,\n\nWe would like to invite you to an interview for the Medical Assistant (Days) position at Kelmont Regional Medical Center on Friday at 9:00 AM.\n\nPlease reply to confirm.\n\nSincerely,\n\nMarcus Webb\nNurse Recruiter | Talent Acquisition\nKelmont Regional Medical Center\n(555) 555-0142',
      ),
    ).toBe('Marcus');
  });

  it('takes a coordinator named by first name alone, not the team mailbox word', () => {
    expect(
      contact(
        'Harbourline Stores Careers',
        'careers-noreply@ats.example.com',
        'Next step for Shift Supervisor: record your video answers',
        'Hi Owen,\n\nThanks for applying to be a Shift Supervisor at Harbourline. Please record your answers here: https://ats.example.com/v/hl/8812 by Friday.\n\nAny problems? Reply to our recruitment coordinator, Priya, at resourcing@harbourline.example.\n\nBest wishes,\nThe Harbourline Resourcing Team',
      ),
    ).toBe('Priya');
  });

  it('prefers the coordinator to reach over the listed interviewer', () => {
    expect(
      contact(
        'Corvale Credit Union Talent Acquisition',
        'talent@ats.example.com',
        'Interview confirmed: Member Service Representative',
        'Dear Ana,\n\nYour interview is confirmed.\n\nPosition: Member Service Representative\nDate: Monday, May 5, 10:00 AM\nInterviewer: Gregory Lam, Branch Manager\n\nNeed to make changes? Contact Nadine Brooks, Recruiting Coordinator, at nadine.brooks@corvale.example.\n\nCorvale Credit Union Talent Acquisition',
      ),
    ).toBe('Nadine');
  });

  it('keeps the sender\'s given name when the sign-off is its short form', () => {
    expect(
      contact(
        'Alexander Whitcombe',
        'alex.whitcombe@ferrobyte.example',
        'Backend Engineer at Ferrobyte',
        "Hi Jonas,\n\nI'm hiring a Backend Engineer for our payments team at Ferrobyte and your Go work caught my eye. Would you be open to a 20-minute call next week?\n\nAlex",
      ),
    ).toBe('Alexander');
  });
});
