// What the near-miss-heavy batch fresh-74 (everyday and tech-company life) showed: interviews the
// reader gives or takes that hire no one into a job. An accelerator's founder interview, a nanny or a
// dog walker the reader interviews, a roommate interview, a psychologist's first session, a rowing
// club's membership interview, a doctor's video consultation, an insurance adjuster's recorded
// statement, a jury summons, a take-home review and coding interview the reader runs, interviewer
// certification, a bar raiser, a team's interview calibration, customer discovery interviews, a
// YouTube channel's interview, an onboarding call after the offer, and a conference's call with
// shortlisted speakers. Mails invented for these tests.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import type { EmailInput } from '../../src/core/types';
import { mail } from './helpers/mail';

describe('interviews that fill no job of the reader', () => {
  const cases: [string, EmailInput][] = [
    [
      "an accelerator invites both founders to interview for its batch",
      mail('Brickyard Admissions', 'admissions@brickyard.example', "Brickyard S25: you're invited to interview", 'Hi Priya and Tom,\n\nCongratulations — Lanternfish has been selected for an interview for the Brickyard Summer 2025 batch. Interviews are 10 minutes on video with two partners. Both founders should attend. Please pick a slot for Tuesday or Wednesday: https://brickyard.example/book'),
    ],
    [
      'a nanny agency confirms the interview the reader holds with a nanny',
      mail('Little Oaks Nanny Match', 'hello@littleoaks.example', 'Your nanny interview with Rosa is confirmed — Sat 10:00am', 'Hi Kevin,\n\nGreat news! Rosa B. accepted your request, so your in-person nanny interview is confirmed: Saturday, March 8, 10:00–11:00am at your home.\n\nTips for interviewing a nanny: ask about her experience with toddlers.'),
    ],
    [
      'housemates invite the reader to a roommate interview',
      mail("Hanne Berg", "hanne.berg@mailbox.example", "Re: Room in Linden St house — roommate interview Sat?", "Hi Casey,\n\nThanks for your message about the room! We had about 40 replies, so we're doing short roommate interviews with a handful of people before deciding. It's really casual — you'd meet all three of us, see the house, and we'll chat about chores, guests, noise, that kind of thing.\n\nCould you come by this Saturday at 2:00pm? The address is 1184 Linden St (blue door, ring twice, the bell is weak). If Saturday doesn't work, let me know your availability Sunday afternoon.\n\nAlso, do you have any pets? One of us is allergic to cats.\n\nCheers,\nHanne\n\n> On Mon, Casey Reyes wrote:\n> Hi! I saw your listing for the room at $950/mo. I'm a nurse at Mercy General, work mostly day shifts, very tidy. Is it still available?"),
    ],
    [
      "[es] a psychologist's first session, an intake interview",
      mail('Centro Psicológico Ribera', 'citas@psicoribera.example', 'Confirmación de su entrevista de acogida – jueves 17:30', 'Hola, Marta:\n\nLe confirmamos su primera cita, la entrevista de acogida con la psicóloga Carmen Ibarra: jueves 14 de noviembre, 17:30 h, por videollamada. Si necesita cambiar la hora, avísenos.'),
    ],
    [
      '[de] a practice confirms a video consultation',
      mail("Praxis Dr. Lorenz – Videosprechstunde", "termine@praxis-lorenz.example", "Ihr Termin zur Videosprechstunde am Freitag, 8:40 Uhr", "Guten Tag Herr Kemper,\n\nhiermit bestätigen wir Ihren Termin zur Videosprechstunde bei Dr. med. Petra Lorenz:\n\nFreitag, 15. November, 8:40 Uhr\n\nBitte klicken Sie etwa fünf Minuten vor Beginn auf den folgenden Link, um das Gespräch zu starten: https://video.praxis-wenzel.example/raum/4417\n\nHalten Sie bitte Ihre Versichertenkarte bereit. Das Gespräch dauert etwa 10 Minuten. Sollten Sie verhindert sein, sagen Sie den Termin bitte bis Donnerstag, 12 Uhr, telefonisch unter 030 555 0191 ab.\n\nMit freundlichen Grüßen\nIhr Praxisteam Dr. Lorenz\n\nDiese Nachricht wurde automatisch erstellt."),
    ],
    [
      "an insurance adjuster's recorded statement interview",
      mail('Nate Brooks, Claims', 'claims@harborauto.example', 'Claim #AU-558120 — recorded statement interview Monday 9:30am', "Dear Ms. Alvarez,\n\nI've been assigned as the adjuster on your auto claim. As the next step, I need to take a recorded statement from you by phone. This interview takes 20–30 minutes. Does Monday at 9:30am work?"),
    ],
    [
      'a take-home review and the coding interview the reader is asked to run',
      mail("Ravi Menon", "ravi.menon@quillstack.example", "Take-home review + follow-up coding interview (Fri 11am) — can you own this one?", "Hey Lena,\n\nWe have a Backend Engineer candidate (Sam Ortiz) who just submitted the rate-limiter take-home. Could you do the review by Thursday EOD and then run the 60-min follow-up coding interview with them on Friday at 11:00am PT? You'd walk through their submission and have them extend it with the sliding-window variant.\n\n- Submission repo: https://git.example.com/quillstack-hiring/alex-m-takehome\n- Rubric: https://docs.example.com/quillstack/backend-takehome-rubric\n- Candidate call link: https://zoom.example.com/j/33019872\n\nPlease don't share the rubric link with the candidate. If Friday at 11 doesn't work for you, let me know your availability and I'll ask recruiting to move it.\n\nThanks a ton,\nRavi\nEngineering Manager, Core API\nQuillstack"),
    ],
    [
      'a bar raiser needed for a candidate onsite',
      mail('Mateo Lind', 'mateo@quarrylabs.example', "Bar raiser for Friday's Staff PM onsite? (1–2pm)", "Hi Harriet,\n\nWe have a Staff Product Manager candidate onsite this Friday and we still need a bar raiser. Slot: Friday 1:00–2:00pm. Can you do it?\n\nMateo"),
    ],
    [
      'a colleague asks the reader to run two customer discovery interviews',
      mail("Ruth Sparrow", "ruth.sparrow@ledgerlight.example", "Can you run two of the customer interviews on Wed?", "Hey Kiran,\n\nWe've got six customer discovery interviews booked this week for the receipts-matching idea and I'm double-booked Wednesday. Could you run the 11:00am and 3:30pm ones? Both are studio owners from the waitlist.\n\nEverything you need:\n- Interview guide: https://docs.example.com/ledgerlight/discovery-guide-v3\n- Zoom: https://zoom.example.com/j/81230045 (same link for both)\n- Notes template + consent script are in the folder\n\nMain rule: don't pitch or demo anything, just ask about their last expense report and dig into the pain. Record only if they say yes to the consent script.\n\nIf you can't make it, tell me your availability and I'll move them.\n\nThanks!!\nRuth\nProduct, Ledgerlight"),
    ],
    [
      'an onboarding call after the offer was accepted',
      mail("Marco Reyes", "marco.reyes@fernbyte.example", "Welcome to Fernbyte! Your onboarding call Monday at 9:30", "Hi Ben,\n\nWe're so happy you accepted — welcome to Fernbyte! I'm Marco, and I'll be your onboarding buddy from People Ops.\n\nBefore your start date on December 2, let's do a quick 30-minute onboarding call to get you set up. We'll go through:\n- Your first-week schedule (Jules has blocked time for a design crit on day 2)\n- Laptop shipping and accounts\n- Benefits enrollment deadlines\n- Any questions you didn't get to ask during your interviews\n\nDoes Monday at 9:30am work? Here's the link: https://meet.example.com/fernbyte-onboarding-leo. If not, reply with a time that suits you this week.\n\nPlease also complete your employment eligibility and direct deposit forms in the HR portal before the call.\n\nSee you soon!\nMarco\nPeople Operations, Fernbyte"),
    ],
    [
      "a conference's short call with shortlisted speakers",
      mail('Cascade Summit Program Team', 'cfp@cascadesummit.example', 'CFP: short call about your talk proposal — pick a slot by Wed', 'Hi Seth,\n\nThanks for submitting your talk proposal. Before final selection we do a 15-minute video call with each shortlisted speaker, a short interview about the talk. Please pick a slot by Wednesday: https://cascadesummit.example/slots'),
    ],
  ];
  for (const [name, m] of cases) {
    it(name, () => {
      expect(detectInvitation(m).invite).toBe(false);
    });
  }
});
