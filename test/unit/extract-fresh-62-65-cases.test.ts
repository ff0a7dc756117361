// Fields the unseen batches fresh-62 to fresh-65 got wrong: titles whose head word no list held
// ("Night Shift CNA", "Chofer de reparto", "Outside Sales Rep", "Moving Crew Member"), a signature's
// post read as the company ("Encarregado de Frota", "Pflegedienstleitung"), a legal form alone
// ("S.L.") and an employer whose name opens with a title word ("Farmacéutica Almagro"), a display
// name's initials the text spells out, a region or a stock index taken for an agency's client, a
// temp agency's "Mission cariste" over the body's full title, and a place after the subject's dash.
// Mails invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';
import { from } from './helpers/mail';

describe('titles whose head word is an abbreviation, a trade or a paired word', () => {
  it('"our Weekend CNA opening"', () => {
    const x = extractInvitation({
      from: from('Carla Webb', 'cwebb@birchgrovecare.example'),
      subject: 'Your application - Birch Grove',
      body: 'Good morning Tasha,\n\nThank you for applying for our Weekend CNA opening. We would like you to come in for an interview on Monday at 10:00 am.\n\nCarla Webb, RN\nDirector of Nursing\nBirch Grove Care Center',
    });
    expect(x.role).toBe('Weekend CNA');
  });

  it('[es] "el puesto de Chofer de reparto"', () => {
    const x = extractInvitation({
      from: from('Iván Ortega', 'iortega@fletesdelnorte.example'),
      subject: 'Entrevista',
      body: 'Hola Luis,\n\nGracias por tu solicitud para el puesto de Chofer de reparto para la zona centro. Te invitamos a una entrevista el martes a las 9:00 en la bodega.\n\nSaludos,\nIván Ortega\nJefe de Tráfico\nFletes del Norte',
    });
    expect(x.role).toBe('Chofer de reparto');
  });

  it('"the Inside Sales Rep - Trade Accounts job", but a union\'s "Reps meeting" is no title', () => {
    const x = extractInvitation({
      from: from('Dana Ruiz', 'dana@harlanlumber.example'),
      subject: 'Next step',
      body: 'Hi Cole,\n\nThanks for coming in. The last step for the Inside Sales Rep - Trade Accounts job is a sit-down with our owner. He has Friday 8am or Monday 3pm.\n\nDana Ruiz\nSales Manager\nHarlan Lumber',
    });
    expect(x.role).toBe('Inside Sales Rep - Trade Accounts');
    const union = extractInvitation({
      from: from('Gary Hale', 'gary.hale@branch-12.example'),
      subject: 'Reps meeting Tuesday',
      body: 'Hi all,\n\nReps meeting Tuesday 17:30 at the branch office about the redeployment interviews.\n\nGary',
    });
    expect(union.role).toBeNull();
  });
});

describe('the company line of a signature', () => {
  it('[pt] a foreman\'s post above the company is not the company', () => {
    const x = extractInvitation({
      from: from('Márcio Lopes', 'marcio@valedosulcargas.example'),
      subject: 'Entrevista - vaga de motorista',
      body: 'Bom dia Sr. Paulo,\n\nRecebemos seu currículo para a vaga de Motorista Truck. Gostaríamos de agendar uma entrevista na terça às 8h na nossa garagem.\n\nAtt,\nMárcio Lopes\nEncarregado de Frota\nCargas Vale do Sul',
    });
    expect(x.company).toBe('Cargas Vale do Sul');
  });

  it('[de] "Pflegedienstleitung" is a post, and "gGmbH" a legal form', () => {
    const x = extractInvitation({
      from: from('Jana Busch', 'j.busch@haus-birkenhain.example'),
      subject: 'Einladung zum Vorstellungsgespräch – Pflegehelfer (m/w/d)',
      body: 'Sehr geehrter Herr Kraus,\n\ngerne möchten wir Sie zu einem Vorstellungsgespräch einladen: Mittwoch, 8. Mai, 10:00 Uhr.\n\nMit freundlichen Grüßen\n\nJana Busch\nPflegedienstleitung\nSeniorenhaus Birkenhain gGmbH',
    });
    expect(x.company).toBe('Seniorenhaus Birkenhain');
  });

  it('[es] a name that opens with a title word, and the legal form alone in the footer', () => {
    const x = extractInvitation({
      from: from('Nuria Gil', 'nuria.gil@lebrijafarma.example'),
      subject: 'Entrevista – Técnico de Calidad',
      body: 'Hola, Pablo:\n\nTe escribo desde el departamento de Personas de Farmacéutica Lebrija. Te propongo una entrevista el jueves a las 10:00.\n\nUn saludo,\n\nNuria Gil\nTécnica de Selección\nFarmacéutica Lebrija\n\nAVISO: Este mensaje es confidencial. Farmacéutica Lebrija, S.L.',
    });
    expect(x.company).toBe('Farmacéutica Lebrija');
  });

  it('a no-reply display name\'s initials spelled out in the text', () => {
    const x = extractInvitation({
      from: from('Lakeside CSD Employment', 'noreply@ats.example.com'),
      subject: 'Interview scheduling - Bus Driver',
      body: 'Dear Applicant,\n\nLakeside Community School District has reviewed your application for Bus Driver. Please select an interview time: https://ats.example.com/lakeside/interview/77\n\nPlease do not reply to this email.',
    });
    expect(x.company).toBe('Lakeside Community School District');
  });
});

describe("an agency's unnamed client", () => {
  it('a region the text sets before "site" and a stock index are no client', () => {
    const x = extractInvitation({
      from: from('Ross Lennox', 'ross.lennox@harcourtvane.example'),
      subject: 'Interim Head of Tax – 6 months – East Midlands',
      body: 'Hi Priya,\n\nMy client, a FTSE 250 engineering group, needs an Interim Head of Tax for six months.\n\n- East Midlands site, 3 days on site\n- Start: February\n\nCan we speak this afternoon?\n\nRoss\n\nRoss Lennox\nDirector – Interim Tax\nHarcourt Vane',
    });
    expect(x.company).toBe('Harcourt Vane');
  });
});

describe('subject forms beside a fuller body form', () => {
  it('[fr] a temp agency\'s "Mission cariste" yields to the body\'s full title', () => {
    const x = extractInvitation({
      from: from('Lucie Martin', 'l.martin@interimlitoral.example'),
      subject: 'Mission cariste - Entrepôts Duval',
      body: "Bonjour M. Haddad,\n\nJe vous confirme un entretien avec Entrepôts Duval pour le poste de Cariste CACES 5 (équipe du matin), mardi à 10h.\n\nCordialement,\nLucie Martin\nChargée de recrutement\nIntérim Littoral",
    });
    expect(x.role).toBe('Cariste CACES 5 (équipe du matin)');
  });

  it('[es] the body\'s longer form of the words before the subject\'s dash', () => {
    const x = extractInvitation({
      from: from('Paola Treviño', 'paola@norteamerica-log.example'),
      subject: '¿Platicamos? Vacante Analista de Inventarios – Saltillo',
      body: 'Hola Diego,\n\nTenemos abierta la vacante de Analista de Inventarios Regionales para nuestro CEDIS. ¿Te late que platiquemos el jueves a las 11:00?\n\nSaludos,\nPaola Treviño\nAtracción de Talento | Norteamérica Logística',
    });
    expect(x.role).toBe('Analista de Inventarios Regionales');
  });
});
