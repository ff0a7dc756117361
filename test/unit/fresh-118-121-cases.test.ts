// Fixes from fresh-118..121's first pass (scored at bf77a35): an acknowledgement's later link, a hiring
// committee's internal sync, informational chats in fr and pt; an agency booker's offered times, a de
// nudge; and the fields of booking tools, department lines, a parent company, a firm the domain spells
// with its department word, titles after new lead-ins and with new heads. Variants of the batches'
// mails with new names.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import { extractInvitation } from '../../src/core/extract/index';
import { mail } from './helpers/mail';

describe('fresh-118..121 verdicts', () => {
  it("an acknowledgement: 'If you are shortlisted, you will receive a separate email with a link to choose a time'", () => {
    expect(detectInvitation(mail("Wrenfield Health Careers", "careers-noreply@ats.example.com", "We've received your application – Clinical Systems Specialist", "Hi Tomás,\n\nThank you for applying for Clinical Systems Specialist (Req #31877) at Wrenfield Health. This email confirms we have your application; no action is needed right now.\n\nWhat happens next\nOur recruiters review applications in the order received. Interview slots for this role are expected to open the week of 20 May. If you are shortlisted, you will receive a separate email with a link to choose a time — please keep an eye on your inbox and spam folder.\n\nTrack your application status any time: https://ats.example.com/wrenfield/candidate/home\n\nThanks,\nWrenfield Health Talent Acquisition\n\nPlease do not reply to this message. Wrenfield Health is an equal opportunity employer.")).invite).toBe(false);
  });
  it("an internal meeting: a 'hiring committee sync' to calibrate the 'interview rubric'", () => {
    expect(detectInvitation(mail("Nadia Petrov", "nadia.p@gannetlabs.example", "Hiring committee sync – interview pipeline (Thu 11:00)", "Hi Marcus,\n\nAdding you to this week's hiring committee sync since you're now on the committee for Engineering.\n\nAgenda:\n1. Interview pipeline review – backend and SRE roles\n2. Offer approvals\n3. Calibrating the new interview rubric\n\nThursday 11:00–11:45, Room Gannet or Meet: https://meet.example.com/gl-hcs-1100\n\nPlease skim the pipeline sheet beforehand.\n\nThanks,\nNadia")).invite).toBe(false);
  });
  it("[fr] asking a professional for an informational chat: 'me parler de votre parcours … Je ne suis pas en recherche active'", () => {
    expect(detectInvitation(mail("Mathilde Roussel", "mathilde.roussel@courriel.example", "Demande d'un court entretien sur votre métier", "Bonjour Madame Garnier,\n\nJe me permets de vous écrire de la part de Julien Marchal, avec qui j'ai suivi une formation en UX design. Après huit ans dans la communication, j'envisage une reconversion vers le contrôle de gestion, votre domaine.\n\nAccepteriez-vous de m'accorder un court entretien de 20 minutes pour me parler de votre parcours ? Je ne suis pas en recherche active auprès de votre entreprise ; il s'agit de mieux comprendre le métier. Je peux m'adapter à vos disponibilités, par téléphone ou en visio.\n\nEn vous remerciant par avance,\n\nMathilde Roussel\n06 55 27 81 40")).invite).toBe(false);
  });
  it("[pt] a manager agrees to a career chat: 'não temos nenhuma vaga aberta … não é um processo seletivo'", () => {
    expect(detectInvitation(mail("Renata Prado", "renata.prado@laticiniosmantiqueira.example", "Re: Conversa sobre carreira em qualidade", "Oi, Felipe!\n\nClaro, fico feliz em conversar. Só para alinhar: no momento não temos nenhuma vaga aberta na minha área, então não é um processo seletivo. É só um bate-papo para eu contar como é o dia a dia da qualidade na indústria de laticínios.\n\nPode ser terça às 18h por vídeo? Te mando o link.\n\nAbraço,\nRenata\n\nRenata Prado\nGerente de Qualidade | Laticínios Mantiqueira\n\n> Em 2 de out., Felipe Moura escreveu:\n> Olá Renata, sou químico e penso em migrar para qualidade. Você teria 30 minutos para uma entrevista informativa sobre sua trajetória?")).invite).toBe(false);
  });
  it("an agency booker: 'She can do Tuesday 10:00 or 15:00. Shall I lock one in?'", () => {
    expect(detectInvitation(mail("Tamsin Achebe", "tamsin@northlightcrew.example", "Fernhouse want a quick call – 2-week illustration booking", "Hi Jonas,\n\nFernhouse Studio loved your reel and would like a 30-min call with their Art Director, Malin, about the Freelance Illustrator (2-week contract) booking for a packaging refresh. Starts 6 Oct, day rate £350, remote.\n\nShe can do Tuesday 10:00 or 15:00 (UK). Shall I lock one in? I'll send the video link once you confirm.\n\nTamsin\n\nTamsin Achebe | Talent Booker | Northlight Crew\n07700 900 552")).invite).toBe(true);
  });
  it("[de] a nudge: 'Die vorgeschlagenen Termine … sind beide noch frei; geben Sie mir einfach Bescheid, welcher Ihnen passt'", () => {
    expect(detectInvitation(mail("Katrin Vogel", "katrin.vogel@lindmann-pharma.example", "AW: Vorstellungsgespräch – Qualitätsmanager GMP (m/w/d)", "Hallo Frau Demir,\n\nich wollte kurz nachhaken, ob meine Nachricht von letzter Woche angekommen ist. Die vorgeschlagenen Termine für das Vorstellungsgespräch sind beide noch frei; geben Sie mir einfach Bescheid, welcher Ihnen passt.\n\nViele Grüße\nKatrin Vogel\n\n-----Ursprüngliche Nachricht-----\nVon: Katrin Vogel\nGesendet: Montag, 8. September\nAn: Aylin Demir\nBetreff: Vorstellungsgespräch – Qualitätsmanager GMP (m/w/d)\n\nHallo Frau Demir,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gern zu einem Vorstellungsgespräch einladen. Mögliche Termine:\n- Dienstag, 16.09., 10:00 Uhr\n- Donnerstag, 18.09., 14:30 Uhr\n\nKatrin Vogel\nTalent Acquisition\nLindmann Pharma GmbH")).invite).toBe(true);
  });
});

describe('fresh-118..121 fields', () => {
  it("a booking tool relaying for a firm whose name holds 'Architects': the firm, and the person who invited", () => {
    expect(extractInvitation(mail("Brightwater Architects via SlotPilot", "scheduling@slotpilot.example.com", "Please choose a time: panel interview for Senior Architect", "Hi Callum,\n\nInes Morland from Brightwater Architects has invited you to schedule a panel interview.\n\nRole: Senior Architect\nLength: 60 minutes\nPanel: Erik Brightwater (Principal), Dana Cole (Studio Director)\n\nAvailable times are shown in your time zone:\nhttps://slotpilot.example.com/s/brightwater/sa-panel-2210\n\nQuestions? Reply to this email and it will reach Ines directly.\n\nPowered by SlotPilot · Scheduling on behalf of Brightwater Architects"))).toMatchObject({"company": "Brightwater Architects", "contactFirstName": "Ines"});
  });
  it("[es] a recruiter's department line 'Reclutamiento TI' is no company", () => {
    expect(extractInvitation(mail("Adrián Cuevas", "adrian.cuevas@nogal.example", "Vacante Analista de Datos – llamada inicial", "Hola Fernanda:\n\nTe escribo de Servicios Nogal. Recibimos tu CV para la vacante de Analista de Datos y nos gustaría platicar contigo. ¿Te acomoda el jueves a las 10:00?\n\nSaludos cordiales,\n\nAdrián Cuevas\nReclutamiento TI\nServicios Nogal S.A. de C.V.\nTel. +52 33 5555 0188"))).toMatchObject({"company": "Servicios Nogal"});
  });
  it("a booking tool's card: 'Name from Employer would like to find a time to talk'", () => {
    expect(extractInvitation(mail("Dale Ferris (via MeetSlate)", "invites@meetslate.example.com", "Dale Ferris invited you to book a 30-minute conversation", "Hi Priya,\n\nDale Ferris from Marrow Credit Union would like to find a time to talk with you about the Member Services Representative opening.\n\nMessage from Dale:\nThanks for your application! Pick whatever time works best for you below.\n\nBook a time: https://meetslate.example.com/book/marrow/dferris-30\n\nSent with MeetSlate."))).toMatchObject({"company": "Marrow Credit Union"});
  });
  it("the parent company over its 'Internal Mobility' unit", () => {
    expect(extractInvitation(mail("Halden Internal Careers", "internal-careers@halden.example", "Internal application update: Claims Team Lead", "Hi Oskar,\n\nThank you for applying internally for the Claims Team Lead role. You've been shortlisted.\n\nThe next step is a 45-minute conversation with the Head of Claims. Please reply with your availability for next week.\n\nKind regards,\nBeatrice Lund\nTalent Partner, Halden Internal Mobility\n\nINTERNAL — Halden Insurance. Do not forward outside the organisation."))).toMatchObject({"company": "Halden Insurance"});
  });
  it("[fr] a firm the domain spells with its department word ('Cabinet Morvan Recrutement'); 'Associé' is a post", () => {
    expect(extractInvitation(mail("Gilles Tanguy", "g.tanguy@morvan-recrutement.example", "Contrôleur de gestion (H/F) – approche confidentielle", "Bonjour Monsieur Leroy,\n\nJe mène actuellement, pour le compte d'un groupe industriel familial, une recherche confidentielle pour un poste de Contrôleur de gestion (H/F).\n\nSeriez-vous d'accord pour un premier échange téléphonique de 20 minutes cette semaine ?\n\nBien cordialement,\n\nGilles Tanguy\nAssocié\nCabinet Morvan Recrutement\n03 80 55 41 22"))).toMatchObject({"company": "Cabinet Morvan Recrutement"});
  });
  it("a coordinator named with an inner capital: 'contact LaShonda Pierce, HR Analyst'", () => {
    expect(extractInvitation(mail("Millbrook County Human Resources", "hr-recruitment@millbrookcounty.example", "Interview Invitation – Planner II", "Dear Applicant,\n\nYou have been selected to interview for the position of Planner II with the Millbrook County Planning Department.\n\nTo select an interview time, please log in to your applicant account by Friday:\nhttps://ats.example.com/millbrook/interviews/25-0611\n\nApplicants who need a reasonable accommodation should contact LaShonda Pierce, HR Analyst, at (555) 555-0148.\n\nSincerely,\n\nMillbrook County Human Resources"))).toMatchObject({"contactFirstName": "LaShonda"});
  });
  it("the role named after 'your interview for the X role', not the interviewer's post ('our Creative Director, Imogen, is off sick')", () => {
    expect(extractInvitation(mail("Fern Addo", "fern@saltandsignal.example", "Need to move tomorrow's interview", "Hi Luca,\n\nSorry for the short notice - our Design Director, Rowan, is off sick today, so we need to move your interview for the Junior Art Director role that was set for 11am.\n\nCould you do Thursday at 11 or Friday at 2 instead?\n\nThanks,\nFern\nStudio Manager, Salt & Signal"))).toMatchObject({"role": "Junior Art Director"});
  });
  it("a programme named with its year: 'the 2026 Graduate Programme – Engineering'", () => {
    expect(extractInvitation(mail("Harlow Rail Early Careers", "earlycareers-noreply@ats.example.com", "Next step: your recorded video interview", "Hi Sophie,\n\nCongratulations - you've progressed to the next stage of the 2026 Graduate Programme – Engineering at Harlow Rail.\n\nPlease record your video interview by Sunday: https://ats.example.com/harlow/video/8841\n\nHarlow Rail Early Careers"))).toMatchObject({"role": "2026 Graduate Programme – Engineering"});
  });
  it("a subject's 'X applicants' yields to the body's fuller title", () => {
    expect(extractInvitation(mail("Dana Whitfield", "dana@riverlightcenter.example", "Next step for Volunteer Coordinator applicants", "Hi Omar,\n\nThanks so much for applying to be our Volunteer Coordinator, Youth Programs! We're asking a shortlist of 15 people to record short video answers before we meet anyone: https://ats.example.com/v/riverlight/vc-22\n\nDana\nRiverlight Community Center"))).toMatchObject({"role": "Volunteer Coordinator, Youth Programs"});
  });
  it("[fr] 'poste d'Affréteur / Affréteuse'", () => {
    expect(extractInvitation(mail("Pascal Nguema", "p.nguema@transports-vercors.example", "Votre candidature – Affréteur / Affréteuse international(e)", "Bonjour Madame Colin,\n\nJ'ai bien reçu votre candidature pour le poste d'Affréteur / Affréteuse international(e) au sein de notre agence de Grenoble. Seriez-vous disponible jeudi à 14h pour un entretien téléphonique ?\n\nCordialement,\nPascal Nguema\nResponsable d'exploitation\nTransports Vercors"))).toMatchObject({"role": "Affréteur / Affréteuse international(e)"});
  });
  it("[de] 'Bewerbung als Uhrmacher/in … (60–80 %)'", () => {
    expect(extractInvitation(mail("Corina Janett", "corina.janett@atelier-sarnen.example", "Einladung nach Sarnen – Uhrmacher/in Service", "Guten Tag Herr Kälin\n\nBesten Dank für Ihre Bewerbung als Uhrmacher/in Service (60–80 %). Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch in unserem Atelier in Sarnen ein. Passt Ihnen Dienstag, 14. Oktober, 10.00 Uhr?\n\nFreundliche Grüsse\nCorina Janett\nAtelier Sarnen AG"))).toMatchObject({"role": "Uhrmacher/in Service (60–80 %)"});
  });
  it("[es] a title after 'un puesto que abrimos este mes:'", () => {
    expect(extractInvitation(mail("Beatriz Ocaña", "b.ocana@aceitesdelsur.example", "Un puesto que quizá te interese", "Hola Sergio:\n\nMe llamo Beatriz y llevo la selección en Aceites del Sur. He visto tu trayectoria y creo que encajarías en un puesto que abrimos este mes: Responsable de Compras Internacionales. ¿Te vendría bien una llamada el miércoles a las 12:00?\n\nUn saludo,\nBeatriz"))).toMatchObject({"role": "Responsable de Compras Internacionales"});
  });
  it("[pt] 'etapa … do processo de Analista(a) …'", () => {
    expect(extractInvitation(mail("Luana Teixeira", "luana.teixeira@usinaboavista.example", "Convite – entrevista presencial em Goiânia", "Olá, Marcos,\n\nGostaríamos de convidá-lo para a etapa de entrevista presencial do processo de Engenheiro(a) de Processos Sênior. Pode ser na quinta-feira, 9/10, às 14h?\n\nAtenciosamente,\nLuana Teixeira\nUsina Boa Vista"))).toMatchObject({"role": "Engenheiro(a) de Processos Sênior"});
  });
  it("'your application for Head Roaster and I've read it twice'", () => {
    expect(extractInvitation(mail("Milo Brandt", "milo@kilnroasters.example", "Your application – come down to the roastery?", "Hi Jess,\n\nMilo here, co-founder at Kiln Roasters. Our ops lead forwarded me your application for Head Roaster and I've read it twice. Could you come down to the roastery on Friday at 10 for a chat and a cupping?\n\nMilo"))).toMatchObject({"role": "Head Roaster"});
  });
  it("[fr] 'pour le poste de Gouvernante générale'", () => {
    expect(extractInvitation(mail("Sandrine Lefort", "s.lefort@hotel-lesremparts.example", "Confirmation de votre entretien – Gouvernante générale", "Bonjour Madame Roux,\n\nJe vous confirme votre entretien pour le poste de Gouvernante générale à l'Hôtel Les Remparts : mardi 21 octobre à 10h, à la réception.\n\nBien cordialement,\nSandrine Lefort\nResponsable RH"))).toMatchObject({"role": "Gouvernante générale"});
  });
});
