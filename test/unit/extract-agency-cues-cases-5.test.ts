// Agencies and in-house recruiters: "partnering exclusively with X" names the client; an employer's own
// "People & Recruiting" team is no agency, so a noun in its text ("für Pflegeheime") is no client.
// Every mail here is invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

function company(fromName: string, fromEmail: string, subject: string, body: string) {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body }).company;
}

describe('company: agency cues', () => {
  it('reads "partnering exclusively with X" as the client', () => {
    expect(
      company(
        'Gwen Harlow',
        'gwen.harlow@summitplacements.example',
        'Process Engineer (ISO 13485)',
        "Hi Raj,\n\nI'm a recruiter with Summit Placements, and I'm partnering exclusively with Kestrel Medical Devices on a Process Engineer (ISO 13485) opening at their Leeds plant. Would you have 15 minutes tomorrow for a quick call?\n\nThanks,\nGwen Harlow\nSenior Recruiter\nSummit Placements",
      ),
    ).toBe('Kestrel Medical Devices');
  });

  it('keeps an in-house "People & Recruiting" team\'s own company', () => {
    expect(
      company(
        'Lukas Brenner',
        'lukas@taktwerk.example',
        'Backend Lead bei Taktwerk – kurzer Call?',
        'Hi Eva,\n\nich kümmere mich bei Taktwerk ums Recruiting. Wir bauen eine Routen-App für Pflegedienste und suchen eine:n Backend Lead (Go) für unser Team in Dresden. Lust auf ein Kennenlernen per Video?\n\nLiebe Grüße\nLukas\n\nLukas Brenner\nPeople & Recruiting | Taktwerk',
      ),
    ).toBe('Taktwerk');
  });
});
