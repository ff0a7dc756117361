// Role titles: "applying to X at Company" without an article, a step of the process named for the title
// ("pairing session for X", "the next round for X:"), and a lower-case title inside a casual subject
// ("Sobre la plaza de ayudante de cocina"). Every mail here is invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

function role(fromName: string, fromEmail: string, subject: string, body: string) {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body }).role;
}

describe('role: "applying to X at Company"', () => {
  it('reads the title between "applying to" and the employer', () => {
    expect(
      role(
        'Brightwater Logistics',
        'no-reply@hire.example.com',
        'Your phone screen: pick a time',
        'Hello Dev,\n\nThanks for applying to Warehouse Team Lead (Nights) at Brightwater Logistics.\n\nThe next step is a 15-minute phone screen. Pick a time that suits you: https://hire.example.com/s/bw/77\n\nBrightwater Logistics Talent Team',
      ),
    ).toBe('Warehouse Team Lead (Nights)');
    expect(
      role(
        'Farmacia Soler',
        'empleo@farmaciasoler.example',
        'Entrevista el martes',
        'Hola Lucía:\n\nGracias por postularte a Auxiliar de Farmacia en Farmacia Soler. ¿Podrías venir el martes a las 10:00 para una entrevista de media hora?\n\nUn saludo,\nMarta',
      ),
    ).toBe('Auxiliar de Farmacia');
  });

  it('does not take the company after "applying to" for a title, nor "role with us" into one', () => {
    expect(
      role(
        'Harbourline Insurance',
        'careers-noreply@harbourline.example',
        'Phone screen invitation',
        'Hi Sam,\n\nThank you for applying to Harbourline Insurance. We would like to invite you to a short phone screen on Tuesday at 10:00.\n\nHarbourline Insurance Talent Acquisition',
      ),
    ).toBeNull();
    expect(
      role(
        'Petra Novak',
        'petra@ashgrove.example',
        'Reference request for Tom Reyes',
        'Dear Ms. Clarke,\n\nTom Reyes has applied for a Data Analyst role with us at Ashgrove Bank and named you as a referee. Could we have a 15-minute call on Thursday?\n\nBest,\nPetra',
      ),
    ).toBe('Data Analyst');
  });
});

describe('role: a step of the process named for the title', () => {
  it('reads "final round for X" in the subject, with its team after the comma', () => {
    expect(
      role(
        'Omar Haddad',
        'omar@lumenfield.example',
        'Lumenfield – final round for Senior Data Engineer, Lakehouse',
        'Hi Priya,\n\nGreat news: the team would like to see you again. Could you do Wednesday at 2pm or Thursday at 11am for a 2-hour session with the platform leads?\n\nThanks,\nOmar',
      ),
    ).toBe('Senior Data Engineer, Lakehouse');
    expect(
      role('Nora Weiss', 'nora@kaffeekontor.example', 'Nächste Runde für Senior Data Engineer (m/w/d)', 'Hallo Jan,\n\nhast du Dienstag um 10 Uhr Zeit?\n\nNora'),
    ).toBe('Senior Data Engineer (m/w/d)');
  });

  it('reads "the next round for X:" in the body', () => {
    expect(
      role(
        'Greta Lind',
        'greta@fjordpay.example',
        'Next steps',
        "Hi Ana,\n\nWe'd love to invite you to the next round for Product Designer, Growth: a 60-minute portfolio review with Jonas and me. Would Monday at 10:00 or Tuesday at 15:00 suit you?\n\nBest,\nGreta",
      ),
    ).toBe('Product Designer, Growth');
    expect(
      role(
        'Carmen Ruiz',
        'carmen@datalia.example',
        'Siguiente paso',
        'Hola Diego:\n\nTe proponemos la siguiente etapa para Analista de Datos Junior: una entrevista técnica de 60 minutos con el equipo. ¿Te viene bien el jueves a las 11:00?\n\nSaludos,\nCarmen',
      ),
    ).toBe('Analista de Datos Junior');
  });

  it('does not take the company after "the next stage for" for a title', () => {
    expect(
      role(
        'Ivy Chen',
        'ivy@hartwell.example',
        'Next round',
        "Hi Leo,\n\nThanks for applying for the Data Analyst role. You're through to the next stage for Hartwell Analytics: a 45-minute case interview. Does Friday at 1pm work?\n\nIvy",
      ),
    ).toBe('Data Analyst');
  });

  it('keeps the title, not the sentence, when a German article or verb follows it', () => {
    expect(
      role(
        'Jannik Brandt',
        'jannik@seewerk.example',
        'Pairing-Session für Senior Backend Engineer (Go) – passt dir Mittwoch?',
        'Hi Lea,\n\nwir würden dir gern für die Stelle als Senior Backend Engineer (Go) eine technische Pairing-Session mit mir und Tom vorschlagen. Passt dir Mittwoch um 10 Uhr?\n\nViele Grüße\nJannik',
      ),
    ).toBe('Senior Backend Engineer (Go)');
    expect(
      role(
        'Jannik Brandt',
        'jannik@seewerk.example',
        'Technisches Interview bei Seewerk',
        'Hi Lea,\n\nals nächsten Schritt für die Stelle als Data Engineer (Python) schlagen wir ein technisches Interview vor. Passt dir Mittwoch um 10 Uhr?\n\nViele Grüße\nJannik',
      ),
    ).toBe('Data Engineer (Python)');
  });
});

describe('role: a lower-case title inside a casual subject', () => {
  it('reads what follows "la plaza de", "le poste de", "a vaga de", never the lead-in words', () => {
    expect(
      role(
        'Rocío Marín',
        'rocio@elpuchero.example',
        'Sobre la plaza de ayudante de cocina',
        '¡Hola Javi! Soy Rocío, del Puchero. ¿Te vienes el viernes a las 17:00 y hacemos una prueba de un par de horas?\n\nUn abrazo,\nRocío',
      ),
    ).toBe('ayudante de cocina');
    expect(
      role('Luc Bernard', 'luc@cafedulac.example', 'À propos du poste de serveur', 'Salut Manon,\n\nTu pourrais passer jeudi à 15h pour un essai d’une heure ? Dis-moi si ça te va.\n\nLuc'),
    ).toBe('serveur');
    expect(
      role('Rafa Lima', 'rafa@padariaestrela.example', 'Sobre a vaga de atendente', 'Oi Bia! Você pode vir na quinta às 9h para um teste de duas horas no balcão?\n\nAbraço,\nRafa'),
    ).toBe('atendente');
  });

  it('reads a capitalised title after "la vacante de" too', () => {
    expect(
      role('Rocío Marín', 'rocio@elpuchero.example', 'Lo de la vacante de Camarero', '¡Hola Javi! ¿Te vienes el viernes a las 17:00 y hacemos una prueba?\n\nRocío'),
    ).toBe('Camarero');
  });

  it('finds no title in a casual subject that names none', () => {
    expect(
      role('Rocío Marín', 'rocio@elpuchero.example', 'Quedamos en la plaza de abastos', '¡Hola Javi! ¿Te vienes el viernes a las 17:00 y hacemos una prueba?\n\nRocío'),
    ).toBeNull();
    expect(
      role('Rocío Marín', 'rocio@elpuchero.example', 'Lo de tu candidatura', '¡Hola Javi! ¿Te vienes el viernes a las 17:00 y hacemos una prueba?\n\nRocío'),
    ).toBeNull();
  });
});
