// Company extraction on invented mails, one rule per case: department and unit lines, cut-off
// fragments, titled persons and job titles are never the company; the organisation that spells the
// sender's domain (even abbreviated or reordered) wins, and a parent beats its sub-unit; an agency's
// named client beats the agency; a name stops at its legal form. Five languages.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

const company = (fromName: string, fromEmail: string, subject: string, body: string): string | null =>
  extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body }).company;

describe('company: department and unit lines in the signature are not the company', () => {
  it('en: "Senior Recruiter, Private Client Banking" then the bank', () => {
    expect(
      company(
        'Owen Pryce',
        'owen.pryce@ngb.example',
        'Interview: Relationship Manager',
        'Hi Dana,\n\nThanks for your application for the Relationship Manager role. Could you do a video interview on Tuesday 3 March at 2pm?\n\nBest regards,\nOwen Pryce\nSenior Recruiter, Private Client Banking\nNorthgate Bank plc\n+44 20 7946 0011',
      ),
    ).toBe('Northgate Bank');
  });

  it('en: "Talent Partner – Claims Operations" on one line, the insurer on the next', () => {
    expect(
      company(
        'Priya Nandakumar',
        'priya.n@hmail-corp.example',
        'Claims Handler interview',
        'Dear Tom,\n\nWe would like to invite you to an interview for the Claims Handler position on Thursday at 11:00.\n\nKind regards,\nPriya Nandakumar\nTalent Partner – Claims Operations\nWrenfield Assurance\n',
      ),
    ).toBe('Wrenfield Assurance');
  });

  it('de: "Abteilung Personal und Organisation" is a department of the Stadtwerke', () => {
    expect(
      company(
        'Jonas Albrecht',
        'j.albrecht@swl-energie.example',
        'Einladung zum Vorstellungsgespräch – Netzmonteur (m/w/d)',
        'Sehr geehrter Herr Kaya,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch am Mittwoch, 14. Mai, um 10:00 Uhr ein.\n\nMit freundlichen Grüßen\nJonas Albrecht\nReferent Personalgewinnung\nAbteilung Personal und Organisation\nStadtwerke Lindenau GmbH\nTel. 0341 555 0192',
      ),
    ).toBe('Stadtwerke Lindenau');
  });

  it('fr: "Direction des ressources humaines" is not the employer', () => {
    expect(
      company(
        'Claire Morvan',
        'c.morvan@mut-arm.example',
        "Convocation à un entretien – Gestionnaire sinistres",
        "Bonjour Monsieur Lefort,\n\nNous avons le plaisir de vous convier à un entretien le jeudi 5 juin à 14h30 dans nos locaux de Vannes.\n\nBien cordialement,\nClaire Morvan\nChargée de recrutement\nDirection des ressources humaines\nMutuelle Armorique\n",
      ),
    ).toBe('Mutuelle Armorique');
  });

  it('pt: "Serviço de Gestão de Pessoas" is not the employer', () => {
    expect(
      company(
        'Rui Pestana',
        'rui.pestana@chv-saude.example.pt',
        'Convocatória para entrevista – Enfermeiro/a',
        'Caro Sr. Duarte,\n\nVimos convocá-lo para uma entrevista no dia 12 de junho, às 10h00.\n\nCom os melhores cumprimentos,\nRui Pestana\nServiço de Gestão de Pessoas\nCentro Hospitalar do Vale Sereno\n',
      ),
    ).toBe('Centro Hospitalar do Vale Sereno');
  });

  it('es: a fragment cut before its noun ("Área de") is never the company', () => {
    expect(
      company(
        'Marta Quiroga',
        'mquiroga@gq-ind.example',
        'Entrevista – Técnico/a de Mantenimiento',
        'Hola, Sergio:\n\nTe escribo para invitarte a una entrevista el lunes 9 a las 12:00 en nuestra planta.\n\nUn saludo,\nMarta Quiroga\nÁrea de Personas\nIndustrias Quiroga Tejedor\n',
      ),
    ).toBe('Industrias Quiroga Tejedor');
  });
});

describe('company: people and job titles are not the company', () => {
  it('es: the writer signing with "Ing." before the full name is not the company', () => {
    expect(
      company(
        'Tomás Ibarra',
        'tomas.ibarra@grupo-ca.example',
        'Vacante Residente de Obra',
        'Estimado Arq. Salinas:\n\n¿Tendría disponibilidad para una llamada el miércoles a las 11:00 para platicar sobre la vacante de Residente de Obra?\n\nSaludos cordiales,\nIng. Tomás Ibarra Lugo\nConstructora Alcázar, S.A. de C.V.\nTel. 55 5555 0110',
      ),
    ).toBe('Constructora Alcázar');
  });

  it('fr: an academic rank ("Professeur des universités") is a title, not the university', () => {
    expect(
      company(
        'Bruno Cazals',
        'bruno.cazals@uvc.example.fr',
        'Audition – poste de maître de conférences',
        "Monsieur,\n\nJ'ai le plaisir de vous convier à l'audition le mardi 19 mai à 9h30.\n\nVeuillez agréer, Monsieur, l'expression de mes salutations distinguées.\nBruno Cazals\nProfesseur des universités\nUniversité Val-de-Cère\n",
      ),
    ).toBe('Université Val-de-Cère');
  });
});

describe('company: the organisation that spells the sender domain', () => {
  it('en: the university, not its business school, when the domain is the university', () => {
    expect(
      company(
        'Kingsbridge Recruitment',
        'jobs-team@kingsbridge.example.ac.uk',
        'Invitation to interview: Lecturer in Marketing',
        'Dear Dr. Osei,\n\nLecturer in Marketing, Kingsbridge Business School\n\nI am pleased to invite you to interview on Friday 8 May at 10:00 in the Kingsbridge Business School building.\n\nYours sincerely,\nAlice Penrose\nRecruitment Officer, Human Resources\nUniversity of Kingsbridge\n',
      ),
    ).toBe('University of Kingsbridge');
  });

  it('es: "Universidad de Almenara" at ualmenara (an initial plus the name)', () => {
    expect(
      company(
        'Lucía Pardo',
        'lucia.pardo@ualmenara.example',
        'Entrevista – Técnico/a de Laboratorio',
        'Estimada Sra. Beltrán:\n\nLe convocamos a una entrevista el jueves 21 de mayo a las 9:30 en la Facultad de Ciencias.\n\nAtentamente,\nLucía Pardo\nServicio de Personal\nUniversidad de Almenara\n',
      ),
    ).toBe('Universidad de Almenara');
  });

  it('pt: "Santa Casa da Misericórdia de Vilar" at scm-vilar (initials plus the town)', () => {
    expect(
      company(
        'Inês Correia',
        'ines.correia@scm-vilar.example.pt',
        'Entrevista – Auxiliar de Ação Médica',
        'Cara Sra. Marques,\n\nConvidamo-la para uma entrevista na Santa Casa da Misericórdia de Vilar, no dia 3 de junho às 15h.\n\nCumprimentos,\nInês Correia\nTécnica de Recursos Humanos\nSanta Casa da Misericórdia de Vilar\n',
      ),
    ).toBe('Santa Casa da Misericórdia de Vilar');
  });

  it('es: words in the other order ("Transportes Oliveira" at oliveiratransportes)', () => {
    expect(
      company(
        'Nuria Campos',
        'nuria@oliveiratransportes.example',
        'Entrevista para conductor/a de camión',
        'Hola, Andrés:\n\n¿Puedes venir a una entrevista el martes a las 10:00 en la nave de Getafe?\n\nUn saludo,\nNuria Campos\nJefa de Tráfico\nTransportes Oliveira\n',
      ),
    ).toBe('Transportes Oliveira');
  });
});

describe('company: in-house mail is not agency mail', () => {
  it('en: "on behalf of" the sender\'s own company is not an agency cue', () => {
    expect(
      company(
        'Gwen Tallis',
        'gwen.tallis@ashcombemutual.example',
        'Interview time: Underwriting Analyst – Marine Cargo',
        'Dear Ms Abara,\n\nI am writing on behalf of Ashcombe Mutual to confirm your interview for the Underwriting Analyst – Marine Cargo role on Monday 2 June at 10:00.\n\nSincerely,\nGwen Tallis\nRecruiting Coordinator\nAshcombe Mutual Insurance Company\n',
      ),
    ).toMatch(/^Ashcombe Mutual/);
  });

  it('en: a disclaimer about "the recruitment process" does not turn the employer into an agency', () => {
    expect(
      company(
        'Pellham Rail Talent Acquisition',
        'pellham@myworkday.example.com',
        'Schedule your interview – Signalling Engineer',
        'Dear Jo,\n\nPlease pick an interview slot: https://ats.example.com/pellham/schedule/5531\n\nKind regards,\nMina Cole\nRecruiting Coordinator, Infrastructure Operations\nPellham Rail\n\nPellham Rail is an equal opportunity employer. Candidates needing adjustments during the recruitment process should contact adjustments@pellhamrail.example.',
      ),
    ).toBe('Pellham Rail');
  });
});

describe("company: an agency's named client beats the agency", () => {
  it('en: "I shared your CV with X" and "X want to meet you" in the subject', () => {
    expect(
      company(
        'Dev Malhotra',
        'dev@fernhill.example',
        'Marlow Gate Logistics want to meet you – Transport Planner',
        'Hi Sam,\n\nI shared your CV with Marlow Gate Logistics on Monday and their operations director would like a video call.\n\nCould you do Thursday at 3pm?\n\nCheers,\nDev\nDev Malhotra\nSenior Consultant\nFernhill Search – Logistics Recruitment\n',
      ),
    ).toBe('Marlow Gate Logistics');
  });

  it('es: "un proceso de selección en exclusiva para X"', () => {
    expect(
      company(
        'Irene Sáez',
        'irene.saez@cantabriaselect.example',
        'Oportunidad: Responsable de Calidad',
        'Hola, Jorge:\n\nSoy Irene, consultora de Cantabria Select. Estoy gestionando en exclusiva un proceso de selección para Conservas Arandia, que busca un/a Responsable de Calidad. ¿Te viene bien una llamada el jueves a las 16:00?\n\nUn saludo,\nIrene Sáez\nConsultora – Alimentación\nCantabria Select\n',
      ),
    ).toBe('Conservas Arandia');
  });

  it('fr: "pour le compte de X"', () => {
    expect(
      company(
        'Hugo Perrin',
        'hugo.perrin@cabinet-lumen.example',
        'Poste de responsable logistique',
        "Bonjour Madame Roche,\n\nJe recrute pour le compte de Fromageries Lestrade un responsable logistique. Seriez-vous disponible pour un échange téléphonique mardi à 11h ?\n\nCordialement,\nHugo Perrin\nConsultant\nCabinet Lumen Recrutement\n",
      ),
    ).toBe('Fromageries Lestrade');
  });

  it('de: "im Auftrag der X"', () => {
    expect(
      company(
        'Lea Brandt',
        'lea.brandt@nordkurs-personal.example',
        'Schichtleiter (m/w/d) – Telefonat?',
        'Hallo Herr Yilmaz,\n\nim Auftrag der Brauerei Kessler suche ich einen Schichtleiter (m/w/d). Hätten Sie am Donnerstag um 14 Uhr Zeit für ein kurzes Telefonat?\n\nViele Grüße\nLea Brandt\nPersonalberaterin\nNordkurs Personalberatung\n',
      ),
    ).toBe('Brauerei Kessler');
  });

  it('pt: "nosso cliente X está procurando"', () => {
    expect(
      company(
        'Caio Ferraz',
        'caio@rumo-talentos.example',
        'Vaga de Supervisor de Produção',
        'Olá, Beatriz!\n\nNosso cliente Laticínios Serrano está procurando um Supervisor de Produção. Você teria disponibilidade para uma conversa na quarta às 10h?\n\nAbraço,\nCaio Ferraz\nConsultor\nRumo Talentos\n',
      ),
    ).toBe('Laticínios Serrano');
  });
});

describe('company: a name stops at its legal form', () => {
  it('en: an agency with an unnamed client, named in a disclaimer sentence after "Ltd."', () => {
    expect(
      company(
        'Kit Marsh',
        'kit@marshtolley.example',
        'Contract QA Engineer – 3 months',
        "Hi Ali,\n\nI'm working on a contract QA Engineer role for a client of mine, a fintech in Leeds (I can share the name once we've spoken). Free for a call tomorrow at 10?\n\nThanks,\nKit\nMarsh & Tolley Staffing Ltd. We process personal data in line with our privacy notice.",
      ),
    ).toBe('Marsh & Tolley Staffing');
  });
});

describe('company: more signature and agency shapes', () => {
  it('en: a name that happens to hold a unit word is still named when it is the only organisation line', () => {
    expect(
      company(
        'Ian Lowe',
        'ian@hns-mail.example',
        'Interview: Field Technician',
        'Hi Sam,\n\nWould Thursday 10am work for an interview for the Field Technician job?\n\nThanks,\nIan Lowe\nHarbour Network Services\n',
      ),
    ).toBe('Harbour Network Services');
  });

  it("fr: an elided article (d'Épargne) is part of a name, not a sentence", () => {
    expect(
      company(
        'Julie Martin',
        'julie.martin@cera.example',
        'Entretien – Conseiller clientèle',
        "Bonjour Paul,\n\nJe vous propose un entretien mardi à 10h pour le poste de conseiller clientèle.\n\nCordialement,\nJulie Martin\nChargée de recrutement\nCaisse d'Épargne Rhône\n",
      ),
    ).toBe("Caisse d'Épargne Rhône");
  });

  it('en: an agency writing from webmail about "a client of mine" is named by its signature', () => {
    expect(
      company(
        'Mo Patel',
        'mopatel@gmail.com',
        'Contract Java Developer',
        "Hi Lee,\n\nI'm working on a contract Java Developer role for a client of mine in Bristol. Free for a call at 2pm tomorrow?\n\nMo Patel\nBrightline Talent\n",
      ),
    ).toBe('Brightline Talent');
  });

  it('en: "X is looking for" in agency mail names the client', () => {
    expect(
      company(
        'Tom Hale',
        'tom@northpeak-recruit.example',
        'Shift Manager role',
        'Hi Ryan,\n\nKessington Dairy is looking for a Shift Manager for their Leek site and I think you would be a great fit. Could we speak on Friday at 11?\n\nTom Hale\nNorthpeak Recruitment\n',
      ),
    ).toBe('Kessington Dairy');
  });

  it('en: a search firm ("Fieldstone Search") with "interview with X" names X', () => {
    expect(
      company(
        'Zoe Grant',
        'zoe@fieldstone-search.example',
        'Interview confirmed',
        'Hi Max,\n\nInterview with Northbay Energy confirmed for Tuesday at 2pm for the Grid Analyst role.\n\nZoe Grant\nFieldstone Search\n',
      ),
    ).toBe('Northbay Energy');
  });

  it('en: a copyright footer names the company without its year and legal form', () => {
    expect(
      company(
        'Jan Doe',
        'jan.doe@brackleyfoods.example',
        'Interview: Buyer',
        'Hi Max,\n\nCan you come in on Monday at 9 for an interview for the Buyer role?\n\nJan\n\n© 2026 Brackley Foods Inc. All rights reserved.',
      ),
    ).toBe('Brackley Foods');
  });

  it('es: "Dirección de Personas" is a department, the winery is the company', () => {
    expect(
      company(
        'Pilar Ruiz',
        'pilar@bl-vinos.example',
        'Entrevista – Enólogo/a',
        'Hola, Iker:\n\n¿Te viene bien una entrevista el viernes a las 12:00?\n\nUn saludo,\nPilar Ruiz\nDirección de Personas\nBodegas Lazcano\n',
      ),
    ).toBe('Bodegas Lazcano');
  });

  it('fr: the university, not its faculty, when the domain spells the university', () => {
    expect(
      company(
        'Sophie Garnier',
        'sophie.garnier@univ-lorvain.example.fr',
        'Audition',
        'Madame,\n\nVotre audition aura lieu le 4 juin à 14h à la Faculté de médecine.\n\nCordialement,\nSophie Garnier\nFaculté de médecine\nUniversité de Lorvain\n',
      ),
    ).toBe('Université de Lorvain');
  });
});

describe('company: clients named in the possessive, in "for X", and employers named in the body', () => {
  it('de: "für unseren Kunden, die X GmbH,"', () => {
    expect(
      company(
        'Katrin Stoll',
        'k.stoll@kompass-personal.example',
        'Disponent (m/w/d) – kurzes Telefonat?',
        'Hallo Herr Arslan,\n\nfür unseren Kunden, die Hansewerk Logistik GmbH, suche ich einen Disponenten (m/w/d). Hätten Sie Donnerstag um 15 Uhr Zeit?\n\nViele Grüße\nKatrin Stoll\nKompass Personal\n',
      ),
    ).toBe('Hansewerk Logistik');
  });

  it('de: "Elektriker für Gebäudetechnik" is a title\'s field, not a client; an unnamed client leaves the agency', () => {
    expect(
      company(
        'Uwe Brandl',
        'u.brandl@nordstern-personal.example',
        'Elektriker für Gebäudetechnik (m/w/d) – Augsburg',
        'Hallo Herr Maier,\n\nfür unseren Kunden, einen Facility-Dienstleister aus Augsburg, suche ich einen Elektriker für Gebäudetechnik (m/w/d). Hätten Sie morgen um 17 Uhr Zeit für ein Telefonat?\n\nBeste Grüße\nUwe Brandl\nPersonalberater\nNordstern Personal GmbH\n',
      ),
    ).toMatch(/^Nordstern/);
  });

  it('pt: "a nossa cliente, a X"', () => {
    expect(
      company(
        'Paula Reis',
        'paula@elo-rh.example.br',
        'Vaga Engenheiro Civil',
        'Oi, Marcos!\n\nEstou conduzindo um processo seletivo para a nossa cliente, a Construtora Ipiranga, para a vaga de Engenheiro Civil. Podemos conversar amanhã às 10h?\n\nAbraço,\nPaula Reis\nElo RH\n',
      ),
    ).toBe('Construtora Ipiranga');
  });

  it('fr: "Mon client, la société X, recherche"', () => {
    expect(
      company(
        'Luc Bodin',
        'luc.bodin@talentis.example',
        'Poste de chef de projet',
        'Bonjour Nadia,\n\nMon client, la société Vernier Industries, recherche un chef de projet. Êtes-vous disponible jeudi à 11h pour un appel ?\n\nCordialement,\nLuc Bodin\nTalentis Conseil\n',
      ),
    ).toBe('Vernier Industries');
  });

  it('en: "a Data Engineer for X", with X again in the subject', () => {
    expect(
      company(
        'Amy Cho',
        'amy@keystonetalent.example',
        'Data Engineer for Corvid Robotics',
        "Hi Ben,\n\nI'm recruiting a Data Engineer for Corvid Robotics in Cambridge. Could you chat Tuesday at 1pm?\n\nAmy Cho\nKeystone Talent\n",
      ),
    ).toBe('Corvid Robotics');
  });

  it('en: mail from an applicant-tracking domain is system mail: the employer next to the job', () => {
    expect(
      company(
        'Workday',
        'halvorsen@myworkday.example.com',
        'Interview scheduled: Credit Analyst',
        'Dear Sam,\n\nYour interview for the Credit Analyst position at Halvorsen Bank is scheduled for Monday 4 May at 10:00.\n\nThis is an automated message.',
      ),
    ).toBe('Halvorsen Bank');
  });

  it('en: webmail with no organisation line: "applying to join X as …"', () => {
    expect(
      company(
        'Beth Nolan',
        'beth.nolan@gmail.com',
        'Receptionist interview',
        'Hi Amy,\n\nThanks for applying to join Orchard Street Clinic as a receptionist. Could you come in on Friday at 2pm for an interview?\n\nBeth Nolan\nPractice Manager\n',
      ),
    ).toBe('Orchard Street Clinic');
  });
});

describe('company: what "for X" and "at X I…" do not name', () => {
  it('en: "Interview request for <candidate>" is not a client; the unnamed client leaves the agency', () => {
    expect(
      company(
        'Hal Brooks',
        'hal@quarrymoor-recruitment.example',
        'Interview request for Priya Shah – Payroll Officer',
        'Hi Priya,\n\nOur client, a retailer in Leeds, would like to interview you for the Payroll Officer role on Wednesday at 10am. Does that work?\n\nHal Brooks\nQuarrymoor Recruitment\n',
      ),
    ).toMatch(/^Quarrymoor/);
  });

  it('en: "the job at X I mentioned": the pronoun is not part of the name', () => {
    expect(
      company(
        'Rosa Lind',
        'rosa.lind@gmail.com',
        'Barista interview',
        "Hi Tom,\n\nGreat news about the barista job at Fernway I mentioned: can you come for an interview on Saturday at 9?\n\nRosa Lind\nShift Supervisor\n",
      ),
    ).toBe('Fernway');
  });
});

describe('company: public employers whose address drops "City of", "Stadt", "Prefeitura de"', () => {
  it('de: "Stadt Falkenried" at falkenried, not the clerk signing "Im Auftrag"', () => {
    expect(
      company(
        'Personalamt',
        'personal@falkenried.example.de',
        'Einladung zum Vorstellungsgespräch',
        'Sehr geehrte Frau Ott,\n\nwir laden Sie zum Gespräch am 3. Juni um 10 Uhr ein.\n\nMit freundlichen Grüßen\nIm Auftrag\nLisa Brandt\nFachbereich Personal\nStadt Falkenried\n',
      ),
    ).toBe('Stadt Falkenried');
  });

  it('pt: "Prefeitura de Vale Verde" at valeverde, not the "RH" mailbox', () => {
    expect(
      company(
        'RH',
        'rh@valeverde.example.gov.br',
        'Convocação para entrevista',
        'Prezado Sr. Lopes,\n\nConvocamos V.Sa. para entrevista no dia 4 de junho às 9h.\n\nAtenciosamente,\nDepartamento de Recursos Humanos\nPrefeitura de Vale Verde\n',
      ),
    ).toBe('Prefeitura de Vale Verde');
  });

  it('en: "Team Lead – Claims, Northwind Insurance": the words after the title are the team', () => {
    expect(
      company(
        'Jo Hart',
        'jo.hart@nwi.example',
        'Interview',
        'Hi Li,\n\nCan we do an interview on Monday at 11?\n\nJo Hart\nTeam Lead – Claims, Northwind Insurance\n',
      ),
    ).toBe('Northwind Insurance');
  });
});

describe('company: a person named in the body is not the employer', () => {
  it('en: "an interview with Sarah" from a company domain leaves the domain name', () => {
    expect(
      company(
        'Kai Berg',
        'kai@fieldnote.example',
        'Chat on Monday?',
        'Hi Jo,\n\nWould you have time for an interview with Sarah on Monday at 10?\n\nKai\n',
      ),
    ).toBe('Fieldnote');
  });
});

describe('company: more ways an agency shows itself', () => {
  it('en: a footer "is an employment agency" makes the sender an agency, so the named school wins', () => {
    expect(
      company(
        'Nina Pryor',
        'nina.pryor@slatebridge-edu.example',
        'Interview at Harwood Park Academy – Teacher of Maths',
        'Hi Omar,\n\nHarwood Park Academy would like to interview you for the Teacher of Maths post on Thursday at 9am.\n\nGood luck!\nNina Pryor\nConsultant\nSlatebridge Education\nSlatebridge Education Ltd is an employment agency.',
      ),
    ).toBe('Harwood Park Academy');
  });

  it('en: "… Labor Partners" is a staffing firm; the plant that wants to meet is the company', () => {
    expect(
      company(
        'Dee Walsh',
        'dee@ironlinelabor.example',
        'Brennan interview Thurs - Forklift Operator',
        'Hey Cal,\n\nBrennan Plastics wants to meet you for the Forklift Operator spot. Thursday 9am at their dock office.\n\nDee Walsh\nIronline Labor Partners\n',
      ),
    ).toBe('Brennan Plastics');
  });

  it('pt: "conduzindo com exclusividade o processo de <cargo> para a X"', () => {
    expect(
      company(
        'Bruna Tavares',
        'bruna@seiva-rh.example.br',
        'Oportunidade: Coordenador de Logística – Frigorífico Pantanal (Campo Grande/MS)',
        'Oi, Caio!\n\nSou a Bruna, da Seiva Consultoria em RH. Estamos conduzindo com exclusividade o processo de Coordenador de Logística para a Frigorífico Pantanal. Podemos conversar amanhã às 11h?\n\nAbraço,\nBruna Tavares\nSeiva Consultoria em RH\n',
      ),
    ).toBe('Frigorífico Pantanal');
  });
});

describe('company: short replies and coordinators on system addresses', () => {
  it('en: a one-line reply names the company only in the quoted message: that name beats the bare domain', () => {
    expect(
      company(
        'Bo Lindqvist',
        'bo@saltreefboats.example',
        'Re: Boat Rigger job',
        'Great, see you Friday at 9 at the yard.\nBo\n\nOn Tue, May 6, 2025 at 8:10 AM, Kim Ortiz <kim.ortiz@mail.example> wrote:\n> Friday at 9 works for me, thanks!\n>\n> On Mon, May 5, 2025 at 4:02 PM, Bo Lindqvist <bo@saltreefboats.example> wrote:\n> > Hi Kim, thanks for applying for the Boat Rigger job at Saltreef Boatworks. Can you come by the yard Friday at 9?\n',
      ),
    ).toBe('Saltreef Boatworks');
  });
});

describe('company: persons, acronyms and agency names in more countries', () => {
  it('en: "On behalf of Mr X" is a person, not an agency client', () => {
    expect(
      company(
        'Grace Lim',
        'grace.lim@marinabayprivate.example',
        'Final interview – Director, Trade Finance',
        'Dear Arjun,\n\nOn behalf of Mr Daniel Koh, Head of Trade Finance, I am pleased to invite you to the final interview. Daniel would like to meet you on Tuesday at 3pm.\n\nBest regards,\nGrace Lim\nExecutive Assistant to Daniel Koh\nMarina Bay Private Bank\n',
      ),
    ).toBe('Marina Bay Private Bank');
  });

  it('en: "… Search Pte Ltd" is an agency; the bank it partners with is the company', () => {
    expect(
      company(
        'Wei Ling Ong',
        'weiling@orchidpeak.example',
        'Head of Treasury Sales (Lion Gate Bank)',
        "Hi Ravi,\n\nI'm partnering with Lion Gate Bank on a Head of Treasury Sales hire. Free for a call on Thursday at 4pm?\n\nWei Ling\nSenior Consultant\nOrchid Peak Search Pte Ltd\n",
      ),
    ).toBe('Lion Gate Bank');
  });

  it('en: an in-house "Human Resource (Nursing Recruitment)" line does not make the sender an agency', () => {
    expect(
      company(
        'Aileen Goh',
        'aileen.goh@harbourviewclinics.example',
        'Interview – Staff Nurse – Harbourview Clinics',
        'Dear Ms Reyes,\n\nThank you for your interest in the Staff Nurse position with Harbourview Clinics, Singapore. Could you attend a video interview on Friday at 10:00?\n\nYours sincerely,\nAileen Goh\nExecutive, Human Resource (Nursing Recruitment)\nHarbourview Clinics\n',
      ),
    ).toBe('Harbourview Clinics');
  });

  it('en: a public body whose address is its initials ("Office of the Coastal Energy Board" at ceb)', () => {
    expect(
      company(
        'Tom Reid',
        'tom.reid@ceb.gov.example',
        'Invitation to interview – Policy Officer',
        'Dear Ms Park,\n\nYou have been shortlisted and we would like to invite you to interview on Monday at 10am.\n\nKind regards,\nTom Reid\nHR Adviser\nOffice of the Coastal Energy Board\n',
      ),
      // The name without "Office of the" still names the body (the domain alone would give "Ceb").
    ).toMatch(/Coastal Energy Board$/);
  });

  it('de: "X Personal GmbH" is a staffing agency; the firm that wants to meet is the company', () => {
    expect(
      company(
        'Sven Kolb',
        's.kolb@werkpunkt-personal.example',
        'Vorstellungsgespräch bei Kessler Dachbau – Dachdecker (m/w/d)',
        'Hallo Herr Jansen,\n\nKessler Dachbau möchte Sie gerne kennenlernen! Passt Ihnen Dienstag um 8 Uhr?\n\nViele Grüße\nSven Kolb\nPersonalberater\nWerkpunkt Personal GmbH\n',
      ),
    ).toBe('Kessler Dachbau');
  });
});

describe('company: an agency names its client by where the interview is or whom it recruits for', () => {
  it('en: "Your interview at Copperleaf Inn" from a consultant whose firm name says nothing', () => {
    expect(
      company(
        'Rhona Gilchrist',
        'rhona@tarnbrook.example',
        'Your interview at Copperleaf Inn – Sous Chef',
        "Hi Piotr,\n\nI've just spoken to the owner and they'd like to meet you for the Sous Chef job.\n\nWhen: Monday 14 July, 3pm\nWhere: Copperleaf Inn, Mill Street, Kendal\n\nLet me know if that works.\n\nRhona\n\nRhona Gilchrist\nSenior Consultant – Hospitality\nTarnbrook Associates\n07700 900 321",
      ),
    ).toBe('Copperleaf Inn');
  });

  it('en: "I\'m recruiting for Saltmarsh Creamery" from a firm called Partners', () => {
    expect(
      company(
        'Gareth Ndlovu',
        'gareth@kestrelhill.example',
        'Dairy Plant Manager opportunity',
        "Hi Lerato,\n\nI'm recruiting for Saltmarsh Creamery, who need a Dairy Plant Manager for their site near George. Would you have time for a call on Thursday so I can tell you more?\n\nRegards,\nGareth\n\nGareth Ndlovu\nPrincipal Consultant – FMCG\nKestrel Hill Partners\n083 555 0192",
      ),
    ).toBe('Saltmarsh Creamery');
  });

  it('fr: a "Consultante recrutement" sends the file "aux Vergers Lamothe"', () => {
    expect(
      company(
        'Inès Garnier',
        'i.garnier@ardoise-rh-conseil.example',
        'Entretien chez Vergers Lamothe – jeudi 14h',
        "Bonjour Julien,\n\nJ'ai transmis votre candidature aux Vergers Lamothe pour le poste de Chef de culture (H/F) et ils souhaitent vous rencontrer jeudi 3 juillet à 14h sur leur exploitation.\n\nMerci de me confirmer ce créneau.\n\nBien cordialement,\n\nInès Garnier\nConsultante recrutement – Agroalimentaire\nArdoise Conseil, Agen\n06 12 34 56 78",
      ),
    ).toBe('Vergers Lamothe');
  });

  it('es: a "Consultora de selección" proposes an interview "en Bodegas Ircio"', () => {
    expect(
      company(
        'Nerea Salaberri',
        'nerea@urbide.example',
        'Entrevista en Bodegas Ircio – Enólogo/a',
        'Hola Iker:\n\nBodegas Ircio quiere conocerte para el puesto de Enólogo/a. Te propongo el martes 8 de julio a las 10:00 en la bodega de Haro.\n\n¿Te viene bien?\n\nUn saludo,\nNerea Salaberri\nConsultora de selección\nUrbide Consultores\n945 555 120',
      ),
    ).toBe('Bodegas Ircio');
  });

  it('de: a "Personalberaterin" arranges the interview "bei der Mühlbach Kältetechnik"', () => {
    expect(
      company(
        'Svenja Rautenberg',
        's.rautenberg@lotsen-beratung.example',
        'Vorstellungsgespräch – Servicetechniker Kälteanlagen (m/w/d)',
        'Hallo Herr Yilmaz,\n\nwie besprochen habe ich Ihre Unterlagen weitergegeben: Die Mühlbach Kältetechnik möchte Sie gern kennenlernen. Das Gespräch bei Mühlbach Kältetechnik wäre am Dienstag, 8. Juli, um 10 Uhr in Fulda.\n\nPasst Ihnen der Termin?\n\nViele Grüße\nSvenja Rautenberg\nPersonalberaterin\nLotsen Beratung, Kassel\n0561 555 0143',
      ),
    ).toBe('Mühlbach Kältetechnik');
  });

  it('pt: a "Consultora de recrutamento" books an "entrevista na Cerâmica Alvorada"', () => {
    expect(
      company(
        'Beatriz Sampaio',
        'beatriz@ponteviva.example',
        'Entrevista na Cerâmica Alvorada – Supervisor de Produção',
        'Olá Rafael,\n\nA Cerâmica Alvorada gostaria de conhecê-lo para a vaga de Supervisor de Produção. Proponho quarta-feira, 9 de julho, às 14h, na fábrica de Criciúma.\n\nPode confirmar?\n\nAbraço,\nBeatriz Sampaio\nConsultora de recrutamento\nPonte Viva Consultoria\n(48) 95555-0102',
      ),
    ).toBe('Cerâmica Alvorada');
  });

  it('en: the client named once on top and again in the forwarded message', () => {
    expect(
      company(
        'Marta Kowalczyk',
        'marta.k@brightfield-search.example',
        'Fwd: Firmware Engineer - slots for Tomás',
        'Hi Tomás,\n\nSee below - Halvard Acoustics would like to meet you. Which slot suits?\n\nMarta\n\nMarta Kowalczyk\nAccount Manager | Brightfield Search\n\n---------- Forwarded message ---------\nFrom: Erik Lund <erik.lund@halvardacoustics.example>\nSubject: Firmware Engineer - slots for Tomás\n\nHi Marta,\n\nWe would like to interview Tomás for the Firmware Engineer opening.\n- Tue 10 Jun, 10:00\n- Wed 11 Jun, 15:00\n\nErik Lund\nEngineering Manager\nHalvard Acoustics',
      ),
    ).toBe('Halvard Acoustics');
  });
});

describe('company: the employer\'s own side is not an agency client', () => {
  it('en: "on behalf of the search committee" at a college, with "Teaching" capitalised in a title', () => {
    expect(
      company(
        'Helen Marsh',
        'hmarsh@brackenfordcollege.example',
        'Campus visit – Lecturer in Chemistry (Teaching Focus)',
        'Dear Dr. Adeyemi,\n\nOn behalf of the search committee, I am pleased to invite you to a campus interview for the Lecturer in Chemistry (Teaching Focus) position at Brackenford College. The day includes a teaching demonstration and a meeting with the Director for Teaching and Learning.\n\nWould Monday 21 July or Wednesday 23 July suit you?\n\nBest wishes,\nHelen Marsh\nChair, Search Committee\nDepartment of Chemistry, Brackenford College',
      ),
    ).toBe('Brackenford College');
  });

  it('es: "en nombre del comité de selección" in a hospital\'s own mail', () => {
    expect(
      company(
        'Lucía Ferrer',
        'lferrer@hospitalvalderas.example',
        'Entrevista – Enfermero/a de quirófano',
        'Estimado Sr. Prieto:\n\nEn nombre del comité de selección, le invitamos a una entrevista para el puesto de Enfermero/a de quirófano el jueves 10 de julio a las 9:30.\n\nAtentamente,\nLucía Ferrer\nJefa de Recursos Humanos\nHospital Valderas',
      ),
    ).toBe('Hospital Valderas');
  });

  it('en: a town whose address carries a state code ("ashbymead-vt")', () => {
    expect(
      company(
        'Carol Dunning',
        'cdunning@ashbymead-vt.example',
        'Interview – Highway Foreman',
        'Dear Mr. Hale,\n\nYou are invited to interview for the position of Highway Foreman on Tuesday, July 8 at 10:00 AM.\n\nLocation: Ashbymead Municipal Building, 4 Church Street\n\nSincerely,\nCarol Dunning\nTown Administrator\nTown of Ashbymead',
      ),
    ).toBe('Town of Ashbymead');
  });
});

describe('company: domain spellings, agency clients revealed late, places and specialisms', () => {
  it('never returns a domain spelling that does not read as words; the signature under a long footer names the firm', () => {
    const x = extractInvitation({
      from: { name: 'Odile Ferrand', email: 'o.ferrand@ets-vauclair.example' },
      subject: 'Établissements Vauclair – entretien : Responsable Logistique (H/F)',
      body: "Madame,\n\nJ'ai le plaisir de vous convier à un entretien pour le poste de Responsable Logistique (H/F), le jeudi 12 juin à 14h00 sur notre site de Valence.\n\nJe vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\nOdile Ferrand\nResponsable Ressources Humaines\nÉtablissements Vauclair\nTél. : 04 75 55 18 20\n\nCe message et ses pièces jointes sont confidentiels. Si vous n'en êtes pas le destinataire, merci de le détruire et d'en avertir l'expéditeur.",
    });
    expect(x.company).toBe('Établissements Vauclair');
    expect(x.contactFirstName).toBe('Odile');
  });

  it('returns null rather than an unreadable domain ("hlmv24") when the mail names no employer', () => {
    const x = extractInvitation({
      from: { name: 'Recruiting', email: 'jobs@hlmv24.example' },
      subject: 'Interview for the Warehouse Associate role',
      body: 'Hello,\n\nWe would like to invite you to interview for the Warehouse Associate role on Monday at 9am. Please reply to confirm.\n\nThank you',
    });
    expect(x.company).toBeNull();
  });

  it('writes a readable hyphenated domain as words ("copperkiln-studio" -> "Copperkiln Studio")', () => {
    const x = extractInvitation({
      from: { name: 'Rae', email: 'rae@copperkiln-studio.example' },
      subject: 'glaze tech gig',
      body: "hey Priya,\n\nsaw your portfolio - we need a part-time glaze technician for the autumn. could you come by thursday at 4 to chat?\n\n- Rae",
    });
    expect(x.company).toBe('Copperkiln Studio');
  });

  it('de: matches the German spelling of an "&" firm at its address ("Jäger & Partner" at jaeger-partner)', () => {
    expect(
      company(
        'Ines Wolff',
        'i.wolff@jaeger-partner.example',
        'Vertrauliche Anfrage: Leiter Instandhaltung (m/w/d)',
        'Sehr geehrter Herr Brandt,\n\nich bin Beraterin bei Jäger & Partner Personalberatung. Den Namen unseres Mandanten nenne ich Ihnen gern im persönlichen Gespräch. Hätten Sie diese Woche 20 Minuten für ein Telefonat?\n\nMit freundlichen Grüßen\n\nInes Wolff\nBeraterin\nJäger & Partner Personalberatung GmbH\nTel. +49 711 5550 2231',
      ),
    ).toBe('Jäger & Partner Personalberatung');
  });

  it('en: "It\'s Marrow Foods" names the agency\'s client; the specialism after the title\'s dash does not', () => {
    expect(
      company(
        'Gary Pike',
        'gary@tallyhostaffing.example',
        'Process Engineer – Thermal Systems | Leeds',
        "Hi Dom,\n\nI'm working on a Process Engineer – Thermal Systems hire for a food manufacturer near Leeds. It's Marrow Foods, and they're fine with me saying so.\n\nFree for a quick call tomorrow at 12?\n\nCheers,\nGary\n\nGary Pike\nSenior Consultant\nTallyho Staffing",
      ),
    ).toBe('Marrow Foods');
  });

  it('en: a town named in the subject and after "in" is never the client of an unnamed search', () => {
    expect(
      company(
        'Morag Bell',
        'morag.bell@kinlochsearch.example',
        'Operations Director – Dundee – permanent',
        "Dear Iain,\n\nKinloch Search has been retained by a family-owned distillery to find an Operations Director, based in Dundee three days a week. I can't share the client's name by email, but would you have time for a call on Friday?\n\nKind regards,\nMorag Bell\nPartner\nKinloch Search\n12 Reform Street, Dundee",
      ),
    ).toBe('Kinloch Search');
  });

  it('es/pt: "he presentado su candidatura a X", "apresentei o seu perfil à X" name the client', () => {
    expect(
      company(
        'Beatriz Lobo',
        'blobo@cumbretalent.example',
        'Entrevista – Jefe/a de Almacén',
        'Estimado Sr. Ortega:\n\nHe presentado su candidatura a Conservas Alboran y desean conocerle para el puesto de Jefe/a de Almacén. ¿Le viene bien el lunes a las 10:00?\n\nAtentamente,\nBeatriz Lobo\nConsultora\nCumbre Talent',
      ),
    ).toBe('Conservas Alboran');
    expect(
      company(
        'Rui Matos',
        'rui@ponteselecao.example',
        'Entrevista – Coordenador de Produção',
        'Olá Fábio,\n\nApresentei o seu perfil à Vidreira Atlântica e eles querem conhecê-lo para a vaga de Coordenador de Produção. Pode na quarta às 15h?\n\nAbraço,\nRui Matos\nConsultor\nPonte Seleção',
      ),
    ).toBe('Vidreira Atlântica');
  });
});

describe('company: a person named with their job is never the client; an in-house talent team is no agency', () => {
  it('en: "interview with Wendell Marsh (night shift lead)" leaves the client that looked at the CV', () => {
    expect(
      company(
        'Tammy Greer',
        'tammy@redrockstaffing.example',
        'Interview set – Harlow Plastics, Machine Operator',
        "Hi Sam!\n\nHarlow Plastics looked at your resume and wants to meet you for the Machine Operator (Nights) opening.\n\nWhen: Monday at 9:00 AM\nWhere: Harlow Plastics, 14 Mill Rd — ask at the front desk for your interview with Wendell Marsh (night shift lead)\n\nWendell will ask about setups and changeovers.\n\nText me back if Monday works!\nTammy\n\nTammy Greer\nRecruiter | Red Rock Staffing\nCell: (602) 555-0148",
      ),
    ).toBe('Harlow Plastics');
  });

  it('fr: "avec Josiane, la directrice" is a person; "Acquisition de talents" is the bank\'s own team', () => {
    expect(
      company(
        'Luc Tremblay',
        'l.tremblay@caissevermeil.example',
        'Poste de caissier – premier appel?',
        "Bonjour Hugo,\n\nMerci d'avoir postulé pour le poste de Caissier(ère) principal(e) à notre succursale de Lévis. J'aimerais qu'on se parle au téléphone une vingtaine de minutes. Si ça clique, on organisera une rencontre avec Josiane, la directrice de succursale.\n\nEst-ce que mardi à 10 h te conviendrait?\n\nLuc Tremblay\nConseiller, Acquisition de talents\nCaisse Vermeil\n418 555-0120",
      ),
    ).toBe('Caisse Vermeil');
  });
});

describe('company: the spelled-out name beats the abbreviation the domain uses', () => {
  it('en: "Cedar Bluff Consolidated School District" at cedarbluffcsd over "Cedar Bluff CSD" in the footer', () => {
    expect(
      company(
        'Dana Whitlock',
        'dwhitlock@cedarbluffcsd.example',
        'Interview – Middle School Math Teacher',
        'Dear Ms. Rivera,\n\nYou have been selected for an interview for the Middle School Math Teacher position on Tuesday, April 7 at 3:30 PM.\n\nSincerely,\n\nDana Whitlock\nHuman Resources\nCedar Bluff Consolidated School District\n(555) 555-0142\n\nCedar Bluff CSD is an equal opportunity employer.',
      ),
    ).toBe('Cedar Bluff Consolidated School District');
  });
});
