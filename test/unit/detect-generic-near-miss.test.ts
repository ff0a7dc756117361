// A generic phrase that a near-miss lexicon once held as a strong cue ("sorry to let you know",
// "subject to satisfactory references", "hacer la entrevista", "dabei sein") can sit inside a real
// invitation as an opener, a job description, a footer or the inviter speaking of themselves. Such a
// phrase must not veto the invitation; said with its topic ("we are delighted to offer you the
// position", "como referencia profesional") it still does. Mails invented for these tests.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import { from } from './helpers/mail';

describe('generic near-miss phrases inside genuine invitations', () => {
  it('a reschedule that opens with "sorry to let you know" and a cancellation', () => {
    const d = detectInvitation({
      from: from('Maren Quist', 'maren.quist@fellbrook.example'),
      subject: 'Change to your interview – Logistics Planner',
      body: "Hi Tobias,\n\nI am sorry to let you know that we have had to cancel Thursday's interviews for the Logistics Planner role, as our warehouse manager is called away to a site audit.\n\nCould you attend one of these new times instead?\n- Monday 9 June, 10:00\n- Tuesday 10 June, 14:30\n\nApologies for the change.\n\nMaren Quist\nPeople Team, Fellbrook Freight",
    });
    expect(d.invite).toBe(true);
  });

  it('a programme named in the job title, and a footer saying the charity hosts a forum', () => {
    const d = detectInvitation({
      from: from('Adaeze Nwosu', 'a.nwosu@riverlinkaid.example'),
      subject: 'Interview invitation – Monitoring Officer, Delta Water Programme',
      body: 'Dear Samir,\n\nThank you for applying for the Monitoring Officer post on our Delta Water Programme. The programme works with twelve rural districts, and we would like to invite you to an interview on Wednesday 18 June at 11:00 (East Africa Time) by video call.\n\nPlease confirm by replying to this email.\n\nKind regards,\nAdaeze Nwosu\nHR Officer, RiverLink Aid\n\nRiverLink Aid is a registered charity. Each spring we host a regional water forum.',
    });
    expect(d.invite).toBe(true);
  });

  it('the inviter wants to "understand how you" would work, and will be in touch with the link', () => {
    const d = detectInvitation({
      from: from('Colm Ferris', 'c.ferris@whitlowcollege.example'),
      subject: 'Interview – Head of Alumni Giving',
      body: "Dear Priya,\n\nThe Dean would like to meet you for the Head of Alumni Giving role. She would like to understand how you'd approach our centenary campaign, so please prepare ten minutes on that.\n\nAre you free on Monday 23 June at 14:00 or Tuesday 24 June at 10:00? We will be in touch with the video link once a time is agreed.\n\nBest wishes,\nColm",
    });
    expect(d.invite).toBe(true);
  });

  it('a job description about presenting to prospective students, and an MBA after a signature', () => {
    const d = detectInvitation({
      from: from('Harriet Cole', 'harriet.cole@lindenhall.example'),
      subject: 'Outreach Officer – interview',
      body: 'Hi Dev,\n\nThanks for your application for the Outreach Officer role. The job involves visiting schools and presenting to prospective students across the region.\n\nWe would like to invite you to an interview at our Bristol campus on Thursday 3 July at 13:30. Could you let me know if that suits?\n\nHarriet Cole, MBA\nTalent Partner, Linden Hall University',
    });
    expect(d.invite).toBe(true);
  });

  it("an NGO's standard footer about references and its talent community", () => {
    const d = detectInvitation({
      from: from('Ines Barros', 'ines.barros@greenfold.example'),
      subject: 'Interview for Grants Coordinator',
      body: "Dear Lukas,\n\nWe were pleased to read your application and would like to invite you to interview for the Grants Coordinator position on Friday 27 June at 10:00 at our Leeds office.\n\nPlease let me know whether you can attend.\n\nWith best wishes,\nInes Barros\nGreenfold Trust\n\nAll appointments are subject to satisfactory references. Not the right role? Join our talent community to hear about new vacancies.",
    });
    expect(d.invite).toBe(true);
  });

  it('a recruiter opens with "Hi there", says they viewed a profile and are interviewing now', () => {
    const d = detectInvitation({
      from: from('Rafe Lindqvist', 'rafe@northstack-talent.example'),
      subject: 'Lead Data Engineer – quick call?',
      body: "Hi there Amara,\n\nI viewed your profile and think you'd be a great candidate for a Lead Data Engineer role I'm filling at Corvid Analytics. They are interviewing now and want to close the search this month.\n\nWould you be open to a 20-minute call on Wednesday or Thursday afternoon?\n\nCheers,\nRafe Lindqvist\nSenior Recruiter, Northstack Talent",
    });
    expect(d.invite).toBe(true);
  });

  it('a confirmation that says "you\'ll be interviewing with", a 1:1 and "good luck tomorrow"', () => {
    const d = detectInvitation({
      from: from('Sunniva Berg', 'sunniva@tallowcraft.example'),
      subject: 'Your onsite tomorrow – Product Designer',
      body: "Hi Marco,\n\nConfirming your onsite interview tomorrow, Tuesday 1 July, from 10:00 to 13:00 at our Oslo studio. You'll be interviewing with Priya and Tom, then a 1:1 with the hiring manager.\n\nGood luck tomorrow!\n\nSunniva\nRecruiting Coordinator, Tallowcraft",
    });
    expect(d.invite).toBe(true);
  });

  it('Spanish: we cannot make the 11:00 interview ("hacer la entrevista"), new time offered', () => {
    const d = detectInvitation({
      from: from('Ximena Robles', 'ximena.robles@grupoalamo.example'),
      subject: 'Cambio de hora – entrevista Analista de Compras',
      body: 'Hola Daniel:\n\nHemos decidido avanzar con tu candidatura para el puesto de Analista de Compras. Por una junta del comité no vamos a alcanzar a hacer la entrevista a las 11. ¿Te va bien el jueves 12 a las 13:00?\n\nQuedo atenta.\n\nXimena Robles\nReclutamiento, Grupo Álamo',
    });
    expect(d.invite).toBe(true);
  });

  it('French: "vous faire passer un entretien" and a master in the job description', () => {
    const d = detectInvitation({
      from: from('Gaëlle Moreau', 'g.moreau@cabinet-verlaine.example'),
      subject: 'Entretien – Contrôleur de gestion',
      body: "Bonjour Karim,\n\nVotre profil a retenu notre attention pour le poste de Contrôleur de gestion (titulaire d'un master en finance ou équivalent). Nous souhaitons vous faire passer un entretien avec notre directrice financière.\n\nSeriez-vous disponible mardi 8 juillet à 10h ou mercredi 9 juillet à 15h ?\n\nBien cordialement,\nGaëlle Moreau\nChargée de recrutement",
    });
    expect(d.invite).toBe(true);
  });

  it('German: "Interview mit Frau Keller" and a colleague who will also be "dabei sein"', () => {
    const d = detectInvitation({
      from: from('Jana Wolff', 'jana.wolff@brandt-logistik.example'),
      subject: 'Einladung zum Interview – Disponent (m/w/d)',
      body: 'Hallo Herr Yilmaz,\n\nvielen Dank für Ihre Bewerbung als Disponent (m/w/d). Gerne laden wir Sie zu einem Interview mit Frau Keller, unserer Niederlassungsleiterin, am Montag, 14. Juli, um 10:00 Uhr ein. Herr Brandt aus dem Fuhrpark wird ebenfalls dabei sein.\n\nBitte bestätigen Sie uns den Termin kurz per E-Mail.\n\nViele Grüße\nJana Wolff\nPersonal, Brandt Logistik',
    });
    expect(d.invite).toBe(true);
  });

  it('Portuguese: "decidimos seguir com sua candidatura" and a start date in the job description', () => {
    const d = detectInvitation({
      from: from('Tainá Rocha', 'taina.rocha@cooperverde.example'),
      subject: 'Entrevista – Analista de Sustentabilidade',
      body: 'Olá, Felipe!\n\nDecidimos seguir com sua candidatura para a vaga de Analista de Sustentabilidade (data de início prevista: agosto). Gostaríamos de marcar uma entrevista com a gestora da área.\n\nVocê tem disponibilidade na quarta, 16/07, às 14h, ou na quinta, 17/07, às 10h?\n\nAbraços,\nTainá Rocha\nGente & Cultura, CooperVerde',
    });
    expect(d.invite).toBe(true);
  });
});

describe('the same topics said outright still decide against', () => {
  it('a rejection that regrets to inform the reader they were not successful', () => {
    const d = detectInvitation({
      from: from('Orla Brennan', 'o.brennan@kestrelhousing.example'),
      subject: 'Your interview for Housing Officer',
      body: 'Dear Tomasz,\n\nThank you for attending interview on Monday for the Housing Officer post.\n\nI regret to inform you that on this occasion you have not been successful. The panel was impressed by your knowledge of tenancy law, and we would encourage you to apply again.\n\nKind regards,\nOrla Brennan\nHR Adviser',
    });
    expect(d.invite).toBe(false);
  });

  it('an offer: delighted to offer you the position, with a call to go through it', () => {
    const d = detectInvitation({
      from: from('Ravi Menon', 'ravi.menon@quillfield.example'),
      subject: 'Great news – Senior Analyst',
      body: "Hi Elena,\n\nAfter your final interviews last week, we're delighted to offer you the Senior Analyst position at Quillfield. The details are in the attached letter.\n\nCould we have a quick call on Thursday at 16:00 to go through it?\n\nBest,\nRavi",
    });
    expect(d.invite).toBe(false);
  });

  it('Spanish: a reference-check call about someone who gave the reader as a professional reference', () => {
    const d = detectInvitation({
      from: from('Noelia Fuentes', 'noelia.fuentes@constructora-brisa.example'),
      subject: 'Referencia de Andrés Villalba',
      body: 'Buenos días, Sr. Pardo:\n\nAndrés Villalba está en nuestro proceso de selección para el puesto de Jefe de Obra y nos ha facilitado su nombre como referencia profesional.\n\n¿Tendría 10 minutos el martes a las 12:00 para una llamada breve?\n\nGracias de antemano,\nNoelia Fuentes\nSelección, Constructora Brisa',
    });
    expect(d.invite).toBe(false);
  });
});
