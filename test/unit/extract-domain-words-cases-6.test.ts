// The company spelled by the sender's domain, when the mail writes it in words the cleaning or the
// capitalised-phrase search would miss: a leading article the domain includes ("La Tostadora" at
// latostadora) and a lower-case signature ("paper lantern studio" at paperlantern). Invented mails.
import { describe, expect, it } from 'vitest';
import { domainSplitInText } from '../../src/core/extract/domain-phrase';
import { extractInvitation } from '../../src/core/extract/index';

function company(fromName: string, fromEmail: string, subject: string, body: string) {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body }).company;
}

describe('company: the domain as the mail writes it', () => {
  it('keeps a leading article that the domain spells', () => {
    expect(
      company(
        'Marisa Quintero',
        'marisa@lagranja.example',
        'Lo del puesto de cocinero',
        '¡Hola Andrés! Soy Marisa, de La Granja (el restaurante junto al puerto). ¿Podrías pasarte el martes a las 11:00 para una prueba de unas horas en cocina?\n\nUn abrazo,\nMarisa',
      ),
    ).toBe('La Granja');
    expect(
      company(
        'Dan Okafor',
        'dan@thefoundry.example',
        'Sous chef – trial shift?',
        "Hi Leah,\n\nDan here from The Foundry. Could you come in Thursday at 3pm for a paid trial shift in the kitchen?\n\nCheers,\nDan",
      ),
    ).toBe('The Foundry');
  });

  it('splits the domain into the words of a lower-case signature', () => {
    expect(
      company(
        'Wren Ashby',
        'wren@bluefinch.example',
        're: your portfolio',
        "hey Sam, loved the illustrations. could we do a quick call on friday about the junior illustrator gig? 20 min, nothing formal.\n\nwren\nblue finch press · picture books since 2019",
      ),
    ).toBe('Blue Finch');
  });

  it('finds two to four words in a row that spell the label exactly, and nothing else', () => {
    expect(domainSplitInText('north-west harbour trust', 'northwestharbour')).toBe('North West Harbour');
    expect(domainSplitInText('the blue finch, press', 'bluefinch')).toBe('Blue Finch');
    // A line break, a comma or a dot between the words breaks the spelling; one word is not a split.
    expect(domainSplitInText('blue\nfinch', 'bluefinch')).toBeNull();
    expect(domainSplitInText('blue, finch', 'bluefinch')).toBeNull();
    expect(domainSplitInText('bluefinch press', 'bluefinch')).toBeNull();
    // Short labels spell too many word pairs by chance ("to do" at todo).
    expect(domainSplitInText('a to do list', 'todo')).toBeNull();
  });
});
