// Fixes from fresh-122..125's first pass (scored at 2635b83): a casual offer in fr, a landlord's note,
// a user-research session, a newsletter's interview request; casual invitations (an async video round,
// a recruiter on a personal mailbox, a job-fair contact, a farm, es shop and agency walk-ins); and the
// fields of employers named in the text, closings that are no company, a hospital consultant, a temp
// agency's client, a 'Responsável:' line, two titles. Variants of the batches' mails with new names.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import { extractInvitation } from '../../src/core/extract/index';
import { mail } from './helpers/mail';

describe('fresh-122..125 verdicts', () => {
  it("a newsletter writer's interview request: 'I write The Friday Merge, a newsletter for about 40,000 developers'", () => {
    expect(detectInvitation(mail("Nell Ashdown", "nell@thefridaymerge.example", "Interview for The Friday Merge's 'Makers' series?", "Hi Arjun,\n\nI write The Friday Merge, a newsletter for about 40,000 developers. Every other week we run a 'Makers' interview with someone who shipped something interesting, and your open-source log viewer Tailspin keeps coming up in reader replies.\n\nWould you be up for a 30-minute interview call? I'd ask how Tailspin started and what you've learned maintaining it on weekends. I'd send you the draft Q&A to check before it goes out.\n\nI'm free Tuesday between 2 and 6pm GMT, or any morning next week. Which works for you?\n\nThanks,\nNell\n\nThe Friday Merge · thefridaymerge.example")).invite).toBe(false);
  });
  it("[fr] an offer by casual mail: 'On te propose le poste de serveur en CDI'", () => {
    expect(detectInvitation(mail("Élodie Marchand", "elodie.bistrot@courriel.example", "C'est bon pour nous !", "Coucou Théo,\n\nAprès notre entretien de jeudi on en a parlé avec Marc et c'est oui 😊 On te propose le poste de serveur en CDI, 35h, à partir du lundi 10. Le salaire c'est ce qu'on s'était dit.\n\nTu peux m'appeler demain pour qu'on cale les détails (contrat, horaires) ? Je suis au bistrot à partir de 7h, donc plutôt après 15h.\n\nÀ très vite,\nÉlodie\nBistrot du Canal\n06 12 55 78 90")).invite).toBe(false);
  });
  it("a landlord's note: 'smoke detector inspection' and 'rent is due', mentioning the tenant's job interviews", () => {
    expect(detectInvitation(mail("Howard Finch", "hfinch.lettings@mailbox.example", "Flat 3 - inspection + rent", "Hi Dana,\n\nJust a heads up I'll need to get into the flat Tuesday around 11am for the smoke detector inspection. You said you might have job interviews this week, so if Tuesday doesn't work just text me another time and I'll let myself in with the key.\n\nAlso reminder rent is due the 1st, you can use the portal or transfer as usual.\n\nGood luck with the job hunt!\nHoward\n555-0177")).invite).toBe(false);
  });
  it("a user-research session: 'we're testing the app, not you' and 'no right or wrong answers'", () => {
    expect(detectInvitation(mail("Priya Dasgupta", "priya.d@harbourlinebank.example", "Re: Quick interview about the new round-ups feature", "Hi Owen,\n\nThanks for replying to our survey! You said you'd be happy to chat, so I'd love to set up a 25-minute interview about how you use round-ups in the Harbourline app.\n\nDoes Tuesday at 1:00 or Wednesday at 6:00 work? We'll do it over video and I'll send a link the day before. As a thank-you we'll credit £25 to your account afterwards.\n\nThere are no right or wrong answers — we're testing the app, not you.\n\nThanks,\nPriya\nUX Researcher, Harbourline Bank\n\n> On 2 Apr, Owen Hale wrote:\n> Happy to help.")).invite).toBe(false);
  });
  it("a founder's async round: 'Record yourself answering these … Upload here by Sunday night'", () => {
    expect(detectInvitation(mail("Ravi Menon", "ravi@lanternfoxgames.example", "Community Lead - short video round", "Hey Clara!\n\nThanks for applying to be our Community Lead 💛 We got way more applications than we expected so instead of calls for the first round we're doing short recorded videos.\n\nRecord yourself answering these, 2-3 min total, phone video is fine:\n1. What's a community you think is run really well?\n2. A player posts an angry rant at midnight. What do you do?\n\nUpload here by Sunday night: https://ats.example.com/v/lanternfox/cl-round1\n\nNo need to make it fancy.\n\nRavi\nco-founder, Lanternfox Games")).invite).toBe(true);
  });
  it("an independent recruiter from a personal mailbox: 'Free for 15 min sometime this week?'", () => {
    expect(detectInvitation(mail("Tessa Moreau", "tessa.moreau.talent@mailbox.example", "Staff Backend Engineer - Plumline (small fintech)", "Hey Ilya 👋\n\nI'm an independent recruiter helping Plumline hire a Staff Backend Engineer. They're ~25 people, seed-stage, building invoicing tools for freelancers. Fully remote, $180-200k + equity.\n\nSaw your talk on idempotent payments, think you'd be a great fit. Free for 15 min sometime this week? Totally casual.\n\nTessa\n555-0159")).invite).toBe(true);
  });
  it("an owner who met the reader 'at the job fair': the fair is where they met, the visit is the invitation", () => {
    expect(detectInvitation(mail("Rick Alvarez", "rick@summitcollision.example", "from the job fair", "Marisa —\n\nRick here from Summit Collision, we talked at the job fair at the tech college on Thursday. I've still got your resume on my desk. We have the Estimator job open and I think you'd be good at it.\n\nWant to swing by Tuesday afternoon and chat? We're at 18 Foundry Rd, I'm usually at the front counter. Text me what time works: 555-0184.\n\nRick Alvarez\nOwner, Summit Collision")).invite).toBe(true);
  });
  it("[es] a shop owner: 'pásate el martes a las 11 por la tienda y hablamos un rato'", () => {
    expect(detectInvitation(mail("Manolo Ruiz", "drogueriaruiz@correo.example", "reponedor", "buenas Álvaro\n\nsoy Manolo de la Droguería Ruiz. recibí tu currículum para lo de reponedor. pásate el martes a las 11 por la tienda y hablamos un rato, si no puedes llámame al 612 55 04 21\n\nsaludos\nManolo")).invite).toBe(true);
  });
  it("a farmer: 'Come on out Saturday morning around 7 and we'll walk the place and talk'", () => {
    expect(detectInvitation(mail("Earl Dawson", "sunnyridgeorchard@mailbox.example", "orchard job", "Hi Tyler, thanks for calling about the Farmhand (harvest) job. Come on out Saturday morning around 7 and we'll walk the place and talk. Sunny Ridge Orchard, 112 Mill Rd, white barn by the road. Wear boots.\n\nEarl")).invite).toBe(true);
  });
  it("[es] an agency's walk-in interview that asks for the 'número de la Seguridad Social' (paperwork, not an official hearing)", () => {
    expect(detectInvitation(mail("Ainhoa Etxeberria", "ainhoa.etxeberria@pasoempleo.example", "Oferta Peón/a de almacén – entrevista mañana", "Hola Javier:\n\nSoy Ainhoa, de Paso Empleo ETT. Hemos visto tu CV y tenemos una oferta de Peón/a de almacén para una empresa de logística en Arasur. Turnos rotativos, contrato de 2 meses.\n\nSi te interesa, pásate mañana jueves entre las 9:00 y las 11:00 por nuestra oficina (C/ Dato 12) para hacer la entrevista y firmar la documentación. Trae DNI y número de la Seguridad Social.\n\nConfírmame por aquí o al 945 00 33 12.\n\nGracias,\nAinhoa Etxeberria\nConsultora de Selección – Paso Empleo ETT")).invite).toBe(true);
  });
});

describe('fresh-122..125 fields', () => {
  it("a recruiter on a personal mailbox 'helping Plumline hire' names the employer", () => {
    expect(extractInvitation(mail("Tessa Moreau", "tessa.moreau.talent@mailbox.example", "Staff Backend Engineer - Plumline (small fintech)", "Hey Ilya 👋\n\nI'm an independent recruiter helping Plumline hire a Staff Backend Engineer. Fully remote, $180-200k + equity.\n\nFree for 15 min sometime this week? Totally casual.\n\nTessa\n555-0159"))).toMatchObject({"company": "Plumline"});
  });
  it("[es] 'soy Manolo de la Droguería Ruiz' on a personal mailbox", () => {
    expect(extractInvitation(mail("Manolo Ruiz", "drogueriaruiz@correo.example", "reponedor", "buenas Álvaro\n\nsoy Manolo de la Droguería Ruiz. recibí tu currículum para lo de reponedor. pásate el martes a las 11 por la tienda y hablamos un rato\n\nsaludos\nManolo"))).toMatchObject({"company": "Droguería Ruiz"});
  });
  it("[pt] 'Aqui é a Marta, dona do Ateliê Jasmim'; 'Beijos' closes the mail and names nothing", () => {
    expect(extractInvitation(mail("Marta Lins", "atelie.jasmim@correio.example", "vaga de vendedora", "Oi Renata, tudo bem?\n\nAqui é a Marta, dona do Ateliê Jasmim 🌸 Recebi seu currículo pra vaga de vendedora. Você consegue passar na loja sábado às 10h pra gente conversar? É rapidinho.\n\nBeijos,\nMarta"))).toMatchObject({"company": "Ateliê Jasmim", "contactFirstName": "Marta"});
  });
  it("a hospital consultant's signature is a doctor's post, not an agency's: the Trust the domain spells", () => {
    expect(extractInvitation(mail("Dr Miriam Okafor", "m.okafor@staidans-trust.example", "Invitation to interview – Specialist Nurse – Diabetes Care (Band 7)", "Dear Leon,\n\nThank you for your application for the post of Specialist Nurse – Diabetes Care (Band 7), ref. 331-DC-0021.\n\nI am pleased to invite you to attend an interview on Thursday 10 April 2025 at 10:30 in the Education Centre, St Aidan's Hospital.\n\nThe panel will consist of:\n- Dr Miriam Okafor, Consultant Endocrinologist (Chair)\n- Paula Reid, Associate Director of Nursing\n- Tom Ashe, Lead Nurse, Diabetes Care\n\nPlease confirm your attendance by replying to this email.\n\nYours sincerely,\n\nDr Miriam Okafor\nConsultant Endocrinologist\nSt Aidan's Hospitals Trust"))).toMatchObject({"company": "St Aidan's Hospitals Trust"});
  });
  it("a temp agency ('… Temps') naming its client: the client", () => {
    expect(extractInvitation(mail("Ciaran Doyle", "ciaran@brightsparktemps.example", "Tomorrow 10am – Payroll Clerk (temp-to-perm) at Larkfield Foods", "Hi Aoife,\n\nConfirming what we said on the phone: Larkfield Foods want to see you tomorrow (Fri) at 10am for the Payroll Clerk (Temp-to-Perm) role. Ask for Deirdre in Finance at reception.\n\nRing me after and let me know how it went!\n\nCiaran\nBrightspark Temps | 01 555 0172"))).toMatchObject({"company": "Larkfield Foods"});
  });
  it("[pt] system mail naming 'Responsável: Name' names the contact", () => {
    expect(extractInvitation(mail("Recrutamento Vale Azul", "nao-responda@ats.example.com", "Entrevista agendada – Assistente Administrativo(a)", "Olá, Pedro!\n\nSua entrevista para a vaga de Assistente Administrativo(a) foi agendada.\n\nData: quinta-feira, 16/10\nHorário: 14h\nLocal: Rua das Acácias, 300\nResponsável: Joana Ribeiro\n\nEste é um e-mail automático."))).toMatchObject({"contactFirstName": "Joana"});
  });
  it("'We loved your application for Office Coordinator!' names the role", () => {
    expect(extractInvitation(mail("Greta Vance", "greta@copperkite.example", "come meet the team", "Hi Sam,\n\nWe loved your application for Office Coordinator! Next step is a chat with me and our founder at the studio, about an hour. Does Thursday at 2 work?\n\nGreta\nCopper Kite"))).toMatchObject({"role": "Office Coordinator"});
  });
  it("[fr] the head 'Contremaître'", () => {
    expect(extractInvitation(mail("Julie Tremblay", "j.tremblay@usinesmauricie.example", "Changement – entrevue pour le poste de Contremaître de production", "Bonjour Marc,\n\nJe dois malheureusement déplacer notre entrevue de jeudi pour le poste de Contremaître de production. Seriez-vous disponible lundi à 10 h ou mardi à 14 h?\n\nJulie Tremblay\nConseillère RH"))).toMatchObject({"role": "Contremaître de production"});
  });
});
