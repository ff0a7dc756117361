// What the near-miss-heavy batches fresh-70 and fresh-71 showed: interviews that are no hiring at
// all (a fitness-to-practise or disciplinary interview, a grievance witness, a naturalisation
// interview; the new "hearing" cue, weighed like the other near-misses), a statistics office's
// survey interview, alumni asked onto a campus interview team, a scholarship's selection seminar,
// a medical residency programme's interview, an audit walkthrough, a mortgage interview, a
// pre-operative telephone interview, parent-teacher interviews, a housing co-op's membership
// interview, a landlord's interview of tenants, a bank's savings review, a radio programme; and a
// near-miss named only in the subject counts in full when it is no weak word. Hospital jobs whose
// text speaks of patient "admissions" are no admission interviews. Mails invented for these tests.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import type { EmailInput } from '../../src/core/types';
import { mail } from './helpers/mail';

describe('interviews that hire no one', () => {
  const cases: [string, EmailInput][] = [
    [
      'a regulator\'s fitness-to-practise interview with the investigating officer',
      mail('Fitness to Practise Directorate', 'ftp@nursing-council.example', 'Case FTP-25-00412: notice of interview with the Investigating Officer', 'Dear Ms Kerr,\n\nFurther to our letter, a concern has been raised about your fitness to practise as a registered nurse. As part of our investigation, the Investigating Officer would like to invite you to an interview on Tuesday 14 October at 10:00 by video call. Please confirm that you can attend. If this date is not suitable, please propose alternative dates within 7 days.\n\nFitness to Practise Directorate'),
    ],
    [
      'a university invites a lecturer to a grievance witness interview',
      mail('People Relations – Kelbrook University', 'peoplerelations@kelbrook.example', 'Confidential: request to attend a witness interview', 'Dear Dr Ames,\n\nA formal grievance has been raised and the University has appointed an Investigating Officer. We would like to invite you to attend a witness interview on Thursday 9 October at 14:00. Please let me know your availability if this time does not suit.\n\nPeople Relations'),
    ],
    [
      '[es] a bar association\'s disciplinary file, interview with the instructor',
      mail('Comisión de Deontología – Colegio de la Abogacía', 'deontologia@abogacia-sur.example', 'Expediente disciplinario 2025/0311 – citación para entrevista con el instructor', 'Estimado compañero:\n\nEn relación con el expediente disciplinario n.º 2025/0311, le comunicamos que el instructor ha acordado citarle a una entrevista el martes 21 de octubre a las 10:00. Le rogamos confirme su disponibilidad.\n\nComisión de Deontología'),
    ],
    [
      '[fr] a pre-disciplinary interview summons',
      mail('Direction des Ressources Humaines', 'drh@credit-lemanique.example', 'Convocation à un entretien préalable à une éventuelle sanction disciplinaire', "Monsieur Morel,\n\nNous envisageons à votre égard une sanction disciplinaire. Nous souhaitons vous rencontrer lors d'un entretien préalable le lundi 13 octobre à 10 h. Merci de nous confirmer votre présence. Vous pouvez vous faire assister.\n\nLa Direction des Ressources Humaines"),
    ],
    [
      'a naturalisation interview appointment',
      mail('Department of Immigration and Citizenship Services', 'appointments@dics.example', 'Notice of naturalization interview appointment – Case DCS-0925-11873', 'Dear Applicant,\n\nYou are scheduled for an interview regarding your application on Thursday, October 9 at 8:40 AM. Bring this notice and your passport. To reschedule, use the online portal. Please review the document checklist before your interview.\n\nDepartment of Immigration and Citizenship Services'),
    ],
    [
      "a statistics office's survey telephone interview",
      mail('Bureau of Statistics and Census', 'lfs@statistics.example', 'Your Labour Force Survey telephone interview – Tuesday 9 September', 'Dear Resident,\n\nThank you for taking part in the Labour Force Survey. Your next telephone interview has been scheduled for Tuesday 9 September at 6:00 PM. If this time does not suit, you can reschedule online. The survey asks about your job.\n\nBureau of Statistics and Census'),
    ],
    [
      'alumni asked to join a campus interview team',
      mail('Campus Recruiting – Thornby Hale', 'campus@thornbyhale.example', 'Ardent State alumni: join our on-campus interview team on 2 October', "Hi Casey,\n\nAs an Ardent State alum, you're invited to join our on-campus interview team on Thursday, October 2. We'll be running first-round interviews for our audit internships. Are you up for a morning of interviews? Recruiting will send the schedule.\n\nCampus Recruiting"),
    ],
    [
      '[de] a foundation invites a student to its scholarship selection seminar',
      mail('Lindqvist-Stiftung – Studienförderung', 'foerderung@lindqvist-stiftung.example', 'Einladung zum Auswahlseminar am 20./21. Juni – Stipendienprogramm', 'Liebe Frau Okafor,\n\nSie haben die erste Auswahlstufe für unser Stipendienprogramm erfolgreich durchlaufen. Wir laden Sie herzlich zu unserem Auswahlseminar ein, mit einem persönlichen Vorstellungsgespräch: Samstag, 20. Juni, 10 Uhr. Bitte bestätigen Sie Ihre Teilnahme bis Freitag.\n\nIhre Studienförderung'),
    ],
    [
      "an internal audit's walkthrough interview",
      mail('Ngozi Adeyemi', 'n.adeyemi@harbourtrust.example', 'Internal Audit – walkthrough interview for Payments Controls review', "Hi Paul,\n\nInternal Audit is starting its review of Payments Controls next week. As the process owner, you're one of the key people we'd like to talk to. We'd like to schedule a walkthrough interview on Tuesday at 10:00. Let me know when works.\n\nNgozi"),
    ],
    [
      "a building society's mortgage interview",
      mail('Kestle Building Society', 'appointments@kestle.example', 'Your mortgage interview is booked – Tuesday 21 October, 3:30pm', 'Dear Mr Ruiz,\n\nThank you for booking your mortgage interview with Kestle Building Society.\n\nAppointment: Tuesday 21 October at 3:30pm\nWhere: 18 Market Place, or join by video.\n\nKestle Building Society'),
    ],
    [
      'parent-teacher interviews',
      mail('Jody Marsh', 'jmarsh@oakridge-ps.example', 'Parent-teacher interviews – Grade 3 – book your time', 'Dear Mr. and Mrs. Lee,\n\nParent-teacher interviews will be held on Thursday, November 13 (3:30–7:30pm). Each interview is 10 minutes. Please book a time to talk about Mia: https://oakridge-ps.example/book\n\nMs. Marsh'),
    ],
    [
      "[es] a landlord's interview of prospective tenants",
      mail('Romina Paz', 'romina.paz@inmobiliaria-sur.example', 'Depto Belgrano 3 amb – visita y entrevista con el propietario', 'Hola Tomás, ¿qué tal?\n\nEl propietario quiere hacer una breve entrevista con los posibles inquilinos antes de aceptar una reserva, así que la idea es que vengas a ver el depto y charlen. ¿Te queda bien el jueves a las 18:00? Si no, decime tu disponibilidad.\n\nRomina'),
    ],
    [
      "[fr] a bank's savings review",
      mail('Banque Ardoise', 'rdv@banque-ardoise.example', 'Confirmation de votre rendez-vous : entretien bilan épargne', 'Bonjour Madame Roy,\n\nNous vous confirmons votre rendez-vous avec votre conseillère pour un entretien bilan épargne : vendredi 24 octobre à 11h15, en visio.\n\nEn cas d\'empêchement, merci de nous prévenir.\n\nBanque Ardoise'),
    ],
  ];
  for (const [name, m] of cases) {
    it(name, () => {
      expect(detectInvitation(m).invite).toBe(false);
    });
  }
});

describe('hospital jobs speak of patient admissions', () => {
  it('an internal Band 7 post whose scenario manages "two unexpected admissions"', () => {
    const d = detectInvitation(
      mail('Moira Keane', 'moira.keane@westhaven-nhs.example', 'Your application – Ward Manager – Acute Medical Unit (Band 7)', "Hi Sam,\n\nThanks for putting in for the Ward Manager – Acute Medical Unit (Band 7) post. I'd like you to come in for an interview on Thursday at 2pm; I've pencilled it in. It'll be around 40 minutes, with a scenario on managing a shift with two unexpected admissions. If Thursday doesn't suit, tell me another time.\n\nMoira"),
    );
    expect(d.invite).toBe(true);
  });
});

describe('the reader as an employee or a friend, not a candidate', () => {
  const cases: [string, EmailInput][] = [
    [
      "a bank's promotion panel interview for its own staff",
      mail("Senior Talent Review Office", "talentreview@harrowgate.example", "2025 Promotion Cycle – your Director panel interview", "Dear Dev,\n\nCongratulations on being nominated by your business for promotion to Director in the 2025 cycle.\n\nAs the final step of the process, you will meet the Promotion Panel for a 45-minute panel interview. Your interview details are below:\n\nDate: Tuesday 21 October\nTime: 11:00–11:45 (please join 5 minutes early)\nLocation: Room 12.04, Harrowgate Tower, or via video: https://video.harrowgate.example/panel/DIR-25-0417\nPanel: Ruth Ames (Chair, COO Corporate Banking), Ola Berg (Head of Credit, EMEA), Ivo Lind (HR Business Partner)\n\nThe panel will focus on your leadership impact over the past 24 months, your contribution to risk culture and your sponsorship of junior talent. Your nomination pack, including the 360 summary, has already been shared with the panel; you do not need to prepare a presentation.\n\nPlease confirm your attendance by accepting the calendar invitation. If you have an unavoidable client commitment, contact us by Friday so we can look at the reserve session on 23 October.\n\nOutcomes will be communicated by your line manager in mid-December.\n\nKind regards,\n\nSenior Talent Review Office\nHuman Resources | Harrowgate Bank\n\nInternal – Confidential. Please do not forward."),
    ],
    [
      "a manager books the reader's mid-year review and mentions an opening",
      mail("Graham Pike", "graham.pike@norvale.example", "Mid-year review – 1:1 Thursday?", "Hi Nina,\n\nIt's that time of year again – I'd like to book an hour for your mid-year review. Before we meet, could you fill in the self-assessment in Workday (objectives, what went well, where you'd like more support)? It doesn't need to be long.\n\nI've pencilled in Thursday 16th at 2pm in the Birch room, but let me know if Friday morning is better for you. I'd also like to spend some time on the team lead opening in Controls – we can talk about whether it makes sense for you to put your name forward when it's advertised.\n\nThanks,\nGraham\n\nGraham Pike\nEngineering Manager, Norvale"),
    ],
    [
      "a vendor's sales pitch to a recruiter: a 20-minute demo",
      mail('Caleb Rourke', 'caleb@bookslot.example', 'Cut interview no-shows by 40% – 20 min demo Thursday?', "Hi Megan,\n\nSaw that Fairhollow Care is hiring across 12 homes – that's a lot of interviews to coordinate! Bookslot plugs into your ATS so candidates book their own interview slots. Teams like yours see no-shows drop by 40%.\n\nCould I grab 20 minutes to show you a quick demo? Thursday at 2pm or Friday at 11am?\n\nCaleb\n\nUnsubscribe: https://bookslot.example/unsub"),
    ],
    [
      '[pt] a friend asks for a practice call before her final interview',
      mail('Bia', 'beatriz.moraes@correio.example', 'me ajuda?? entrevista quinta', 'Amiga!!!\n\nPassei pra entrevista final na agência! É quinta às 10h, tô surtando kkkk\n\nVocê consegue fazer uma simulação comigo por chamada de vídeo? Queria treinar aquelas perguntas chatas. Pode ser terça à noite, depois das 20h?\n\nBeijo,\nBia'),
    ],
  ];
  for (const [name, m] of cases) {
    it(name, () => {
      expect(detectInvitation(m).invite).toBe(false);
    });
  }
});
