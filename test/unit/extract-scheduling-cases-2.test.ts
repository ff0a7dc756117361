// Mail a scheduling tool or social network relays for a person: the tool is never the company or
// the contact (like an applicant-tracking vendor); the person it relays for is the contact.
// Every mail here is invented for these tests (not taken from the corpus).
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

function extract(fromName: string, fromEmail: string, subject: string, body: string) {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body });
}

describe('scheduling tools and social networks', () => {
  it('reads "Host: Person (Company)" in a booking product\'s own confirmation', () => {
    const x = extract(
      'Bookwell',
      'alerts@bookwell.example',
      'Booked: Intro call with Tamsin Okoro',
      'Hi Ravi,\n\nYour meeting is booked.\n\nEvent: Intro call\nHost: Tamsin Okoro (Quarry Lane Robotics)\nWhen: Thursday 3 July, 10:00–10:30\nWhere: https://meet.example.com/qlr-771\n\nReschedule: https://bookwell.example/r/1\n\nPowered by Bookwell',
    );
    expect(x.company).toBe('Quarry Lane Robotics');
    expect(x.contactFirstName).toBe('Tamsin');
  });

  it('takes the person of "Name via Network" and the employer on their card', () => {
    const x = extract(
      'Ottilie Brandt via Connectly',
      'messages-noreply@connectly.example',
      'Ottilie sent you a message',
      'Connectly\n\nOttilie Brandt\nEngineering Manager at Harrowgate Labs\n\nHi Sam, we are hiring a Staff Data Engineer and your profile stood out. Up for a 20-minute call next week?\n\nOttilie\n\nReply | View profile',
    );
    expect(x.company).toBe('Harrowgate Labs');
    expect(x.contactFirstName).toBe('Ottilie');
  });

  it('takes "Name (via Calendar)" as the writer and the company from the organiser\'s address', () => {
    const x = extract(
      'Jorunn Vik (via Calendar)',
      'calendar-notification@calendar.example',
      'Invitation: Sam Reyes <> Tidepool Analytics – Data Analyst @ Tue 4pm',
      'You have been invited to the following event.\n\nWho:\n• jorunn.vik@tidepoolanalytics.example – organiser\n• sam.reyes@mail.example\n\nHi Sam, here is the invite as promised. Jorunn',
    );
    expect(x.company).toBe('Tidepool Analytics');
    expect(x.contactFirstName).toBe('Jorunn');
  });

  it('keeps an employer relayed "via" a tool as the company, not the contact', () => {
    const x = extract(
      'Marlow Bakeries via Vidscreen',
      'no-reply@ats.example.com',
      'Record your answers – Bakery Shift Lead',
      'Hi Jo,\n\nThanks for applying to the Bakery Shift Lead role with Marlow Bakeries. Please record your answers by Friday.\n\nGood luck!\nMarlow Bakeries Recruiting',
    );
    expect(x.company).toBe('Marlow Bakeries');
    expect(x.contactFirstName).toBeNull();
  });

  it('does not take the product that signs "on behalf of" the employer as the contact', () => {
    const x = extract(
      'Wrenfield Hiring',
      'no-reply@video.example.com',
      'Wrenfield invites you to a recorded interview',
      'Hi Alex,\n\nWrenfield has invited you to a one-way video interview for the Payroll Associate position.\n\nGood luck!\nClipview, on behalf of Wrenfield\n\nThis is an automated message. Please do not reply.',
    );
    expect(x.contactFirstName).toBeNull();
  });
});
