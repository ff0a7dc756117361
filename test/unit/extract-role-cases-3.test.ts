// Role titles written with qualifiers the earlier rules cut or missed: a numbered qualifier after a
// dash, a bare "H/F", a bracket followed by the sentence's verb, an ad's word before the title, a
// subject that names the candidate, a plant in brackets. Every mail here is invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

function role(fromName: string, fromEmail: string, subject: string, body: string) {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body }).role;
}

describe('role: qualifiers and lead words', () => {
  it('keeps a qualifier that opens with a number ("– 4-Axis (1st Shift)") over a casual subject form', () => {
    expect(
      role(
        'Gus Moreland',
        'gus@tallowcreek.example',
        '4-axis programmer job – got a minute?',
        "Hi Ray,\n\nWe're adding a CNC Programmer – 4-Axis (1st Shift) to our mold shop and a friend said you're the person to ask. Could we talk Thursday after 3?\n\nThanks,\nGus",
      ),
    ).toBe('CNC Programmer – 4-Axis (1st Shift)');
  });

  it('reads "X candidate" in a forwarded subject as the person and takes the title the body writes', () => {
    expect(
      role(
        'Lena Brandt',
        'lbrandt@northgate-staffing.example',
        'Fwd: Pipefitter candidate - Orrin Chemical',
        'Hi Sam,\n\nOrrin Chemical wants to meet you for the Pipefitter (Journeyman) – Days role. They offered Monday at 9 AM at the plant. Does that work?\n\nLena Brandt\nNorthgate Staffing',
      ),
    ).toBe('Pipefitter (Journeyman) – Days');
  });

  it('ends a French title at a bare "H/F" and drops the ad word "Mission" before it', () => {
    expect(
      role(
        'Claire Obin',
        'c.obin@atlantique-emploi.example',
        'Mission Conducteur de ligne H/F – Nantes',
        "Bonjour Monsieur Lebrun,\n\nJ'ai transmis votre candidature pour le poste de Conducteur de ligne H/F basé à Carquefou. Seriez-vous disponible jeudi à 10h pour un entretien ?\n\nCordialement,\nClaire Obin",
      ),
    ).toBe('Conducteur de ligne H/F');
  });

  it('drops the verb after a bracket ("(80 %) kennenlernen") and reads a "-bauer" trade as a title', () => {
    expect(
      role(
        'Urs Keller',
        'urs.keller@talwerk-personal.example',
        'Vorstellungsgespräch – Werkzeugbauer EFZ 80%',
        'Guten Tag Herr Meier\n\nDie Firma Präzisa möchte Sie gerne für die Stelle als Werkzeugbauer EFZ (80 %) kennenlernen. Passt Ihnen Montag, 10 Uhr?\n\nFreundliche Grüsse\nUrs Keller',
      ),
    ).toBe('Werkzeugbauer EFZ (80 %)');
  });

  it('reads "plaza de", "vaga aberta de" and "application for the X, a … position" in the body', () => {
    expect(
      role(
        'Itzel Paredes',
        'iparedes@ceneval-sur.example',
        'Plaza de Profesor Asociado – ¿platicamos?',
        'Hola, Mateo:\n\nGracias por tu interés en la plaza de Profesor Asociado Nivel B en el Departamento de Química. ¿Te queda bien el lunes a las 10:00 por Zoom?\n\nSaludos cordiales,\nItzel',
      ),
    ).toBe('Profesor Asociado Nivel B');
    expect(
      role(
        'Bianca Torres',
        'bianca@aprender.org.example',
        'Bora conversar?',
        'Oi, Rafa!\n\nEstamos com uma vaga aberta de Analista Pedagógico(a) – Programa Leitura Viva, com base em Caruaru. Você toparia uma conversa de 30 minutos na quinta?\n\nAbraço,\nBianca',
      ),
    ).toBe('Analista Pedagógico(a) – Programa Leitura Viva');
    expect(
      role(
        'Martin Greer',
        'history@ashdown.edu.example',
        'Ashdown College – search update',
        'Dear Dr. Lowe,\n\nThank you for your application for the Assistant Curator of Prints (Modern and Contemporary Collections), a fixed-term position. The committee would like to invite you to a Zoom interview on Monday at 2 pm.\n\nSincerely,\nMartin Greer',
      ),
    ).toBe('Assistant Curator of Prints (Modern and Contemporary Collections)');
  });

  it('leaves a plant in brackets out of a subject title, so the body\'s own form wins', () => {
    expect(
      role(
        'Rosa Ibarra',
        'ribarra@ensambles-norte.example',
        'Entrevista – Jefe de Turno, Línea de Ensamble (Planta Celaya)',
        'Estimado Ing. Pérez:\n\nLe escribo en relación con su postulación para la vacante de Jefe de Turno – Línea de Ensamble en nuestra planta. ¿Podría venir el martes a las 11:00?\n\nSaludos cordiales,\nRosa Ibarra',
      ),
    ).toBe('Jefe de Turno – Línea de Ensamble');
  });
});
