// Hard cases from the corpus rules: invitations without the word "interview", and non-invitations
// full of interview and scheduling words aimed at the reader.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import { from } from './helpers/mail';

describe('invitations that never say "interview"', () => {
  it('a hiring manager asking for coffee about a named role', () => {
    const d = detectInvitation({
      from: from('Noor Haddad', 'noor@bluepinebakery.example'),
      subject: 'Head Baker role – coffee?',
      body: "Hi Lee,\n\nI'm the owner of Bluepine Bakery and we're hiring a Head Baker for our new shop. Your résumé stood out. Could you come by for a coffee on Thursday at 3pm so we can talk about the role?\n\nNoor",
    });
    expect(d.invite).toBe(true);
    expect(d.signals).toContain('asks for your availability');
  });

  it('a recruiter outreach that asks for a call about a specific role', () => {
    const d = detectInvitation({
      from: from('Ravi Menon', 'ravi.menon@quayline.example'),
      subject: 'Staff Data Engineer at Quayline',
      body: "Hi Ada,\n\nI'm a technical recruiter at Quayline. We're looking for a Staff Data Engineer to lead our streaming platform and your background looks like a great fit. Would you be open to a quick 20-minute call next week?\n\nBest,\nRavi",
    });
    expect(d.invite).toBe(true);
    expect(d.kind).toBe('outreach');
  });

  it('a short confirmation reply in an interview thread', () => {
    const d = detectInvitation({
      from: from('Ivy Chen', 'ivy.chen@lattice.example'),
      subject: 'Re: Interview for Product Designer',
      body: 'Great — Thursday at 11 works. See you then!\n\nIvy\n\nOn Mon, 2 Jun 2025 at 09:00, Sam Reed <sam@mail.example> wrote:\n> Thursday 11am would be perfect for the Product Designer interview.\n>\n> On Fri, Ivy Chen wrote:\n>> Thanks for applying for the Product Designer role. Could you do Thursday at 11?',
    });
    expect(d.invite).toBe(true);
  });

  it('a cancellation that offers new times is a reschedule', () => {
    const d = detectInvitation({
      from: from('Omar Said', 'omar.said@westgate.example'),
      subject: 'Change to your interview – Payroll Specialist',
      body: 'Hi Jo,\n\nI have to cancel Friday’s interview for the Payroll Specialist role, sorry. Could you do Monday at 10:00 or Tuesday at 15:00 instead?\n\nOmar',
    });
    expect(d.invite).toBe(true);
    expect(d.kind).toBe('reschedule');
  });
});

describe('near-misses that use interview words', () => {
  const misses: [string, { from: { name: string; email: string }; subject: string; body: string }][] = [
    [
      'a rejection that quotes the old invitation',
      {
        from: from('Lena Park', 'lena.park@orbis.example'),
        subject: 'Re: Interview invitation – QA Engineer',
        body: 'Hi Tom,\n\nThank you for your time. Unfortunately we have decided to move forward with another candidate for the QA Engineer role.\n\nBest,\nLena\n\nOn Mon, Lena Park <lena.park@orbis.example> wrote:\n> We would like to invite you to an interview for the QA Engineer role. Would Tuesday at 10:00 work for you?',
      },
    ],
    [
      'an offer that proposes a call',
      {
        from: from('Grace Obi', 'grace@tallyhq.example'),
        subject: 'Offer – Account Manager',
        body: 'Hi Ben,\n\nFollowing your interviews, I am delighted to offer you the Account Manager position. Your offer letter is attached. Could we have a quick call on Thursday at 2pm to go through it?\n\nGrace',
      },
    ],
    [
      'a request to interview someone else',
      {
        from: from('Recruiting Ops', 'no-reply@ats.example.com'),
        subject: "You're interviewing Dana Fox – Backend Engineer – Tue 10:00",
        body: 'Hi Chris,\n\nYou are an interviewer for Dana Fox (Backend Engineer) on Tuesday at 10:00. Please submit your scorecard within 24 hours.\n\nJoin: https://meet.example.com/abc',
      },
    ],
    [
      'a press interview request',
      {
        from: from('Mia Lopez', 'mia@citygazette.example'),
        subject: 'Interview request for our story on remote work',
        body: "Hi Ms. Grant,\n\nI'm a reporter at the City Gazette writing a story about remote work. Would you be available for a 20-minute interview on Wednesday at 3pm?\n\nThanks,\nMia",
      },
    ],
    [
      'a user-research interview',
      {
        from: from('Fintrack Research', 'research@fintrack.example'),
        subject: '30-minute interview about budgeting ($40 gift card)',
        body: 'Hi!\n\nWe are looking for participants for a short user research interview about how you budget. You will receive a $40 gift card. Pick a time: https://research.example.com/fintrack',
      },
    ],
    [
      'an exit interview',
      {
        from: from('People Team', 'people@ardent.example'),
        subject: 'Scheduling your exit interview',
        body: 'Hi Kim,\n\nAs your last day approaches, please book a 30-minute exit interview: https://cal.example.com/ardent/exit',
      },
    ],
    [
      'a reference check',
      {
        from: from('Tariq Aziz', 'tariq@norhaven.example'),
        subject: 'Reference call for Eve Stone',
        body: 'Hi Paul,\n\nEve Stone listed you as a reference for the Finance Manager position. Are you available for a 15-minute call on Friday at 11am?\n\nTariq',
      },
    ],
    [
      'an admission interview',
      {
        from: from('MBA Admissions', 'admissions@lakeshore.example'),
        subject: 'Invitation to interview – MBA Class of 2027',
        body: 'Dear Applicant,\n\nThe Admissions Committee invites you to interview for the MBA program. Please select a slot: https://lakeshore.example/admissions/interview',
      },
    ],
    [
      'a forwarded interview-tips newsletter',
      {
        from: from('Pat', 'pat@mail.example'),
        subject: 'Fwd: 10 interview questions you must prepare',
        body: 'Saw this and thought of you!\n\n---------- Forwarded message ---------\nFrom: Career Weekly <news@careerweekly.example>\nDate: Mon, 2 Jun 2025\nSubject: 10 interview questions\nTo: pat@mail.example\n\nWe would like to invite you to prepare for your interview. Book a coaching slot on Tuesday at 10:00.',
      },
    ],
    [
      'a cancellation with no new time',
      {
        from: from('Ella Hart', 'ella@brookvale.example'),
        subject: 'Interview cancelled – Sales Lead',
        body: 'Hi Max,\n\nI am sorry, but the Sales Lead position has been put on hold, so we need to cancel your interview on Thursday.\n\nElla',
      },
    ],
  ];
  for (const [name, email] of misses) {
    it(name, () => {
      const d = detectInvitation(email);
      expect(d.invite, d.signals.join('; ')).toBe(false);
    });
  }
});
