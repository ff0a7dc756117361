// Wordings the unseen batches fresh-66 to fresh-69 showed the lexicon lacked. fresh-66 and fresh-67
// were written to be the hardest near-misses (a visa interview, a tenant interview, a volunteer
// screening, the recruiting team's own logistics and retros, a talent network's AMA, an alumni
// newsletter's interview drill, a Swiss offer, a seat on a selection board, a student's career chat,
// an acknowledgement that may arrange an interview "gegebenenfalls"); fresh-68 and fresh-69 added an
// interview panel being put together, an Indian walk-in drive, a recruiter who "booked you in with"
// the manager, and a job description's "scorecard strategy". Mails invented for these tests.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import type { EmailInput } from '../../src/core/types';
import { mail } from './helpers/mail';

describe('near-misses that are no job interview of the reader', () => {
  const cases: [string, EmailInput][] = [
    [
      'a consulate confirms a visa interview',
      mail('Visa Section – Consulate General of Ostrava', 'visa@consulate-ostrava.example', 'Visa interview appointment – Ref. 88213', 'Dear Applicant NOVAK, JANA,\n\nYour appointment for a visa interview has been scheduled.\n\nDate: Monday, 3 March\nTime: 09:15\nLocation: Consulate General of Ostrava, Visa Section\n\nBring your passport and your employment contract. To reschedule, use the appointment portal.\n\nThis mailbox is not monitored.'),
    ],
    [
      'a letting agent asks for a tenant interview',
      mail('Hugo Lane', 'hugo@lanelettings.example', 'Flat 3, Mill Court – tenant interview?', "Hi Maya,\n\nThanks for your enquiry about Flat 3. The landlord would like a short tenant interview with each applicant before viewings. Would Saturday at 10:00 work? Please bring photo ID. The holding deposit is one week's rent.\n\nHugo Lane\nLettings Negotiator"),
    ],
    [
      'a charity books a volunteer screening interview',
      mail('Volunteer Services – Harbour Helpline', 'volunteers@harbourhelpline.example', 'Next step: your volunteer screening interview', 'Hi Sam,\n\nThank you for applying to volunteer with the Harbour Helpline. The next step is a 30-minute screening interview. Please pick a time: https://volunteers.harbourhelpline.example/screening\n\nAll volunteer roles are unpaid.\n\nWarm wishes,\nAlma'),
    ],
    [
      "the recruiting team's own logistics for an assessment centre",
      mail('Nadia Frost', 'n.frost@corvane.example', 'Assessment Centre next week – interview rooms and a sync Mon?', 'Hi Recruiting team,\n\nInterview rooms 2.01–2.05 are booked both days. Please don\'t email candidates individually. Can we do a 30-minute sync on Monday at 11:00?\n\nThanks all,\nNadia'),
    ],
    [
      'a hiring retro with two colleagues',
      mail('Leo Park', 'leo.park@fjordapps.example', 'Hiring retro: our interviews – Thu 3pm?', "Hey all,\n\nNow the iOS hiring push is done, I'd like to do a hiring retro on our interview process before we open the two data reqs. Thursday 3:00pm in the big room? If not, reply with a time that works.\n\nLeo"),
    ],
    [
      'a talent network says no one will call unless you apply',
      mail('Norvik Energy Talent Network', 'talentnetwork@norvik.example', "You're in! Meet the Interviewers AMA – Thu 4 Dec", "Hi Ola,\n\nThanks for joining the Norvik Energy Talent Network. We'll send you relevant openings as they come up. You haven't applied for a role, and no one will contact you for an interview unless you apply.\n\nMEET THE INTERVIEWERS – live AMA\nThursday 4 December, 6:00–7:00 PM, online\nTwo of our engineers explain what our interviews look like and what they wish candidates asked them.\nRSVP here: https://careers.norvik.example/network/qa\nLet us know when you're free for future events in your preferences.\n\nNorvik Energy Talent Acquisition"),
    ],
    [
      "an alumni newsletter's interview drill and office hours",
      mail('Anvil Coding School', 'community@anvilschool.example', "December newsletter: this month's interview drill + mentor office hours Tue 7pm", "Hi Kofi,\n\nHappy December, alumni! Here's what's happening in the Anvil Coding community.\n\n🔧 THIS MONTH'S INTERVIEW DRILL\n\"Design a rate limiter\" — try it on your own, then compare with the walkthrough from mentor Ike Moss. Most people forget rate limiting. Don't be most people.\n\n🗓 MENTOR OFFICE HOURS\nTuesdays 7–8 PM ET on our community Discord. Drop in with questions about job search, tech interviews or salary negotiations. Want a private 1:1 instead? Tell us when you're free: https://anvilschool.example/mentors/book\n\n🎉 ALUMNI WINS\nCongrats to Ana (cohort 14), who accepted a role as a junior developer at a logistics startup, and to Lou (cohort 9), who got promoted to mid-level!\n\n📚 NEW IN THE LIBRARY\nOur updated \"System Design Interview Primer\" PDF is now in the resources tab.\n\nKeep building,\nThe Anvil Coding Team\n\nUnsubscribe or change email preferences: https://anvilschool.example/prefs"),
    ],
    [
      '[fr] a Swiss offer, "proposition d\'engagement", with a call to discuss it',
      mail('Sophie Gallaz', 'sophie.gallaz@ateliers-jurassiens.example', "Proposition d'engagement – Acheteur technique", "Bonjour Monsieur Rey,\n\nSuite à nos entretiens, j'ai le plaisir de vous annoncer que nous souhaitons vous engager en qualité d'Acheteur technique dès le 1er octobre.\n\nJe vous propose un appel vendredi à 10 h pour en discuter. Cela vous conviendrait-il ?\n\nSophie Gallaz\nResponsable RH"),
    ],
    [
      '[de] a teacher asked to sit on the selection board for the three candidates',
      mail('Beat Imhof', 'beat.imhof@schule-riedholz.example', 'Auswahlkommission – Bewerbungsgespräche Schulleitung', 'Liebe Andrea\n\nWir möchten gerne, dass eine Lehrperson in der Auswahlkommission Einsitz nimmt. Die Bewerbungsgespräche mit den drei Kandidierenden finden am Dienstag, 3. Juni, ab 13.30 Uhr statt.\n\nKannst du mir bis Freitag bestätigen, ob du dabei bist?\n\nHerzliche Grüsse\nBeat'),
    ],
    [
      '[de] an acknowledgement that may arrange an interview "gegebenenfalls"',
      mail('Bewerbermanagement Sternau', 'karriere@sternau.example', 'Eingangsbestätigung Ihrer Bewerbung', 'Sehr geehrter Herr Lenz,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiter Einkauf (m/w/d).\n\nIhre Unterlagen sind vollständig bei uns eingegangen. Wir melden uns bis zum 28. Februar, um gegebenenfalls einen Termin für ein Vorstellungsgespräch zu vereinbaren. Die Gespräche finden voraussichtlich ab dem 10. März statt.\n\nTragen Sie bitte Ihre Verfügbarkeit im Bewerberportal ein: https://ats.example.com/sternau/verfuegbarkeit\n\nIhr Bewerbermanagement'),
    ],
    [
      "[pt] a student asks for a chat about the reader's career path",
      mail('Bia Santos', 'bia.santos@mail.example', 'Bate-papo rápido sobre carreira em dados?', 'Oi, Caio!\n\nSou a Bia, estou terminando a faculdade e te achei pelo grupo de ex-alunos. Você toparia um bate-papo de 20 minutos para me contar como foi sua trajetória? Pode ser por vídeo, qualquer dia depois das 18h.\n\nValeu!\nBia'),
    ],
    [
      'a colleague joining the hiring panel is asked to prepare',
      mail('Ruth Avery', 'ruth.avery@kestonbay.example', 'Prep for the Analyst interview loop – Tue 2pm', "Hi Dev,\n\nSince you're joining the hiring panel for the Buyer req, can we grab 30 minutes on Tuesday at 2:00 to agree the interview plan? Please skim the shortlisted CVs first.\n\nRuth"),
    ],
    [
      'the reader asked to sit on an interview panel the writer puts together',
      mail('Owen Price', 'owen.price@dalehealth.example', 'Can you sit on the Band 5 OT interview panel - Wed 9 April?', "Hi Cerys,\n\nWe've shortlisted 4 candidates for the Occupational Therapist - Band 5 posts and I'm putting the interview panels together. Would you be able to join me on Wednesday 9 April, 09:30-15:00? I've attached the scoring matrix.\n\nOwen"),
    ],
  ];
  for (const [name, m] of cases) {
    it(name, () => {
      expect(detectInvitation(m).invite).toBe(false);
    });
  }
});

describe('invitations in wordings the lexicon lacked', () => {
  it('an Indian walk-in drive the reader is shortlisted to attend', () => {
    const d = detectInvitation(
      mail('HR Team - Yamuna Services', 'careers@yamunaservices.example', 'Shortlisted: Walk-in drive on Saturday for Customer Care Executive (Night Shift)', 'Dear Candidate,\n\nWith reference to your application, you are shortlisted to attend our walk-in drive for the position of Customer Care Executive (Night Shift).\n\nDate: Saturday, 22 March\nReporting time: 10:00 AM\nVenue: Yamuna Services, Sector 18, Gurugram\n\nSelection process:\n1. HR round\n2. Operations round\n\nSalary: CTC 2.4 LPA + performance incentive\n\nRegards,\nNeha Gupta\nHR - Talent Acquisition'),
    );
    expect(d.invite).toBe(true);
  });

  it('a recruiter "booked you in with" the manager for a day', () => {
    const d = detectInvitation(
      mail('Iris Holt', 'iris.holt@brightmarket.example', 'Re: Email Marketing Lead – next steps', "Hi Tomás,\n\nThanks for the quick reply! I've booked you in with Carla Dunn, our Head of CRM, for Thursday at 2:00 p.m. ET. You'll get a calendar invite from me with the link.\n\nIris\n\nIris Holt\nSenior Recruiter | Bright Market"),
    );
    expect(d.invite).toBe(true);
  });

  it("an agency's outreach whose job owns a \"scorecard strategy\"", () => {
    const d = detectInvitation(
      mail('Sipho Dlamini', 'sipho@marlinsearch.example', 'Credit Risk Lead - Card Lending | CPT | confidential', "Hi Naledi,\n\nI've been retained by a leading bank in Cape Town to find a Credit Risk Lead - Card Lending. The role owns the scorecard strategy for the card book.\n\nWould you be open to a confidential call this week? The next step would be a first interview with the Head of Credit.\n\nSipho Dlamini\nDirector - Financial Services\nMarlin Search"),
    );
    expect(d.invite).toBe(true);
  });
});
