// Words around a cue that change what it says: a rejection or an offer named only as a possibility,
// a question that names a day, a cancellation that says no new date comes, a tips link among the
// links. Mails invented for these tests.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import { from } from './helpers/mail';

describe('a rejection or offer said as a possibility', () => {
  it('a reminder that "we may move forward with other applicants" is still an invitation', () => {
    const d = detectInvitation({
      from: from('Harbour Clinic Careers', 'noreply@ats.example.com'),
      subject: 'Reminder: choose a time for your phone interview – Ward Clerk',
      body: 'Hi Sam,\n\nLast week we invited you to pick a time for a phone interview for the Ward Clerk position, and we have not seen a booking yet.\n\nChoose a slot here: https://ats.example.com/harbour/schedule/WC-12\n\nThe link expires on Friday. After that, we may move forward with other applicants.\n\nHarbour Clinic Talent Team',
    });
    expect(d.invite).toBe(true);
    expect(d.signals).not.toContain('reads like a rejection');
  });

  it('"in case we extend an offer on the spot" does not make a hiring-day invitation an offer', () => {
    const d = detectInvitation({
      from: from('Copse & Co Careers', 'no-reply@ats.example.com'),
      subject: "You're invited: in-store interviews for Holiday Cashier",
      body: "Hi Lee,\n\nThanks for applying to be a Holiday Cashier at Copse & Co! We're holding in-store interviews this week and we'd love to meet you. Choose a time slot that works for you: https://ats.example.com/copse/book\n\nBring two forms of ID (in case we extend an offer on the spot!).\n\nThe Copse & Co Hiring Team",
    });
    expect(d.invite).toBe(true);
    expect(d.signals).not.toContain('reads like a job offer');
  });

  it('a rejection in plain words is still a rejection', () => {
    const d = detectInvitation({
      from: from('Nadia Holm', 'nadia.holm@fernway.example'),
      subject: 'Re: Interview – Lab Technician',
      body: "Hi Chris,\n\nThank you for coming in on Monday. We have decided to offer the Lab Technician position to another candidate whose experience is closer to what we need. I'm sorry it is not better news.\n\nBest,\nNadia",
    });
    expect(d.invite).toBe(false);
  });
});

describe('a question that names a day', () => {
  it('a director asking "would you be up for coming in next week?" about a role is an invitation', () => {
    const d = detectInvitation({
      from: from('Ronan Keel', 'ronan@keeladvisory.example'),
      subject: 'Senior Analyst – Pricing',
      body: "Hi Orla,\n\nYour CV reached me through a friend and your pricing work is exactly what we need: I'm hiring a Senior Analyst – Pricing for our Galway office.\n\nWould you be up for coming in to meet me and my co-director next Tuesday or Thursday?\n\nBest,\nRonan",
    });
    expect(d.invite).toBe(true);
  });

  it('a friend asking about Saturday is not', () => {
    const d = detectInvitation({
      from: from('Guille', 'guille@correo.example'),
      subject: 're: la entrevista de mañana',
      body: '¿Al final quedamos el sábado? Avísame cuando salgas de la entrevista y me cuentas.',
    });
    expect(d.invite).toBe(false);
  });
});

describe('cancellations that say no new date comes', () => {
  it.each([
    ['pt', 'Cancelamento da entrevista – Técnico de Armazém', 'Exmo. Senhor,\n\nInformamos que a entrevista agendada para o dia 20 de outubro, às 15h00, foi cancelada. O processo foi suspenso e de momento não nos é possível propor uma nova data.\n\nCom os melhores cumprimentos,\nRecursos Humanos'],
    ['es', 'Cancelación de la entrevista – Auxiliar Administrativo', 'Estimada Sra. Ruiz:\n\nLe informamos que la entrevista del martes 4 a las 10:00 ha sido cancelada. Por el momento no nos es posible proponerle una nueva fecha.\n\nAtentamente,\nRecursos Humanos'],
    ['de', 'Absage Ihres Termins – Lagerlogistiker (m/w/d)', 'Sehr geehrter Herr Brandt,\n\nleider müssen wir das Vorstellungsgespräch am Montag, 10:00 Uhr, absagen. Einen neuen Termin können wir Ihnen derzeit nicht nennen, da die Stelle vorerst ausgesetzt ist; wir haben keinen neuen Termin.\n\nMit freundlichen Grüßen\nPersonalabteilung'],
  ])('%s', (_lang, subject, body) => {
    const d = detectInvitation({ from: from('RH', 'rh@company.example'), subject, body });
    expect(d.invite).toBe(false);
    expect(d.signals).toContain('cancels without a new time');
  });
});

describe('links', () => {
  it('an acknowledgement with a status link and an interview-tips link asks for no time', () => {
    const d = detectInvitation({
      from: from('Birch Lane Market', 'careers-noreply@ats.example.com'),
      subject: 'We received your application – Stock Associate',
      body: 'Hi Alex,\n\nThank you for applying for the Stock Associate position. What happens next? The store team reviews applications within a week, and will reach out to schedule an interview if your experience matches.\n\nCheck your status: https://ats.example.com/birch/candidate/status\nOur tips for interviewing: https://careers.birchlane.example/interview-tips\n\nBirch Lane Talent Team',
    });
    expect(d.invite).toBe(false);
    expect(d.signals).not.toContain('has a scheduling link');
  });
});

describe('a list of times', () => {
  it('a coordinator who lists the CTO’s openings, one per line, is inviting', () => {
    const d = detectInvitation({
      from: from('Mira Holt', 'mira@fernlight.example'),
      subject: 'Final conversation – Staff Engineer, Storage',
      body: 'Hi Jonas,\n\nThe final step for the Staff Engineer, Storage role is a 60-minute interview with our CTO, Pia Lund. She has the following openings next week:\n\n- Tuesday 16:00–17:00 CET\n- Wednesday 09:00–10:00 CET\n\nBest,\nMira\n\nMira Holt\nTalent Lead, Fernlight',
    });
    expect(d.invite).toBe(true);
  });

  it('a cancellation followed by new times is a reschedule', () => {
    const d = detectInvitation({
      from: from('Wen Okoro', 'wen@brassline.example'),
      subject: "Tomorrow's system design session",
      body: "Hi Luca,\n\nSorry for the late notice: your interviewer for tomorrow's system design interview is out sick, so we need to cancel that session. Here is what we can do instead, with another staff engineer:\n- Thursday 10:00–11:00 BST\n- Monday 09:30–10:30 BST\n\nEverything else about the Senior Backend Engineer process stays the same.\n\nWen\nRecruiting Coordinator, Brassline",
    });
    expect(d.invite).toBe(true);
    expect(d.signals).not.toContain('cancels without a new time');
  });
});

describe('weak near-miss words', () => {
  it('one weak word in two forms ("registration", "register") stays weak', () => {
    const d = detectInvitation({
      from: from('Ife Adeyemi', 'ife@harbourlocums.example'),
      subject: 'Locum Consultant Radiologist – 3 months',
      body: 'Hi Dr Varga,\n\nI have an urgent requirement for a Locum Consultant Radiologist at St Aldo’s Hospital and your profile is a very good match. Full GMC registration and entry on the Specialist Register are required.\n\nAre you free for a quick call today or tomorrow so I can tell you more?\n\nIfe\nSenior Consultant, Harbour Locums',
    });
    expect(d.invite).toBe(true);
  });

  it('a scholarship committee’s interview is not a job interview', () => {
    const d = detectInvitation({
      from: from('Kessel Foundation', 'awards@kessel.example'),
      subject: 'Scholarship interview',
      body: 'Dear Mara,\n\nYou have been shortlisted for the Kessel scholarship. Scholarship finalists meet the panel for a short interview; choose your interview time here: https://kessel.example/book\n\nThe scholarship covers tuition for two years.\n\nKessel Foundation',
    });
    expect(d.invite).toBe(false);
  });
});

describe('German plurals', () => {
  it('"an den Vorstellungsgesprächen" is the interview word too', () => {
    const d = detectInvitation({
      from: from('Jana Wolf', 'jana.wolf@elbtal.example'),
      subject: 'Ihre Einladung – Sachbearbeiter Einkauf (m/w/d)',
      body: 'Sehr geehrter Herr Brandt,\n\nwir laden Sie herzlich zu unseren Vorstellungsgesprächen am Dienstag, 14. Oktober, ein. Passt Ihnen 10:00 Uhr oder 14:00 Uhr?\n\nMit freundlichen Grüßen\nJana Wolf\nPersonalabteilung, Elbtal Logistik',
    });
    expect(d.invite).toBe(true);
    expect(d.signals).toContain('mentions an interview');
  });
});

describe('personal mailboxes', () => {
  it('a friend writing from a mail provider about her own interview, asking for a call tonight, is not an invitation', () => {
    const d = detectInvitation({
      from: from('Lena', 'lena.k@mailbox.example'),
      subject: 'morgen!!',
      body: 'Hey Jonas,\n\nmorgen um 10 habe ich das Gespräch bei der Sparkasse. Hast du heute Abend kurz Zeit zum Telefonieren? So gegen 20 Uhr?\n\nDanke dir!\nLena',
    });
    expect(d.invite).toBe(false);
  });

  it('a pharmacy owner writing from her provider mailbox about the job is still inviting', () => {
    const d = detectInvitation({
      from: from('Hélène Marchand', 'pharmacie.tilleuls@orange.example'),
      subject: 'Votre candidature – préparateur en pharmacie',
      body: "Bonjour Monsieur Benali,\n\nJ'ai bien reçu votre CV pour le poste de préparateur en pharmacie. Pourriez-vous passer à l'officine mardi à 14h pour que nous en parlions ?\n\nBien cordialement,\nHélène Marchand\nPharmacie des Tilleuls",
    });
    expect(d.invite).toBe(true);
  });
});
