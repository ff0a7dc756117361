// The coordinator a system mail names ("Coordinated by …", "Ansprechpartnerin bei Fragen: …") and an
// agency's subject that ends in a town, not a client ("… – Sevilla" when the signature's address is
// "41001 Sevilla"). Invented mails.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

const extract = (name: string, email: string, subject: string, body: string) => extractInvitation({ from: { name, email }, subject, body });

describe('contact: the coordinator a system mail names', () => {
  it('reads "Coordinated by <Name>", not a word of the title', () => {
    const x = extract(
      'Larchmont Freight Recruiting',
      'no-reply@ats.example.com',
      'Your interview has been rescheduled – Yard Marshal – Sunday Mornings',
      'Hi Eli,\n\nYour interview for Yard Marshal – Sunday Mornings at Larchmont Freight has moved.\n\nNew time: Monday, 3 November, 9:00 AM\n\nCoordinated by Priya Nair, Recruiting Coordinator – priya.nair@larchmont.example\n\nPlease do not reply to this message.',
    );
    expect(x.contactFirstName).toBe('Priya');
  });

  it('reads "Ansprechpartnerin bei Fragen: <Name>"', () => {
    const x = extract(
      'Bäckerei Kornmann Karriere',
      'bewerbung@ats.example.com',
      'Terminbestätigung: Ausbildung Bäcker (m/w/d)',
      'Hallo Jonas,\n\ndein Termin für das Kennenlerngespräch ist bestätigt: Dienstag, 4.11., 10:00 Uhr in der Backstube.\n\nDeine Ansprechpartnerin bei Fragen: Miriam Voss, Ausbildungsleitung, Tel. 0521 555 120\n\nDein Team der Bäckerei Kornmann',
    );
    expect(x.contactFirstName).toBe('Miriam');
  });
});

describe('company: an agency whose subject ends in a town', () => {
  it('names the agency when the client is unnamed and the town is the one in its address', () => {
    const x = extract(
      'Lucía Ortega',
      'lortega@talentiaiberia.example',
      'Proceso confidencial – Director/a Financiero/a – Sevilla',
      'Hola Marta:\n\nTe escribo desde Talentia Iberia. Acompañamos a un grupo industrial, cuyo nombre aún no puedo compartir, en la búsqueda de un/a Director/a Financiero/a para su sede de Sevilla.\n\n¿Tendrías un rato el jueves a las 12:00 para una primera entrevista telefónica?\n\nUn saludo,\n\nLucía Ortega\nSocia – Finanzas\nTalentia Iberia S.L.\nAvenida de la Constitución 10, 41001 Sevilla',
    );
    expect(x.company).toBe('Talentia Iberia');
  });
});
