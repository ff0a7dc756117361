// Extraction cases from the issue: no-reply ATS senders, agencies with and without a named client,
// the company only in the sender's domain, titles with qualifiers, quoted threads, signatures with
// phones and disclaimers. A field that cannot be found is null, never a guess.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

describe('extractInvitation', () => {
  it('no-reply ATS sender: company from the display name, no contact when nobody is named', () => {
    const x = extractInvitation({
      from: { name: 'Harbor Lane Hotels Careers', email: 'no-reply@ats.example.com' },
      subject: 'Schedule your interview – Guest Services Agent',
      body: 'Hello Priya,\n\nThank you for applying for the Guest Services Agent position at Harbor Lane Hotels. Please choose a time for your phone interview:\nhttps://ats.example.com/hlh/schedule/77\n\nHarbor Lane Hotels Talent Acquisition\n\nThis mailbox is not monitored. Powered by HireRail.',
    });
    expect(x.company).toBe('Harbor Lane Hotels');
    expect(x.role).toBe('Guest Services Agent');
    expect(x.contactFirstName).toBeNull();
    expect(x.schedulingLinks).toEqual(['https://ats.example.com/hlh/schedule/77']);
  });

  it('no-reply ATS sender naming a coordinator: the coordinator is the contact', () => {
    const x = extractInvitation({
      from: { name: 'Kettle & Co Recruiting', email: 'no-reply@ats.example.com' },
      subject: 'Interview confirmed: Store Supervisor',
      body: 'Hi Alex,\n\nYour interview for Store Supervisor is confirmed for Tuesday, June 3 at 10:00 AM.\n\nQuestions? Your recruiting coordinator is Marta Ruiz (marta.ruiz@kettleco.example).\n\nKettle & Co Recruiting',
    });
    expect(x.company).toBe('Kettle & Co');
    expect(x.contactFirstName).toBe('Marta');
    expect(x.proposedTimes.length).toBeGreaterThan(0);
  });

  it('agency with a named client: the client is the company, the recruiter the contact', () => {
    const x = extractInvitation({
      from: { name: 'Owen Blake', email: 'owen.blake@northstaffing.example' },
      subject: 'Interview with Greystone Dairy – Maintenance Planner',
      body: "Hi Sara,\n\nGood news: Greystone Dairy would like to meet you for the Maintenance Planner role on Thursday at 9:00.\n\nCheers,\nOwen\n\nOwen Blake\nSenior Consultant | North Staffing\n0117 555 0144",
    });
    expect(x.company).toBe('Greystone Dairy');
    expect(x.role).toBe('Maintenance Planner');
    expect(x.contactFirstName).toBe('Owen');
  });

  it('agency with an unnamed client: the agency is the company', () => {
    const x = extractInvitation({
      from: { name: 'Hannah Croft', email: 'hannah@brightpathrecruitment.example' },
      subject: 'Finance Manager – leading retailer (confidential)',
      body: "Hi Mark,\n\nI'm recruiting a Finance Manager for a leading retailer in Leeds; the client has asked to stay confidential for now. Do you have 15 minutes for a call this week?\n\nThanks,\nHannah\n\nHannah Croft\nBrightpath Recruitment\n+44 113 555 0199",
    });
    expect(x.company).toBe('Brightpath Recruitment');
    expect(x.role).toBe('Finance Manager');
    expect(x.contactFirstName).toBe('Hannah');
  });

  it('company only in the email domain', () => {
    const x = extractInvitation({
      from: { name: 'Tess Morgan', email: 'tess@quillfield.example' },
      subject: 'Friday 10:00?',
      body: 'Hi Ray,\n\nCould you do Friday at 10:00 for a chat about the Backend Developer role?\n\nTess',
    });
    expect(x.company).toBe('Quillfield');
    expect(x.role).toBe('Backend Developer');
    expect(x.contactFirstName).toBe('Tess');
  });

  it('keeps qualifiers that are part of the title, such as (m/w/d)', () => {
    const x = extractInvitation({
      from: { name: 'Petra Lang', email: 'petra.lang@rheinmetall-werke.example' },
      subject: 'Einladung zum Vorstellungsgespräch – Industriemechaniker (m/w/d)',
      body: 'Sehr geehrter Herr Yilmaz,\n\nwir möchten Sie gerne zum Vorstellungsgespräch als Industriemechaniker (m/w/d) einladen. Passt Ihnen Dienstag um 10 Uhr?\n\nMit freundlichen Grüßen\nPetra Lang\nRheinmetall Werke GmbH',
    });
    expect(x.role).toBe('Industriemechaniker (m/w/d)');
    expect(x.company).toBe('Rheinmetall Werke');
    expect(x.contactFirstName).toBe('Petra');
    expect(x.lang).toBe('de');
  });

  it('quoted thread: the candidate in the quote is never the contact', () => {
    const x = extractInvitation({
      from: { name: 'Anne-Sophie Roux', email: 'as.roux@velia.example' },
      subject: 'Re: Entretien – Chargée de communication',
      body: "Parfait, à jeudi 10h !\n\nAnne-Sophie\n\nLe 3 juin 2025 à 09:12, Julie Petit <julie.petit@mail.example> a écrit :\n> Bonjour Anne-Sophie, jeudi 10h me convient pour l'entretien.\n> Julie",
    });
    expect(x.contactFirstName).toBe('Anne-Sophie');
    expect(x.role).toBe('Chargée de communication');
  });

  it('signature with phone numbers and a disclaimer does not leak into the fields', () => {
    const x = extractInvitation({
      from: { name: 'Derek Shaw', email: 'dshaw@millbrookhealth.example' },
      subject: 'Phone screen – Respiratory Therapist',
      body: 'Hi Nina,\n\nThanks for applying for the Respiratory Therapist position. Are you free Wednesday at 2pm for a 20-minute phone screen?\n\nThanks,\nDerek Shaw\nRecruiter\nMillbrook Health\nOffice: (555) 555-0101 | Mobile: (555) 555-0102\n\nCONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee. If you received it in error, delete it and notify the sender.',
    });
    expect(x.company).toBe('Millbrook Health');
    expect(x.role).toBe('Respiratory Therapist');
    expect(x.contactFirstName).toBe('Derek');
  });

  it('returns nulls, not guesses, when the mail names nothing', () => {
    const x = extractInvitation({ from: { name: 'Talent Team', email: 'no-reply@ats.example.com' }, subject: 'Hello', body: 'Hi Jordan,\n\nSee you soon.' });
    expect(x.company).toBeNull();
    expect(x.role).toBeNull();
    expect(x.contactFirstName).toBeNull();
    expect(x.contactName).toBeNull();
  });

  it('apposition: the interviewer\'s title before "for the" is not the role', () => {
    const x = extractInvitation({
      from: { name: 'Maya Lin', email: 'maya@orbitly.example' },
      subject: 'Next steps',
      body: "Hi Sam,\n\nWe'd love to set up an interview with Dana Whitfield, our Head of Design, for the Senior Product Designer position. Are you free Thursday at 3pm?\n\nBest,\nMaya\nOrbitly",
    });
    expect(x.role).toBe('Senior Product Designer');
    expect(x.contactFirstName).toBe('Maya');
  });

  it('HTML left in a plain-text body: tags do not hide the title', () => {
    const x = extractInvitation({
      from: { name: 'Wren Castillo', email: 'wren@fathomdata.example' },
      subject: 'Technical interview',
      body: '<div>Hi Jae,</div><div><br></div><div>We&nbsp;would love to move you to the technical interview for the <b>Machine Learning Engineer, Search Ranking</b> position.</div><div>Thanks,</div><div>Wren</div><div>Wren Castillo | Fathom Data</div>',
    });
    expect(x.role).toBe('Machine Learning Engineer, Search Ranking');
  });

  it('a gender qualifier after a preposition stays with the title', () => {
    const x = extractInvitation({
      from: { name: 'Jonas Feld', email: 'jonas.feld@nordwerk.example' },
      subject: 'Ihre Bewerbung',
      body: 'Hallo Herr Schubert,\n\ndanke für Ihre Bewerbung als Elektroniker für Betriebstechnik (m/w/d). Hätten Sie Mittwoch Zeit für ein Gespräch?\n\nBest regards,\nJonas Feld | Nordwerk',
    });
    expect(x.role).toBe('Elektroniker für Betriebstechnik (m/w/d)');
  });

  it('agency naming its client in Spanish and French: the client is the company', () => {
    const es = extractInvitation({
      from: { name: 'Gonzalo Prieto', email: 'gonzalo@selecta-rh.example' },
      subject: 'Vacante',
      body: 'Hola Patricia:\n\nEstoy llevando un proceso para Banco Austral, que busca un Analista de Riesgos. ¿Tendrías 20 minutos para una llamada?\n\nGonzalo Prieto\nSelecta RH',
    });
    expect(es.company).toBe('Banco Austral');
    const fr = extractInvitation({
      from: { name: 'Julien Garnier', email: 'j.garnier@cabinet-verlaine.example' },
      subject: 'Opportunité',
      body: "Bonjour Sophie,\n\nJ'accompagne actuellement Transports Roux dans le recrutement d'un Chef de quai. Seriez-vous disponible pour un échange téléphonique ?\n\nJulien Garnier\nCabinet Verlaine",
    });
    expect(fr.company).toBe('Transports Roux');
  });

  it('system mail naming a contact by first name only ("fale com a Patrícia")', () => {
    const x = extractInvitation({
      from: { name: 'Recrutamento Bom Preço', email: 'vagas@bompreco.example' },
      subject: 'Próxima etapa',
      body: 'Olá Gabriel,\n\nVocê foi selecionado para a entrevista no dia 25/03 às 8h30.\n\nQualquer dúvida, fale com a Patrícia pelo WhatsApp.\n\nEquipe de Recrutamento',
    });
    expect(x.contactFirstName).toBe('Patrícia');
  });

  it('words after a title in the sentence are not part of it', () => {
    const x = extractInvitation({
      from: { name: 'Ana Ruiz', email: 'ana@brightcove-rail.example' },
      subject: 'Update',
      body: 'Hi Lee,\n\nYour interview for the Branch Operations Lead role has been moved to Friday at 10:00.\n\nAna\nBrightcove Rail',
    });
    expect(x.role).toBe('Branch Operations Lead');
  });

  it('system mail: "Tomasz from our team will help" names the contact; a sentence end stops a company name', () => {
    const x = extractInvitation({
      from: { name: 'Early Careers Team', email: 'earlycareers@harrowgate.example' },
      subject: 'Assessment centre',
      body: 'Hi Aoife,\n\nWe would like to invite you to our assessment centre for the Graduate Software Engineer programme on 14 January. If you need any adjustments, reply and Tomasz from our team will help.\n\nEarly Careers Team, Harrowgate Systems',
    });
    expect(x.contactFirstName).toBe('Tomasz');
    expect(x.role).toBe('Graduate Software Engineer');
  });

  it('system mail sent under the ATS vendor\'s name: the employer named with the job, never the vendor', () => {
    const x = extractInvitation({
      from: { name: 'Workable', email: 'noreply@ats.example.com' },
      subject: 'Reminder: your interview tomorrow',
      body: 'Hi Priyanka,\n\nThis is a reminder of your interview for the Pastry Cook position at Salt & Cedar.\n\nWhen: Tomorrow, 3:00 PM\nInterviewer: Aoibheann Walsh, Head Pastry Chef',
    });
    expect(x.company).toBe('Salt & Cedar');
    expect(x.contactFirstName).toBe('Aoibheann');
  });

  it('agency: "Notre client, l\'entreprise Dufresne, recherche…" names the client', () => {
    const x = extractInvitation({
      from: { name: 'Sébastien Marchand', email: 's.marchand@horizon-interim.example' },
      subject: 'Mission Cariste',
      body: "Bonjour Kevin,\n\nNotre client, l'entreprise Dufresne, recherche un Cariste CACES 3 pour une mission de 3 mois. Êtes-vous disponible pour un court entretien téléphonique demain ?\n\nSébastien Marchand\nChargé de recrutement - Horizon Intérim",
    });
    expect(x.company).toBe('Dufresne');
  });
});

describe('extractInvitation: titles split by dashes and commas, named inviters (fresh-4 weak spots)', () => {
  it('keeps a dash qualifier with the title and names the coordinator from "X from Co has invited you"', () => {
    const x = extractInvitation({
      from: { name: 'Greenhouse', email: 'no-reply@ats.example.com' },
      subject: 'Please pick a time for your interview',
      body: 'Hi Sam,\n\nJo Tanaka from Quillfield Labs has invited you to schedule an interview for Support Engineer II - Billing.\n\nChoose a time: https://ats.example.com/s/1\n\nPowered by Greenhouse',
    });
    expect(x.company).toBe('Quillfield Labs');
    expect(x.role).toBe('Support Engineer II - Billing');
    expect(x.contactFirstName).toBe('Jo');
  });

  it('subject "RN - Med/Surg (Night Shift)" stays whole; a trailing company segment does not join it', () => {
    const a = extractInvitation({
      from: { name: 'Careers', email: 'careers-noreply@stmark.example' },
      subject: 'Interview scheduled: RN - Med/Surg (Night Shift), Req 10021',
      body: 'Dear Ana,\n\nYour interview has been scheduled for Monday at 9:00 AM.\n\nSt. Mark Health',
    });
    expect(a.role).toBe('RN - Med/Surg (Night Shift)');
    const b = extractInvitation({
      from: { name: 'Marcus Bell', email: 'marcus@sterlingpike.example' },
      subject: 'Payroll Specialist - Harbor & Vale',
      body: "Hi Dana,\n\nHarbor & Vale's finance director would like to meet you on Friday at 10am. Does that work?\n\nMarcus Bell\nSenior Consultant | Sterling Pike Recruitment",
    });
    expect(b.role).toBe('Payroll Specialist');
    expect(b.company).toBe('Harbor & Vale');
  });

  it('French "en" inside a title and a coordinator introduced as "interlocutrice pour ce recrutement"', () => {
    const x = extractInvitation({
      from: { name: 'Recrutement', email: 'ne-pas-repondre@ats.example.com' },
      subject: 'Invitation à un entretien',
      body: "Bonjour Karim,\n\nNous avons le plaisir de vous inviter à un entretien pour le poste de Chargé de projets en rénovation énergétique au sein d'Habitat Clairval.\n\nVotre interlocutrice pour ce recrutement est Anne-Sophie Morel, responsable RH.\n\nCordialement",
    });
    expect(x.role).toBe('Chargé de projets en rénovation énergétique');
    expect(x.contactFirstName).toBe('Anne-Sophie');
  });

  it('Portuguese agency naming its client with "processo seletivo da"; interviewer "conduzida pela"', () => {
    const a = extractInvitation({
      from: { name: 'Juliana Prado', email: 'juliana.prado@primetalentos.example' },
      subject: 'Engenheiro Civil de Obras',
      body: 'Olá Fernando,\n\nSou a Juliana, da Prime Talentos. Estamos conduzindo o processo seletivo da Construtora Aroeira para a vaga de Engenheiro Civil de Obras. Podemos agendar uma entrevista na segunda?\n\nJuliana Prado\nConsultora | Prime Talentos',
    });
    expect(a.company).toBe('Construtora Aroeira');
    const b = extractInvitation({
      from: { name: 'Recrutamento', email: 'nao-responder@ats.example.com' },
      subject: 'Convite para entrevista',
      body: 'Caro Rui,\n\nA sua entrevista será conduzida pela Inês Carvalho, responsável de Recursos Humanos, no dia 18 às 15h00.\n\nEsta mensagem foi gerada automaticamente.',
    });
    expect(b.contactFirstName).toBe('Inês');
  });
});

describe('extractInvitation: a titled writer signs above the practice name', () => {
  it('"Dr. Petra Lang" over "Zahnarztpraxis Dr. Lang": the practice is the company, Petra the contact', () => {
    const x = extractInvitation({
      from: { name: 'Petra Lang', email: 'petra.lang@zahnarzt-lang.example' },
      subject: 'Ihre Bewerbung als Zahnmedizinische Fachangestellte',
      body: 'Liebe Frau Aydin,\n\nvielen Dank für Ihre Bewerbung. Wir würden Sie gerne zu einem Probearbeitstag einladen – passt Ihnen Donnerstag von 8 bis 12 Uhr?\n\nHerzliche Grüße\nDr. Petra Lang\nZahnarztpraxis Dr. Lang',
    });
    expect(x.company).toBe('Zahnarztpraxis Dr. Lang');
    expect(x.contactFirstName).toBe('Petra');
  });
});
