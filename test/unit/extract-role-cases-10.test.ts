// Role titles: the event name of a calendar's invitation ("Interview: X | Company" on the line above
// "When:"), a job title the body names with a job noun beating a programme name in the subject
// ("… Scheme (Civil)"), an event before "for the X role" ("our Assessment Centre for the X role"),
// and the slash before the company in an event name ("X / Company"). Every mail here is invented
// for these tests.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

function role(fromName: string, fromEmail: string, subject: string, body: string) {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body }).role;
}

const footer = '\n\nInvitation from Calendar\nYou are receiving this email because you are an attendee on the event.';

describe('role: the event name of a calendar invitation', () => {
  it('reads "Interview: X - Q | Company" above "When:" when the subject names a person', () => {
    expect(
      role(
        'Tomasz Wilk (via Calendar)',
        'calendar-notification@quarrylight.example',
        'Invitation: Interview with Greta Olsen @ Wed 4 Jun 2025 10am - 11am (CEST) (lena.p@mailbox.example)',
        `Tomasz Wilk has invited you to the following event.\n\nInterview: Staff Backend Engineer - Billing | Quarrylight\nWhen: Wed 4 Jun 2025 10am - 11am (Central European Time - Warsaw)\nJoining info: meet.example.com/qlt-abcd-efg\n\nWho:\n Tomasz Wilk - organiser\n Greta Olsen (Head of Billing)\n lena.p@mailbox.example\n\nDescription:\nHi Lena, Greta will go through a system design exercise with you. - Tomasz${footer}`,
      ),
    ).toBe('Staff Backend Engineer - Billing');
  });

  it('reads "X Interview – Company" above "When:"', () => {
    expect(
      role(
        'Priya Raman (via Calendar)',
        'calendar-notification@fernhollow.example',
        'Invitation: Call with Marcus Doyle @ Mon 16 Jun 2025 2pm - 2:30pm (BST)',
        `Priya Raman has invited you to the following event.\n\nWarehouse Shift Supervisor Interview – Fernhollow Foods\nWhen: Mon 16 Jun 2025 2pm - 2:30pm (United Kingdom Time)\nWhere: Unit 4, Kingsway Park, Derby\n\nWho:\n Priya Raman - organiser\n Marcus Doyle${footer}`,
      ),
    ).toBe('Warehouse Shift Supervisor');
  });

  it('reads a Spanish calendar invitation ("Entrevista: X – Company" above "Cuándo:")', () => {
    expect(
      role(
        'Lucía Ortega (a través de Calendar)',
        'calendar-notification@alborada.example',
        'Invitación: Reunión con Diego Salas @ jue 12 jun 2025 11:00 - 11:45 (CEST)',
        'Lucía Ortega te ha invitado al siguiente evento.\n\nEntrevista: Técnico de Mantenimiento Industrial – Alborada Cerámicas\nCuándo: jueves, 12 de junio de 2025 11:00 – 11:45 (hora de verano de Europa central - Madrid)\nDónde: Polígono La Cerrada, nave 7, Castellón\n\nInvitados:\n Lucía Ortega - organizador\n Diego Salas\n\nInvitación de Calendar',
      ),
    ).toBe('Técnico de Mantenimiento Industrial');
  });

  it('takes no person from an event named "Interview with <Person>"', () => {
    expect(
      role(
        'Tomasz Wilk (via Calendar)',
        'calendar-notification@quarrylight.example',
        'Invitation: Interview with Greta Olsen @ Wed 4 Jun 2025 10am - 11am (CEST)',
        `Tomasz Wilk has invited you to the following event.\n\nInterview with Greta Olsen\nWhen: Wed 4 Jun 2025 10am - 11am (Central European Time - Warsaw)\nJoining info: meet.example.com/qlt-abcd-efg\n\nWho:\n Tomasz Wilk - organiser\n Greta Olsen${footer}`,
      ),
    ).toBeNull();
  });

  it('drops the slash before the company ("X / Company")', () => {
    expect(
      role(
        'Rosa Quint',
        'rosa.quint@millbrook-studio.example',
        'Invitation: Interview – Landscape Architect / Millbrook Studio @ Tue Jul 8, 2025 3pm – 4pm (EDT)',
        'Rosa Quint has invited you to an event.\n\nInterview – Landscape Architect / Millbrook Studio\nWhen: Tuesday, July 8, 2025 · 3:00 – 4:00 PM Eastern Time\nWhere: Millbrook Studio, 12 Ferry Lane, Hudson\n\nDescription:\nHi Owen, bring a few drawings if you can.',
      ),
    ).toBe('Landscape Architect');
  });
});

describe('role: a body title named with a job noun beats a programme name in the subject', () => {
  it('prefers "the X role" in the body to "… Scheme (Stream)" in the subject', () => {
    expect(
      role(
        'Imogen Pryce',
        'earlycareers@halloway-rail.example',
        'Assessment Day invitation - 2026 Graduate Rail Scheme (Signalling)',
        "Dear Callum,\n\nThank you for completing the video interview for our 2026 Graduate Rail Scheme. I'm pleased to invite you to our Assessment Day for the Graduate Signalling Engineer role in our Derby office.\n\nDate: Wednesday 9 July 2025\nTime: 09:00 - 15:30\n\nPlease confirm your place by Friday 27 June.\n\nKind regards,\nImogen Pryce\nEarly Careers Advisor\nHalloway Rail",
      ),
    ).toBe('Graduate Signalling Engineer');
  });

  it('reads the title after an event before "for the X position" (a Spanish programme name in the subject)', () => {
    expect(
      role(
        'Marta Gil',
        'talento@cobaltia.example',
        'Assessment Centre - Programa Graduados 2026',
        'Hi Pablo,\n\nWe are delighted to invite you to our Assessment Centre for the Junior Data Analyst position on 15 July at 9:30 in our Valencia office.\n\nBest regards,\nMarta Gil\nCobaltia',
      ),
    ).toBe('Junior Data Analyst');
  });

  it('keeps the scheme when the mail names only the scheme', () => {
    expect(
      role(
        'Imogen Pryce',
        'earlycareers@halloway-rail.example',
        'Assessment Day invitation - 2026 Graduate Rail Scheme (Signalling)',
        "Dear Callum,\n\nThank you for completing the video interview. I'm pleased to invite you to our Assessment Day in our Derby office.\n\nDate: Wednesday 9 July 2025\nTime: 09:00 - 15:30\n\nPlease confirm your place by Friday 27 June.\n\nKind regards,\nImogen Pryce\nEarly Careers Advisor\nHalloway Rail",
      ),
    ).toBe('2026 Graduate Rail Scheme (Signalling)');
  });

  it('keeps a whole title with "for the" when the part before it is a title ("Director for the Northern Region")', () => {
    expect(
      role(
        'Evan Holt',
        'evan.holt@brackenridge.example',
        'Next steps',
        'Hi Sara,\n\nWe would like to invite you to interview for our Sales Director for the Northern Region role on Tuesday at 11am.\n\nEvan Holt\nBrackenridge Supplies',
      ),
    ).toBe('Sales Director for the Northern Region');
  });
});
