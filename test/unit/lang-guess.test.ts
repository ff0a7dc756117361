// The language guess reads subject and body as one text; passing them as two parts (which spares
// copying the body) must give the same answer, up to the 1,500-character window.
import { describe, expect, it } from 'vitest';
import { guessLang } from '../../src/core/lang/index';

describe('guessLang', () => {
  it('tells the five languages apart from their function words', () => {
    expect(guessLang('interview', 'thank you for your application, we would like to meet you')).toBe('en');
    expect(guessLang('entrevista', 'hola, gracias por su interes en el puesto, nos gustaria hablar con usted')).toBe('es');
    expect(guessLang('entretien', 'bonjour, merci pour votre candidature, nous souhaitons vous rencontrer')).toBe('fr');
    expect(guessLang('gesprach', 'vielen dank fur ihre bewerbung, wir mochten sie zu einem gesprach einladen und ich bin')).toBe('de');
    expect(guessLang('entrevista', 'ola, obrigado pela sua candidatura a vaga, gostariamos de falar com voce')).toBe('pt');
    expect(guessLang('', '')).toBe('other');
  });

  it('gives the same answer for subject and body as two parts as for "subject\\nbody"', () => {
    const fr = 'merci pour votre message, nous vous proposons un entretien avec le responsable du poste. ';
    const en = 'thank you for your note, we would like to have a chat with you about the role. ';
    const cases: [string, string][] = [
      ['', en],
      ['re interview_', `_${fr}`],
      ['x'.repeat(990), en.repeat(3)],
      ['de la '.repeat(80), en.repeat(40)],
      [en.repeat(5), fr.repeat(30)],
      [fr.slice(0, 37), `${en.repeat(17)}${fr.repeat(20)}`],
    ];
    for (const [subject, body] of cases) expect(guessLang(subject, body)).toBe(guessLang(`${subject}\n${body}`));
    // Only the first 1,500 characters count: English after a long French start does not change it.
    expect(guessLang('', `${fr.repeat(17)}${en.repeat(60)}`)).toBe('fr');
  });
});
