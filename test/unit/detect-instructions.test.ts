// Words that describe a step without taking it: "to cancel or reschedule, sign in" in a
// confirmation, "if you are shortlisted we will contact you to arrange an interview" in an
// acknowledgement, a newsletter that explains how to reschedule. Mails invented for these tests.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import { from } from './helpers/mail';

describe('instructions and promises', () => {
  it('a confirmation that says how to cancel is still a confirmation', () => {
    const d = detectInvitation({
      from: from('Marlow Rail Careers', 'no-reply@ats.example.com'),
      subject: 'Interview confirmed – Signalling Technician',
      body: 'Hi Jo,\n\nYour interview for the Signalling Technician position is confirmed for Wednesday 9 July at 14:00 at our Crewe depot.\n\nIf you need to cancel or reschedule, please use your candidate account at least 24 hours before.\n\nMarlow Rail Recruitment',
    });
    expect(d.invite).toBe(true);
    expect(d.signals).not.toContain('cancels without a new time');
  });

  it('a cancellation in the writer’s own words still cancels', () => {
    const d = detectInvitation({
      from: from('Aled Price', 'aled.price@tallowfoods.example'),
      subject: 'Your interview on Friday – Shift Supervisor',
      body: "Dear Kim,\n\nI'm sorry, but I have to cancel your interview on Friday for the Shift Supervisor role. The site has decided not to recruit into the role this year.\n\nKind regards,\nAled",
    });
    expect(d.invite).toBe(false);
  });

  it('an acknowledgement that only promises to arrange an interview', () => {
    const d = detectInvitation({
      from: from('Eastbrook Council Jobs', 'jobs-noreply@ats.example.com'),
      subject: 'Thank you for your application – Library Assistant',
      body: 'Dear Sam,\n\nThank you for applying for the role of Library Assistant. We confirm that your application was received on 3 March. The closing date is 14 March. If you are shortlisted, we will contact you to arrange an interview.\n\nEastbrook Council Recruitment',
    });
    expect(d.invite).toBe(false);
    expect(d.signals).toContain('acknowledges an application');
  });

  it('an acknowledgement that books the interview at once is an invitation', () => {
    const d = detectInvitation({
      from: from('Eastbrook Council Jobs', 'jobs-noreply@ats.example.com'),
      subject: 'Your application – Library Assistant: choose an interview time',
      body: 'Dear Sam,\n\nThank you for applying for the role of Library Assistant. We have received your application and would like to invite you to an interview. Please choose a time here: https://ats.example.com/eastbrook/book/88\n\nEastbrook Council Recruitment',
    });
    expect(d.invite).toBe(true);
  });

  it('a tips newsletter about the night before an interview', () => {
    const d = detectInvitation({
      from: from('Offerline Weekly', 'hello@offerline.example'),
      subject: 'Your interview is tomorrow. Do these 4 things tonight',
      body: "Hey there,\n\nGot an interview on the calendar? Most candidates prepare the wrong things. This week's checklist:\n1. Re-read the job ad.\n2. Test your video link.\n3. Prepare two questions.\n4. Sleep.\n\nReader question of the week: how do I reschedule an interview politely? Template here: https://offerline.example/t/reschedule\n\nComing next week: salary talks.",
    });
    expect(d.invite).toBe(false);
  });

  it('"if you cannot attend, log in to cancel" is an instruction', () => {
    const d = detectInvitation({
      from: from('Northvale Health Careers', 'careers-noreply@ats.example.com'),
      subject: 'Interview confirmed: Graduate Pharmacist',
      body: 'Dear Ali,\n\nThis email confirms your interview for the Graduate Pharmacist programme on Tuesday 4 March at 10:20am by video.\n\nIf you are unable to attend, please log in to the candidate portal at least 48 hours before to cancel so another applicant can take your place.\n\nNorthvale Health',
    });
    expect(d.invite).toBe(true);
  });

  it('a cancellation that says there is no new date is not a reschedule', () => {
    const d = detectInvitation({
      from: from('Rhian Ellis', 'rhian.ellis@larchcare.example'),
      subject: 'Your interview on Thursday – Activities Coordinator',
      body: "Hi Dee,\n\nI'm sorry, but I need to cancel your interview for the Activities Coordinator role on Thursday. The post will be filled internally, and we don't have a new date to offer you.\n\nKind regards,\nRhian",
    });
    expect(d.invite).toBe(false);
  });

  it('an acknowledgement whose call is only promised "if your qualifications match"', () => {
    const d = detectInvitation({
      from: from('Harbor Federal Careers', 'careers-noreply@ats.example.com'),
      subject: 'Application received – Loan Servicing Specialist',
      body: "Hi Jo,\n\nThank you for applying for the Loan Servicing Specialist position. We've received your application.\n\nWhat happens next?\n1. A recruiter reviews your application within 10 business days.\n2. If your qualifications match the role, a recruiter will call you to schedule a phone interview.\n\nHarbor Federal Talent Acquisition",
    });
    expect(d.invite).toBe(false);
  });
});
