// Contracting and locum agencies that name their client without "my client": the client in
// apposition after an article, a person of the client's, a job at the client, the client acting,
// and a subject that calls the meeting the client's. Every mail here is invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

function company(fromName: string, fromEmail: string, subject: string, body: string) {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body }).company;
}

describe('company: agencies naming the client', () => {
  it('reads "el cliente, X," as the client of a consultancy', () => {
    expect(
      company(
        'Lorena Vidal',
        'lorena.vidal@arbotec.example',
        'Propuesta de entrevista – Analista Funcional SAP',
        'Hola, Marta:\n\nEl cliente, Transportes Garrigues, ha revisado tu perfil para el proyecto de Analista Funcional SAP y quiere conocerte el lunes a las 10:00.\n\n¿Te va bien?\n\nUn saludo,\nLorena\n\nLorena Vidal\nKey Account Manager · Arbotec Consultores',
      ),
    ).toBe('Transportes Garrigues');
  });

  it('reads "der Kunde" as an agency and the subject\'s "Kundentermin X" as its client', () => {
    expect(
      company(
        'Uwe Sander',
        'u.sander@sander-it.example',
        'Kundentermin Kreiswerke Ostholm – Java-Entwickler (m/w/d)',
        'Hallo Herr Aydin,\n\nich habe Ihr Profil wie besprochen bei den Kreiswerken Ostholm eingereicht, und der Kunde möchte Sie gerne am Dienstag um 10 Uhr kennenlernen.\n\nMit freundlichen Grüßen\n\nUwe Sander\nGeschäftsführer\nSander IT-Projekte GmbH',
      ),
    ).toBe('Kreiswerke Ostholm');
  });

  it('takes the employer of the person whose message is forwarded ("from Mirela at X")', () => {
    expect(
      company(
        'Tom Reyes',
        'tom@northgate-it.example',
        'Fwd: next step – Data Engineer',
        "Hi Sam,\n\nSee below from Petra at Harwell Savings – she'd like to meet you on Tuesday at 10:00 for the Data Engineer (Contract, 6 months, Inside IR35) role.\n\nCheers,\nTom\n\nTom Reyes\nDelivery Consultant | Northgate IT",
      ),
    ).toBe('Harwell Savings');
  });

  it('takes the hospital a locum post is at ("a Locum X (…) at St Y Hospital")', () => {
    expect(
      company(
        'Ola Bello',
        'ola.bello@crestlocums.example',
        'Locum Anaesthetist – St Brannoc Hospital, 2 months',
        "Hi Dr Kay,\n\nI have an urgent requirement for a Locum Consultant Anaesthetist (Obstetrics) at St Brannoc Hospital in Exeter. Are you free for a quick call today?\n\nKind regards,\nOla\n\nOla Bello\nSenior Consultant\nCrest Locums",
      ),
    ).toBe('St Brannoc Hospital');
  });

  it('reads the client acting ("X would like to meet you") in day-rate contract mail', () => {
    expect(
      company(
        'Nina Holm',
        'nina@ratecard.example',
        'React contract',
        'Hi Leo,\n\nGreat news – Birchfield Media would like to meet you on Thursday at 11:00 about the React Developer contract. Day rate as discussed.\n\nThanks,\nNina\n\nNina Holm\nContract Recruiter | Ratecard',
      ),
    ).toBe('Birchfield Media');
  });

  it('keeps the in-house employer when its hiring manager is named ("the hiring manager, Beatriz Solano")', () => {
    expect(
      company(
        'Hanna Berg',
        'hanna.berg@lindqvarn.example',
        'Your internal application – Content Program Manager',
        "Hi Kenji,\n\nThanks for applying through the internal job board. The hiring manager, Beatriz Solano, would like to meet you. Beatriz is in Madrid, so she's offered Tuesday at 08:00 CET.\n\nBest,\nHanna\n\nHanna Berg\nInternal Talent Mobility · Lindqvarn",
      ),
    ).toBe('Lindqvarn');
  });

  it("takes the client from an agency's subject ('Title | Client') when the body names none", () => {
    expect(
      company(
        'Rui Tavares',
        'rui.tavares@portotalent.example',
        'RE: Oportunidade – Diretor Financeiro | Lacticínios Serra Verde',
        'Bom dia, Ana,\n\nO cliente gostou muito do seu perfil e gostaria de a conhecer na próxima terça-feira às 10h00.\n\nConsegue confirmar?\n\nCumprimentos,\nRui Tavares\nSenior Consultant | Porto Talent',
      ),
    ).toBe('Lacticínios Serra Verde');
  });

  it("keeps the agency when the subject's segment is the title's specialism, written again in the text", () => {
    expect(
      company(
        'Ian Moss',
        'ian.moss@deepwell-recruitment.example',
        'Senior Drilling Engineer – Well Intervention',
        'Hi Sam,\n\nI am recruiting a Senior Drilling Engineer – Well Intervention for an operator in Aberdeen. Free for a call on Monday?\n\nIan Moss\nDeepwell Recruitment',
      ),
    ).toBe('Deepwell Recruitment');
  });
});
