// Outcomes of the reader's own application, worded the ways the lexicon learnt late: rejections
// (one quoting the invitation it follows), offers that propose a call, acknowledgements that promise
// a later step, cancellations with no new time and hiring freezes, in five languages. Each is full of
// interview, date and call words aimed at the reader, and none is an invitation. Three invitations
// use the neighbouring words and must stay invitations. Mails invented for these tests.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import { from } from './helpers/mail';

describe('rejections are not invitations', () => {
  it('a UK panel outcome that quotes the invitation it follows', () => {
    const d = detectInvitation({
      from: from('Rhiannon Pryce', 'r.pryce@calderwharf.example'),
      subject: 'RE: Interview invitation – Senior Transport Planner',
      body: "Dear Tomasz,\n\nThank you for coming in on Tuesday to interview for the Senior Transport Planner post. The panel enjoyed meeting you. It was close, but candidates whose experience more closely matched the brief have been taken forward to the final stage on Tuesday 24 June. I'm happy to give you feedback by phone on Friday at 11:00 if that would help.\n\nBest of luck with your job search.\n\nRhiannon Pryce\nPeople Services, Calder Wharf Council\n\n-----Original Message-----\nFrom: Rhiannon Pryce\nSent: 2 June\nSubject: Interview invitation – Senior Transport Planner\n\nDear Tomasz,\nWe would like to invite you to interview on Tuesday 10 June at 10:00 at the Civic Centre. Please confirm that you can attend.",
    });
    expect(d.invite).toBe(false);
  });

  it('an Indian recruiter: the profile has not been shortlisted for the next interview round', () => {
    const d = detectInvitation({
      from: from('Talent Acquisition', 'careers@vistaraloop.example'),
      subject: 'Your application – Software Engineer II',
      body: 'Dear Aditi,\n\nThank you for your interest in the Software Engineer II position and for completing the online assessment. We regret to inform you that your profile has not been shortlisted for the next round of technical interviews.\n\nWe have noted your details and encourage you to keep an eye on our careers page.\n\nRegards,\nTalent Acquisition Team\nVistaraLoop Technologies',
    });
    expect(d.invite).toBe(false);
  });

  it('a public-sector notice: not among the best qualified, with the interview dates of the others', () => {
    const d = detectInvitation({
      from: from('Staffing Office', 'noreply@hr.stateparks.example'),
      subject: 'Status of your application – Park Ranger II (Req 4471)',
      body: 'Dear Marcus Bell,\n\nYour application for Park Ranger II (Req 4471) was reviewed. Based on the screening questions you were not among the best qualified applicants, so your name will not be sent to the hiring manager. Interviews with the selected applicants take place during the week of 14 July. You may call this office on Monday between 9:00 and 12:00 to discuss your rating.\n\nThis office has now filled the position once the panel finishes.\n\nState Parks Staffing Office',
    });
    expect(d.invite).toBe(false);
  });

  it('an Argentine recruiter after the interview: seguimos con otros perfiles, guardaremos tu CV', () => {
    const d = detectInvitation({
      from: from('Florencia Ibarra', 'florencia@talentosur.example'),
      subject: 'Búsqueda Analista Contable – novedades',
      body: 'Hola Martín, ¿cómo estás?\n\nGracias por tu tiempo en la entrevista del jueves con el cliente. Te cuento que seguimos con otros perfiles que se ajustan mejor a lo que busca el estudio para esta posición.\n\nGuardaremos tu CV para futuras búsquedas y te deseamos mucho éxito en tu búsqueda laboral. Si querés feedback, ¿te parece si lo charlamos en una llamada el lunes a las 11?\n\nSaludos,\nFlorencia Ibarra\nTalento Sur Consultora',
    });
    expect(d.invite).toBe(false);
  });

  it('a Québec rejection that quotes the interview invitation', () => {
    const d = detectInvitation({
      from: from('Geneviève Tremblay', 'g.tremblay@coopboreal.example'),
      subject: 'RE: Entrevue – Conseillère en ressources humaines',
      body: "Bonjour Mme Lavoie,\n\nMerci d'avoir participé à l'entrevue de mardi. Après réflexion, nous ne sommes pas en mesure de donner suite à votre candidature : nous allons de l'avant avec d'autres candidats pour ce poste.\n\nNous conserverons votre dossier pour de futurs affichages. Bonne continuation dans vos recherches.\n\nGeneviève Tremblay\nCoop Boréal\n\n> Nous aimerions vous convier à une entrevue le mardi 10 juin à 14 h à nos bureaux de Québec.",
    });
    expect(d.invite).toBe(false);
  });

  it('a Swiss rejection after the interviews: Vorzug gegeben, negativer Entscheid', () => {
    const d = detectInvitation({
      from: from('Reto Baumann', 'reto.baumann@alpwerk.example'),
      subject: 'Ihre Bewerbung als Projektleiter Tiefbau',
      body: 'Sehr geehrter Herr Keller\n\nHerzlichen Dank für das angenehme Vorstellungsgespräch vom letzten Mittwoch. Nach sorgfältiger Abwägung haben wir einer Kandidatin den Vorzug gegeben, deren Profil noch besser zu unseren Projekten passt. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können. Gerne gebe ich Ihnen am Telefon ein kurzes Feedback – passt Ihnen Freitag um 10 Uhr?\n\nFür Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.\n\nFreundliche Grüsse\nReto Baumann\nHR, Alpwerk AG',
    });
    expect(d.invite).toBe(false);
  });

  it('a Brazilian rejection after the interview: perfil mais aderente, banco de talentos', () => {
    const d = detectInvitation({
      from: from('Camila Rocha', 'camila.rocha@verdemar.example'),
      subject: 'Retorno – processo seletivo Analista de Marketing',
      body: 'Olá, Juliana! Tudo bem?\n\nObrigada por participar da entrevista com a gestora na semana passada. Depois de muita conversa, decidimos prosseguir com outros candidatos com perfil mais aderente ao momento do time.\n\nManteremos seu currículo em nosso banco de talentos. Se quiser, posso te dar um feedback por telefone na quinta às 15h. Sucesso na sua jornada!\n\nAbraços,\nCamila Rocha\nGente & Gestão – Verdemar',
    });
    expect(d.invite).toBe(false);
  });

  it.each([
    ['fr', 'Suite à votre entretien', "Bonjour Camille,\n\nMerci pour le temps que vous nous avez accordé lors de l'entretien de mardi pour le poste de coordinatrice logistique. Après réflexion, nous avons décidé de poursuivre avec une candidate ayant une plus longue expérience du transport frigorifique.\n\nSi vous le souhaitez, je peux vous rappeler jeudi à 17h pour un retour plus détaillé.\n\nBien cordialement,\nHélène Morel"],
    ['es', 'Tu entrevista para Técnico de Mantenimiento', 'Hola Iván,\n\nGracias por venir a la entrevista del lunes. Tras valorarlo, hemos decidido seguir con un perfil con más experiencia en climatización industrial.\n\nSi quieres, te llamo el viernes a las 12:00 y te cuento con más detalle.\n\nUn saludo,\nLorena'],
    ['pt', 'Retorno da entrevista – Analista Fiscal', 'Olá Renata,\n\nObrigada pela conversa de quarta-feira. Depois de avaliar todos os finalistas, decidimos seguir com uma candidata com mais vivência em Reforma Tributária.\n\nPosso te ligar na segunda às 10h para dar um feedback mais completo, se quiser.\n\nAbraços,\nPatrícia'],
    ['de', 'Ihr Vorstellungsgespräch – Projektleiter Innenausbau', 'Hallo Herr Brandt,\n\nvielen Dank für das angenehme Gespräch am Dienstag. Nach reiflicher Überlegung haben wir uns für einen Kandidaten entschieden, der mehr Erfahrung im Ladenbau mitbringt.\n\nGern gebe ich Ihnen am Freitag um 14 Uhr telefonisch ein ausführlicheres Feedback.\n\nBeste Grüße\nSandra Vogt'],
    ['de', 'Ihre Bewerbung als Bauleiter Tiefbau (m/w/d)', 'Sehr geehrte Frau Keller,\n\nvielen Dank für das offene Gespräch am Montag. Nach reiflicher Abwägung haben wir uns entschieden, das Verfahren mit einem anderen Bewerber fortzusetzen, der bereits Projekte dieser Größe geleitet hat.\n\nGern gebe ich Ihnen ein kurzes Feedback. Buchen Sie dafür einfach einen Termin in meinem Kalender: https://termine.example/feedback – zum Beispiel Donnerstag, 16:00 Uhr.\n\nMit freundlichen Grüßen\nTobias Lenz'],
  ])('[%s] chose to go on with another profile, with a feedback call: %s', (_lang, subject, body) => {
    const d = detectInvitation({ from: from('Recruiting', 'jobs@maison-exemple.example'), subject, body });
    expect(d.invite).toBe(false);
  });
});

describe('offers are not invitations, even when they ask for a call', () => {
  it('a startup wants to make the reader an offer and walk them through it on a call', () => {
    const d = detectInvitation({
      from: from('Jordan Reyes', 'jordan@loomcart.example'),
      subject: 'Great news – Product Designer',
      body: "Hi Priya,\n\nThe team loved your final interview and we'd like to make you an offer for the Product Designer role! Do you have 20 minutes tomorrow at 3pm for a quick call so I can walk you through the offer and answer any questions?\n\nCongratulations on the new role!\n\nJordan\nLoomcart",
    });
    expect(d.invite).toBe(false);
  });

  it('a UK contract to sign, followed by an induction day with a date', () => {
    const d = detectInvitation({
      from: from('Sophie Marsh', 'sophie.marsh@harbourhomes.example'),
      subject: 'Your contract – Housing Officer',
      body: 'Dear Kwame,\n\nFollowing your interview, please find attached your contract of employment for the Housing Officer role. Please sign and return the contract by Friday.\n\nWe would then like to invite you to an induction morning on Monday 7 July at 09:00 at our Salford office.\n\nKind regards,\nSophie Marsh\nHR Adviser, Harbour Homes',
    });
    expect(d.invite).toBe(false);
  });

  it('a Mexican offer with a signing call: te extendemos la oferta', () => {
    const d = detectInvitation({
      from: from('Daniela Ortega', 'daniela.ortega@grupocenit.example'),
      subject: 'Oferta – Coordinador de Logística',
      body: 'Hola Luis,\n\nDespués de las entrevistas, nos da mucho gusto decirte que te extendemos la oferta para el puesto de Coordinador de Logística. Adjuntamos el detalle para que lo revises antes de la firma del contrato.\n\n¿Te parece si hacemos una llamada el lunes a las 11:00 para resolver dudas?\n\nSaludos,\nDaniela Ortega\nCapital Humano, Grupo Cénit',
    });
    expect(d.invite).toBe(false);
  });

  it('a French offer: confier le poste, signer le contrat, un appel jeudi', () => {
    const d = detectInvitation({
      from: from('Hélène Marchal', 'h.marchal@atelierslumen.example'),
      subject: 'Suite à nos entretiens – Responsable d’atelier',
      body: "Bonjour Karim,\n\nSuite à nos entretiens, nous sommes ravis de vous confier le poste de Responsable d'atelier. Vous trouverez notre offre ferme en pièce jointe ; il ne restera plus qu'à signer le contrat.\n\nPouvons-nous en parler lors d'un appel jeudi à 11 h ?\n\nBien à vous,\nHélène Marchal\nAteliers Lumen",
    });
    expect(d.invite).toBe(false);
  });

  it('a Brazilian offer: aprovada no processo seletivo, exame admissional', () => {
    const d = detectInvitation({
      from: from('Renata Alves', 'renata.alves@solnascente.example'),
      subject: 'Parabéns! Analista Financeira',
      body: 'Oi, Beatriz!\n\nTenho o prazer de informar que você foi aprovada no processo seletivo para Analista Financeira. Na próxima semana vamos agendar o exame admissional e enviar a lista de documentos para admissão.\n\nPodemos falar amanhã às 10h por telefone?\n\nAbraços,\nRenata Alves\nRH – Sol Nascente',
    });
    expect(d.invite).toBe(false);
  });
});

describe('acknowledgements that promise a later step are not invitations', () => {
  it('an English ATS receipt: only shortlisted candidates will be contacted for interview', () => {
    const d = detectInvitation({
      from: from('Careers', 'no-reply@ats.example.com'),
      subject: 'Thank you for applying – Clinical Coder',
      body: 'Dear Ahmed,\n\nThank you for applying for the Clinical Coder role at Fernhill Health. Due to the high volume of applications, we are unable to respond to each applicant individually. Only shortlisted candidates will be contacted to arrange an interview.\n\nYou can check the status of your application at any time in your candidate account.\n\nFernhill Health Recruitment',
    });
    expect(d.invite).toBe(false);
  });

  it('a Portuguese (PT) receipt: apenas os candidatos pré-selecionados serão contactados', () => {
    const d = detectInvitation({
      from: from('Recrutamento', 'recrutamento@litoralseguros.example'),
      subject: 'Candidatura recebida – Gestor de Sinistros',
      body: 'Caro Rui,\n\nAgradecemos o envio da sua candidatura para Gestor de Sinistros. A sua candidatura foi registada com sucesso. Apenas os candidatos pré-selecionados serão contactados para a entrevista presencial, que decorrerá em Lisboa entre 14 e 18 de julho.\n\nCom os melhores cumprimentos,\nEquipa de Recrutamento\nLitoral Seguros',
    });
    expect(d.invite).toBe(false);
  });
});

describe('cancellations with no new time and hiring freezes are not invitations', () => {
  it('an English interview that will not go ahead because of a hiring pause', () => {
    const d = detectInvitation({
      from: from('Ellie Brandt', 'ellie.brandt@northgate-labs.example'),
      subject: 'Thursday interview – Lab Operations Manager',
      body: "Hi Sam,\n\nI'm really sorry, but Thursday's interview for the Lab Operations Manager role will not go ahead. Following this quarter's results the company has announced a hiring pause, and the headcount was cut for this quarter.\n\nIf the role reopens I will get in touch straight away.\n\nEllie",
    });
    expect(d.invite).toBe(false);
  });

  it('a Spanish interview that will not take place: dimos de baja la búsqueda', () => {
    const d = detectInvitation({
      from: from('Lucía Ferrer', 'lucia.ferrer@mediterranea-rrhh.example'),
      subject: 'Entrevista del martes – Técnico de Mantenimiento',
      body: 'Hola Javier:\n\nTe escribo para avisarte de que la entrevista prevista para el martes a las 10:00 no se realizará. El cliente ha anunciado una congelación de plantilla hasta el año que viene y dimos de baja la búsqueda.\n\nSiento mucho las molestias.\n\nUn saludo,\nLucía Ferrer',
    });
    expect(d.invite).toBe(false);
  });

  it('a German interview that will not take place as planned: Einstellungsstopp', () => {
    const d = detectInvitation({
      from: from('Katrin Vogt', 'k.vogt@rheinpack.example'),
      subject: 'Ihr Vorstellungsgespräch am Mittwoch',
      body: 'Sehr geehrte Frau Schulz,\n\nleider findet das für Mittwoch, 10 Uhr, geplante Vorstellungsgespräch nicht wie geplant statt. Aufgrund eines konzernweiten Einstellungsstopps wird die Stelle als Teamleiterin Versand vorerst nicht besetzt.\n\nWir bitten um Ihr Verständnis.\n\nMit freundlichen Grüßen\nKatrin Vogt\nRheinpack GmbH',
    });
    expect(d.invite).toBe(false);
  });
});

describe('invitations with the neighbouring words stay invitations', () => {
  it('a one-way video interview whose instructions offer a practice run', () => {
    const d = detectInvitation({
      from: from('Lumenfield Talent Team', 'talent@ats.example.com'),
      subject: 'Next step: one-way video interview – Payroll Specialist',
      body: "Hi Dana,\n\nThanks for applying to Lumenfield! We'd like to invite you to the next step: a short one-way video interview.\n\n• You'll answer 3 questions on camera, whenever suits you\n• You can record the first answer twice, as a practice run\n\nPlease complete it by Friday: https://ats.example.com/lumenfield/video/PS-201\n\nThe Lumenfield Talent Team",
    });
    expect(d.invite).toBe(true);
  });

  it('a public-sector panel invitation that names the shortlisting meeting and what unsuccessful candidates may ask for', () => {
    const d = detectInvitation({
      from: from('Northmere Borough Council – HR', 'hr@northmere.gov.example'),
      subject: 'Invitation to interview: Environmental Health Officer – Ref NBC/EH/221',
      body: 'Dear Ms Achebe,\n\nPost: Environmental Health Officer\n\nFollowing the shortlisting meeting, I am pleased to invite you to an interview on Wednesday 9 July at 10:30am at the Civic Offices, Room 2.\n\nThe panel will be:\n• Graham Foster – Head of Public Protection\n• Anita Shah – Senior EHO\n\nPlease bring proof of your right to work in the UK. Unsuccessful candidates may request feedback from the panel chair.\n\nPlease let me know that you can attend.\n\nYours sincerely,\nCarol Dunne\nHR Officer',
    });
    expect(d.invite).toBe(true);
  });

  it('a shortlisting after a large number of applications, where the panel will walk you through a project', () => {
    const d = detectInvitation({
      from: from('Owen Hale', 'owen.hale@brightmoor.example'),
      subject: 'Interview – Site Engineer',
      body: "Dear Leah,\n\nThank you for applying for the Site Engineer role. We received a large number of applications, and I'm pleased to say you have been shortlisted for interview.\n\nCould you attend on Thursday 12 June at 14:00 at our Leeds office? The panel will walk you through the Kirkgate project and then ask about your experience.\n\nKind regards,\nOwen Hale\nBrightmoor Construction",
    });
    expect(d.invite).toBe(true);
  });

  it('a Spanish recruiter who carries on with the reader: seguimos con el proceso', () => {
    const d = detectInvitation({
      from: from('Marta Gil', 'marta.gil@nubeverde.example'),
      subject: 'Tu candidatura – Desarrolladora Backend',
      body: 'Hola Sara:\n\nHemos revisado tu candidatura y seguimos con el proceso: nos gustaría invitarte a una entrevista con el equipo técnico para el puesto de Desarrolladora Backend.\n\n¿Te va bien el martes 17 a las 10:00 o el miércoles 18 a las 16:00?\n\nUn saludo,\nMarta Gil\nNube Verde',
    });
    expect(d.invite).toBe(true);
  });

  it('a German invitation to the next round: für Sie entschieden, das Gespräch findet per Video statt', () => {
    const d = detectInvitation({
      from: from('Jonas Albrecht', 'j.albrecht@kieltec.example'),
      subject: 'Einladung zur zweiten Runde – Embedded Entwickler (m/w/d)',
      body: 'Hallo Frau Demir,\n\nnach dem ersten Telefonat haben wir uns für Sie entschieden – für die nächste Runde! Wir laden Sie herzlich zum Vorstellungsgespräch mit unserem Teamleiter ein. Das Gespräch findet per Video statt.\n\nPasst Ihnen Dienstag, 24. Juni, um 10 Uhr?\n\nViele Grüße\nJonas Albrecht\nKieltec',
    });
    expect(d.invite).toBe(true);
  });
});
