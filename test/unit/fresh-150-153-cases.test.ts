// Fixes from fresh-150..153's first pass (scored at faefb2d): [pt] "Não é necessário reagendar", casual
// invitations ("wants to sit down with you", [de] "Komm doch … vorbei", "taking on a junior barber
// apprentice", a final dinner, a chat pushed in a "might be hiring?" thread, "Free for 15 minutes"),
// [fr] a link labelled "Modifier ou annuler", [de] an internal applicant's "Gespräch zusammensetzen",
// near-misses ([pt] a podcast, [es] a friend's practice questions); an emoji ends a title. Each mail
// is a variant with new names.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import { extractInvitation } from '../../src/core/extract/index';
import { mail } from './helpers/mail';

describe('fresh-150..153 verdicts', () => {
  it("[pt] a cancellation that says 'Não é necessário reagendar'", () => {
    expect(detectInvitation(mail("Sofia Meireles", "sofia.meireles@casadolago.example", "Cancelamento da entrevista – Rececionista", "Caro Duarte,\n\nVenho informar que a entrevista agendada para dia 14 de outubro, às 11h00, para a vaga de Rececionista, foi cancelada. O processo de recrutamento foi suspenso.\n\nNão é necessário reagendar nem responder a este e-mail. Caso a vaga volte a abrir, entraremos em contacto.\n\nLamentamos o incómodo.\n\nCom os melhores cumprimentos,\nSofia Meireles\nRecursos Humanos\nCasa do Lago Hotéis")).invite).toBe(false);
  });
  it("'she wants to sit down with you … Weds ~2pm at the Northside site?'", () => {
    expect(detectInvitation(mail("Priya Desai", "priya@harvestandvine.example", "sous chef spot at Northside", "Hey Marco,\n\nHeard you're keen on the Sous Chef spot at our Northside site. Chef Tomasz is running the hiring and he wants to sit down with you before he decides. Weds after lunch service, ~2pm at Northside?\n\nI'll sort your shift cover.\n\nPriya\nOps Manager, Harvest & Vine Group")).invite).toBe(true);
  });
  it("[de] 'Komm doch am Freitag um 11 Uhr bei uns vorbei … über die Stelle als Aushilfe'", () => {
    expect(detectInvitation(mail("Lena Brück", "lena@buchladen-brueck.example", "Re: Aushilfe im Laden (Minijob)", "Hallo Emre,\n\ndanke für deine Nachricht! Komm doch am Freitag um 11 Uhr bei uns im Laden vorbei, dann quatschen wir in Ruhe über die Stelle als Aushilfe im Laden (Minijob). Dauert so 20 Minuten.\n\nLG Lena\nBuchladen Brück\n\n> Am 12.05. schrieb Emre Şahin:\n> Hallo, ich habe euren Aushang gesehen und hätte Interesse an dem Minijob.")).invite).toBe(true);
  });
  it("'we're finally taking on a junior barber … come by thurs after 7 and we'll chat'", () => {
    expect(detectInvitation(mail("Dex", "dex@sharpeandco.example", "apprenticeship", "yo Theo,\n\nsaw your fades on insta, clean work. we're finally taking on a junior barber apprentice at Sharpe & Co this year. come by thurs after 7 (we shut at 7) and we'll chat, bring some pics of your cuts\n\nno pressure\n- Dex\nSharpe & Co\n22 Mill St")).invite).toBe(true);
  });
  it("'final step is dinner with me … if thurs is bad let me know and we'll move it', despite a 'lol'", () => {
    expect(detectInvitation(mail("Amara Nwosu", "amara@brightquill.example", "last round - dinner thurs?", "hey Felix,\n\ngood news, you're through to the last round for Head of Partnerships 🙌 final step is dinner with me and my cofounder Sam. thursday 7pm at Lune on Broad St, on us. super informal but yes it's still an interview lol\n\nif thurs is bad let me know and we'll move it\n\nAmara\nCEO, Brightquill")).invite).toBe(true);
  });
  it("a reply that moves 'our chat' in a thread that began 'might be hiring?'", () => {
    expect(detectInvitation(mail("Rosa Quinn", "rosa@thelittlekettle.example", "Re: hiring?", "hey Jo — sorry, we're slammed sat so I can't get away. can we push our chat to sunday 11am? same spot, the cafe. or mon after 3\n\nRosa\nThe Little Kettle\n\n> On Thu, Jo Park wrote:\n> great, see you saturday at 10!\n>\n> > On Thu, Rosa Quinn wrote:\n> > yes! come by saturday at 10 and we'll talk\n> >\n> > > On Wed, Jo Park wrote:\n> > > hi! my friend Ana said The Little Kettle might be hiring? I've worked in cafés for 3 years")).invite).toBe(true);
  });
  it("[fr] 'Modifier ou annuler : https://…' is a link's label, not a cancellation", () => {
    expect(detectInvitation(mail("Carrières Lumen Santé", "ne-pas-repondre@ats.example.com", "Confirmation : entretien – Aide-soignant(e) de nuit", "Bonjour Sarah,\n\nVotre entretien avec Lumen Santé est confirmé.\n\nPoste : Aide-soignant(e) de nuit\nDate : mardi 10 juin, 10h00 – 10h45\nAvec : Mathilde Roux (coordinatrice recrutement)\n\nModifier ou annuler : https://ats.example.com/lumen/rdv/4471\n\nLumen Santé – Ressources humaines\nMessage généré automatiquement.")).invite).toBe(true);
  });
  it("[pt] a podcast host's 'entrevista no podcast'", () => {
    expect(detectInvitation(mail("Joana Freitas", "joana@podcastrotas.example", "Convite para entrevista no podcast 'Rotas de Carreira'", "Olá, Miguel,\n\nSou a Joana, autora do podcast Rotas de Carreira, onde conversamos com profissionais sobre as voltas que a carreira dá. Adorava ter-te como convidado.\n\nA entrevista dura cerca de 40 minutos e é gravada à distância. Escolhe o horário aqui: https://agenda.example.net/rotas/gravacao\n\nObrigada,\nJoana Freitas")).invite).toBe(false);
  });
  it("[de] an internal applicant asked to 'sich zu einem Gespräch zusammensetzen … ob der Termin passt'", () => {
    expect(detectInvitation(mail("Sabine Roth", "sabine.roth@stadtwerke-auental.example", "Ihre interne Bewerbung – Teamleitung Kundenservice", "Hallo Herr Öztürk,\n\nvielen Dank für Ihre interne Bewerbung auf die Stelle Teamleitung Kundenservice.\n\nFrau Brandt als künftige Vorgesetzte und ich würden uns gern mit Ihnen zu einem Gespräch zusammensetzen. Vorschlag: Dienstag, 8. April, 10:00 Uhr, Raum 2.04.\n\nBitte geben Sie mir bis Freitag Bescheid, ob der Termin passt.\n\nFreundliche Grüße\nSabine Roth\nPersonalentwicklung\nStadtwerke Auental GmbH")).invite).toBe(true);
  });
  it("'Free for 15 minutes Wednesday or Thursday afternoon?'", () => {
    expect(detectInvitation(mail("Rory Baird", "rory@kestrelbridge-talent.example", "Head of Fraud – confidential search", "Hi Meera,\n\nRory here from Kestrelbridge Talent. I'm running a confidential search for a payments scale-up who need a Head of Fraud to pull fraud and disputes under one roof.\n\nI can't name the client until we've spoken. Free for 15 minutes Wednesday or Thursday afternoon?\n\nCheers,\nRory\n\nRory Baird\nPrincipal Consultant\nKestrelbridge Talent")).invite).toBe(true);
  });
  it("[es] a friend forwards her own invitation: '¿me haces preguntas tipo?'", () => {
    expect(detectInvitation(mail("Lucía Ortega", "lucia.ortega90@correo.example", "Fwd: Convocatoria entrevista – ¿me ayudas a prepararla?", "¡Hola, Marta!\n\nMira lo que me ha llegado, ¡por fin me llaman! Es la de Auxiliar de Farmacia. Tú que has hecho mil entrevistas, ¿te vienes el sábado a casa y me haces preguntas tipo? Te invito a cenar.\n\nUn beso,\nLu\n\n---------- Mensaje reenviado ---------\nDe: Farmacias Ebro <seleccion@farmaciasebro.example>\nAsunto: Convocatoria entrevista\n\nEstimada Lucía:\nLe convocamos a una entrevista para el puesto de Auxiliar de Farmacia el lunes 16 a las 10:00 h.\nRogamos confirme su asistencia.")).invite).toBe(false);
  });
});

describe('fresh-150..153 fields', () => {
  it("[de] 'Aushilfe' is a title head: 'die Stelle als Aushilfe im Café (Minijob)'", () => {
    expect(extractInvitation(mail("Jana Wolf", "jana@cafe-wolke.example", "Re: Aushilfe im Café (Minijob)", "Hallo Mia,\n\ndanke für deine Nachricht! Komm doch am Samstag um 10 Uhr bei uns vorbei, dann reden wir über die Stelle als Aushilfe im Café (Minijob).\n\nLG Jana\nCafé Wolke")).role).toBe("Aushilfe im Café (Minijob)");
  });
  it("an emoji ends a title: 'the last round for Head of Partnerships 🙌 final step is …'", () => {
    expect(extractInvitation(mail("Amara Nwosu", "amara@brightquill.example", "last round - dinner thurs?", "hey Felix,\n\ngood news, you're through to the last round for Head of Partnerships 🙌 final step is dinner with me and my cofounder Sam, thursday 7pm.\n\nAmara\nCEO, Brightquill")).role).toBe("Head of Partnerships");
  });
  it("a booking tool's 'Tilly added a note:' names who invites", () => {
    expect(extractInvitation(mail("Rosehip Bakery via HireNest", "no-reply@ats.example.com", "Rosehip Bakery wants to meet you! Pick a time", "Hi Noah,\n\nGood news — Tilly at Rosehip Bakery would like to meet you for the Counter Assistant role.\n\nPick an interview time that suits you:\nhttps://ats.example.com/s/rosehip-77/book\n\nTilly added a note:\n\"Hi Noah! Loved your CV. Come hungry 🥐\"\n\nPlease don't reply to this email — messages go through your HireNest inbox.\nHireNest · Hiring made simple")).contactFirstName).toBe("Tilly");
  });
  it("'Juniper Kitchen (via ShiftHire)' is no person: a notice naming nobody has no contact", () => {
    expect(extractInvitation(mail("Juniper Kitchen (via ShiftHire)", "no-reply@ats.example.com", "Interview confirmed: Line Cook at Juniper Kitchen – Fri 3:00 PM", "Your interview is confirmed ✅\n\nRole: Line Cook\nBusiness: Juniper Kitchen\nWhen: Friday, 3:00 PM – 3:30 PM\nWhere: 14 Mill Lane (rear entrance)\n\nNeed to change it? Reschedule here: https://ats.example.com/c/jk-22\n\nThis is an automated message from ShiftHire. Replies are not monitored.")).contactFirstName).toBe(null);
  });
});
