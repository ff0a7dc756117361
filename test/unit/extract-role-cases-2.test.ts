// Role cases the first rules missed: lower-case titles small businesses write, a booking tool's event
// line, a lower-case qualifier after a dash, a possessive that is no title head, and an interview
// word before the title in a subject. Every mail here is invented for these tests (not from the corpus).
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

function extract(fromName: string, fromEmail: string, subject: string, body: string) {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body });
}

describe('role: lower-case, relayed and qualified titles', () => {
  it('takes a lower-case subject that is only the title when the body repeats it', () => {
    const x = extract('Gus Ferreira', 'gus@gusdiner.example', 'Re: prep cook', 'Hey Tom,\n\nGot your note about prep cook. Can you come by Tuesday at 3?\n\nGus');
    expect(x.role).toBe('prep cook');
  });

  it('takes "the <lower-case title> role" in casual mail', () => {
    const x = extract('Ines Park', 'ines@loomcraft.example', 'quick call?', 'hey Ari! saw your application for the first backend engineer role, love your side projects. free for 20 min thursday?\n\nines');
    expect(x.role).toBe('first backend engineer');
  });

  it('reads the title at the end of a booking tool\'s event line', () => {
    const x = extract(
      'Bookwell',
      'alerts@bookwell.example',
      'Booked: Intro call with Tamsin Okoro',
      'Hi Ravi,\n\nYour meeting is booked.\n\nEvent type: Intro call — Lead Gameplay Programmer\nHost: Tamsin Okoro (Quarry Lane Games)\nWhen: Thursday 3 July, 10:00–10:30\n\nPowered by Bookwell',
    );
    expect(x.role).toBe('Lead Gameplay Programmer');
  });

  it('keeps a lower-case qualifier after a dash ("– temps partiel")', () => {
    const x = extract(
      'Ville de Rivière-Claire – Dotation',
      'dotation@ats.example.com',
      'Convocation à une entrevue',
      "Bonjour,\n\nÀ la suite de l'analyse de votre candidature pour le poste de Préposé(e) aux loisirs – temps partiel, nous vous convoquons à une entrevue mardi à 9 h.\n\nService des ressources humaines",
    );
    expect(x.role).toBe("Préposé(e) aux loisirs – temps partiel");
  });

  it('does not take a possessive ("Workers\' Compensation") as a title of its own', () => {
    const x = extract(
      'Dana Price',
      'dana.price@kestrelmutual.example',
      "Panel interview – Senior Case Manager – Workers' Compensation (Geelong)",
      "Hi Lou,\n\nYou've progressed to the panel interview for the Senior Case Manager – Workers' Compensation role based in Geelong. Does Tuesday at 10 suit?\n\nKind regards,\nDana",
    );
    expect(x.role?.startsWith("Senior Case Manager – Workers' Compensation")).toBe(true);
  });

  it('drops the interview word before a German title in the subject and keeps the body\'s qualifier', () => {
    const x = extract(
      'Jana Roth',
      'jana.roth@elbufer-bank.example',
      'AW: Vorstellungsgespräch Kreditanalyst (m/w/d) – neuer Termin',
      'Sehr geehrte Frau Aydin,\n\ngerne verschieben wir Ihr Vorstellungsgespräch für die Position Kreditanalyst (m/w/d) – Firmenkunden wie gewünscht. Passt Ihnen Dienstag, 10 Uhr?\n\nMit freundlichen Grüßen\nJana Roth',
    );
    expect(x.role).toBe('Kreditanalyst (m/w/d) – Firmenkunden');
  });
});
