// Role titles: a subject sentence that runs on across a dash ("choose a time for your X – Part-time
// interview"), the qualifier after a dash once the interview words before the title are gone, a long
// requisition bracket after the title, a workload percentage ("80–100 %", "Pensum 80 %"), the Swiss
// "Fachperson" titles, and the verb particle that ends a German sentence ("… als X ein."). Every mail
// here is invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

function role(fromName: string, fromEmail: string, subject: string, body: string) {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body }).role;
}

describe('role: a subject sentence that runs on across a dash', () => {
  it('reads "for your X – Q interview" whole', () => {
    expect(
      role(
        'Larkspur Hotels Careers',
        'no-reply@jobs.example.com',
        'Next step: book a time for your Night Auditor – Weekends interview',
        'Hi Jordan,\n\nThanks for your interest in Larkspur Hotels. Please book a 15-minute video call with our front office manager here: https://jobs.example.com/larkspur/book/5521\n\nLarkspur Hotels Talent Team',
      ),
    ).toBe('Night Auditor – Weekends');
  });

  it('reads a German sentence subject across the dash', () => {
    expect(
      role(
        'Claudia Brunner',
        'claudia.brunner@seeklinik.example',
        'Terminwahl für Ihr Vorstellungsgespräch als Fachperson Operationstechnik – Nachtdienst',
        'Guten Tag Herr Frei\n\nBitte teilen Sie uns mit, ob Ihnen Dienstag, 9. September, 10.00 Uhr passt.\n\nFreundliche Grüsse\nClaudia Brunner',
      ),
    ).toBe('Fachperson Operationstechnik – Nachtdienst');
  });

  it('takes no title from a sentence whose dash leads to a company', () => {
    expect(
      role(
        'Mara Lindqvist',
        'mara@harborfreight-logistics.example',
        'Thanks for your time – Harbor Freight Logistics',
        'Hi Sam,\n\nWe would like to interview you for the Dispatcher role on Thursday at 3pm.\n\nMara',
      ),
    ).toBe('Dispatcher');
  });
});

describe('role: the qualifier after a dash once the interview words are gone', () => {
  it('keeps the shift after "Entrevista para X –" and "Vorstellungsgespräch als X –"', () => {
    expect(
      role(
        'Supermercados Ipanema RH',
        'rh@ipanema-super.example',
        'Entrevista para Operador de Caixa – Turno Noite',
        'Olá Bruna,\n\nGostaríamos de conversar com você na quinta-feira às 14h na loja do Centro.\n\nAtenciosamente,\nRH Supermercados Ipanema',
      ),
    ).toBe('Operador de Caixa – Turno Noite');
    expect(
      role(
        'Jonas Keller',
        'jonas.keller@altstadtspital.example',
        'Ihr Vorstellungsgespräch als Pflegefachperson – Nachtdienst',
        'Grüezi Frau Amstutz\n\nWir freuen uns, Sie am Donnerstag um 14.00 Uhr bei uns zu begrüssen.\n\nFreundliche Grüsse\nJonas Keller',
      ),
    ).toBe('Pflegefachperson – Nachtdienst');
  });

  it('does not join the company after the dash, even when the sender signs a longer name', () => {
    expect(
      role(
        'Quillbrook Analytics Talent',
        'talent@quillbrook.example',
        'Confirmed: Interview for Data Engineer (Python) – Quillbrook Analytics',
        'Hello Ana,\n\nYour video interview is confirmed for Monday at 11:00.\n\nQuillbrook Analytics Talent',
      ),
    ).toBe('Data Engineer (Python)');
    expect(
      role(
        'Quillbrook Analytics Talent',
        'talent@quillbrook.example',
        'Payroll Officer – Quillbrook Analytics',
        'Hello Ana,\n\nCould you join us for an interview on Monday at 11:00?\n\nQuillbrook Analytics Talent',
      ),
    ).toBe('Payroll Officer');
  });
});

describe('role: a long requisition bracket after the title', () => {
  it('reads "application for X – Q (Req #, department, site) and would like"', () => {
    expect(
      role(
        'Stonebridge Medical Careers',
        'no-reply@careers.example.com',
        'Action required: your phone screen',
        "Hi Riley,\n\nWe've reviewed your application for Sterile Processing Technician – Evenings (Req #20417, Central Sterile Supply, Westbrook Campus) and would like to invite you to a phone screen. Pick a slot here: https://careers.example.com/sb/20417\n\nStonebridge Medical Talent Acquisition",
      ),
    ).toBe('Sterile Processing Technician – Evenings');
  });
});

describe('role: a workload percentage', () => {
  it('keeps "60-80%" after a dash in the subject and "Pensum 80 %" after a comma in the body', () => {
    expect(
      role(
        'Beatrice Huber',
        'beatrice.huber@treuhand-aare.example',
        'Ihre Bewerbung: Sachbearbeiterin Debitoren – 60-80%',
        'Guten Tag Frau Roth\n\nGerne laden wir Sie am Mittwoch um 9.00 Uhr zu einem Gespräch in Aarau ein.\n\nFreundliche Grüsse\nBeatrice Huber',
      ),
    ).toBe('Sachbearbeiterin Debitoren – 60-80%');
    expect(
      role(
        'Kita Sonnenhof',
        'info@kita-sonnenhof.example',
        'Einladung zum Vorstellungsgespräch',
        'Liebe Frau Gerber\n\nGerne möchten wir Sie für die Stelle als Fachperson Betreuung Kind, Pensum 80 %, kennenlernen. Passt Ihnen Freitag, 14.00 Uhr?\n\nHerzliche Grüsse\nKita Sonnenhof',
      ),
    ).toBe('Fachperson Betreuung Kind, Pensum 80 %');
  });

  it("keeps \"taux d'activité 80 %\" after a comma in French", () => {
    expect(
      role(
        'Caisse Lémanique RH',
        'rh@caisse-lemanique.example',
        'Invitation à un entretien',
        "Bonjour Madame Favre,\n\nNous aimerions vous rencontrer pour le poste de Gestionnaire de dossiers, taux d'activité 80 %, à Lausanne. Seriez-vous disponible mardi à 10h ?\n\nMeilleures salutations,\nRH Caisse Lémanique",
      ),
    ).toBe("Gestionnaire de dossiers, taux d'activité 80 %");
  });

  it('does not take a commission or travel share for a workload', () => {
    expect(
      role(
        'Roland Vogt',
        'roland.vogt@moebel-vogt.example',
        'Kundenberater – 100% Provision',
        'Guten Tag Herr Meier\n\nHätten Sie am Montag um 10 Uhr Zeit für ein Gespräch?\n\nGruss\nRoland Vogt',
      ),
    ).toBe('Kundenberater');
    expect(
      role(
        'Dana Whitfield',
        'dana@brightline-supply.example',
        'Tuesday?',
        "Hi Chris,\n\nWe'd like you to interview for the role of Territory Sales Representative, 30% travel, covering the North West. Could you come in on Tuesday at 2pm?\n\nDana",
      ),
    ).toBe('Territory Sales Representative');
  });
});

describe('role: Swiss "Fachperson" titles and the closing verb particle', () => {
  it('reads "Pflegefachperson" as a title and leaves out the "ein" of "laden Sie … ein"', () => {
    expect(
      role(
        'Ursula Wenger',
        'ursula.wenger@spital-thunersee.example',
        'Einladung',
        'Grüezi Herr Bachmann\n\nGerne laden wir Sie zu einem Gespräch für die Stelle als Pflegefachperson HF Notfall ein.\n\nTermin: Dienstag, 2. September, 15.00 Uhr\n\nFreundliche Grüsse\nUrsula Wenger',
      ),
    ).toBe('Pflegefachperson HF Notfall');
  });
});
