// Mail where the reader is not the candidate: asked to interview or rate someone, named as a
// reference, leaving the company, practising, giving career advice, or booked for an internal
// review. Each is worded the way such mail is written in its language and register, with a time
// or a call to book so that only the near-miss cue can keep it from reading as an invitation.
// Three invitations that share the neighbouring words (panel, jury, Auswahlkommission, banca) must
// stay invitations. All mails are invented for these tests.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import { from } from './helpers/mail';

const INTERVIEWER = 'asks you to interview or rate someone';
const REFERENCE = 'a reference check';
const EXIT = 'an exit interview';
const MOCK = 'a practice interview';
const INFO = 'an informational interview';
const INTERNAL = 'an internal meeting';

type Mail = { from: { name: string; email: string }; subject: string; body: string };

const misses: [string, string, Mail][] = [
  [
    'en: a manager asks a colleague to interview two candidates, with the interviewer pack',
    INTERVIEWER,
    {
      from: from('Harriet Okafor', 'h.okafor@brindlewood.example'),
      subject: 'Data Analyst interviews – Thursday',
      body: "Hi Callum,\n\nCould you interview two candidates for the Data Analyst opening with me on Thursday 12 June, 10:00–12:00 in Room 4B? The interviewer pack is attached with both CVs and the question set.\n\nThanks,\nHarriet",
    },
  ],
  [
    'en-US: an ATS reminder that interview feedback is overdue, asking hire / no hire',
    INTERVIEWER,
    {
      from: from('Talent Team', 'no-reply@ats.example.com'),
      subject: 'Action needed: feedback is overdue for Priya Raman',
      body: 'Hello Dev,\n\nYour feedback is overdue for Priya Raman (Senior Accountant), interviewed on Tuesday, June 3 at 2:00 PM.\n\nPlease record your hire / no hire recommendation here: https://ats.example.com/feedback/88121\n\nThanks,\nTalent Acquisition',
    },
  ],
  [
    'en-GB: a referee request from HR, with a call slot',
    REFERENCE,
    {
      from: from('Aoife Brennan', 'aoife.brennan@kestrelhousing.example'),
      subject: 'Marcus Lee – Operations Manager',
      body: 'Dear Ms Doyle,\n\nMarcus Lee has applied for the Operations Manager post at Kestrel Housing and gave your name as a referee. Would you be free for a 15-minute call on Tuesday 17 June at 10:00?\n\nWe would like to ask how long you worked with Marcus and in what capacity you managed him.\n\nKind regards,\nAoife Brennan\nHR Advisor',
    },
  ],
  [
    "en-AU: a leaver's interview before the last working day",
    EXIT,
    {
      from: from('Jess Whitford', 'jess.whitford@coralreach.example'),
      subject: "Leaver's interview – book a time",
      body: "Hi Tom,\n\nBefore your last working day on Friday 27 June, we'd love to sit down for a 30-minute leaver's interview. Please pick a slot that suits: Wednesday 25 June at 11:00 or Thursday 26 June at 15:00.\n\nWe're sorry to see you go!\n\nJess\nPeople & Culture",
    },
  ],
  [
    'en: a careers service offers mock assessment centres with volunteer employers',
    MOCK,
    {
      from: from('Careers Team', 'careers@northmere.ac.example'),
      subject: 'Mock assessment centre – book your slot',
      body: 'Hi Amira,\n\nOur mock assessment centres are back! Volunteer employers from local firms will run a group exercise and a short interview so you can practise your interview skills. It is not a real interview and no job is on the line.\n\nSessions run on Tuesday 14 October at 14:00 and Thursday 16 October at 10:00. Book here: https://careers.northmere.ac.example/book\n\nCareers Team',
    },
  ],
  [
    'en: a student asks how the reader got into UX research, not asking for a job',
    INFO,
    {
      from: from('Leo Hartmann', 'leo.hartmann@mail.example'),
      subject: '20 minutes next week?',
      body: "Hi Grace,\n\nI'm a final-year psychology student and I would love to hear how you got into UX research at Fernway. I'm not asking for a job, just advice on breaking into the field.\n\nWould you have 20 minutes for a call next Tuesday or Wednesday afternoon?\n\nThank you,\nLeo",
    },
  ],
  [
    'en: a manager books mid-year appraisals and asks for a self-assessment',
    INTERNAL,
    {
      from: from('Dana Kowalski', 'dana.kowalski@larchfield.example'),
      subject: 'Mid-year appraisals',
      body: "Hi Sam,\n\nIt's that time again: mid-year appraisals. Please complete your self-review in Workday by Friday, then grab a 45-minute slot with me on Tuesday at 14:00 or Wednesday at 10:00.\n\nThanks,\nDana",
    },
  ],
  [
    'es-ES: a colleague is asked to sit on the selection board and interview three candidates',
    INTERVIEWER,
    {
      from: from('Marta Ibáñez', 'marta.ibanez@laboratoriosalba.example'),
      subject: 'Entrevistas Técnico/a de Laboratorio',
      body: '¡Hola, Rubén!\n\n¿Podrías formar parte del tribunal para el puesto de Técnico/a de Laboratorio? Se trata de entrevistar a tres candidatas el martes 10 de junio de 10:00 a 13:00. Después tendrás que subir tu puntuación en la plataforma.\n\nGracias,\nMarta',
    },
  ],
  [
    'es-MX: a reference check for a former employee, with a call time',
    REFERENCE,
    {
      from: from('Rodrigo Salinas', 'rodrigo.salinas@grupoteval.example'),
      subject: 'Referencias – Laura Gómez',
      body: 'Estimada Lic. Herrera:\n\nLaura Gómez le ha indicado como referencia para la vacante de Jefa de Compras. ¿Podríamos llamarle el jueves a las 16:00? Nos gustaría saber cuánto tiempo trabajó usted con ella y si la volvería a contratar.\n\nSaludos cordiales,\nRodrigo Salinas\nCapital Humano',
    },
  ],
  [
    'fr-FR: a departure questionnaire and a meeting before the last day',
    EXIT,
    {
      from: from('Service RH', 'rh@maisonverlaine.example'),
      subject: 'Votre départ – questionnaire et rendez-vous',
      body: "Bonjour Camille,\n\nÀ la suite de votre démission, nous vous remercions de remplir le questionnaire de départ et vous proposons un rendez-vous avec les RH avant votre dernier jour, le mardi 24 juin à 14 h.\n\nCordialement,\nLe service RH",
    },
  ],
  [
    'fr-CA: a colleague is asked to sit on the jury and audition three finalists',
    INTERVIEWER,
    {
      from: from('Geneviève Tremblay', 'g.tremblay@cegepdesrives.example'),
      subject: 'Comité de sélection – Conseiller pédagogique',
      body: "Bonjour Mathieu,\n\nAccepterais-tu de siéger au comité de sélection pour le poste de conseiller pédagogique? Il s'agirait d'auditionner trois finalistes le jeudi 19 juin, de 9 h à midi. La grille d'entretien est jointe.\n\nMerci!\nGeneviève",
    },
  ],
  [
    "de-DE: a reference call about a former employee who was named as a referee",
    REFERENCE,
    {
      from: from('Katrin Albers', 'k.albers@nordwerk.example'),
      subject: 'Referenz Herr Jonas Weber',
      body: 'Sehr geehrter Herr Brandt,\n\nHerr Jonas Weber hat sich bei uns als Projektleiter beworben und Sie als Referenz angegeben. Hätten Sie am Donnerstag, 12. Juni, um 11 Uhr 15 Minuten Zeit für ein kurzes Telefonat? Uns interessiert unter anderem, ob Sie ihn wieder einstellen würden.\n\nMit freundlichen Grüßen\nKatrin Albers\nPersonalabteilung',
    },
  ],
  [
    'de-AT: the university careers service offers a practice interview',
    MOCK,
    {
      from: from('Career Center', 'career@uni-salzach.example'),
      subject: 'Übungsinterview – Termin buchen',
      body: 'Liebe Studierende,\n\nSie möchten ein Vorstellungsgespräch üben? Im Übungsinterview spielen Personalerinnen aus der Praxis mit Ihnen ein Gespräch durch – kein echtes Gespräch, aber mit ehrlichem Feedback.\n\nFreie Termine: Mittwoch, 8. Oktober, 14:00 und Freitag, 10. Oktober, 9:30.\n\nIhr Career Center',
    },
  ],
  [
    'de-CH: an annual development review with a self-assessment',
    INTERNAL,
    {
      from: from('Urs Gerber', 'urs.gerber@alpentech.example'),
      subject: 'Einladung Entwicklungsgespräch 2026',
      body: 'Grüezi Frau Meier\n\nGerne lade ich Sie zum jährlichen Entwicklungsgespräch ein, am Dienstag, 17. März, um 10.00 Uhr in meinem Büro. Bitte füllen Sie vorab die Selbsteinschätzung aus.\n\nFreundliche Grüsse\nUrs Gerber',
    },
  ],
  [
    'pt-BR: a colleague is asked to join the interview board and evaluate the candidates',
    INTERVIEWER,
    {
      from: from('Fernanda Lopes', 'fernanda.lopes@cooperverde.example'),
      subject: 'Banca – Analista Fiscal',
      body: 'Oi Bruno, tudo bem?\n\nVocê poderia compor a banca de entrevistas da vaga de Analista Fiscal na quarta-feira, 11/06, às 15h? Vamos entrevistar os três candidatos finalistas e depois preciso que você registre o parecer dos candidatos no sistema.\n\nValeu!\nFernanda',
    },
  ],
  [
    'pt-BR: a career changer asks how the reader got into service design',
    INFO,
    {
      from: from('Juliana Prado', 'juliana.prado@mail.example'),
      subject: 'Conversa de 20 minutos?',
      body: 'Olá, Rafael!\n\nEstou em transição de carreira e adoraria saber como você chegou ao design de serviços. Não estou procurando emprego, só queria ouvir sua experiência.\n\nVocê teria 20 minutos na sexta-feira às 17h?\n\nObrigada,\nJuliana',
    },
  ],
  [
    'pt-PT: an exit survey and the return of equipment before the last day',
    EXIT,
    {
      from: from('Recursos Humanos', 'rh@atlanticomar.example'),
      subject: 'O seu último dia – próximos passos',
      body: 'Caro Tiago,\n\nAntes do seu último dia, pedimos que preencha o questionário de saída e marque connosco uma conversa de 20 minutos na segunda-feira, 30 de junho, às 10h00.\n\nCumprimentos,\nRecursos Humanos',
    },
  ],
];

describe('near-misses where the reader is not the candidate', () => {
  for (const [name, signal, mail] of misses) {
    it(name, () => {
      const d = detectInvitation(mail);
      expect(d.invite).toBe(false);
      expect(d.signals).toContain(signal);
    });
  }
});

describe('invitations that share the words of those near-misses', () => {
  it('en: a panel interview whose panel will share feedback afterwards', () => {
    const d = detectInvitation({
      from: from('Sarah Quinlan', 's.quinlan@harbourtrust.example'),
      subject: 'Interview invitation – Finance Business Partner',
      body: 'Dear Olivia,\n\nThank you for applying for the Finance Business Partner role. We would like to invite you to a panel interview on Tuesday 8 July at 10:00. The interview panel will be me (Head of Finance) and Tom Reilly (Finance Director), and we will share feedback with you within a week.\n\nPlease confirm that this time works for you.\n\nKind regards,\nSarah Quinlan',
    });
    expect(d.invite).toBe(true);
  });

  it('fr: a hearing before the selection committee for a lecturer post', () => {
    const d = detectInvitation({
      from: from('Hélène Marchand', 'helene.marchand@univ-loire.example'),
      subject: 'Audition – Maître de conférences en chimie',
      body: "Madame,\n\nNous avons le plaisir de vous informer que votre candidature au poste de maître de conférences en chimie a été retenue. Nous vous invitons à une audition devant le comité de sélection le mardi 13 mai à 14 h 30. Le jury sera composé de six membres du jury, dont deux extérieurs.\n\nMerci de nous confirmer votre présence.\n\nHélène Marchand\nService des enseignants-chercheurs",
    });
    expect(d.invite).toBe(true);
  });

  it('de: an interview with the selection committee that asks for a reference letter', () => {
    const d = detectInvitation({
      from: from('Petra Lindner', 'p.lindner@stadtwerke-auental.example'),
      subject: 'Einladung zum Vorstellungsgespräch – Sachbearbeiter Netzentgelte (m/w/d)',
      body: 'Sehr geehrter Herr Yilmaz,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem Vorstellungsgespräch mit der Auswahlkommission am Montag, 16. Juni, um 9:30 Uhr einladen. Bitte bringen Sie Ihr letztes Arbeitszeugnis mit.\n\nBitte bestätigen Sie den Termin kurz per E-Mail.\n\nMit freundlichen Grüßen\nPetra Lindner\nPersonalabteilung',
    });
    expect(d.invite).toBe(true);
  });

  it('pt-BR: the candidate is invited to take part in the interview panel', () => {
    const d = detectInvitation({
      from: from('Camila Rocha', 'camila.rocha@solarisenergia.example'),
      subject: 'Convite para entrevista – Engenheira de Projetos',
      body: 'Olá, Beatriz!\n\nObrigada pela sua candidatura à vaga de Engenheira de Projetos. Convidamos você para participar do painel de entrevistas com a nossa banca de gestores na terça-feira, 10/06, às 14h, por vídeo.\n\nPode confirmar sua disponibilidade?\n\nAbraços,\nCamila Rocha\nTalent Acquisition',
    });
    expect(d.invite).toBe(true);
  });
});
