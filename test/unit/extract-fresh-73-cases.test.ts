// Fields the unseen batch fresh-73 (written to test extraction) got wrong: an agency that states its
// client outright ("The client is …", "El cliente es …", "Unser Mandant ist die …", "O cliente é a
// …"), a no-reply display name that is only "Candidate Notifications", a lower-case brand after
// "at" in the subject, and a bookseller's title. Mails invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';
import { from } from './helpers/mail';

describe('an agency that states its client', () => {
  it('"The client is …"', () => {
    const x = extractInvitation({
      from: from('Nadia Ferris', 'nadia.ferris@northgate-talent.example'),
      subject: 'Production Planner – opportunity in Corby',
      body: "Hi Owen,\n\nI'm a consultant at Northgate Talent and I'm recruiting for a Production Planner role.\n\nThe client is Wrenfield Packaging, a family-owned manufacturer near Corby.\n\nCould we have a quick call tomorrow between 12 and 2?\n\nNadia Ferris\nSenior Consultant\nNorthgate Talent",
    });
    expect(x.company).toBe('Wrenfield Packaging');
  });

  it('[es] "El cliente es …"', () => {
    const x = extractInvitation({
      from: from('Itziar Goñi', 'itziar.goni@talentonorte.example'),
      subject: 'Jefe/a de Bodega – Rioja',
      body: 'Hola Marc:\n\nSoy consultora en Talento Norte y llevo un proceso para un puesto de Jefe/a de Bodega.\n\nEl cliente es Viñedos Arlanza, una bodega familiar con presencia en 15 países.\n\n¿Te vendría bien una llamada el miércoles por la tarde?\n\nItziar Goñi\nConsultora Senior\nTalento Norte',
    });
    expect(x.company).toBe('Viñedos Arlanza');
  });

  it('[de] "Unser Mandant ist die …"', () => {
    const x = extractInvitation({
      from: from('Jonas Wirth', 'jonas.wirth@talenthaus-nord.example'),
      subject: 'Projektleiter (m/w/d) Anlagenbau – Gesprächstermin',
      body: 'Hallo Herr Brandt,\n\nwie besprochen habe ich Ihr Profil für die Position Projektleiter (m/w/d) Anlagenbau weitergegeben.\n\nUnser Mandant ist die Halvers Anlagentechnik aus Bielefeld. Der Bereichsleiter würde Sie gern am Dienstag um 10 Uhr per Teams kennenlernen.\n\nBeste Grüße\nJonas Wirth\nTalenthaus Nord Personalberatung',
    });
    expect(x.company).toBe('Halvers Anlagentechnik');
  });

  it('"Our client is a European-listed group" names no client: the agency is named', () => {
    const x = extractInvitation({
      from: from('Wei Tan', 'wei.tan@meranti-search.example'),
      subject: 'Head of Logistics, APAC – confidential',
      body: 'Dear Mr Lim,\n\nOur client is a European-listed consumer goods company with a regional headquarters in Singapore, and they are looking to appoint a Head of Logistics, APAC. Would you be open to a confidential call this week?\n\nWei Tan\nPartner\nMeranti Search Partners',
    });
    expect(x.company).toBe('Meranti Search Partners');
  });
});

describe('system mail and subjects', () => {
  it('a no-reply "Candidate Notifications" display name is no company; the footer names it', () => {
    const x = extractInvitation({
      from: from('Candidate Notifications', 'notifications@ats.example.com'),
      subject: 'Next step: complete your recorded video interview',
      body: 'Hello Jonas,\n\nThanks for your interest in the Account Executive – Nordics role. The next step is a short recorded video interview: https://ats.example.com/v/ae-771\n\n—\n© Tallis Metrics. You are receiving this message because you applied for a role at Tallis Metrics.',
    });
    expect(x.company).toBe('Tallis Metrics');
  });

  it('a lower-case brand after "at" in the subject is no part of the title', () => {
    const x = extractInvitation({
      from: from('Ravi Menon', 'ravi@mail.example'),
      subject: 'Senior Data Engineer at quillnote — quick chat?',
      body: 'hi Ana,\n\nwould love to chat about joining us. free thursday at 4?\n\nravi\nhead of data, quillnote',
    });
    expect(x.role).toBe('Senior Data Engineer');
  });

  it('"Bookseller (Saturdays)"', () => {
    const x = extractInvitation({
      from: from('Hetty Marsh', 'hetty@lanternbooks.example'),
      subject: 'Bookseller (Saturdays) – come in for a chat?',
      body: 'Hi Sam,\n\nThanks for dropping your CV in. Could you come in on Tuesday at 10 for a chat?\n\nHetty\nLantern Books',
    });
    expect(x.role).toBe('Bookseller (Saturdays)');
  });
});
