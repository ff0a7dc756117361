// A near-miss word that is only incidental ("workshop", "podcast", "debrief", "admisión") must not
// veto a clear invitation, while the same topic said outright ("career fair", "rate the
// candidates", "our offer for") still does. Mails invented for these tests.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import { from } from './helpers/mail';

describe('weak near-miss words do not veto an invitation', () => {
  it('a role whose title contains a press word (Podcast Editor)', () => {
    const d = detectInvitation({
      from: from('Tamsin Okafor', 'tamsin@harrowsound.example'),
      subject: 'Interview – Podcast Editor',
      body: 'Hi Jules,\n\nThanks for applying for the Podcast Editor role at Harrow Sound. We would like to invite you to a 45-minute interview with our head of audio. Could you do Tuesday at 10:00 or Wednesday at 15:00?\n\nBest,\nTamsin',
    });
    expect(d.invite).toBe(true);
  });

  it('an agency confirming an interview and asking to debrief afterwards', () => {
    const d = detectInvitation({
      from: from('Corin Hale', 'corin@brookfieldtalent.example'),
      subject: 'Interview confirmed – Treasury Analyst',
      body: 'Hi Mina,\n\nGood news: Oakridge Foods would like to meet you for the Treasury Analyst role. They have offered Friday 14 March at 11:00 at their Leeds office, with the Group Treasurer.\n\nGive me a ring after the interview so we can debrief.\n\nCorin',
    });
    expect(d.invite).toBe(true);
  });

  it('a small business owner confirming a trial chat and a tour of the workshop', () => {
    const d = detectInvitation({
      from: from('Bram Visser', 'bram@oakandiron.example'),
      subject: 'Saturday',
      body: "Hi Noel,\n\nJust confirming Saturday at 9am at the yard for the Furniture Maker position. We'll talk for half an hour and I'll show you round the workshop.\n\nBram\nOwner, Oak & Iron",
    });
    expect(d.invite).toBe(true);
  });
});

describe('a near-miss word that is part of the job title', () => {
  it('an interview for an Admissions Coordinator is a job interview', () => {
    const d = detectInvitation({
      from: from('Priya Nair', 'priya.nair@larkfieldcollege.example'),
      subject: 'Interview – Admissions Coordinator',
      body: 'Dear Tom,\n\nThank you for applying for the Admissions Coordinator position at Larkfield College. We would like to invite you to an interview with our Head of Admissions on Monday 3 March at 11:00. Please let me know if this time works for you.\n\nBest wishes,\nPriya Nair\nHR Officer',
    });
    expect(d.invite).toBe(true);
  });

  it('an admission interview for an MBA stays a near-miss', () => {
    const d = detectInvitation({
      from: from('Admissions Office', 'admissions@harbourschool.example'),
      subject: 'Invitation to interview – Executive MBA 2027',
      body: 'Dear Ms. Reyes,\n\nYour application to the Executive MBA 2027 has been shortlisted by the Admissions Committee. Please book your admission interview here: https://harbourschool.example/emba/interview\n\nAdmissions Office',
    });
    expect(d.invite).toBe(false);
  });
});

describe('group sessions meet other candidates', () => {
  it('a Spanish assessment day "con otros candidatos" is an invitation', () => {
    const d = detectInvitation({
      from: from('Selección Grupo Alameda', 'seleccion@grupoalameda.example'),
      subject: 'Te invitamos a la jornada de selección – Encargado/a de Tienda',
      body: '¡Hola, Marta!\n\nGracias por postularte a la vacante de Encargado/a de Tienda. Queremos invitarte a la siguiente etapa: una dinámica grupal con otros candidatos y una entrevista individual con la gerente regional.\n\nFecha: jueves 12 de junio, 9:00 h\nLugar: Calle Mayor 14, Valladolid\n\nConfirma tu asistencia respondiendo a este correo.\n\nRocío Pardo\nSelección – Grupo Alameda',
    });
    expect(d.invite).toBe(true);
  });

  it('deciding to go on with another candidate is still a rejection', () => {
    const d = detectInvitation({
      from: from('Rocío Pardo', 'rocio.pardo@grupoalameda.example'),
      subject: 'RE: Invitación a entrevista – Encargado/a de Tienda',
      body: 'Hola, Marta:\n\nGracias por tu tiempo en la entrevista. Hemos decidido continuar el proceso para el puesto de Encargado/a de Tienda con otra candidata. Guardaremos tu CV para futuras vacantes.\n\nUn saludo,\nRocío',
    });
    expect(d.invite).toBe(false);
  });
});

describe('the same topics said outright still decide', () => {
  it('a hiring day with on-the-spot interviews is a career event', () => {
    const d = detectInvitation({
      from: from('Lakeside Retail Jobs', 'jobs@lakesideretail.example'),
      subject: 'Retail Hiring Day this Saturday – interviews on the spot',
      body: 'Hi Dana,\n\nCome to our Retail Hiring Day on Saturday 10am–3pm at Lakeside Mall! Over 20 stores are doing on-the-spot interviews for cashier and stockroom roles. Bring your resume. Register to skip the queue: https://events.example.com/lakeside\n\nSee you there!\nLakeside Retail Jobs',
    });
    expect(d.invite).toBe(false);
    expect(d.signals).toContain('a career event');
  });

  it('a request to sit on a panel as a rater', () => {
    const d = detectInvitation({
      from: from('Greta Lund', 'greta.lund@millbrookcounty.example'),
      subject: 'Panel for Civil Engineer II interviews',
      body: 'Dear Mr. Ortiz,\n\nThank you for agreeing to serve as a subject-matter rater for the Civil Engineer II interviews on 12 May. Interviews run from 9:00 to 16:00, six candidates in 45-minute slots. Please confirm by reply.\n\nGreta Lund\nHuman Resources',
    });
    expect(d.invite).toBe(false);
  });

  it('a salary conversation about an offer already made', () => {
    const d = detectInvitation({
      from: from('Petra Holm', 'petra@northwindlabs.example'),
      subject: 'Your offer',
      body: "Hi Sam,\n\nThanks for coming back to me on our offer for the Lab Manager position. I've spoken to our COO about the start date. Could we jump on a call tomorrow at 3pm to talk it through?\n\nPetra",
    });
    expect(d.invite).toBe(false);
  });

  it('a reference request for a former colleague', () => {
    const d = detectInvitation({
      from: from('Hugh Barnes', 'hugh.barnes@pellandco.example'),
      subject: 'Reference for Lena Ross',
      body: 'Dear Ms. Adeyemi,\n\nLena Ross has given your name as her previous line manager for the Office Manager position at Pell & Co. Would you be available for a short call on Thursday at 2pm?\n\nKind regards,\nHugh Barnes',
    });
    expect(d.invite).toBe(false);
  });
});
