// Scheduling tools, calendar invitations and social-network notices: the tool is never the company or
// the contact; the employer and the person come from the notice's card, note, event title or organiser
// line. Every mail here is invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

function extract(fromName: string, fromEmail: string, subject: string, body: string) {
  const x = extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body });
  return { company: x.company, contact: x.contactFirstName };
}

describe('tool notices: employer and person', () => {
  it('reads the employer from a calendar invitation\'s event title', () => {
    expect(
      extract(
        'Talia Brandt (Google Calendar)',
        'calendar-notification@calendar.example.com',
        'Invitation: Interview – Staff Accountant (Quarrystone Foods) @ Tue May 6, 2025 2pm – 2:45pm (EDT)',
        'Talia Brandt has invited you to an event.\n\nInterview – Staff Accountant (Quarrystone Foods)\nWhen: Tuesday May 6, 2025 ⋅ 2pm – 2:45pm\nWhere: Quarrystone Foods Head Office, 12 Mill Lane\n\nGuests\nTalia Brandt – organizer\n\nInvitation from Google Calendar',
      ),
    ).toEqual({ company: 'Quarrystone Foods', contact: 'Talia' });
  });

  it('reads the employer from a social network\'s card line', () => {
    expect(
      extract(
        'Marek Novak via Linkline',
        'messages-noreply@linkline.example.com',
        'Marek sent you a message: Head of Data at Oakridge Mutual',
        'Linkline\nYou have a new message\n\nMarek Novak · Senior Talent Partner at Oakridge Mutual\n\nHi Lena — we are hiring a Head of Data. Would you be open to a call next week?\n\nBest,\nMarek\n\n—\nYou are receiving Linkline message notification emails.',
      ),
    ).toEqual({ company: 'Oakridge Mutual', contact: 'Marek' });
  });

  it('takes the person on a booking\'s "with" line and the employer from their note', () => {
    expect(
      extract(
        'BookaBit',
        'no-reply@bookabit.example.com',
        'Confirmed: Intro call with Selma Ortiz – Product Designer',
        'A new event has been scheduled.\n\nIntro call – Product Designer\nwith Selma Ortiz\n\nMonday, 2 June 2025\n10:00am – 10:30am\n\nSelma\'s note:\nThanks for booking! Talk soon — Selma (Design Recruiter, Fernvale Labs)\n\nPowered by BookaBit',
      ),
    ).toEqual({ company: 'Fernvale Labs', contact: 'Selma' });
  });

  it('reads "Employer via Tool" as the employer and its organiser as the contact', () => {
    expect(
      extract(
        'Moorgate Instruments via CodeRoom',
        'invites@coderoom.example.com',
        'Moorgate Instruments has invited you to a coding interview',
        'Hi Pavel,\n\nMoorgate Instruments has invited you to a live coding interview on CodeRoom for the Firmware Engineer role.\n\nJoin: https://coderoom.example.com/room/mi-22\n\nOrganizer: Wren Castillo, Recruiting Coordinator\n\nYou received this email because Moorgate Instruments scheduled an interview with you.',
      ),
    ).toEqual({ company: 'Moorgate Instruments', contact: 'Wren' });
  });
});
