// Role and contact cases that casual, relayed and system mail produce: lower-case and all-caps
// titles, a subject that abbreviates the body's title, sign-offs outside a formal signature,
// introductions, coordinators named in five languages, and team sign-offs that name nobody.
// Every mail here is invented for these tests (not taken from the corpus).
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

function extract(fromName: string, fromEmail: string, subject: string, body: string) {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body });
}

describe('role: the title as written, in its fullest form', () => {
  it('does not read a French subject sentence ("On se retrouve mardi ?") as a title; the inclusive body title wins', () => {
    const x = extract(
      'Lison Arnaud',
      'lison@atelier-mistral.example',
      'On se retrouve mardi ?',
      "Salut Noé,\n\nC'est noté pour mardi à 10h à l'atelier. On te présentera l'équipe et le poste d'Animateur·rice Jeunesse.\n\nÀ mardi,\nLison",
    );
    expect(x.role).toBe('Animateur·rice Jeunesse');
  });

  it('takes the title after "for the" when the match began earlier in a clause ("your CV and they\'d like…")', () => {
    const x = extract(
      'Dale Whitcombe',
      'dale@northgaterecruit.example',
      'Brannock Dairies would like to meet you',
      "Hi Ash,\n\nBrannock Dairies have read your CV and they'd like to meet you for the Weekend Warehouse Team Leader role at the Leek depot.\n\nAre you free Friday at 11am?\n\nCheers,\nDale",
    );
    expect(x.role).toBe('Weekend Warehouse Team Leader');
  });

  it('knows trade titles such as "Doceiro(a)" in a "Vaga de …" subject', () => {
    const pt = extract(
      'Neusa Barros',
      'neusa@docesdavila.example',
      'Re: Vaga de Doceiro(a)',
      'Oi Lia,\n\nConfirmado: sexta às 10h aqui na loja pra conversar sobre a vaga.\n\nAté sexta!\nNeusa',
    );
    expect(pt.role).toBe('Doceiro(a)');
  });
  it('reads a lower-case title in casual mail after "looking for a"', () => {
    const x = extract(
      'Deb Okoro',
      'deb@lumenbakery.example',
      'quick q',
      "hi Tomas - loved your sourdough pics on insta.\n\nwe're looking for a weekend pastry chef. mostly early mornings, 3 days a week.\n\ncould you swing by tuesday at 2 for a chat?\n\ndeb",
    );
    expect(x.role).toBe('weekend pastry chef');
    expect(x.contactFirstName).toBe('Deb');
  });

  it('keeps a capitalised title after a lower-case qualifier ("freelance Webflow Developer")', () => {
    const x = extract(
      'Ines Halloran',
      'ines@quillandmoss.example',
      'Website rebuild - call?',
      'Hi Sol,\n\nWe are hiring a freelance Webflow Developer for about a month to rebuild our shop.\n\nWould Thursday at 3pm work for a quick call?\n\nThanks!\nInes',
    );
    expect(x.role).toBe('freelance Webflow Developer');
  });

  it('does not take a lower-case phrase without a job noun ("looking for a time that works")', () => {
    const x = extract(
      'Ruth Pell',
      'ruth@pellandsons.example',
      'catch up',
      "hi Bo,\n\nlooking for a time that works for a call next week about your application.\n\nruth",
    );
    expect(x.role).toBeNull();
  });

  it('reads lower-case titles in Spanish, French and Portuguese, with their bracketed shift', () => {
    const es = extract(
      'Paco Lérida',
      'paco@barlacigala.example',
      'Tu CV',
      'Hola Marta:\n\nSoy Paco, el dueño del Bar La Cigala. Vimos tu CV para el puesto de ayudante de cocina (turno de tarde) y nos gustaría conocerte.\n\n¿Puedes pasarte el viernes a las 12:00?\n\nUn saludo,\nPaco',
    );
    expect(es.role).toBe('ayudante de cocina (turno de tarde)');
    const fr = extract(
      'Anouk Béranger',
      'anouk.beranger@univ-lorvel.example.fr',
      'Audition – concours 2027',
      "Monsieur,\n\nLe comité de sélection pour le recrutement d'un maître de conférences en chimie organique vous convie à une audition le jeudi 4 mars à 14h.\n\nBien cordialement,\n\nAnouk Béranger\nPrésidente du comité",
    );
    expect(fr.role).toBe('maître de conférences en chimie organique');
    const pt = extract(
      'Rui Tavares',
      'rui@padariaestrela.example',
      'Sua candidatura',
      'Olá Bia,\n\nRecebemos seu currículo para a vaga de auxiliar de padeiro (madrugada). Podemos conversar na quarta às 10h?\n\nAbraço,\nRui',
    );
    expect(pt.role).toBe('auxiliar de padeiro (madrugada)');
  });

  it('reads an all-caps mail and keeps its parenthesised shift', () => {
    const x = extract(
      "DUKE'S HAULING",
      'duke@dukeshauling.example',
      'DRIVER',
      'HELLO MIKE\n\nGOT YOUR APPLICATION FOR BOX TRUCK DRIVER (WEEKENDS). COME BY MONDAY 9AM FOR AN INTERVIEW.\n\nDUKE\n\n--\nDuke Marrow, Owner\nDuke\'s Hauling',
    );
    expect(x.role).toBe('BOX TRUCK DRIVER (WEEKENDS)');
    expect(x.contactFirstName).toBe('Duke');
  });

  it('prefers the body\'s full title to the subject\'s abbreviation or short form', () => {
    const vp = extract(
      'Corin Walsh',
      'corin.walsh@bellmarecapital.example',
      'SVP, Risk Analytics – Bellmare Capital',
      "Hi Jun,\n\nWe have a position we've just opened: Senior Vice President, Risk Analytics, based in Boston. Would you be open to a 30-minute call on Wednesday?\n\nBest,\nCorin",
    );
    expect(vp.role).toBe('Senior Vice President, Risk Analytics');
    const prof = extract(
      'Halima Serrano',
      'h.serrano@crestfield.example.edu',
      'Campus interview – Associate Professor, Environmental Engineering',
      'Dear Dr. Obi,\n\nThe search committee invites you to campus as a finalist for the position of Associate Professor in Environmental Engineering. Could you visit on March 3 or March 10?\n\nWith best regards,\n\nHalima Serrano\nChair, Search Committee',
    );
    expect(prof.role).toBe('Associate Professor in Environmental Engineering');
  });

  it('never ends a title with "application" and keeps a bracketed shift from the body', () => {
    const x = extract(
      'Noor Haddad',
      'noor@saffronhouse.example',
      'Re: Prep Cook application',
      "Hi Eli,\n\nThanks for applying for the Prep Cook (AM shift) position at Saffron House! Could you come in Wednesday at 3pm for a short interview?\n\nThanks,\nNoor",
    );
    expect(x.role).toBe('Prep Cook (AM shift)');
  });

  it('"your application for X" alone names no role (acknowledgements say it too) but can spell out the subject\'s title', () => {
    const ack = extract(
      'Copperleaf Bistro',
      'jobs@copperleafbistro.example',
      'We got your application!',
      "Hi Rae,\n\nThanks for applying! We've received your application for Host - Brunch Shift and will be in touch within a week.\n\nCheers,\nThe Copperleaf crew",
    );
    expect(ack.role).toBeNull();
    expect(ack.contactFirstName).toBeNull();
    const fuller = extract(
      'Copperleaf Bistro',
      'jobs@copperleafbistro.example',
      'Host interview',
      'Hi Rae,\n\nThanks for your application for Host - Brunch Shift (Weekends). Can you come in Friday at 3pm?\n\n- Marisol',
    );
    expect(fuller.role).toBe('Host - Brunch Shift (Weekends)');
    expect(fuller.contactFirstName).toBe('Marisol');
  });

  it('reads a title after "the process for" and "applying to be our", with qualifiers', () => {
    const a = extract(
      'Ridgeway Mutual Recruiting',
      'recruiting-scheduler@ridgewaymutual.example',
      'Please choose your interview time',
      'Hi Lena,\n\nCongratulations on moving forward in the process for Principal Actuary, Commercial Lines at Ridgeway Mutual! Please pick a time: https://ats.example.com/rm/s/19\n\nBest,\nOwen Pratt\nRecruiting Coordinator',
    );
    expect(a.role).toBe('Principal Actuary, Commercial Lines');
    const b = extract(
      'Pinefold (via ClipCall)',
      'no-reply@ats.example.com',
      'Record your answers',
      'Hi Ade,\n\nThanks for applying to be our Community Support Agent (Weekends, Remote)! Please record three short answers here: https://ats.example.com/v/pinefold/11\n\nAny trouble, just reply to sana@pinefold.example.\n\nSana Idris\nOps Lead, Pinefold',
    );
    expect(b.role).toBe('Community Support Agent (Weekends, Remote)');
  });
});

describe('contact: the writer, else the named coordinator; never a team', () => {
  it('reads a person from a display name with "(via …)" or "(Company)" around it', () => {
    const via = extract(
      'Tobias Renn (via HireLoop)',
      'tobias.renn@quarrybank.example',
      'Interview moved',
      'Dear Ms. Ito,\n\nWe need to move your interview for the Credit Analyst role to Friday at 10:00.\n\nKind regards,\n\nTobias Renn\nTalent Coordinator\nQuarry Bank',
    );
    expect(via.contactFirstName).toBe('Tobias');
    const shop = extract(
      'Kat (Fernleaf Florals)',
      'kat@fernleaf.example',
      'florist - saturdays',
      "hey Mo! we've got a Florist Assistant spot open on saturdays. can i call you thursday around 4?\n\n- Kat\nowner @ fernleaf",
    );
    expect(shop.contactFirstName).toBe('Kat');
  });

  it('reads a sign-off name from a shared mailbox: "- Sam", "Cheers, Sam"', () => {
    const dash = extract(
      'Loop Cycles',
      'team@loopcycles.example',
      'Bike Mechanic interview',
      'Hi Ravi,\n\nCan you come in Saturday at 11 to talk about the Bike Mechanic role?\n\n- Sam\nLoop Cycles, 4 Dock St',
    );
    expect(dash.contactFirstName).toBe('Sam');
    const cheers = extract(
      'Loop Cycles',
      'team@loopcycles.example',
      'Bike Mechanic interview',
      'Hi Ravi,\n\nCan you come in Saturday at 11 to talk about the Bike Mechanic role?\n\nCheers, Sam',
    );
    expect(cheers.contactFirstName).toBe('Sam');
  });

  it('reads the writer from "I\'m X" and "X here" in a team mailbox', () => {
    const intro = extract(
      'Brasa Taquería',
      'hola@brasa.example',
      'Entrevista',
      'Hola Diego:\n\nSoy Lupita, la gerente de Brasa. ¿Puedes venir el martes a las 17:00 para una entrevista para el puesto de Cocinero?\n\n¡Gracias!',
    );
    expect(intro.contactFirstName).toBe('Lupita');
    const here = extract(
      'Fieldnote Studio',
      'studio@fieldnote.example',
      'Designer role',
      'Hi Ana,\n\nTheo here, from Fieldnote. We would love to talk about the Junior Designer role - are you free Monday at 2pm?',
    );
    expect(here.contactFirstName).toBe('Theo');
  });

  it('finds a signature name after "--" and a surname like McAllister, even for a firm named after the owner', () => {
    const x = extract(
      "GUS'S AUTO REPAIR",
      'gus@gussauto.example',
      'MECHANIC',
      'HI JO\n\nCAN YOU COME THURSDAY 4PM FOR AN INTERVIEW FOR THE MECHANIC JOB.\n\n--\nGus McAllister, Owner\nGus\'s Auto Repair',
    );
    expect(x.contactFirstName).toBe('Gus');
    const y = extract(
      'Harrowgate College Recruitment',
      'recruitment@harrowgate.example.ac.uk',
      'Interview: Lecturer in Law',
      'Dear Dr. Osei,\n\nI am pleased to invite you to interview for the post of Lecturer in Law on 3 June.\n\nYours sincerely,\n\nEilidh MacLeod\nRecruitment Officer',
    );
    expect(y.contactFirstName).toBe('Eilidh');
  });

  it('names the coordinator in system mail, in five languages', () => {
    const cases: [string, string, string][] = [
      ['Good news! Priya Natarajan from Cobalt Freight would like to speak with you about Dispatcher. Book a time: https://ats.example.com/b/1', 'Priya', 'en'],
      ['Elige un horario: https://ats.example.com/b/2\n\nSi tienes dudas, comunícate con Rocío Ibáñez, de Recursos Humanos, al 55 5555 0101.', 'Rocío', 'es'],
      ['Choisissez un créneau : https://ats.example.com/b/3\n\nPour toute question, contactez Gaëlle Moreau au 01 23 45 67 89.', 'Gaëlle', 'fr'],
      ['Bitte wählen Sie einen Termin: https://ats.example.com/b/4\n\nBei Fragen wenden Sie sich an Frau Jana Kessler.', 'Jana', 'de'],
      ['Escolha um horário: https://ats.example.com/b/5\n\nEm caso de dúvidas, entre em contato com Larissa Prado pelo telefone 11 5555 0102.', 'Larissa', 'pt'],
    ];
    for (const [body, name] of cases) {
      const x = extract('Cobalt Freight Careers', 'no-reply@ats.example.com', 'Interview', `Hello,\n\n${body}\n\nThis message was sent automatically.`);
      expect(x.contactFirstName, body.slice(0, 40)).toBe(name);
    }
  });

  it('returns null for a team sign-off and for no-reply mail naming nobody', () => {
    const crew = extract(
      'Juniper Diner',
      'jobs@juniperdiner.example',
      'Interview for Host',
      "Hi Cam,\n\nWe'd like you to come in Friday at 3pm to interview for the Host position.\n\nSee you soon,\nThe Juniper crew\n\nJuniper Diner | 8 Elm St",
    );
    expect(crew.contactFirstName).toBeNull();
    const system = extract(
      'Orrin Labs Careers',
      'no-reply@ats.example.com',
      'Choose your interview slot – Lab Technician',
      'Hello,\n\nPlease choose a slot for your interview for Lab Technician: https://ats.example.com/orrin/7\n\nJoin here: https://video.example.com/orrin\n\nOrrin Labs Talent Team\n\nPlease do not reply.',
    );
    expect(system.contactFirstName).toBeNull();
  });

  it('does not take a job title in a coordinator-like phrase for a person', () => {
    const x = extract(
      'Tessel Analytics Careers',
      'no-reply@ats.example.com',
      'Next step',
      'Dear Kim,\n\nYour application for Senior Data Analyst at Tessel Analytics has moved to the next stage. Please book a video interview: https://ats.example.com/t/2\n\nTessel Analytics Recruitment',
    );
    expect(x.contactFirstName).toBeNull();
  });
});

describe('role: job nouns no list holds, and verbs of filling a seat', () => {
  it('counts practitioner endings (-ologist, -therapist, -iste) as job nouns, not "entrevista" or "checklist"', () => {
    const en = extract(
      'Priya Anand',
      'priya.anand@basaltwater.example',
      'Next steps',
      'Hi Tom,\n\nWe would like to interview you for the Senior Hydrogeologist (Contract) position at Basalt Water.\n\nDoes Wednesday at 10:00 work?\n\nPriya Anand\nTalent Partner',
    );
    expect(en.role).toBe('Senior Hydrogeologist (Contract)');
    const fr = extract(
      'Hélène Marchetti',
      'h.marchetti@clinique-saintroch.example',
      'Votre candidature',
      "Bonjour Madame Lenoir,\n\nSuite à votre candidature au poste de Standardiste bilingue à la Clinique Saint-Roch, je vous propose un entretien mardi à 11h.\n\nCordialement,\nHélène Marchetti",
    );
    expect(fr.role).toBe('Standardiste bilingue');
    const es = extract(
      'Selección Ferrovial Norte',
      'no-reply@ats.example.com',
      'Entrevista',
      'Hola Lucía:\n\nTe escribimos para concertar la Entrevista Final en nuestras oficinas. Elige un horario aquí: https://ats.example.com/fn/123\n\nEquipo de Selección',
    );
    expect(es.role).toBeNull();
  });

  it('reads a German title named in both genders ("Steinmetz / Steinmetzin")', () => {
    const x = extract(
      'Jana Brückner',
      'jana.brueckner@steinwerk-muehlau.example',
      'Ihre Bewerbung als Steinmetz / Steinmetzin (Geselle)',
      'Hallo Herr Aydin,\n\ndanke für Ihre Bewerbung als Steinmetz / Steinmetzin (Geselle)! Hätten Sie am Freitag um 8 Uhr Zeit für ein Gespräch in der Werkstatt?\n\nViele Grüße\nJana Brückner',
    );
    expect(x.role).toBe('Steinmetz / Steinmetzin (Geselle)');
  });

  it('reads the title after "hire our first", "adding a", "find their next" and "cherche un·e"', () => {
    const hire = extract(
      'sam ortiz',
      'sam@tinyforge.example',
      'your talk',
      "hey Ari, loved your talk. we're about to hire our first Solutions Engineer. 20 min on thursday?\n\nsam",
    );
    expect(hire.role).toBe('Solutions Engineer');
    const adding = extract(
      'Mona Reyes',
      'mona@quaystone.example',
      'Data at Quaystone',
      "Hi Lee,\n\nWe're adding a Principal Data Engineer, Risk Models to a team of four. Open to a call next week?\n\nMona",
    );
    expect(adding.role).toBe('Principal Data Engineer, Risk Models');
    const find = extract(
      'Owen Tait',
      'owen@taitsearch.example',
      'Confidential search',
      'Hi Kim,\n\nA logistics client asked us to find their next Chief Operating Officer. Could we speak on Monday?\n\nOwen',
    );
    expect(find.role).toBe('Chief Operating Officer');
    const fr = extract(
      'Léa Morin',
      'lea@atelier-grive.example',
      'Un café ?',
      "Salut Théo,\n\nOn cherche un·e Chargé·e de communication pour rejoindre l'équipe. Un café jeudi à 10h ?\n\nLéa",
    );
    expect(fr.role).toBe('Chargé·e de communication');
  });

  it('takes the title after "the hiring team for" without its requisition number', () => {
    const x = extract(
      'Harbourline Health Careers',
      'no-reply@ats.example.com',
      'Action needed: choose your interview time',
      'Hello Dana,\n\nThe hiring team for Senior Nurse Educator, Cardiology (Req 88-1204) at Harbourline Health would like to meet with you. Pick a time: https://ats.example.com/hh/88-1204\n\nHarbourline Health Talent Acquisition',
    );
    expect(x.role).toBe('Senior Nurse Educator, Cardiology');
  });
});

describe('contact: titles, team sign-offs, firm-named mailboxes and addresses', () => {
  it('skips academic titles before a name ("Dipl.-Ing.", "Mag.") and never takes "Ihr" or "Votre"', () => {
    const de = extract(
      'Dipl.-Ing. Jens Hartwig',
      'jens.hartwig@brueckenbau-lenz.example',
      'Einladung zum Vorstellungsgespräch',
      'Sehr geehrte Frau Ott,\n\ngerne laden wir Sie am Montag um 10 Uhr zum Gespräch ein.\n\nMit freundlichen Grüßen\nDipl.-Ing. Jens Hartwig\nBereichsleiter',
    );
    expect(de.contactFirstName).toBe('Jens');
    const sys = extract(
      'Kliniken Saaltal – Karriere',
      'no-reply@ats.example.com',
      'Ihr Vorstellungsgespräch',
      'Sehr geehrter Herr Brandt,\n\nwir bestätigen Ihren Termin am Dienstag um 9 Uhr.\n\nMit freundlichen Grüßen\nMag. Ilse Wohlgemuth\nPersonalentwicklung',
    );
    expect(sys.contactFirstName).toBe('Ilse');
    const team = extract(
      'Kliniken Saaltal – Karriere',
      'no-reply@ats.example.com',
      'Ihr Vorstellungsgespräch',
      'Sehr geehrter Herr Brandt,\n\nwir bestätigen Ihren Termin am Dienstag um 9 Uhr.\n\nMit freundlichen Grüßen\nIhr Recruitingteam\nKliniken Saaltal',
    );
    expect(team.contactFirstName).toBeNull();
  });

  it('reads a mailbox named after the firm ("Brackenridge Dental Scheduling") as a system and takes the signer', () => {
    const x = extract(
      'Brackenridge Dental Scheduling',
      'scheduling@brackenridge.example',
      'Interview confirmed',
      'Hello Sam,\n\nYour interview for the Dental Hygienist role is confirmed for Friday at 9:00.\n\nBest regards,\n\nColette Amsel\nPractice Coordinator, Brackenridge Dental',
    );
    expect(x.contactFirstName).toBe('Colette');
  });

  it('takes the coordinator named after a capitalised post, not a signature\'s "Recruiter, Company"', () => {
    const x = extract(
      'Orrin Valley Care Recruitment',
      'no-reply@ats.example.com',
      'Your interview has moved',
      'Hi Jo,\n\nYour interview is now on Thursday at 14:00.\n\nIf you have any questions, please contact our Talent & Onboarding Coordinator, Imani Osei, on 01234 555 0101.\n\nOrrin Valley Care Recruitment\nThis message was sent automatically.',
    );
    expect(x.contactFirstName).toBe('Imani');
  });

  it('takes "Person (Company)" sent through an applicant-tracking system, but not a bare firm name', () => {
    const person = extract(
      'Tomás Ibarra (Conservas del Cantábrico)',
      'seleccion@ats.example.com',
      'Confirmación de tu entrevista',
      'Hola Ana:\n\nTe confirmamos la entrevista el lunes a las 10:00. Pregunta en recepción por Tomás Ibarra.\n\n¡Hasta el lunes!\n\nDe conformidad con el RGPD, tus datos serán tratados por Conservas del Cantábrico.',
    );
    expect(person.contactFirstName).toBe('Tomás');
    const firm = extract(
      'Harwick Tiles',
      'no-reply@ats.example.com',
      'Interview invitation',
      'Dear Applicant,\n\nYou are invited to interview on Monday at 10:00 at Harwick Tiles, 4 Mill Lane.\n\nPlease choose a slot: https://ats.example.com/harwick/77\n\nHarwick Tiles',
    );
    expect(firm.contactFirstName).toBeNull();
  });

  it('reads the given name from an address written with an initial ("c.delacroix@") or a trailing one ("marguerite.b@")', () => {
    const initial = extract(
      'Maison Verlaine – Recrutement',
      'no-reply@ats.example.com',
      'Votre entretien',
      "Madame,\n\nNous confirmons votre entretien lundi à 9h30 avec Mme Céleste Delacroix, responsable RH.\n\nPour toute question : c.delacroix@verlaine.example.\n\nLe service Ressources Humaines",
    );
    expect(initial.contactFirstName).toBe('Céleste');
    const trailing = extract(
      'Fenmoor Goods Careers',
      'jobs@fenmoor.example',
      'Pick a time',
      "Hey Kai,\n\nNext step is a chat at the store. Grab a time here: https://ats.example.com/fenmoor/12\n\nCan't find a slot? Email Rosalind at rosalind.b@fenmoor.example.\n\nThe Fenmoor People Team",
    );
    expect(trailing.contactFirstName).toBe('Rosalind');
  });

  it('never takes a department word that opens a team sign-off ("Departamento de Selección") for a given name', () => {
    const es = extract(
      'Cerámicas del Turia – Empleo',
      'no-reply@ats.example.com',
      'Confirmación de entrevista – Operario/a de Esmaltado',
      'Estimada Sra. Puig:\n\nLe confirmamos su entrevista el jueves 12 a las 9:30 en nuestra planta de Manises.\n\nSi necesita cambiar la hora, puede ponerse en contacto con Nerea Albiol en el 961 55 03 40.\n\nAtentamente,\nDepartamento de Selección\nCerámicas del Turia',
    );
    expect(es.contactFirstName).toBe('Nerea');
    const pt = extract(
      'Laticínios Serra Alta',
      'no-reply@ats.example.com',
      'Sua entrevista – Auxiliar de Produção',
      'Olá Caio,\n\nSua entrevista está marcada para segunda às 8h.\n\nAtenciosamente,\nAtração de Talentos\nLaticínios Serra Alta',
    );
    expect(pt.contactFirstName).toBeNull();
  });

  it('reads "an Frau Surname" as a surname: the given name written before it elsewhere, else nobody', () => {
    const named = extract(
      'Lindner Gießtechnik – Karriere',
      'karriere-noreply@ats.example.com',
      'Einladung zum Vorstellungsgespräch – Gießereimechaniker (m/w/d)',
      'Sehr geehrter Herr Yilmaz,\n\ndas Gespräch führen Herr Uwe Brandt und Ihre Ansprechpartnerin aus dem Personalwesen, Frau Svenja Hartkopf.\n\nBitte wählen Sie einen Termin: https://ats.example.com/de/lindner/44\n\nBei Fragen wenden Sie sich bitte direkt an Frau Hartkopf.\n\nMit freundlichen Grüßen\nIhr Personalteam',
    );
    expect(named.contactFirstName).toBe('Svenja');
    const surnameOnly = extract(
      'Lindner Gießtechnik – Karriere',
      'karriere-noreply@ats.example.com',
      'Einladung zum Vorstellungsgespräch',
      'Sehr geehrter Herr Yilmaz,\n\nbitte wählen Sie einen Termin: https://ats.example.com/de/lindner/45\n\nBei Fragen wenden Sie sich an Frau Hartkopf.\n\nMit freundlichen Grüßen\nIhr Personalteam',
    );
    expect(surnameOnly.contactFirstName).toBeNull();
  });

  it('finds the coordinator a no-reply reminder names as "our recruiting coordinator"', () => {
    const x = extract(
      'Brightfork Veterinary',
      'noreply@ats.example.com',
      'Reminder: interview tomorrow – Veterinary Technician',
      'Hi Jonah,\n\nA reminder of your interview tomorrow at 2:30 PM.\n\nNeed to move it? Call Priscila Monteverde, our recruiting coordinator, at (505) 555-0177.\n\nBrightfork Veterinary Recruiting\nThis mailbox is not monitored.',
    );
    expect(x.contactFirstName).toBe('Priscila');
  });

  it('reads a directory-order display name "Surname, Given" as the given name', () => {
    const x = extract(
      'Achterberg, Mirjam',
      'mirjam.achterberg@dunehaven.example',
      'Gesprek – Projectleider Infra',
      'Beste Daan,\n\nWould you be free on Tuesday at 10:00 for an interview for the Projectleider Infra role?\n\nKind regards,\nMirjam Achterberg\nDunehaven Engineering',
    );
    expect(x.contactFirstName).toBe('Mirjam');
  });
});

describe('contact: names that sign without a closing phrase, coordinators named before their post', () => {
  it('a name line over a job title signs a team mailbox, also just above a "--" footer', () => {
    const x = extract(
      'Marlow Freight Careers',
      'careers@marlowfreight.example',
      'New time: Yard Supervisor interview',
      "Hello Dana,\n\nOur Operations Manager had a clash, so we have moved your interview for the Yard Supervisor role to Friday at 2:00 PM. Ask for Glen at the gatehouse.\n\nSorry for the change.\n\nPriscilla Okoye\nRecruitment Coordinator\nMarlow Freight\n(555) 010-4471\n\n-- \nThis message was sent by the Marlow Freight careers desk; replies are read within one business day, including weekends and public holidays.",
    );
    expect(x.contactFirstName).toBe('Priscilla');
  });

  it('es: a department word opening the display name ("Reclutamiento …") is never the first name', () => {
    const x = extract(
      'Reclutamiento Farmacias del Valle',
      'reclutamiento@farmaciasdelvalle.example',
      'Entrevista – Auxiliar de Farmacia',
      '¡Hola, Sofía!\n\nQueremos invitarte a una entrevista para la vacante de Auxiliar de Farmacia el martes 3 de junio a las 10:00 h en nuestra sucursal Centro.\n\nConfirma tu asistencia respondiendo este correo.\n\n¡Te esperamos!\n\nMaricruz Peña\nCoordinadora de Reclutamiento\nFarmacias del Valle',
    );
    expect(x.contactFirstName).toBe('Maricruz');
  });

  it('fr/de: "avec Aurélie Chanal, chargée de recrutement" / "mit Jana Roth, Recruiterin" in no-reply mail', () => {
    const fr = extract(
      'Recrutement Fromageries du Jura',
      'ne-pas-repondre@ats.example.com',
      "Votre candidature – choisissez votre créneau d'entretien",
      "Bonjour Théo,\n\nNous souhaitons vous proposer un entretien téléphonique avec Gaëlle Morin, chargée de recrutement.\n\nRéservez votre créneau : https://ats.example.com/fr/planning/fj-2231\n\nLe service Ressources Humaines\nFromageries du Jura\n\nCe message est généré automatiquement, merci de ne pas y répondre.",
    );
    expect(fr.contactFirstName).toBe('Gaëlle');
    const de = extract(
      'Karriere Brenntal Werke',
      'no-reply@ats.example.com',
      'Einladung zum Telefoninterview',
      'Hallo Herr Voss,\n\nwir möchten Sie zu einem Telefoninterview mit Jana Roth, Recruiterin, einladen. Bitte wählen Sie einen Termin: https://ats.example.com/de/termin/bw-118\n\nIhr Personalteam\nBrenntal Werke',
    );
    expect(de.contactFirstName).toBe('Jana');
  });

  it('keeps a Korean given name with a lower-case second syllable whole ("Min-jun")', () => {
    const x = extract(
      'Min-jun Seo',
      'minjun@lanternpay.example',
      'Staff Backend Engineer – lunch?',
      "Hi Omar,\n\nMin-jun here, CTO at Lanternpay. We're hiring a Staff Backend Engineer and your payments work stood out. Lunch on Tuesday near our office?\n\nCheers,\nMin-jun",
    );
    expect(x.contactFirstName).toBe('Min-jun');
  });
});

describe('role: forms the title takes in subjects and sentences', () => {
  it('fr: "On recrute un·e Chargé·e de Communication (Alternance)" names the role', () => {
    const x = extract(
      'Léa Garnier',
      'lea@pixelbrioche.example',
      'Un café la semaine prochaine ?',
      "Salut Malo,\n\nOn recrute un·e Chargé·e de Communication (Alternance) pour notre studio. Ça te dirait qu'on prenne un café jeudi ?\n\nÀ bientôt,\nLéa",
    );
    expect(x.role).toBe('Chargé·e de Communication (Alternance)');
  });

  it('prefers the body\'s spelled-out title to an acronym and an interview "round" in the subject', () => {
    const x = extract(
      'Tomas Ruiz',
      'tomas.ruiz@gridlane.example',
      'Gridlane – QAE final round',
      'Hi Kim,\n\nThe team would like to move you forward for the Quality Assurance Engineer – Payments position. Could you do Thursday at 10am for the final round?\n\nThanks,\nTomas',
    );
    expect(x.role).toBe('Quality Assurance Engineer – Payments');
  });

  it('prefers "Job is the Forklift Operator" to a lower-case subject mention', () => {
    const x = extract(
      'Deb Carver',
      'deb@summitstaffing.example',
      'Monday 6am – 1st shift forklift spot',
      "Hi Ray,\n\nThe warehouse wants you in Monday at 6. Job is the Forklift Operator on first shift, $19/hr. Ask for Lou at the dock office.\n\nText me after!\nDeb",
    );
    expect(x.role).toBe('Forklift Operator');
  });

  it('keeps a named graduate programme with its year and track', () => {
    const x = extract(
      'Fenwick Insurance Early Careers',
      'earlycareers-noreply@ats.example.com',
      'Your next step – video assessment',
      "Hi Sam,\n\nYou've passed the online tests for the Actuarial Graduate Programme 2026 – Pensions at Fenwick Insurance. Please complete your recorded video assessment by Friday.\n\nGood luck,\nEarly Careers Team\nFenwick Insurance",
    );
    expect(x.role).toBe('Actuarial Graduate Programme 2026 – Pensions');
  });

  it('knows practitioner and paraprofessional titles in a quoted thread', () => {
    const x = extract(
      'Nadia Bell',
      'nadia@hillsidekids.example',
      'Re: Nursery Practitioner (Part-time)',
      "Hi Erin,\n\nThursday at 11 is perfect, see you then.\n\nNadia\n\nOn Mon, Erin wrote:\n> Thursday works for me.\n>\n>> Thank you for your application for the Nursery Practitioner (Part-time) post. Could you come in on Thursday at 11?",
    );
    expect(x.role).toBe('Nursery Practitioner (Part-time)');
  });
});

describe('contact: lines under a sign-off that are not a name', () => {
  it('de: "Im Auftrag" under the closing is not a name; the person signing below it is', () => {
    const x = extract(
      'Gemeinde Talheim Personalamt',
      'personalamt@talheim.example',
      'Einladung zum Vorstellungsgespräch – Erzieher (m/w/d)',
      'Sehr geehrte Frau Lenz,\n\nwir laden Sie am Dienstag, 17. Juni, um 10:00 Uhr zu einem Vorstellungsgespräch ins Rathaus ein. Bitte bestätigen Sie den Termin per E-Mail.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nKerstin Vogler\nPersonalamt\nGemeinde Talheim',
    );
    expect(x.contactFirstName).toBe('Kerstin');
  });

  it('a town and state code under a team sign-off ("Denver, CO") is not a person', () => {
    const x = extract(
      'Alpine Crest Foods Early Careers',
      'earlycareers-noreply@ats.example.com',
      'Next step: record your video interview – Associate Buyer',
      "Hi Jordan,\n\nPlease record your video interview for the Associate Buyer role by Friday: https://ats.example.com/acf/video/77x\n\nGood luck!\nAlpine Crest Foods Early Careers Team\nDenver, CO\n\nPlease do not reply to this email. This inbox is not monitored.",
    );
    expect(x.contactFirstName).toBeNull();
  });
});

describe('role: the body spells out what the subject shortens; characters copied as written', () => {
  it('de: a suspended hyphen ("Elektro- und Informationstechniker") is kept', () => {
    const x = extract(
      'Jana Wolff',
      'j.wolff@stadtwerke-aarfeld.example',
      'Kennenlerntag bei den Stadtwerken',
      'Liebe Frau Demir,\n\nvielen Dank für Ihre Bewerbung als Elektro- und Informationstechnikerin (m/w/d) für unser Netzteam.\n\nWir laden Sie gerne zu einem Gespräch am Dienstag, 10. Juni, um 9:00 Uhr ein.\n\nMit freundlichen Grüßen\nJana Wolff\nPersonal\nStadtwerke Aarfeld GmbH',
    );
    expect(x.role).toBe('Elektro- und Informationstechnikerin (m/w/d)');
  });

  it('en: "P&C Underwriter" in the subject, "Property & Casualty Underwriter" contract in the body', () => {
    const x = extract(
      'Brent Hollis',
      'brent@keystoneriskstaffing.example',
      'P&C Underwriter – client interview Thurs',
      'Hi Maya,\n\nThe client liked your resume and wants to meet you for the Property & Casualty Underwriter contract. Thursday 2:00 PM on Teams. Can you confirm?\n\nBrent Hollis\nRecruiter | Keystone Risk Staffing',
    );
    expect(x.role).toBe('Property & Casualty Underwriter');
  });

  it('en: "Travel Nurse – M&S" spelled on its own body line as "… – Medical & Surgical (Nights)"', () => {
    const x = extract(
      'Kendra Voss',
      'kendra@pinecrestmedstaff.example',
      'Travel Nurse – M&S – Riverbend Medical Center – 13 wks',
      "Hi Jo!\n\nGot a contract I think you'll like:\n\nRiverbend Medical Center – Tulsa, OK\nTravel Nurse – Medical & Surgical (Nights)\n• Start 10/6\n\nThe manager does quick phone interviews. Can you do a call with me tonight?\n\nKendra",
    );
    expect(x.role).toBe('Travel Nurse – Medical & Surgical (Nights)');
  });

  it('en: the subject\'s words again with the qualifier in a bracket: the body form wins', () => {
    const x = extract(
      'Inés Carmona',
      'ines@tidelinepay.example',
      'Video interview for Bilingual Billing Specialist',
      "Hi Marco,\n\nWe'd like to invite you to a 30-minute video interview for the Billing Specialist (Bilingual French/English) role. Do Monday at 10:00 or Tuesday at 14:00 work?\n\nInés",
    );
    expect(x.role).toBe('Billing Specialist (Bilingual French/English)');
  });

  it('fr: "Poste de conseiller …" in the subject is a label and a casual mention; the body title wins', () => {
    const x = extract(
      'Rémi Gagnon',
      'r.gagnon@assurancesboreal.example',
      'Poste de conseiller en sinistres – premier appel?',
      "Bonjour Léa,\n\nMerci d'avoir postulé pour le poste de Conseiller(ère) en règlement de sinistres à notre bureau de Québec. Est-ce que jeudi à 10 h te conviendrait pour un appel?\n\nRémi Gagnon\nAssurances Boréal",
    );
    expect(x.role).toBe('Conseiller(ère) en règlement de sinistres');
  });
});

describe('contact: a post or a pronoun where a coordinator name would stand', () => {
  it('en: "Interviewer: Radiology Imaging Department Supervisor" on no-reply mail names nobody', () => {
    const x = extract(
      'Lakeview General Hospital',
      'no-reply@ats.example.com',
      'Interview Confirmation – CT Technologist',
      'Dear Priya,\n\nThis confirms your interview for CT Technologist.\n\nDate: Monday, June 2\nTime: 10:00 AM\nInterviewer: Radiology Imaging Department Supervisor\n\nLakeview General Hospital\nTalent Acquisition\n\nThis is an automated notification.',
    );
    expect(x.contactFirstName).toBeNull();
  });

  it('de: "wenden Sie sich an Ihren Ansprechpartner im Recruiting, Ole-Marten Sievers" names Ole-Marten', () => {
    const x = extract(
      'Hafenwerk Kiel – Recruiting',
      'noreply@ats.example.com',
      'Terminbestätigung: Vorstellungsgespräch Schweißer (m/w/d)',
      'Guten Tag Herr Yilmaz,\n\nhiermit bestätigen wir Ihren Termin für das Vorstellungsgespräch als Schweißer (m/w/d).\n\nDatum: Mittwoch, 8. Oktober, 9:00 Uhr\n\nSollten Sie den Termin nicht wahrnehmen können, wenden Sie sich bitte an Ihren Ansprechpartner im Recruiting, Ole-Marten Sievers, unter 0431 5550 112.\n\nIhr Recruiting-Team\nHafenwerk Kiel GmbH\n\nDiese E-Mail wurde automatisch erstellt.',
    );
    expect(x.contactFirstName).toBe('Ole-Marten');
  });

  it('en: no-reply mail naming "Odile Vance, our Night Ops Coordinator" names Odile', () => {
    const x = extract(
      'Brackenfield Foods Careers',
      'careers-noreply@ats.example.com',
      'Brackenfield Foods: book your chat – Line Supervisor (Nights)',
      'Hi Devon,\n\nThanks for applying for Line Supervisor (Nights) at Brackenfield Foods.\n\nNext is a 20-minute call with Odile Vance, our Night Ops Coordinator. She will explain the rota and the plant tour.\n\nPick a slot: https://ats.example.com/brackenfield/slots/ls-nights\n\nSee you soon,\nThe Brackenfield Foods Careers Team',
    );
    expect(x.contactFirstName).toBe('Odile');
  });

  it('en: "Tomasz – Quayside Staffing" writing from tomasz@ and signing "Tomasz" names Tomasz, not nobody', () => {
    const x = extract(
      'Tomasz – Quayside Staffing',
      'tomasz@quaysidestaffing.example',
      'Mon interview – Forklift Operator (Days)',
      "Hi Lena,\n\nGot you booked for an interview for the Forklift Operator (Days) job at our client's yard in Hull. Monday 9am.\n\nText me back YES to confirm.\n\nTomasz\nQuayside Staffing",
    );
    expect(x.contactFirstName).toBe('Tomasz');
  });

  it('pt/es/fr: a two-word given name before a surname is kept whole ("Ana Paula", "José Luis"); "Ana Lima" stays "Ana"', () => {
    const pt = extract(
      'Ana Paula Correia',
      'ap.correia@ribeiranorte.example',
      'Convite para entrevista – Analista de Logística',
      'Caro Rui,\n\nGostaríamos de o convidar para uma entrevista para a posição de Analista de Logística na Ribeira Norte. Proponho terça-feira, 14 de outubro, às 11h00.\n\nCom os melhores cumprimentos,\n\nAna Paula Correia\nRecursos Humanos\nRibeira Norte',
    );
    expect(pt.contactFirstName).toBe('Ana Paula');
    const es = extract(
      'José Luis Herrera Campos',
      'jlherrera@almenara.example',
      'Entrevista – Técnico de Mantenimiento',
      'Hola Marta,\n\nNos gustaría invitarte a una entrevista para el puesto de Técnico de Mantenimiento el jueves a las 10:00.\n\nUn saludo,\nJosé Luis Herrera Campos\nAlmenara Industrial',
    );
    expect(es.contactFirstName).toBe('José Luis');
    const two = extract(
      'Ana Lima',
      'ana.lima@ribeiranorte.example',
      'Convite para entrevista – Analista de Compras',
      'Caro Rui,\n\nGostaríamos de o convidar para uma entrevista para a posição de Analista de Compras. Proponho quarta-feira às 15h00.\n\nCumprimentos,\nAna Lima',
    );
    expect(two.contactFirstName).toBe('Ana');
  });

  it('es: "Líder de Equipo – Logística" after "una vacante que tenemos abierta:" is a title (líder is a post)', () => {
    const x = extract(
      'Renata Villaseñor',
      'renata.villasenor@nopalexpress.example',
      '¿Platicamos esta semana?',
      '¡Hola, Andrés!\n\nSoy Renata, del equipo de Talento de Nopal Express. Te escribo por una vacante que tenemos abierta: Líder de Equipo – Logística.\n\n¿Tendrías 15 minutos el jueves para una llamada?\n\n¡Saludos!\nRenata Villaseñor\nNopal Express',
    );
    expect(x.role).toBe('Líder de Equipo – Logística');
  });
});
