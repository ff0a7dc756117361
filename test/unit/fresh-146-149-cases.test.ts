// Fixes from fresh-146..149's first pass (scored at 169a820): an interviewer request in casual words,
// [fr] "passe au garage", a nanny agency's invitation, [de] "sehen wir uns zum Vorstellungsgespräch",
// a panel member named in the third person, [es] a university's interview simulation, [de]/[fr]
// reference requests; fields: "retained on a … appointment", "we're after a …", a gym's own
// booking mail, a Spanish personnel department. Each mail is a variant with new names.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import { extractInvitation } from '../../src/core/extract/index';
import { mail } from './helpers/mail';

describe('fresh-146..149 verdicts', () => {
  it("a founder asks a colleague to 'do the interview with Dara (backend candidate) instead' and report 'thumbs up/down'", () => {
    expect(detectInvitation(mail("Lena Ortiz", "lena@quillcraft.example", "can u take the 11am?", "hey Sam - supplier call got moved to 11 tomorrow and I can't skip it 😩 can you do the interview with Dara (backend candidate) instead? video link is in the cal invite, I'll forward it. her CV + my questions are in the hiring doc.\n\njust ping me after with a thumbs up/down, full notes can wait\n\nty!\nLena")).invite).toBe(false);
  });
  it("[fr] 'Passe au garage mardi vers 9h … on discutera du poste'", () => {
    expect(detectInvitation(mail("Michel Caron", "garage.caron@courriel.example", "Re: poste carrossier", "Bonjour Hugo,\n\nMerci pour ton CV. On cherche bien un carrossier, CDI, surtout de la petite carrosserie et de la peinture.\n\nPasse au garage mardi vers 9h avant qu'on ouvre, on discutera du poste. Compte une demi-heure. Si mardi ça ne va pas, appelle le garage au 02 41 55 18 20.\n\nMichel Caron\nGarage Caron\n8 route d'Angers, Saumur")).invite).toBe(true);
  });
  it("a nanny agency's invitation: 'Nanny Agency' in the signature is no personal mail", () => {
    expect(detectInvitation(mail("Maeve Dunne", "maeve@bluebellnannies.example", "Interview with the family - Thursday", "Hi Chloe,\n\nGreat news, the family in Richmond I mentioned would love to meet you for the Live-in Nanny role (one baby, Mon-Fri).\n\nThey've suggested Thursday at 11am at their home. It'll be about an hour. I'll send the address once you confirm.\n\nCan you let me know by tomorrow? Text is fine.\n\nThanks,\nMaeve\n\nMaeve Dunne\nPlacement Consultant\nBluebell Nanny Agency\n020 7946 0744")).invite).toBe(true);
  });
  it("[de] 'Donnerstag um 10 Uhr passt gut … Dann sehen wir uns zum Vorstellungsgespräch'", () => {
    expect(detectInvitation(mail("Heike Brandt", "metzgerei.brandt@webpost.example", "AW: Bewerbung Fleischereifachverkäufer (m/w/d)", "Hallo Herr Kaya,\n\nja, Donnerstag um 10 Uhr passt gut, dann ist im Laden weniger los. Dann sehen wir uns zum Vorstellungsgespräch in der Filiale am Domplatz, fragen Sie einfach an der Theke nach mir.\n\nMit freundlichen Grüßen\nHeike Brandt\nMetzgerei Brandt\n\n-----Ursprüngliche Nachricht-----\nVon: Deniz Kaya\nBetreff: Bewerbung Fleischereifachverkäufer (m/w/d)\n\nSehr geehrte Frau Brandt,\nvielen Dank für Ihren Anruf. Donnerstag um 10 Uhr würde mir gut passen.")).invite).toBe(true);
  });
  it("a move because a third person 'must sit on the panel' is no request to the reader", () => {
    expect(detectInvitation(mail("Chidinma Okeke", "chidinma.o@lagoonpower.example", "Change of date: your interview for Grid Planning Engineer", "Dear Tunde,\n\nI'm writing about your interview scheduled for Tuesday, 14 October at 10:00am.\n\nUnfortunately our Head of Planning has been called to a site in Kaduna that week. Since she must sit on the panel, we need to move your interview.\n\nCould you make any of these instead?\n- Monday 20 October, 10:00am\n- Tuesday 21 October, 2:00pm\n\nKindly reply with your preferred slot.\n\nBest regards,\nChidinma Okeke\nHR Officer\nLagoon Power Ltd")).invite).toBe(true);
  });
  it("[es] a university's 'simulación de entrevista laboral' is practice", () => {
    expect(detectInvitation(mail("Centro de Empleabilidad UAN", "empleabilidad@uandina.example", "Agenda tu simulación de entrevista – noviembre", "Hola Valentina:\n\nComo estudiante de último año, te invitamos a agendar una simulación de entrevista laboral con uno de nuestros asesores.\n\nLa sesión dura 40 minutos, es por videollamada y replica una entrevista real de selección. Al final recibirás retroalimentación sobre tu CV y tus respuestas.\n\nReserva tu hora aquí: https://empleabilidad.uandina.example/agenda\n\nEs una actividad formativa y no corresponde a un proceso de selección de ninguna empresa.\n\nSaludos,\nCentro de Empleabilidad\nUniversidad Andina")).invite).toBe(false);
  });
  it("[de] a reference request: 'Sie als Referenzperson angegeben'", () => {
    expect(detectInvitation(mail("Martina Vogt", "martina.vogt@rheinpartner.example", "Referenzauskunft zu Frau Sarah Klein", "Guten Tag Herr Berger\n\nFrau Sarah Klein hat sich bei uns als Leiterin Controlling beworben und Sie als Referenzperson angegeben.\n\nWir befinden uns in der letzten Phase des Auswahlverfahrens und würden gerne ein kurzes telefonisches Gespräch (ca. 15–20 Minuten) mit Ihnen führen, insbesondere zu ihrer Rolle beim Jahresabschluss.\n\nWäre es Ihnen am Dienstag, 14. Oktober, zwischen 9 und 11 Uhr möglich? Gerne passe ich mich auch Ihrem Kalender an.\n\nFreundliche Grüsse\nMartina Vogt\nHR-Fachfrau\nRhein Partner Treuhand AG")).invite).toBe(false);
  });
  it("[fr] a reference request: 'Demande de référence … a travaillé sous votre responsabilité'", () => {
    expect(detectInvitation(mail("Élise Garnier", "elise.garnier@valmont-sante.example", "Demande de référence – candidature de Mme Léa Morel", "Bonjour Monsieur Faure,\n\nJe suis chargée de recrutement chez Valmont Santé. Mme Léa Morel, qui a travaillé sous votre responsabilité, est candidate au poste d'Infirmière coordinatrice et nous a communiqué vos coordonnées.\n\nAccepteriez-vous un court entretien téléphonique (15 minutes) pour échanger sur son parcours ? Je suis disponible mardi ou mercredi matin.\n\nBien cordialement,\nÉlise Garnier")).invite).toBe(false);
  });
});

describe('fresh-146..149 fields', () => {
  it("'retained on a confidential Chief Operating Officer appointment' names the title", () => {
    expect(extractInvitation(mail("Hugo Ashdown", "h.ashdown@marlowe-search.example", "Confidential – COO appointment", "Dear Mr. Okafor,\n\nI lead the operations practice at Marlowe Executive Search and have been retained on a confidential Chief Operating Officer appointment for a privately held logistics group.\n\nI would value a discreet conversation at your convenience. Would you have 30 minutes in the coming fortnight?\n\nYours sincerely,\nHugo Ashdown\nPartner\nMarlowe Executive Search")).role).toBe("Chief Operating Officer");
  });
  it("'We're after a Plumber's Mate' names the title", () => {
    expect(extractInvitation(mail("Gary Fenn", "gary@fennheating.example", "plumbers mate", "Got your CV off the job board. We're after a Plumber's Mate, mostly boiler swaps and some bathroom fits, van provided.\n\nGive me a ring tomorrow after 4?\n\nGary\nFenn Heating")).role).toBe("Plumber's Mate");
  });
  it("a gym's own booking mail: 'Harbour Gym' is no person, 'With: Name (…)' is the contact", () => {
    expect(extractInvitation(mail("Harbour Gym", "bookings@harbourgym.example", "Booking confirmed: Fitness Instructor interview with Aaron", "Hi Priya,\n\nYou're booked in!\n\nWith: Aaron Shaw (Gym Manager)\nWhere: Harbour Gym, 12 Quay Street (front desk)\n\nBring gym kit.\n\nNeed to change it? https://ats.example.com/b/harbourgym/5521\n\nHarbour Gym\nThis is an automated booking confirmation.")).contactFirstName).toBe("Aaron");
  });
  it("[es] 'Departamento de Personas' is a department, not the employer", () => {
    expect(extractInvitation(mail("Nerea Olabarria", "nerea.olabarria@lanbide-logistica.example", "Entrevista por videollamada – Técnico/a de Almacén", "Estimada Sra. Ruiz:\n\nLe escribo en relación con su candidatura al puesto de Técnico/a de Almacén en Logística Urbieta.\n\nNos gustaría mantener una entrevista por videollamada el jueves a las 10:00. ¿Le viene bien?\n\nUn saludo,\nNerea Olabarria\nDepartamento de Personas\nLogística Urbieta, S.L.")).company).toBe("Logística Urbieta");
  });
});
