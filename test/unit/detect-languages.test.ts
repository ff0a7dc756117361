// The detector on short invitations and near-misses written for these tests, in each language.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';

const person = (name: string, email: string) => ({ name, email });

describe('detectInvitation: one invitation and one near-miss per language', () => {
  const cases = [
    {
      lang: 'en',
      invite: {
        from: person('Maya Brooks', 'maya.brooks@harlowfoods.example'),
        subject: 'Interview – Category Analyst',
        body: 'Hi Sam,\n\nThanks for applying for the Category Analyst role at Harlow Foods. We would like to invite you to a 45-minute video interview with our category team. Would Tuesday at 10:00 or Wednesday at 14:30 work for you?\n\nBest,\nMaya Brooks\nTalent Partner, Harlow Foods',
      },
      miss: {
        from: person('Maya Brooks', 'maya.brooks@harlowfoods.example'),
        subject: 'Your application – Category Analyst',
        body: 'Hi Sam,\n\nThank you for interviewing with us last week. After careful consideration we have decided to move forward with another candidate for the Category Analyst role.\n\nWe wish you every success in your search.\n\nMaya',
      },
    },
    {
      lang: 'es',
      invite: {
        from: person('Lucía Romero', 'lucia.romero@vinosdelsur.example'),
        subject: 'Entrevista – Responsable de Almacén',
        body: 'Hola, Pedro:\n\nGracias por tu candidatura para el puesto de Responsable de Almacén. Nos gustaría conocerte en una entrevista el jueves 12 a las 10:00 en nuestras oficinas. ¿Te viene bien?\n\nUn saludo,\nLucía Romero\nSelección – Vinos del Sur',
      },
      miss: {
        from: person('Lucía Romero', 'lucia.romero@vinosdelsur.example'),
        subject: 'Proceso de selección – Responsable de Almacén',
        body: 'Hola, Pedro:\n\nGracias por tu tiempo en la entrevista. Lamentablemente hemos decidido continuar con otra candidatura para el puesto.\n\nUn saludo,\nLucía',
      },
    },
    {
      lang: 'fr',
      invite: {
        from: person('Claire Martin', 'c.martin@batiouest.example'),
        subject: 'Entretien – Conducteur de travaux',
        body: "Bonjour Monsieur Leroy,\n\nSuite à votre candidature au poste de Conducteur de travaux, nous souhaiterions vous rencontrer. Seriez-vous disponible mardi 3 juin à 10h ?\n\nCordialement,\nClaire Martin\nResponsable RH – Bâti Ouest",
      },
      miss: {
        from: person('Équipe Design', 'recherche@banqueazur.example'),
        subject: 'Participez à un entretien sur notre application',
        body: "Bonjour,\n\nNotre équipe design organise des entretiens de 30 minutes pour recueillir votre avis sur l'application. Une carte cadeau de 30 € vous sera offerte.\n\nChoisissez votre créneau : https://research.example.com/azur",
      },
    },
    {
      lang: 'de',
      invite: {
        from: person('Jan Weber', 'jan.weber@nordwerk.example'),
        subject: 'Einladung zum Vorstellungsgespräch – Elektroniker (m/w/d)',
        body: 'Sehr geehrte Frau Koch,\n\nvielen Dank für Ihre Bewerbung als Elektroniker (m/w/d). Wir möchten Sie gerne zu einem persönlichen Gespräch einladen. Passt Ihnen Montag, 16. Juni, um 10:00 Uhr?\n\nMit freundlichen Grüßen\nJan Weber\nNordwerk GmbH',
      },
      miss: {
        from: person('Jan Weber', 'jan.weber@nordwerk.example'),
        subject: 'Bitte um Bewertung: Interview mit Herrn Sommer',
        body: 'Hallo Petra,\n\ndu hast gestern das Interview mit Herrn Sommer geführt. Bitte trag bis Freitag deine Bewertung im System ein.\n\nDanke\nJan',
      },
    },
    {
      lang: 'pt',
      invite: {
        from: person('Ana Souza', 'ana.souza@lojasaurora.example'),
        subject: 'Entrevista – Analista de Compras',
        body: 'Olá, Marcos!\n\nRecebemos sua candidatura para a vaga de Analista de Compras e gostaríamos de te conhecer. Você teria disponibilidade na quinta (12/06) às 14h?\n\nAbraço,\nAna Souza\nRH – Lojas Aurora',
      },
      miss: {
        from: person('Secretaria do Mestrado', 'mestrado@uniaurora.example'),
        subject: 'Convocação para entrevista – Mestrado em Administração',
        body: 'Prezada candidata,\n\nSua inscrição no Mestrado em Administração foi aprovada. A entrevista com a banca examinadora será no dia 3 de julho às 10h.\n\nAtenciosamente,\nSecretaria',
      },
    },
  ] as const;

  for (const c of cases) {
    it(`${c.lang}: flags the invitation and says why`, () => {
      const d = detectInvitation(c.invite);
      expect(d.invite).toBe(true);
      expect(d.lang).toBe(c.lang);
      expect(d.score).toBeGreaterThan(0.5);
      expect(d.kind).not.toBe('none');
      expect(d.signals.length).toBeGreaterThan(0);
    });
    it(`${c.lang}: leaves the near-miss alone`, () => {
      const d = detectInvitation(c.miss);
      expect(d.invite).toBe(false);
      expect(d.kind).toBe('none');
      expect(d.score).toBeLessThan(0.5);
    });
  }

  it('returns "other" for a language outside the five', () => {
    const d = detectInvitation({ subject: 'Sollicitatiegesprek', body: 'Beste Jan, wij willen je graag uitnodigen voor een gesprek op dinsdag om 10 uur. Met vriendelijke groet, Els' });
    expect(d.lang).toBe('other');
  });
});
