// What fresh-76 (dev style) and fresh-77 (public institutions in five languages) showed: official
// appointments are no job interviews (a job centre's work-search interview, a benefit claim's
// telephone interview, a witness warning, a tax compliance interview, a redundancy consultation,
// France Travail, the Agentur für Arbeit, Brazil's INSS, a DELE or DELF oral), nor are a radio show,
// a course on interview skills or a rejection that offers the post to another candidate; and three
// invitations the lexicon missed (a confidential agency asking "would you have 15–20 minutes", a
// manager who would "like to do the interview" in the huddle room, and a follow-up after meeting
// the reader at a careers fair). Mails invented for these tests.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import type { EmailInput } from '../../src/core/types';
import { mail } from './helpers/mail';

describe('official appointments and other near-misses', () => {
  const cases: [string, EmailInput][] = [
    [
      "a job centre's work search interview with the work coach",
      mail('Kestle Jobcentre Plus', 'noreply@jobcentre.example', 'Appointment reminder: Work search interview, Tue 14 May, 10:40', 'Dear Mr Adeyemi,\n\nThis is a reminder that you have an appointment at Kestle Jobcentre Plus on Tuesday 14 May at 10:40. At this interview your work coach will review the activities in your Claimant Commitment. If you cannot attend, call us before the appointment.'),
    ],
    [
      "a pension claim's telephone interview",
      mail('The Pension Service', 'noreply@pension.example', 'Your Pension Credit claim – telephone interview on 3 June', 'Dear Mrs Hale,\n\nTo finish processing your Pension Credit claim we need to speak to you. We have booked a telephone interview for you on Monday 3 June between 2:00pm and 2:30pm. If this time does not suit, call us to rearrange. Please confirm that you can take the call, or let us know your availability.'),
    ],
    [
      'a tax office compliance interview',
      mail('Northfield Revenue Office', 'compliance@revenue.example', 'Your appointment: compliance interview regarding your 2023 return', 'Dear Mr Lowe,\n\nWe are carrying out a compliance check into your Self Assessment tax return. We would like to meet you and have arranged an interview for Tuesday 11 June at 10:00. Please confirm you can attend.'),
    ],
    [
      '[fr] France Travail summons a follow-up interview with the adviser',
      mail('France Travail – Agence de Valmont', 'noreply@francetravail.example', 'Convocation : entretien de suivi le 23/05 à 14h10', "Madame Morel,\n\nVous êtes convoquée à un entretien de suivi avec votre conseillère référente le jeudi 23 mai à 14h10. Merci de vous munir d'une pièce d'identité. En cas d'empêchement, prévenez-nous."),
    ],
    [
      '[de] the Agentur für Arbeit invites to a talk about the reader\'s situation',
      mail('Agentur für Arbeit Lindenfeld', 'noreply@arbeitsagentur.example', 'Einladung zu einem Gespräch – Termin am 27.05.', 'Sehr geehrter Herr Brandt,\n\nbitte kommen Sie am Montag, 27. Mai, um 09:20 Uhr zu Ihrer Beraterin in die Agentur für Arbeit Lindenfeld. Ich möchte mit Ihnen über Ihr Bewerberangebot bzw. Ihre berufliche Situation sprechen. Bitte bringen Sie Ihren Personalausweis mit. Bitte bestätigen Sie den Termin; falls er nicht passt, nennen Sie uns einen Ersatztermin.'),
    ],
    [
      '[pt] the INSS confirms a medical examination and interview',
      mail('Previdência Social – Agendamentos', 'noreply@previdencia.example', 'Agendamento confirmado: perícia médica e entrevista – 05/06 às 8h30', 'Prezada Sra. Ana Souza,\n\nSeu agendamento foi confirmado. Serviço: auxílio por incapacidade temporária – perícia médica e entrevista com servidor do INSS. Data: quarta-feira, 5 de junho, às 8h30. Compareça com 15 minutos de antecedência. Confirme sua presença ou, se preferir outro horário, reagende pelo aplicativo.'),
    ],
    [
      '[es] a DELE oral exam with its "entrevista"',
      mail('Escuela de Idiomas Arlanza', 'examenes@idiomas-arlanza.example', 'Convocatoria DELE B2 – prueba oral: 25 de mayo, 16:40', 'Estimado candidato:\n\nLe recordamos su convocatoria para el examen DELE B2. Prueba oral: sábado 25 de mayo, 16:40, aula 3. La prueba consiste en una preparación de 20 minutos y una entrevista con el tribunal. Por favor, confirme su asistencia o indíquenos su disponibilidad si necesita otro horario.'),
    ],
    [
      "a radio producer asks a councillor to go on the breakfast show",
      mail('Nadia Farr', 'nadia.farr@radiokestle.example', 'Radio Kestle Breakfast – interview request', "Dear Councillor Ashby,\n\nI'm a producer on the Breakfast Show at Radio Kestle. We'd very much like to invite you to an interview live on Thursday's programme at around 7:45am, or on Friday if that suits better. Would that work for you? Let me know your availability.\n\nNadia"),
    ],
    [
      'a council course on interview skills for managers',
      mail('Learning & Development – Kestle Council', 'learning@kestle.example', 'Booking confirmed: Recruitment & Selection training (interview skills for managers)', 'Dear Ellen,\n\nYour place is confirmed on the following course: Recruitment and Selection – Interview Skills for Managers, Tuesday 11 June, 09:30 – 16:00, Training Suite 2. If you can no longer attend, please cancel via the learning portal.'),
    ],
    [
      'a rejection that offers the post to another candidate, under the invitation it quotes',
      mail('Moira Kerr', 'moira.kerr@kestle.example', 'RE: Invitation to interview – Planning Officer', 'Dear Ms Osei,\n\nThank you for attending the interview for the post of Planning Officer on Tuesday. After careful consideration, we have decided to offer the post to another candidate. I am happy to arrange a short call to give you feedback.\n\nMoira Kerr\nHR Officer'),
    ],
  ];
  for (const [name, m] of cases) {
    it(name, () => {
      expect(detectInvitation(m).invite).toBe(false);
    });
  }
});

describe('invitations the lexicon missed', () => {
  it('an agency with a confidential client: "would you have 15–20 minutes"', () => {
    const d = detectInvitation(
      mail('Duncan Reid', 'duncan.reid@harrier-search.example', 'Quality Assurance Manager (GMP) – confidential, top-20 pharma', 'Dear Anjali,\n\nI am working on an exclusive brief for a top-20 pharmaceutical company. The position is Quality Assurance Manager (GMP), hybrid, two days on site.\n\nMy client has asked that their name stays confidential for now. Would you have 15–20 minutes on Wednesday or Thursday this week?\n\nDuncan Reid\nHarrier Search'),
    );
    expect(d.invite).toBe(true);
  });

  it('a manager would "like to do the interview" in the huddle room', () => {
    const d = detectInvitation(
      mail('Bea Crowe', 'bea.crowe@larchhome.example', 'Fwd: Internal candidates – Regional Buyer – Garden', "Hi Jamal,\n\nI'm glad you threw your hat in. I'd like to do the interview for the Regional Buyer – Garden role next Wednesday at 2:00 PM in the second-floor huddle room. Can you confirm the time works with your store manager?\n\nBea\n\nBea Crowe\nDirector, Merchandising\nLarch Home"),
    );
    expect(d.invite).toBe(true);
  });

  it('a follow-up after meeting the reader at a careers fair asks for a call', () => {
    const d = detectInvitation(
      mail("Declan Moss", 'declan.moss@oakhill-civil.example', 'Great meeting you at the Kingsbridge careers fair – Graduate Site Engineer', "Hi Priya,\n\nIt was good to chat at our stand at the Kingsbridge careers fair on Wednesday. We still have two places on our Graduate Site Engineer scheme. I'd like to grab 30 minutes on a call this week to talk about the next steps in our process. Would Thursday at 4:00 pm work?\n\nDeclan Moss\nGraduate Lead\nOakhill Civil"),
    );
    expect(d.invite).toBe(true);
  });
});
