// What the recall-hard batch fresh-72 (and fresh-73) showed: invitations with almost no words of
// their own (a Teams link "for Friday" in a thread, "see you at the café at 10 tomorrow", a calendar
// card with Accept · Tentative · Decline, an updated calendar invitation "sorry for the move"), a
// firm's notice printed above a rule before the greeting, and two near-misses: a café that "went with
// someone" after a trial shift, and a French student asking a manager for advice. Then titles from a
// text-message reminder, a long bracket of stack and terms, and a lower-case "entrevista X" subject.
// Mails invented for these tests.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import { extractInvitation } from '../../src/core/extract/index';
import type { EmailInput } from '../../src/core/types';
import { mail } from './helpers/mail';

describe('invitations with few words of their own', () => {
  const cases: [string, EmailInput][] = [
    [
      'a Teams link "for Friday" in a reply thread',
      mail('Rhea Patel', 'rhea.patel@harbourline.example', 'RE: Stock Controller (Days) – Friday', "Hi Tom,\n\nHere's the link for Friday, 14:00–14:45. It'll be me and Dev from the warehouse team.\n\nJoin: https://teams.example.net/l/meetup-join/19-meeting-HL0321\n\nRhea\n\nRhea Patel | HR Business Partner | Harbourline Freight\n\n-----Original Message-----\nFrom: Tom Reed\nSent: 06 March 2025 18:22\nSubject: RE: Stock Controller (Days) – Friday\n\nHi Rhea, Friday afternoon is perfect. Will it be on Teams?\n\nTom"),
    ],
    [
      '"see you at the café at 10 tomorrow" under a hiring manager\'s first message',
      mail('Carys Lloyd', 'carys.lloyd@fernleaf.example', 'Re: coffee tomorrow', "Great — see you at Bean Counter on Mill St at 10 tomorrow. I'll bring the one-pager on the Content Design Lead role.\n\nCarys\n\nCarys Lloyd\nHead of Design, Fernleaf\n\n> On Wed, Ben Ola wrote:\n> Hi Carys, tomorrow at 10 works. Where's best?\n>\n>> On Tue, Carys Lloyd wrote:\n>> Hi Ben, I'm hiring a Content Design Lead at Fernleaf and would love to grab a coffee. Around Thursday?"),
    ],
    [
      'a calendar card for a technical session, Accept · Tentative · Decline',
      mail('Ola Berg', 'ola.berg@fjellrobotics.example', 'Invitation: Technical session – Robotics Software Engineer @ Thu 20 Mar 2025 13:00–14:30 (GMT)', 'Technical session – Robotics Software Engineer\n\nWhen: Thursday 20 March 2025, 13:00 – 14:30 GMT\nWhere: Fjell Robotics, Lab 2\nOrganiser: Ola Berg\n\nDescription:\nHi Jade – as discussed, this is the technical session: walk us through your motor controller project.\n\nOla\n\nAccept · Tentative · Decline'),
    ],
    [
      'an updated calendar invitation, "sorry for the move"',
      mail('Priya Nair', 'priya.nair@helixhaven.example', 'Updated invitation: Chat with Priya – QC Lab Supervisor @ Wed 19 Mar 2025 14:00 – 14:45 (GMT)', 'This event has been changed.\n\nChat with Priya – QC Lab Supervisor\n\nWhen\nCHANGED: Wednesday 19 March 2025 ⋅ 14:00 – 14:45 (GMT)\n\nDescription\nSam – sorry for the move. Same plan: 30 mins with me on the QC Lab Supervisor role, then a tour of the labs. – P\n\nYes · No · Maybe'),
    ],
    [
      "a firm's notice above a rule, then the greeting and the request",
      mail('Farah Qadir', 'farah.qadir@ashcroftlane.example', 'Audit Senior | Ashcroft Lane', 'This communication is from Ashcroft Lane LLP, a limited liability partnership registered in England and Wales. If you have received this email in error, please notify us and delete it.\n\n________________________________________\n\nDear Ioana,\n\nThank you for your application for the Audit Senior position in our Bristol office. I\'d like to arrange a brief telephone interview. Would Tuesday at 11:00 or Wednesday at 15:00 suit you?\n\nKind regards,\nFarah Qadir\nRecruitment Advisor'),
    ],
  ];
  for (const [name, m] of cases) {
    it(name, () => {
      expect(detectInvitation(m).invite).toBe(true);
    });
  }
});

describe('near-misses', () => {
  it('a café "went with someone" after the trial shift, and asks the reader in for a coffee', () => {
    const d = detectInvitation(
      mail('Nell Hart', 'nell@thekettleroom.example', 'Thanks for Saturday', "Hi Luis,\n\nThanks so much for coming in for the trial shift on Saturday — the regulars loved you.\n\nIt was a really hard call, but we've gone with someone who has a bit more experience running the bar.\n\nYour pay for Saturday will go out with Friday's payroll. And pop in for a coffee on us any time.\n\nNell\nThe Kettle Room"),
    );
    expect(d.invite).toBe(false);
  });

  it('[fr] a student asks a manager for advice over a coffee', () => {
    const d = detectInvitation(
      mail('Hugo Marchal', 'hugo.marchal@mail.example', 'Question sur votre parcours – un café ?', "Bonjour Madame Perrin,\n\nJe suis étudiant en dernière année de master et je m'intéresse aux métiers des achats. Accepteriez-vous de m'accorder un entretien informel de 20 minutes, autour d'un café ou par téléphone, mardi ou jeudi prochain ? J'aimerais beaucoup avoir vos conseils sur votre parcours.\n\nMerci d'avance,\nHugo Marchal"),
    );
    expect(d.invite).toBe(false);
  });
});

describe('titles', () => {
  it('a text-message reminder: "your appointment for X is tomorrow"', () => {
    const x = extractInvitation(
      mail('Corran Freight', 'no-reply@ats.example.com', 'Reminder: your appointment tomorrow', 'CORRAN FREIGHT: Hi Ama, this is a reminder that your appointment for Yard Supervisor - Nights is tomorrow (Fri 21 Mar) at 1:00 PM. Reply C to confirm.'),
    );
    expect(x.role).toBe('Yard Supervisor - Nights');
  });

  it('[es] a long bracket of stack and terms after the title', () => {
    const x = extractInvitation(
      mail('Flor Ibarra', 'flor@surlabs.example', 'Búsqueda Backend en Sur Labs', 'Hola Nico, ¿cómo va?\n\nTenemos abierta la búsqueda de Desarrollador/a Backend Semi Senior (Go + PostgreSQL, 100% remoto desde cualquier punto del país). ¿Te copa que charlemos 20 minutos por Meet esta semana?\n\nAbrazo,\nFlor'),
    );
    expect(x.role).toBe('Desarrollador/a Backend Semi Senior');
  });

  it('[es] a lower-case "entrevista" before the title in the subject', () => {
    const x = extractInvitation(
      mail('Ane Etxeberria', 'ane@conservasbidasoa.example', 'Cambio de hora – entrevista Técnico/a de Laboratorio', 'Hola, Sergio:\n\nEl martes no vamos a poder vernos. ¿Te vendría bien el jueves 13 a las 10:30?\n\nUn saludo,\nAne Etxeberria\nRecursos Humanos\nConservas Bidasoa'),
    );
    expect(x.role).toBe('Técnico/a de Laboratorio');
  });
});
