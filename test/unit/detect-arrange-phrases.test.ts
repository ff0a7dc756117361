// "We would like to schedule an interview" was an invitation only in English: the same request in
// Spanish, French, German and Portuguese scored as a mere mention of an interview, and a short mail
// saying nothing else was missed. And the writer's promise to get in touch "if you meet the
// requirements … to schedule an interview" is no invitation, whichever language says it; nor is
// it when the condition stands inside the sentence. Mails invented for these tests.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import { extractInvitation } from '../../src/core/extract/index';
import { from } from './helpers/mail';

describe('asking to arrange an interview, in every language', () => {
  it('[es] "nos gustaría agendar una entrevista"', () => {
    const d = detectInvitation({
      from: from('Paula Ríos', 'paula.rios@gruporamos.example'),
      subject: 'Entrevista',
      body: 'Hola Ana,\n\nNos gustaría agendar una entrevista para el puesto de Analista de Datos el jueves a las 15:00.\n\nSaludos,\nPaula\nGrupo Ramos',
    });
    expect(d.invite).toBe(true);
    expect(d.signals).toContain('invites you to a next step');
  });

  it('[fr] "nous souhaiterions organiser un entretien"', () => {
    const d = detectInvitation({
      from: from('Paul Renard', 'p.renard@ramos-conseil.example'),
      subject: 'Entretien',
      body: "Bonjour Ana,\n\nNous souhaiterions organiser un entretien pour le poste d'analyste jeudi à 15h.\n\nCordialement,\nPaul\nRamos Conseil",
    });
    expect(d.invite).toBe(true);
  });

  it('[de] "ein Vorstellungsgespräch … mit Ihnen vereinbaren", the verb at the end', () => {
    const d = detectInvitation({
      from: from('Paula Ramm', 'p.ramm@ramm-logistik.example'),
      subject: 'Vorstellungsgespräch',
      body: 'Hallo Frau Berger,\n\nwir möchten gern ein Vorstellungsgespräch für die Stelle als Datenanalystin mit Ihnen vereinbaren, am Donnerstag um 15 Uhr.\n\nViele Grüße\nPaula Ramm\nRamm Logistik GmbH',
    });
    expect(d.invite).toBe(true);
  });

  it('[pt] "gostaríamos de marcar uma entrevista"', () => {
    const d = detectInvitation({
      from: from('Paula Ramos', 'paula@gruporamos.example'),
      subject: 'Entrevista',
      body: 'Olá Ana,\n\nGostaríamos de marcar uma entrevista para Analista de Dados Júnior na quinta às 15h.\n\nAbraço,\nPaula\nGrupo Ramos',
    });
    expect(d.invite).toBe(true);
  });
});

describe('a promise to arrange one, under a condition inside the sentence', () => {
  it('an acknowledgement: "and, if you meet the requirements, we will contact you … to schedule an interview"', () => {
    const d = detectInvitation({
      from: from('People Team', 'jobs@ferreteria-norte.example'),
      subject: 'We received your application – Store Supervisor',
      body: 'Hi Itzel!\n\nThanks for applying to the Store Supervisor vacancy at our San Nicolas branch.\n\nOur People team will review your profile and, if you meet the requirements, we will contact you by phone within 10 business days to schedule an interview.\n\nGood luck!\nPeople Team\nFerretería Norte\n\nThis email is sent automatically; please do not reply.',
    });
    expect(d.invite).toBe(false);
  });

  it('[es] "revisaremos tu perfil y, si encaja, te contactaremos para agendar una entrevista"', () => {
    const d = detectInvitation({
      from: from('Selección Hotel Marina', 'seleccion@hotelmarina.example'),
      subject: 'Hemos recibido tu candidatura',
      body: 'Hola Ana,\n\nGracias por tu candidatura a Recepcionista de Noche. Revisaremos tu perfil y, si encaja con lo que buscamos, te contactaremos la próxima semana para agendar una entrevista.\n\nUn saludo,\nEquipo de Selección\nHotel Marina',
    });
    expect(d.invite).toBe(false);
  });
});

describe('the title named by the interview step in Spanish', () => {
  it('"la entrevista de Diseñadora UX" gives the title', () => {
    const x = extractInvitation({
      from: from('Rodrigo Salinas', 'rodrigo@tallo.example'),
      subject: 'Cambio de horario',
      body: 'Hola Valeria,\n\nNo voy a poder el jueves a las 12 para la entrevista de Diseñadora UX. ¿Te acomoda el viernes 12 a las 10:00?\n\nSaludos,\nRodrigo Salinas\nDirector de Diseño – Tallo Digital',
    });
    expect(x.role).toBe('Diseñadora UX');
  });
});
