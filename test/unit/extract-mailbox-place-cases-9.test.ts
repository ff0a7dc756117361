// Small employers writing from a personal mailbox ("…@mailbox.example" stands for a mail provider):
// the provider is never the company, the writer's introduction names it. A coordinator named by first
// name with their post between commas. A town after a dash in the subject, or "a client in <town>",
// is where the job is: neither the agency's client nor part of the title. Invented mails.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

const extract = (name: string, email: string, subject: string, body: string) => extractInvitation({ from: { name, email }, subject, body });

describe('company: a personal mailbox', () => {
  it('takes the employer from the writer introducing themselves, never the mail provider', () => {
    expect(extract('Dele', 'dele.okoro@mailbox.example', 'cashier', 'hi its Dele @ Green Basket Stores - can u come in sat 9am for the Cashier job? bring ID').company).toBe('Green Basket Stores');
    expect(extract('Ama', 'ama.b@gmail.example', 'Interview', 'Good afternoon Kofi, this is Ama from Sunrise Pharmacy. Please come for interview on Tuesday at 11am for the Dispensary Assistant role.').company).toBe('Sunrise Pharmacy');
  });

  it('names no company when the mail gives none', () => {
    expect(extract('Chidi', 'chidi77@mailbox.example', 'Tomorrow', 'Can you come in tomorrow at 10 for a chat about the driver job? Chidi').company).toBeNull();
  });
});

describe('contact: a first name with the post between commas', () => {
  it('reads "Text <Name>, our hiring coordinator, at <phone>"', () => {
    const x = extract(
      'Saltmarsh Diner Hiring',
      'jobs-noreply@ats.example.com',
      'Pick your interview time at Saltmarsh Diner - Dishwasher (Weekends)',
      'Hi Theo!\n\nThanks for applying to be a Dishwasher (Weekends) at Saltmarsh Diner. Tap below to pick a time for a 10-minute interview: https://ats.example.com/sd/i/1\n\nRunning late? Text Marisol, our hiring coordinator, at (207) 555-0143.\n\nSaltmarsh Diner',
    );
    expect(x.contactFirstName).toBe('Marisol');
  });
});

describe('a town is where the job is', () => {
  it('an agency with "a client in <town>" names itself, and the title loses the town', () => {
    const x = extract(
      'Jared Cole',
      'jared@keystonelabour.example',
      'Warehouse Supervisor - Port Melbourne - start Monday',
      "Hi Sione,\n\nJared from Keystone Labour. Got a client in Port Melbourne (can't name them yet) after a Warehouse Supervisor, nights, $38/hr.\n\nCan you pop into our office tomorrow for a quick chat? Anytime 9-12.\n\nJared\nKeystone Labour",
    );
    expect(x.company).toBe('Keystone Labour');
    expect(x.role).toBe('Warehouse Supervisor');
  });

  it('a town after the title in the subject is not part of it when the address names it', () => {
    const x = extract(
      'Inês Moreira',
      'ines.moreira@farmaciaboavista.example',
      'Entrevista – Técnico(a) de Farmácia – Braga',
      'Olá Rui,\n\nGostaríamos de o convidar para uma entrevista para a vaga de Técnico(a) de Farmácia na quinta-feira às 10h.\n\nCumprimentos,\nInês Moreira\nFarmácia Boavista\nRua do Souto 12, 4700-329 Braga',
    );
    expect(x.role).toBe('Técnico(a) de Farmácia');
  });
});
