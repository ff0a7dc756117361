// Detection cases first missed on independently written batches (fresh-1, fresh-2): colloquial
// availability, job context from the quoted thread, a cancellation whose subject moves the meeting,
// and a near-miss word that is only the sender's own name.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';

describe('detectInvitation on phrasing first seen in fresh batches', () => {
  it('"you free Thurs 11am for a chat … re the X role?" is an invitation', () => {
    const d = detectInvitation({
      from: { name: 'Sam Whitaker', email: 'sam@gridlock.example' },
      subject: 'quick one',
      body: 'Hey Ilse — you free Thurs 11am for a chat with our CTO re the Backend Engineer role? 30 mins on Meet.\n\n—Sam',
    });
    expect(d.invite).toBe(true);
  });

  it('a second meeting in a reply thread gets its job context from the quoted application', () => {
    const d = detectInvitation({
      from: { name: 'Lorraine Beck', email: 'lorraine@pellham.example' },
      subject: 'Re: Next week',
      body: "Hi Dev,\n\nThe team enjoyed meeting you. We'd love to have you back for a second conversation with our Finance Director. Would Tuesday or Wednesday morning suit?\n\nLorraine\n\n> On 2 June, Dev Malhotra wrote:\n> Dear Lorraine, please find attached my application for the Junior Accountant vacancy.",
    });
    expect(d.invite).toBe(true);
  });

  it('a cancellation with new times under a "postponed" subject is a reschedule', () => {
    const d = detectInvitation({
      from: { name: 'Mathieu Roux', email: 'mathieu@atelier-sauvage.example' },
      subject: 'Report de notre rendez-vous',
      body: "Bonjour Inès,\n\nJe dois annuler notre entretien de demain pour le poste d'Assistante de Direction. Pourriez-vous être disponible mercredi à 15h ou jeudi à 9h30 ?\n\nMathieu Roux\nGérant - Atelier Sauvage",
    });
    expect(d.invite).toBe(true);
  });

  it('the same cancellation without new times stays a near-miss', () => {
    const d = detectInvitation({
      from: { name: 'Mathieu Roux', email: 'mathieu@atelier-sauvage.example' },
      subject: 'Annulation',
      body: "Bonjour Inès,\n\nJe dois annuler notre entretien pour le poste d'Assistante de Direction : le poste est gelé.\n\nMathieu Roux\nGérant - Atelier Sauvage",
    });
    expect(d.invite).toBe(false);
  });
});
