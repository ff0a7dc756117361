// Public bodies that mail from their initials: the domain spells the name's initials with its small
// words ("dors"), with "Office" ("npro"), or the head's initials then the rest ("cc-valdaubrac"). The
// signature's post line ("Director, Housing Policy") names a unit, not the employer. Invented mails.
import { describe, expect, it } from 'vitest';
import { initialsSpellDomain } from '../../src/core/extract/domain-initials';
import { extractInvitation } from '../../src/core/extract/index';

function company(fromName: string, fromEmail: string, subject: string, body: string) {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body }).company;
}

describe('company: a domain spelled by initials', () => {
  it('takes the department the domain spells over the unit in the post line', () => {
    expect(
      company(
        'Hamish Doyle',
        'hamish.doyle@dowr.gov.example',
        'EOI – Principal Policy Officer (AO7)',
        'Hi Kim,\n\nThanks for your expression of interest in the Principal Policy Officer (AO7) role. Could you meet on Monday at 10am for a short interview?\n\nRegards,\nHamish\n\nHamish Doyle\nDirector, Water Policy\nDepartment of Water Resources\nPh (07) 5555 0100',
      ),
    ).toBe('Department of Water Resources');
  });

  it('reads a French intercommunal body from its head initials and spelled tail', () => {
    expect(
      company(
        'Julie Marchal',
        'j.marchal@cc-hautlignon.example',
        'Convocation à un entretien – Agent d’accueil (H/F)',
        "Madame,\n\nJe vous propose un entretien le jeudi 5 juin à 10 h pour le poste d'agent d'accueil.\n\nJe vous prie d'agréer, Madame, mes salutations distinguées.\n\nJulie Marchal\nResponsable des ressources humaines\nCommunauté de communes du Haut Lignon\nPlace de la Mairie – 43999 Saint-Jeures",
      ),
    ).toBe('Communauté de communes du Haut Lignon');
  });

  it('spells initials with or without small words and "Office", never two words', () => {
    expect(initialsSpellDomain('National Patient Records Office', 'npro')).toBe(true);
    expect(initialsSpellDomain('Department of Regional Services', 'dors')).toBe(true);
    expect(initialsSpellDomain('Department of Regional Services', 'drs')).toBe(true);
    expect(initialsSpellDomain('Patient Records', 'pr')).toBe(false);
    expect(initialsSpellDomain('Housing Policy Unit', 'npro')).toBe(false);
  });
});
