// Fixes from fresh-138..141's first pass (scored at 692aa88): casual invitations (a confirmation of
// "the shift lead chat", "the Senior Stylist chair", a chat pushed to another hour), [de] a headhunter's
// "telefonisch mit mir auszutauschen", [pt] an offer's "proposta"; fields from casual and system mail:
// sign-offs and initials that are no company, ads' headlines, titles after "Le poste est celui de",
// "O lugar é de", "app come through for", a friend's own business, "Brenda here". Each mail is a
// variant with new names.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import { extractInvitation } from '../../src/core/extract/index';
import { mail } from './helpers/mail';

describe('fresh-138..141 verdicts', () => {
  it("'just confirming weds 11am for the barista chat' names a role and confirms", () => {
    expect(detectInvitation(mail("Rory Finch", "rory@thedailygrind.example", "see u wednesday", "hey Mei, just confirming weds 11am for the head barista chat. I'll be the one with the green apron lol. bring your food hygiene cert if u have one\n\n- Rory\nThe Daily Grind, Hobart")).invite).toBe(true);
  });
  it("'can u come back fri at 5 … for a proper sit down about the Senior Barber chair?'", () => {
    expect(detectInvitation(mail("Kez Holloway", "kez@fadeandco.example", "Re: barber trial", "hey Tom!! the lads loved you on tuesday 💈 can u come back fri at 5 after we shut to meet Dean (the owner) for a proper sit down about the Senior Barber chair? its the last bit i swear lol\n\nKez\nFade & Co\n\n> On Tue, Tom P. wrote:\n> cheers for having me today!")).invite).toBe(true);
  });
  it("'can we push our chat to 4 instead of 2? … the Wedding Videographer thing'", () => {
    expect(detectInvitation(mail("Sipho Dlamini", "sipho@dlaminifilms.example", "can we push to 4?", "hey Ana sorry stuck on a shoot, can we push our chat to 4 instead of 2? same zoom link. still keen to talk about the Wedding Videographer / Editor thing for next season\n\nSipho\nDlamini Films\n\nsent from my phone")).invite).toBe(true);
  });
  it("[de] 'Hätten Sie Interesse, sich … telefonisch mit mir auszutauschen?'", () => {
    expect(detectInvitation(mail("Jörg Albrecht", "j.albrecht@albrecht-partner.example", "Projektleiter (m/w/d) Anlagenbau – vertrauliche Anfrage", "Guten Tag Frau Wendt,\n\nmein Name ist Jörg Albrecht, ich bin Partner bei Albrecht & Partner Personalberatung in Köln.\n\nIm Auftrag eines mittelständischen Maschinenbauers aus dem Sauerland suche ich einen Projektleiter (m/w/d) Anlagenbau.\n\nIhr Werdegang passt sehr gut zum Profil. Hätten Sie Interesse, sich in den nächsten Tagen für 15 Minuten telefonisch mit mir auszutauschen? Gerne auch nach 18 Uhr.\n\nBeste Grüße\n\nJörg Albrecht\nPartner\nAlbrecht & Partner Personalberatung GmbH\nTel. +49 221 000 33 10")).invite).toBe(true);
  });
  it("[pt] an offer: 'apresentar a nossa proposta para a função de …'", () => {
    expect(detectInvitation(mail("Helena Matos", "helena.matos@rioverde-distribuicao.example", "Proposta – Técnica de Compras", "Bom dia, Sofia,\n\nEm nome da Rioverde Distribuição, tenho o prazer de lhe apresentar a nossa proposta para a função de Técnica de Compras, na sede de Coimbra.\n\nEm anexo segue a carta com as condições: vencimento base de 1.700 € x 14, subsídio de alimentação e seguro de saúde.\n\nSe quiser, podemos falar amanhã por telefone para esclarecer dúvidas. Agradecia uma resposta até quarta-feira.\n\nCom os melhores cumprimentos,\n\nHelena Matos\nDiretora de Pessoas\nRioverde Distribuição, Lda.")).invite).toBe(false);
  });
});

describe('fresh-138..141 fields', () => {
  it("[fr] 'P. Garnier' above the shop's line is the writer, not the employer", () => {
    expect(extractInvitation(mail("Paul Garnier", "fromagerie.garnier@mail.example", "Candidature vendeur", "Bonjour Lucas,\n\nMerci pour votre candidature déposée au magasin. Pouvez-vous repasser jeudi vers 15h pour qu'on discute du poste de vendeur en fromagerie ? Demandez Paul à la caisse.\n\nCordialement\nP. Garnier\nFromagerie Garnier - 4 place du Marché, Annecy\n04 50 55 12 09")).company).toBe("Fromagerie Garnier");
  });
  it("[de] a closing 'Grüße' on its own line is no company; 'Fahrer gesucht' yields to the body's title", () => {
    expect(extractInvitation(mail("Tobias Rank", "tobias@cafe-rankweil.example", "Fahrer gesucht - kurzes Telefonat?", "Hey Mara,\n\nTobias vom Café Rankweil hier. Danke für deine Bewerbung als Kurierfahrer (m/w/d)! Die Stelle ist Teilzeit, ca. 15 Std./Woche.\n\nHast du morgen oder Freitag kurz Zeit zum Telefonieren? 10 Minuten reichen.\n\nGrüße\nTobias\n0176 5550 8812")).role).toBe("Kurierfahrer (m/w/d)");
  });
  it("[es] a subject's 'Entrevista para camarero de sala' yields to the body's 'Camarero de Sala (fines de semana)'", () => {
    expect(extractInvitation(mail("Lucía Navarro", "lucia@elpatiodelcarmen.example", "Entrevista para camarero de sala", "Hola Pablo,\n\nte escribo de El Patio del Carmen. Vimos tu CV para el puesto de Camarero de Sala (fines de semana) y nos gustaría conocerte. ¿Puedes pasarte el jueves a las 18:00 por el restaurante? Es una entrevista corta.\n\nUn saludo,\nLucía")).role).toBe("Camarero de Sala (fines de semana)");
  });
  it("[pt] 'O lugar é de Ajudante de Cozinha (part-time, noites)' keeps its bracket whole", () => {
    expect(extractInvitation(mail("Marta Pires", "marta@ocantinho.example", "Candidatura - ajudante de cozinha", "Olá Rui,\n\nObrigada pelo seu contacto. Gostávamos de o conhecer. Pode passar cá na terça-feira às 16h para uma pequena entrevista? O lugar é de Ajudante de Cozinha (part-time, noites).\n\nCumprimentos,\nMarta\nO Cantinho")).role).toBe("Ajudante de Cozinha (part-time, noites)");
  });
  it("[fr] 'Le poste est celui de Retoucheuse couturière'", () => {
    expect(extractInvitation(mail("Claire Dumas", "claire@atelier-dumas.example", "Entretien - poste de retoucheuse", "Bonjour Amina,\n\nJ'ai bien reçu votre CV, merci ! Je vous propose un entretien à l'atelier lundi 10 à 11h. Le poste est celui de Retoucheuse couturière, en CDD de 3 mois.\n\nBien à vous,\nClaire Dumas\nAtelier Dumas")).role).toBe("Retoucheuse couturière");
  });
  it("'Saw your app come through for Cellar Hand'", () => {
    expect(extractInvitation(mail("Dan Whitlow", "dan@hillcrestwines.example", "cellar job", "Saw your app come through for Cellar Hand. We're doing interviews this fri morning before the tasting room opens - can you do 9:30? Come round to the shed at the back.\n\nDan\nHillcrest Wines")).role).toBe("Cellar Hand");
  });
  it("'need a Seasonal Payroll Preparer, Jan-Apr'", () => {
    expect(extractInvitation(mail("Gina Ortiz", "gina@ortizaccounting.example", "your friend mentioned you", "Hi Tariq,\n\nYour friend Leo mentioned you're looking for something over the winter. We're a small practice (me + 2) and need a Seasonal Payroll Preparer, Jan-Apr, about 25 hrs/wk. Could you come in for an interview next week? Tuesday afternoon works best for me.\n\nGina\nOrtiz Accounting")).role).toBe("Seasonal Payroll Preparer");
  });
  it("'looking for a Developmental Editor before spring' ends the title before 'before'", () => {
    expect(extractInvitation(mail("Margaret Hale", "mhale@mail.example", "an editor for my memoir?", "Dear Ines,\n\nI'm a retired teacher finishing a memoir and I'm looking for a Developmental Editor before spring. My publisher, Willow Lane Press, suggested you. Would you be up for a call next week?\n\nWarm regards,\nMargaret")).role).toBe("Developmental Editor");
  });
  it("'I run a small bakery (Crumb & Co, 4 staff)' names the employer", () => {
    expect(extractInvitation(mail("Sarah Nolan", "sarah.nolan@mail.example", "Bookkeeper for my bakery?", "Hi Omar,\n\nMy friend Jess gave me your name.\n\nI run a small bakery (Crumb & Co, 4 staff plus weekend help) and I'm looking for a Part-Time Bookkeeper, a few hours a month. Would you be up for a call this week? I'm free Thursday afternoon.\n\nThanks!\nSarah")).company).toBe("Crumb & Co");
  });
  it("'on behalf of my client, X, for a Y' names the title", () => {
    expect(extractInvitation(mail("Aidan Burke", "aidan@harbourlighttalent.example", "Opportunity in Kinsale – confidential", "Hi Niamh,\n\nI'm recruiting on behalf of my client, Saltmarsh Inn, for a Head Chef for their new 60-cover dining room in Kinsale.\n\nCould we have a confidential call this week?\n\nBest,\nAidan\n\nAidan Burke\nDirector, Harbourlight Talent")).role).toBe("Head Chef");
  });
  it("[de] 'Bei Fragen steht Ihnen Sandra Küng gerne zur Verfügung' without Frau", () => {
    expect(extractInvitation(mail("Alpwerk Versicherungen AG – HR", "jobs-noreply@ats.example.com", "Einladung zum Vorstellungsgespräch: Sachbearbeiterin Leistungen 80%", "Grüezi Frau Meier\n\nBesten Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem Vorstellungsgespräch ein.\n\nBitte wählen Sie über folgenden Link einen Termin aus:\nhttps://ats.example.com/alpwerk/termin/M2-1180\n\nBei Fragen steht Ihnen Corinne Baumgartner gerne zur Verfügung: +41 41 000 11 22.\n\nFreundliche Grüsse\nAlpwerk Versicherungen AG\nHuman Resources")).contactFirstName).toBe("Corinne");
  });
  it("'Dana here (GM at …)' opening a tool's mail she signs", () => {
    expect(extractInvitation(mail("Maple Street Diner (via ShiftHire)", "no-reply@ats.example.com", "Pick a time to chat - Maple Street Diner", "Hi Sam,\n\nDana here (GM at Maple Street Diner). thanks for applying for Line Cook - Weekends! pick any time below and come see me at the diner.\n\nBook here: https://ats.example.com/b/msd-22/slots\n\nsee ya\nDana\n\n---\nSent via ShiftHire · Do not reply to this email")).contactFirstName).toBe("Dana");
  });
});
