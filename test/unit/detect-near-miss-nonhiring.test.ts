// Interviews that are not hiring: press and podcast requests, conference talks, user and clinical
// research, academic admission, career events, newsletters, talent communities and mail between
// friends. Each invented mail below is full of interview and scheduling words aimed at the reader,
// worded the way such mail is written in the five languages, and must not read as an invitation;
// three real invitations that use neighbouring words must stay invitations.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';

const mail = (name: string, email: string, subject: string, body: string) => ({ from: { name, email }, subject, body });

/** [what it is, mail, the near-miss reason the detector should give] */
const NEAR_MISSES: [string, ReturnType<typeof mail>, string][] = [
  [
    'en: a reporter wants a quote for a profile piece before print',
    mail(
      'Maeve Callaghan',
      'maeve.callaghan@westcoastherald.example',
      'Quick interview for a profile piece?',
      "Hi Tomás,\n\nI'm writing a profile piece on first-generation founders in Galway and your name came up twice. Could I interview you for 20 minutes on Thursday at 2pm? I'd need a comment for the story before we go to print on Friday night.\n\nThanks a million,\nMaeve",
    ),
    'a press interview',
  ],
  [
    'en: a podcast booking with a recording time',
    mail(
      'Jordan Pike',
      'jordan@buildinpublic.example',
      'Guest interview - Build in Public',
      "Hey Priya,\n\nWe'd love to book you on the show! The interview is relaxed, about 40 minutes, and we'd be recording the episode over Riverside. Does Tuesday 10am or Wednesday 4pm work for you? The episode airs two weeks later.\n\nCheers,\nJordan",
    ),
    'a press interview',
  ],
  [
    'en: a conference talk accepted, speaker slot to confirm',
    mail(
      'DevSummit Programme Team',
      'speakers@devsummit.example',
      'Your talk has been accepted - please confirm your speaker slot',
      "Hi Anika,\n\nGreat news: your talk has been accepted for DevSummit Leeds! We have you in the speaker slot on Thursday 14 November at 11:00 in Hall B. Please confirm by Friday and fill in your speaker bio. A short prep call with your track chair can be arranged next week.\n\nThe DevSummit team",
    ),
    'a career event',
  ],
  [
    'en: a paid research study with a thank-you voucher',
    mail(
      'Ledgerly Research',
      'research@ledgerly.example',
      'Share your experience - 45 minute interview',
      "Hi Sam,\n\nWe're inviting a few customers to take part in a short study about how you use our app for invoicing. It's a 45-minute video interview with one of our designers; there are no right or wrong answers. As a thank you, you'll receive a $75 Amazon gift voucher. Pick a time that suits you here: https://cal.example.com/ledgerly-study\n\nThanks,\nLedgerly",
    ),
    'a user-research interview',
  ],
  [
    'en: a master\'s admission interview with an alumni interviewer',
    mail(
      'Graduate Admissions',
      'gradadmit@northfield.edu.example',
      "Interview invitation - Master's applicants 2026",
      "Dear Wei,\n\nThank you for your application to the MSc in Data Science. As part of our review of master's applicants, an alumni interviewer will meet you online for a 30-minute interview. Please choose a slot between 3 and 7 March. Your statement of purpose will be shared with the interviewer.\n\nGraduate Admissions Office",
    ),
    'an admission interview',
  ],
  [
    'en: a talent-community welcome that mentions interviews',
    mail(
      'Orbital Careers',
      'careers@orbital.example',
      'Welcome to the Orbital talent community',
      "Hi Lena,\n\nThanks for joining our talent community! There's no open role right now that matches your profile, but you'll be the first to hear about future opportunities that match your skills. Keep your profile up to date so our recruiters can reach out for an interview when the right role opens.\n\nThe Orbital Talent team",
    ),
    'a talent-community mail',
  ],
  [
    'en: a friend asking what to wear to her interview',
    mail(
      'Chloe',
      'chloe.b@mailbox.example',
      'tuesday!!',
      "Hiii,\n\nSo I got the interview with the council, it's Tuesday at 10am at the civic centre. What should I wear?? Navy suit or the green dress? Wish me luck haha. Drinks Friday either way?\n\nC xx",
    ),
    'personal mail',
  ],
  [
    'en: a weekly careers newsletter with interview tips and jobs',
    mail(
      'Hirewire Weekly',
      'newsletter@hirewire.example',
      'This week\'s roundup: 5 interview mistakes to avoid',
      "This week's roundup\n\n5 interview mistakes to avoid (and how to schedule your prep)\nJobs you may like: Product Designer at Kettle, Backend Engineer at Moss\nBe an early applicant: 12 new jobs posted this week\n\nUpdate your preferences | Forward this to a friend",
    ),
    'a job alert or newsletter',
  ],
  [
    'es: una revista pide declaraciones y fija una hora',
    mail(
      'Lucía Ferrer',
      'lferrer@revistaemprende.example',
      'Entrevista para la revista Emprende',
      'Hola Andrés:\n\nEstoy preparando una entrevista para nuestra revista sobre startups de logística en Valencia y me encantaría contar con unas declaraciones tuyas. ¿Te viene bien una llamada el jueves a las 12:00? La pieza se publicará el domingo en la edición impresa.\n\nUn saludo,\nLucía',
    ),
    'a press interview',
  ],
  [
    'es: un grupo focal con usuarios',
    mail(
      'Equipo de Producto Pagalo',
      'producto@pagalo.example',
      'Te invitamos a un grupo focal',
      'Hola Martina:\n\nEstamos organizando sesiones con usuarios de la app y nos gustaría invitarte a participar en un grupo focal de 60 minutos el martes 10 a las 18:00 por videollamada. Es una entrevista grupal informal sobre cómo pagas tus servicios. Confirma tu lugar respondiendo a este correo.\n\nGracias,\nEquipo Pagalo',
    ),
    'a user-research interview',
  ],
  [
    'fr: quelques questions pour un article, parution prévue samedi',
    mail(
      'Camille Roussel',
      'c.roussel@lecourrierdelest.example',
      "Demande d'entretien - article sur les reconversions",
      "Bonjour Mme Lefèvre,\n\nJe prépare un dossier sur les reconversions dans l'artisanat et j'aurais quelques questions pour un article. Seriez-vous disponible pour un entretien téléphonique jeudi à 14 h ? La parution est prévue samedi dans notre supplément week-end.\n\nBien à vous,\nCamille Roussel",
    ),
    'a press interview',
  ],
  [
    'fr: une amie encourage avant un entretien',
    mail(
      'Inès',
      'ines.d@courriel.example',
      'demain !!',
      "Coucou ma belle,\n\nBonne chance pour demain ! Ton entretien est à 9h c'est ça ? Tu vas assurer, je suis trop fière de toi. Appelle-moi après pour tout me raconter.\n\nGros bisous,\nInès",
    ),
    'personal mail',
  ],
  [
    'de: ein Auswahlgespräch für einen Masterstudiengang',
    mail(
      'Studienbüro Informatik',
      'studienbuero@hs-rheinau.example',
      'Einladung zum Auswahlgespräch',
      'Sehr geehrte Frau Brandt,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie zum Auswahlgespräch für den Masterstudiengang Informatik ein: am Dienstag, 12. März, um 10:00 Uhr per Videokonferenz. Bitte bestätigen Sie den Termin bis Freitag. Über die Vergabe der Studienplätze informieren wir Sie im April.\n\nMit freundlichen Grüßen\nStudienbüro Informatik',
    ),
    'an admission interview',
  ],
  [
    'de: ein Radiogast, Aufzeichnung am Dienstag',
    mail(
      'Jonas Weber',
      'j.weber@radio-nordwelle.example',
      'Presseanfrage: Interview in unserer Sendung',
      'Hallo Herr Yilmaz,\n\nwir würden Sie gern als Gast in unserer Sendung „Werkbank“ begrüßen. Das Interview dauert etwa 15 Minuten; passt Ihnen Dienstag um 15 Uhr im Studio? Der Beitrag wird am Samstag ausgestrahlt.\n\nViele Grüße\nJonas Weber',
    ),
    'a press interview',
  ],
  [
    'pt: uma roda de conversa gratuita sobre entrevistas',
    mail(
      'Carreiras Conecta',
      'eventos@carreirasconecta.example',
      'Garanta sua vaga: como se sair bem na entrevista',
      'Olá, Bruna!\n\nNesta quinta às 19h teremos uma roda de conversa com recrutadores sobre entrevistas de emprego. É um evento gratuito online, com certificado. Garanta sua vaga pelo link abaixo e traga suas dúvidas!\n\nEquipe Carreiras Conecta',
    ),
    'a career event',
  ],
  [
    'pt: a mãe torce pela entrevista do filho',
    mail(
      'Mãe',
      'regina.souza@correio.example',
      'amanhã',
      'Filho, arrasa amanhã na entrevista! Que horas é mesmo, 10h? Depois me conta como foi. Estou muito orgulhosa de você. Te amo!\n\nMãe',
    ),
    'personal mail',
  ],
];

describe('non-hiring interviews stay out', () => {
  it.each(NEAR_MISSES)('%s', (_label, email, reason) => {
    const d = detectInvitation(email);
    expect(d.invite).toBe(false);
    expect(d.signals).toContain(reason);
  });
});

describe('invitations with neighbouring words stay invitations', () => {
  it('en: an interview for a podcast producer role', () => {
    const d = detectInvitation(
      mail(
        'Hannah Ortiz',
        'hannah.ortiz@soundwell.example',
        'Interview: Senior Podcast Producer',
        "Hi Marcus,\n\nThanks for applying for the Senior Podcast Producer role at Soundwell. We'd like to invite you to a 45-minute video interview with our Head of Audio. Are you available on Thursday 14 March at 2pm or Friday 15 March at 10am?\n\nBest,\nHannah",
      ),
    );
    expect(d.invite).toBe(true);
  });

  it('de: ein Vorstellungsgespräch als Redakteur, mit Blick in die Redaktion', () => {
    const d = detectInvitation(
      mail(
        'Sabine Krüger',
        's.krueger@stadtanzeiger.example',
        'Einladung zum Vorstellungsgespräch – Redakteur (m/w/d) Lokales',
        'Sehr geehrter Herr Vogel,\n\nvielen Dank für Ihre Bewerbung als Redakteur (m/w/d) Lokales. Wir möchten Sie gern zu einem Vorstellungsgespräch einladen: am Mittwoch, 9. April, um 11:00 Uhr in unserer Redaktion. Bitte bestätigen Sie uns den Termin kurz.\n\nMit freundlichen Grüßen\nSabine Krüger',
      ),
    );
    expect(d.invite).toBe(true);
  });

  it('pt: uma entrevista para analista de pesquisa de mercado', () => {
    const d = detectInvitation(
      mail(
        'Renata Lima',
        'renata.lima@painelbrasil.example',
        'Entrevista - Analista de Pesquisa de Mercado',
        'Olá, Diego!\n\nObrigada pela sua candidatura para a vaga de Analista de Pesquisa de Mercado. Gostaríamos de convidar você para uma entrevista com a nossa gestora na quinta-feira, dia 10, às 10h, por videochamada. Esse horário funciona para você?\n\nAbraços,\nRenata',
      ),
    );
    expect(d.invite).toBe(true);
  });
});
