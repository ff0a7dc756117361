// Fixes from fresh-142..145's first pass (scored at 713f27d): near-misses ([fr] a student's request for an
// informational talk, an acknowledgement that calls only the shortlisted, [pt] interviewers filling in
// their slots, a sister forwarding her own confirmation), a search back on after a pause, an ATS mail
// whose footer unsubscribes from similar offers; fields: German possessives, an employer's name
// before "via", "has proposed a new time", an employer's own careers system, an agency's "contract
// with" its client. Each mail is a variant with new names.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import { extractInvitation } from '../../src/core/extract/index';
import { mail } from './helpers/mail';

describe('fresh-142..145 verdicts', () => {
  it("[fr] a student asks a professional for 'un court entretien … quelques questions sur votre métier'", () => {
    expect(detectInvitation(mail("Inès Carpentier", "ines.carpentier@etu.univ-nantes.example", "Demande d'entretien informel – métiers de l'actuariat", "Bonjour Madame Roche,\n\nJe suis étudiante en Master 1 Actuariat à Nantes et je m'intéresse beaucoup aux métiers de la réassurance. J'ai vu votre intervention au forum Finance et votre parcours m'a beaucoup inspirée.\n\nAuriez-vous 20 minutes à m'accorder pour un court entretien téléphonique ou en visio dans les prochaines semaines ? J'aimerais vous poser quelques questions sur votre métier. Je m'adapte à vos disponibilités.\n\nBien cordialement,\nInès Carpentier\n06 55 12 40 18")).invite).toBe(false);
  });
  it("an acknowledgement: 'If you're shortlisted, I'll give you a call to set up a time'", () => {
    expect(detectInvitation(mail("Donna Pruitt", "donna@pruittelectric.example", "Re: Office Administrator position", "Hi Keisha,\n\nThanks for sending your resume for the office administrator job. We've had quite a few applicants, so it'll take me a week or so to go through them.\n\nWe plan to hold interviews the week of the 14th. If you're shortlisted, I'll give you a call to set up a time.\n\nThanks,\nDonna Pruitt\nOffice Manager\nPruitt Electric\n(505) 555-0199\n\n> On Tue, Keisha Moore wrote:\n> Hello, attached is my resume for the office administrator opening.")).invite).toBe(false);
  });
  it("[pt] interviewers asked to fill in 'os horários em que cada um pode participar das entrevistas'", () => {
    expect(detectInvitation(mail("Renata Lobo", "renata.lobo@serradourada.example", "Reunião: calendário de entrevistas do estágio 2026", "Oi, pessoal!\n\nMarquei uma reunião de 30 minutos na terça-feira (10/06), às 15h, para alinharmos o calendário de entrevistas do Programa de Estágio 2026.\n\nO link da chamada está no convite. Antes da reunião, preencham na planilha os horários em que cada um pode participar das entrevistas: https://serradourada.example/intranet/estagio\n\nObrigada!\nRenata Lobo\nAnalista de Recrutamento\nSerra Dourada Alimentos")).invite).toBe(false);
  });
  it("a sister forwards her own confirmation: 'Can you come over Sunday and grill me with practice questions?'", () => {
    expect(detectInvitation(mail("Jess Alvarez", "jess.alvarez@mailbox.example", "Fwd: Interview confirmed – Product Marketing Manager", "EEEK look!!! They want me in on Thursday. Can you come over Sunday and grill me with practice questions? I'll do pizza. Love you\nJ\n\nSent from my iPhone\n\nBegin forwarded message:\n\nFrom: Quarry & Pine Careers <no-reply@ats.example.com>\nSubject: Interview confirmed – Product Marketing Manager\n\nHi Jess, your interview for Product Marketing Manager is confirmed for Thursday, May 15 at 2:00 PM ET. Join link: https://ats.example.com/qp/j/8812")).invite).toBe(false);
  });
  it("a search back on after a pause: 'the role is open again … The next step is a panel interview'", () => {
    expect(detectInvitation(mail("Niamh Keane", "niamh.keane@harbourgatecapital.example", "Treasury Analyst – back on, panel interview", "Hi Daniel,\n\nI wrote to you in March (below) to say we'd put the Treasury Analyst search on hold. Budget has now been approved and the role is open again.\n\nThe next step is a panel interview with our CFO and me, 45 minutes at our office. We're holding Monday 14 July at 10:00 or Wednesday 16 July at 15:00. Which suits you?\n\nKind regards,\nNiamh Keane\nTalent Lead\nHarbourgate Capital\n\n---------- Forwarded message ---------\nFrom: Niamh Keane\nSubject: Treasury Analyst – update\n\nHi Daniel,\nUnfortunately we've decided to pause the Treasury Analyst hire, so we won't be scheduling the panel interview for now.\nNiamh")).invite).toBe(true);
  });
  it("[fr] an ATS invitation whose footer says 'Se désinscrire des offres similaires'", () => {
    expect(detectInvitation(mail("Groupe Orvault Recrutement", "ne-pas-repondre@ats.example.com", "Planifiez votre entretien – Électromécanicien (H/F)", "Bonjour Yanis,\n\nVotre candidature au poste d'Électromécanicien (H/F) sur notre site de Cholet a retenu l'attention de nos équipes.\n\nNous vous invitons à choisir un créneau pour un entretien téléphonique de 30 minutes :\n\n[ Choisir un créneau ]\nhttps://ats.example.com/orvault/rdv/7KD21\n\nÀ bientôt,\nL'équipe Recrutement – Groupe Orvault\n\nCe message est envoyé automatiquement.\nSe désinscrire des offres similaires")).invite).toBe(true);
  });
});

describe('fresh-142..145 fields', () => {
  it("[de] 'bei Ihrer Ansprechpartnerin …' is no employer", () => {
    expect(extractInvitation(mail("Stadtwerke Auenfeld – Recruiting", "bewerbung@stadtwerke-auenfeld.example", "Einladung zum Video-Interview: Sachbearbeiterin Kundenservice (m/w/d)", "Guten Tag Frau Demir,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiterin Kundenservice (m/w/d).\n\nWir möchten Sie gerne zu einem Vorstellungsgespräch per Video einladen:\n\nTermin: Mittwoch, 20. November, 10:00 Uhr\nLink: https://meet.example.net/swa/ks-2011\n\nSollte der Termin nicht passen, melden Sie sich gerne bei Ihrer Ansprechpartnerin Kerstin Lange unter 0341 555 1190.\n\nFreundliche Grüße\nIhr Recruiting-Team\nStadtwerke Auenfeld GmbH")).company).toBe("Stadtwerke Auenfeld");
  });
  it("'Employer Hotels via Tool' is no person: the text names who invites", () => {
    expect(extractInvitation(mail("Westbrook Hotels via Bookly", "notifications@bookly.example", "Orla from Westbrook Hotels invited you to book an interview", "Hi Sam,\n\nOrla Quinn from Westbrook Hotels has invited you to book a time.\n\nEvent: Night Manager – Interview\nDuration: 30 minutes\n\nMessage from Orla:\n'Thanks for your application – pick whatever time suits. Kind regards, Orla Quinn, HR Manager'\n\nSee available times: https://bookly.example/b/westbrook/nm\n\n—\nBookly · You received this because someone invited you to book a meeting.")).contactFirstName).toBe("Orla");
  });
  it("'Name has proposed a new time for your interview'", () => {
    expect(extractInvitation(mail("Fenwick Studios Careers", "careers@ats.example.com", "New time proposed for your interview: Motion Designer", "Hi Aisha,\n\nTobias Grant has proposed a new time for your interview for Motion Designer at Fenwick Studios.\n\nOriginal: Tuesday, Nov 5, 10:00 AM ET\nProposed: Wednesday, Nov 6, 2:00 PM ET\n\nAccept new time: https://ats.example.com/fenwick/i/MD-77/accept\n\nFenwick Studios Recruiting\nPowered by TalentLoom")).contactFirstName).toBe("Tobias");
  });
  it("'Person via Employer Careers', signed with the employer's full name", () => {
    expect(extractInvitation(mail("Rhys Caddell via Coldwater Careers", "careers@ats.example.com", "Coldwater Logistics – book your interview: Forklift Operator", "Hi Jordan,\n\nThanks for your application for the Forklift Operator role at our Eastfield depot. We'd like a 20-minute video interview with you as the next step.\n\nPlease pick a time: https://ats.example.com/coldwater/book/FO-31\n\nCheers,\nRhys Caddell\nRecruitment Advisor – Warehousing\nColdwater Logistics\nPh: (08) 5550 2290")).company).toBe("Coldwater Logistics");
  });
  it("an agency's 'contract with <client>' names the client", () => {
    expect(extractInvitation(mail("Trina Bell", "trina.bell@summitclinical.example", "8-week theatre contract at Eastmoor General – interested?", "Hi Paul,\n\nI've got a Theatre Nurse (8-week) contract with Eastmoor General Hospital starting next month: days only, £45/hour.\n\nEastmoor does a quick manager call before offers. Can you hop on the phone with me today so I can send your profile over?\n\nTrina Bell\nSenior Recruiter, Summit Clinical Staffing\nCell: 07700 900 551")).company).toBe("Eastmoor General Hospital");
  });
});
