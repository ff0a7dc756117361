// Academic and public institutions sign with long, head-first names that must win over the writer's
// department, a street line, the greeting or the domain's acronym. Every mail here is invented.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

function extract(fromName: string, fromEmail: string, subject: string, body: string) {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body });
}

describe('company: head-first institution names', () => {
  it('names the whole institution, not the department line above it or the acronym of the address', () => {
    const es = extract(
      'Rocío Villaseñor',
      'rvillasenor@ceamar.example',
      'Plaza de Investigador Asociado – entrevista',
      'Estimado Andrés:\n\nGracias por tu postulación a la plaza de Investigador Asociado B. Nos gustaría entrevistarte el lunes 9 a las 11:00 por Zoom. ¿Te queda bien?\n\nSaludos cordiales,\nRocío\n\nDra. Rocío Villaseñor Paz\nCoordinación de Oceanografía Física\nCentro de Estudios Avanzados en Mares del Altiplano\nTel. +52 55 5555 0190',
    );
    expect(es.company).toBe('Centro de Estudios Avanzados en Mares del Altiplano');
    const fr = extract(
      'Hélène Maury',
      'helene.maury@chb-rives.example',
      'Candidature Aide-soignant(e) – entretien',
      "Bonjour Madame Diallo,\n\nSuite à votre candidature au poste d'Aide-soignant(e) de nuit, je vous propose un entretien mardi 3 juin à 15 h. Cela vous conviendrait-il ?\n\nCordialement,\n\nHélène Maury\nCadre de santé – Pôle Gériatrie\nCentre Hospitalier des Bords de Rives\nTél. : 04 55 55 01 10",
    );
    expect(fr.company).toBe('Centre Hospitalier des Bords de Rives');
  });

  it('reads a country code in the address as no name ("vmb.ch.example"), so the greeting "Chère …" never wins', () => {
    const fr = extract(
      'Luc Perrin',
      'luc.perrin@vmb.ch.example',
      'Entretien – Souffleur de verre',
      "Chère Madame Rochat,\n\nMerci pour votre candidature au poste de Souffleur de verre. Je vous propose un entretien à l'atelier jeudi 12 juin à 10 h.\n\nCordialement,\n\nLuc Perrin\nResponsable RH\nVerrerie du Mont-Blanc\nTél. : +41 27 555 01 20",
    );
    expect(fr.company).toBe('Verrerie du Mont-Blanc');
  });

  it('keeps the college when the head-first name is the writer\'s centre after a title', () => {
    const en = extract(
      'Nora Feld',
      'nfeld@ashcombe.example',
      'Learning Technologist interview',
      'Dear Sam,\n\nWe would like to invite you to interview for the Learning Technologist post on Friday at 2 pm. Please let me know if that works.\n\nBest regards,\nNora Feld\nDirector, Center for Digital Learning\nAshcombe College',
    );
    expect(en.company).toBe('Ashcombe College');
  });
});
