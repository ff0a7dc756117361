// Fields the unseen batches fresh-67 to fresh-69 got wrong: a compass region taken for an agency's
// client, a co-operative bank read as a title, an HR department in brackets read as an agency, an
// NHS trust's own "Temporary Staffing Office" read as an agency, a coordinator named only where to
// reach ("communiquez avec …", "Contact Stacy at the store"), a firm's name shaped like a person's,
// a scheduling tool's "X from Y has invited you" and its host card, "bei der" left on a title, a
// morning shift cut as "tomorrow", a town in the subject's bracket beside the body's own qualifier,
// a housekeeper's title, and "an opening for a …". Mails invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';
import { from } from './helpers/mail';

describe('company', () => {
  it("an agency's client only \"in the East Midlands\": the agency is named", () => {
    const x = extractInvitation({
      from: from('Amy Stroud', 'amy.stroud@larchmedical.example'),
      subject: 'Locum Consultant Anaesthetist (3-month) - North West - £110/hr',
      body: "Hi Dr Okoro,\n\nI'm working on an urgent requirement for a Locum Consultant Anaesthetist (3-month) with an NHS trust in the North West. Would you be free for a quick call today?\n\nAmy Stroud\nSenior Consultant - Anaesthetics Locums\nLarch Medical Staffing\n\nLarch Medical Staffing Ltd acts as an employment business.",
    });
    expect(x.company).toBe('Larch Medical Staffing');
  });

  it('a co-operative bank under a title whose department is in brackets', () => {
    const x = extractInvitation({
      from: from('Meera Kulkarni', 'meera.kulkarni@krishnabank.example'),
      subject: 'IJP/2025/031 - Interview schedule - Senior Manager - Credit (Scale IV)',
      body: 'Dear Mr. Joshi,\n\nWe are pleased to inform you that you have been shortlisted for the interview on 12 April at 11:00 AM at Head Office.\n\nRegards,\n\nMeera Kulkarni\nChief Manager - HR (Recruitment & Mobility)\nKrishna Valley Co-operative Bank Ltd.\nHead Office, Kolhapur | Ext. 2210',
    });
    expect(x.company).toBe('Krishna Valley Co-operative Bank');
  });

  it("an employer's own staffing office is no agency", () => {
    const x = extractInvitation({
      from: from('Sue Barlow', 'sue.barlow@ashfield.example'),
      subject: 'Staff Bank - interview slot for Bank Healthcare Assistant (Band 3) - Orthopaedic Wards',
      body: 'Hi Omar,\n\nThanks for applying to join the Ashfield Hospitals NHS Trust staff bank as a Bank Healthcare Assistant (Band 3) - Orthopaedic Wards. I have slots on Tuesday 09:30 or Thursday 10:15. Let me know which you would like.\n\nSue Barlow\nStaff Bank Recruitment Coordinator\nTemporary Staffing Office\nAshfield Hospitals NHS Trust',
    });
    expect(x.company).toBe('Ashfield Hospitals NHS Trust');
  });

  it('a scheduling tool relaying for a recruiter: "X from Y has invited you"', () => {
    const x = extractInvitation({
      from: from('Maeve Walsh (via Bookwise)', 'scheduling@bookwise.example'),
      subject: 'Maeve Walsh invited you to book: Intro call – Audit Senior',
      body: 'Maeve Walsh from Harrow Quill has invited you to book a meeting.\n\n  Event:     Intro call – Audit Senior\n  Host:      Maeve Walsh, Talent Acquisition, Harrow Quill\n\n  [ Choose a time ]  https://book.bookwise.example/harrow-quill/maeve\n\nBookwise · Scheduling made simple',
    });
    expect(x.company).toBe('Harrow Quill');
  });
});

describe('contact', () => {
  it('[fr] a no-reply confirmation naming whom to reach: "communiquez avec …"', () => {
    const x = extractInvitation({
      from: from('Caisse Nordique - Carrières', 'carrieres-noreply@caissenordique.example'),
      subject: "Confirmation d'entretien - Conseiller(ère) aux membres",
      body: "Bonjour Julie,\n\nNous vous confirmons votre entretien mardi 25 mars à 10 h 30.\n\nPour toute modification, communiquez avec Mélanie Gagnon au 819 555-0162.\n\nCe courriel a été envoyé automatiquement; merci de ne pas y répondre.",
    });
    expect(x.contactFirstName).toBe('Mélanie');
  });

  it('"Contact Stacy at the store: 555-0102"', () => {
    const x = extractInvitation({
      from: from("Dalton's Hardware Careers", 'no-reply@ats.example.com'),
      subject: 'Your interview has been rescheduled',
      body: "Hi Ben,\n\nYour interview for Garden Centre Associate at Dalton's Hardware has been rescheduled.\n\nNew date: Saturday, 3 May, 11:15 AM\n\nQuestions? Contact Priya at the store: 555-0144.\n\nPlease do not reply to this message.",
    });
    expect(x.contactFirstName).toBe('Priya');
  });

  it("a firm's name shaped like a person's is no contact", () => {
    const x = extractInvitation({
      from: from('Bramblewood Interactive via Clipscreen', 'noreply@clipscreen.example'),
      subject: 'Your one-way video interview for Level Designer',
      body: 'Hi Ana,\n\nBramblewood Interactive has invited you to complete a recorded video interview for the Level Designer position.\n\nStart your interview: https://clipscreen.example/r/bw-77\n\nThis is an automated message sent on behalf of Bramblewood Interactive.',
    });
    expect(x.contactFirstName).toBeNull();
  });
});

describe('role', () => {
  it('[de] "bei der" goes with the company in the subject', () => {
    const x = extractInvitation({
      from: from('Urs Keller', 'urs.keller@banksihltal.example'),
      subject: 'Business Analyst Kreditprozesse bei der Bank Sihltal – kurzes Kennenlernen?',
      body: 'Guten Tag Herr Meier\n\nHätten Sie Lust auf ein Kennenlernen per Teams? Mir würde Dienstag ab 16 Uhr passen.\n\nFreundliche Grüsse\nUrs Keller\nTalent Acquisition Partner\nBank Sihltal AG',
    });
    expect(x.role).toBe('Business Analyst Kreditprozesse');
  });

  it('[es] a morning shift in the body beats a town in the subject\'s bracket', () => {
    const x = extractInvitation({
      from: from('Aceros del Ebro – Selección', 'seleccion@acerosdelebro.example'),
      subject: 'Programa tu entrevista – Operario/a de Producción (Tudela)',
      body: 'Estimada Lucía:\n\nTras revisar tu candidatura para el puesto de Operario/a de Producción (turno de mañana) en nuestra planta, nos gustaría conocerte. Selecciona el día: https://ats.example.com/ebro/agenda/7\n\nUn saludo,\nMarta Gil\nTécnica de Selección\nAceros del Ebro',
    });
    expect(x.role).toBe('Operario/a de Producción (turno de mañana)');
  });

  it('[pt] a head housekeeper\'s title', () => {
    const x = extractInvitation({
      from: from('Rita Sousa', 'rita.sousa@marazulhotels.example'),
      subject: 'Oportunidade: Governanta Geral (Hotel 4*, Faro) - Mar Azul Hotels',
      body: 'Olá Sra. Ana Reis,\n\nEstamos a recrutar para a função de Governanta Geral (Hotel 4*, Faro), para o nosso novo hotel. Teria disponibilidade para uma breve conversa telefónica esta semana?\n\nCom os melhores cumprimentos,\nRita Sousa\nTalent Acquisition\nMar Azul Hotels',
    });
    expect(x.role).toBe('Governanta Geral (Hotel 4*, Faro)');
  });

  it('"we have an opening for a …"', () => {
    const x = extractInvitation({
      from: from('Omar Haddad', 'omar@brindlebyte.example'),
      subject: 'search team @ brindlebyte — want to chat?',
      body: "hey lea\n\nwe have an opening for a Staff Search Engineer, Ranking and i'd love to do a first interview directly with me. free thurs? https://cal.example.net/omar/45\n\nomar\neng manager · Brindlebyte",
    });
    expect(x.role).toBe('Staff Search Engineer, Ranking');
  });
});
