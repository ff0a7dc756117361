// Fixes from fresh-130..133's first pass (scored at b932a77): a community-radio producer, a careers
// newsletter's issue, a pt request to sit on interviews; a one-line 'that's you booked in'; and the
// fields of tool-relayed mail ('… Brewing Co. via Bookwell', 'Name via HireLoop', 'Host: Name').
// Variants of the batches' mails with new names.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import { extractInvitation } from '../../src/core/extract/index';
import { mail } from './helpers/mail';

describe('fresh-130..133 verdicts', () => {
  it("a community-radio producer's live interview request: 'I'm a producer at …', 'community radio', 'have you on The … Hour'", () => {
    expect(detectInvitation(mail("Joan Petrakis", "joan.petrakis@kwtr-radio.example", "Live interview on The Morning Table – this Thursday?", "Hi Dr. Mensah,\n\nI'm a producer at KWTR community radio. With flu season starting, we'd love to have you on The Morning Table to talk about how families can prepare.\n\nThe interview would be live by phone on Thursday at 8:40 for about 8 minutes. Could you call our studio line at (555) 010-7712 at 8:30 so we can do a sound check? If Thursday doesn't work, let me know what does.\n\nThanks so much,\nJoan Petrakis\nProducer, KWTR 89.3")).invite).toBe(false);
  });
  it("a careers newsletter's issue with a 'reader perk' prep call", () => {
    expect(detectInvitation(mail("The Next Step by Careerly", "newsletter@careerly.example", "5 questions to ask at the end of your interview (+ book a free prep call)", "THE NEXT STEP – Issue #87\n\nHi Jordan,\n\nThe last five minutes of an interview are the most underrated. When the interviewer asks \"Any questions for us?\", here's what to say:\n\n1. What does a great first quarter look like?\n2. What is the team's biggest challenge right now?\n3. How does this role work with other teams?\n4. What do you enjoy most about working here?\n5. What are the next steps?\n\nREADER PERK: This month our coaches are offering free 20-minute interview prep calls. Grab a slot: https://careerly.example/prep?u=jd552\n\nHappy hunting,\nThe Careerly team\n\nYou're receiving The Next Step because you subscribed at careerly.example. Unsubscribe | Update preferences")).invite).toBe(false);
  });
  it("[pt] HR asks a manager to sit in: 'queria muito que você participasse das entrevistas como gestor'", () => {
    expect(detectInvitation(mail("Juliana Prado", "juliana.prado@transvale.example", "Entrevistas para Coordenador de Frota – pode participar?", "Oi, Rodrigo, tudo certo?\n\nEstamos com três finalistas para a vaga de Coordenador de Frota e eu queria muito que você participasse das entrevistas como gestor da área, junto comigo.\n\nAgendei assim:\n• quarta (13/08) às 9h – Marcos T.\n• quarta (13/08) às 11h – Aline P.\n• quinta (14/08) às 15h – Diego R.\n\nJá mandei os convites na sua agenda. Consegue confirmar até amanhã? Os currículos e o roteiro de perguntas estão na pasta compartilhada.\n\nObrigada!\n\nJuliana Prado\nBusiness Partner de RH\nTransvale Logística")).invite).toBe(false);
  });
  it("a one-line confirmation: 'Perfect, that's you booked in for Thursday 9am at the site office'", () => {
    expect(detectInvitation(mail("Niall Brennan", "niall.brennan@hollybankhomes.example", "Re: Assistant Site Manager interview", "Perfect, that's you booked in for Thursday 9am at the Riverside Park site office. Wear boots, and bring your CSCS card.\n\nAny trouble finding it, ring me on 07700 900 433.\n\nNiall\nNiall Brennan | Construction Manager | Hollybank Homes")).invite).toBe(true);
  });
});

describe('fresh-130..133 fields', () => {
  it("a booking tool relaying for '… Brewing Co.': the employer, and the card's 'Host: Name, Founder'", () => {
    expect(extractInvitation(mail("Tideline Brewing Co. via Bookwell", "notifications@bookwell.example", "Confirmed: Interview – Cellar Manager – Tideline Brewing", "Your booking is confirmed.\n\nInterview – Cellar Manager\nTideline Brewing Co.\nTuesday 14 October, 10:00 – 11:30\nUnit 9, Harbour Road\n\nHost: Owen Marsh, Founder\n\nNotes from Owen:\n\"Thanks for booking in. We'll have a chat, then a walk round the cellar. Cheers, Owen\"\n\nReschedule or cancel: https://bookwell.example/b/TB-4410\n\nBookwell — simple appointment booking"))).toMatchObject({"company": "Tideline Brewing", "contactFirstName": "Owen"});
  });
  it("a recruiter's name before 'via' on an applicant-tracking address is no employer", () => {
    expect(extractInvitation(mail("Moira Quinn via HireLoop", "notifications@ats.example.com", "Seabright Care: record your video interview (Support Worker – Nights)", "Hi Aaron,\n\nMoira here from the recruitment team at Seabright Care. Thanks for applying for Support Worker – Nights.\n\nThe next step is a short recorded video interview: https://ats.example.com/hireloop/v/sbc-2231\n\nThanks,\nMoira Quinn\nRecruitment Advisor, Seabright Care\n\nSent via HireLoop on behalf of Seabright Care."))).toMatchObject({"company": "Seabright Care"});
  });
});
