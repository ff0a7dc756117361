// Coordinators named on a labelled line or after a Portuguese "contacte", and an ATS display name
// "Employer via Tool" whose left side signs as a team. Every mail here is invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

function extract(fromName: string, fromEmail: string, subject: string, body: string) {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body });
}

describe('contact and company: coordinators and ATS relays', () => {
  it('reads "Votre chargée de recrutement : Name" (French spaces the colon) and ends the name at its line', () => {
    const x = extract(
      'Maison Ardoise – Recrutement',
      'recrutement-noreply@ats.example.com',
      'Confirmation de votre entretien – Chargé de clientèle (H/F)',
      "Bonjour Léa,\n\nNous vous confirmons votre entretien du jeudi 5 juin à 14h00.\n\nVotre chargée de recrutement : Clémence Aubry\n\nCordialement,\nLe service Recrutement\nMaison Ardoise\n\nCe message a été envoyé automatiquement, merci de ne pas y répondre.",
    );
    expect(x.contactFirstName).toBe('Clémence');
    expect(x.contactName).toBe('Clémence Aubry');
  });

  it('reads the coordinator after Portuguese "contacte a Name"', () => {
    expect(
      extract(
        'Vinhas do Sado – Recrutamento',
        'nao-responder@ats.example.com',
        'Confirmação da sua entrevista – Enólogo(a)',
        'Caro Rui,\n\nA sua entrevista está confirmada para quinta-feira às 15h00.\n\nCaso precise de alterar a data, contacte a Marta Valente através do telefone 213 555 010.\n\nEquipa de Recrutamento\nVinhas do Sado\n\nEsta mensagem foi gerada automaticamente. Por favor, não responda a este e-mail.',
      ).contactFirstName,
    ).toBe('Marta');
  });

  it('reads "Employer via Tool" signed by the employer\'s team: employer on the left, tool in the footer', () => {
    const x = extract(
      'Fernmoor Labs via Quickhire',
      'notifications@ats.example.com',
      'Please choose a new time for your Fernmoor Labs interview',
      'Hi Jo,\n\nOne of your interviewers is no longer available on Friday at 11:00, so please choose a new time: https://ats.example.com/r/1\n\nIf you have any questions, your recruiting coordinator Tomasz Wolak is happy to help.\n\nThanks,\nFernmoor Labs Talent Team\n\nSent with Quickhire · Unsubscribe: https://ats.example.com/u/1',
    );
    expect(x.company).toBe('Fernmoor Labs');
    expect(x.contactFirstName).toBe('Tomasz');
  });

  it('reads the contact a system mail names after a contact verb, in five languages', () => {
    const cases: [string, string][] = [
      ['Para cualquier consulta, puede dirigirse a Lorena Gil, técnica de selección, en el 953 555 017.', 'Lorena'],
      ['Si tienes dudas, puedes contactar con Irene Bravo, técnica de selección, en el 91 555 01 84.', 'Irene'],
      ["Pour toute question, contactez Jean-Baptiste Morel, chargé de recrutement, au 02 99 55 50 47.", 'Jean-Baptiste'],
      ['Pour toute modification, veuillez communiquer avec Sylvie Caron, agente de gestion du personnel, au 418 555-0172.', 'Sylvie'],
      ['Bei Rückfragen erreichen Sie Frau Katrin Vogt aus der Personalabteilung unter 07951 555-214.', 'Katrin'],
      ['Questions about this step? Contact Rosa Pinto, HR Analyst, at (410) 555-0126.', 'Rosa'],
      ['Questions? Text Marisa on our hiring team at (815) 555-0133.', 'Marisa'],
    ];
    for (const [line, first] of cases) {
      const x = extract('Kelbrook Careers', 'noreply@ats.example.com', 'Interview – Warehouse Associate', `Hello Sam,\n\nYour interview is on Monday at 10:00.\n\n${line}\n\nThis message was sent automatically, please do not reply.`);
      expect(x.contactFirstName).toBe(first);
    }
  });
});
