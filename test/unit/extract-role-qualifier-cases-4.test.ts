// Titles with bracketed or contract qualifiers, and subjects that speak of the candidate. Every mail
// here is invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

function role(subject: string, body: string, fromName = 'Ann Lee', fromEmail = 'ann.lee@quarrydale.example') {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body }).role;
}

describe('role: qualifiers and contract terms', () => {
  it('keeps "6 months" in a contract bracket (a day name is no prefix of "months")', () => {
    expect(role('Next step', "Hi Jo,\n\nWe'd like to talk about the Cloud Architect (Contract, 6 months, Inside IR35) role on Monday.\n\nAnn")).toBe(
      'Cloud Architect (Contract, 6 months, Inside IR35)',
    );
  });

  it('keeps a bracket whose job noun stopped the match ("(3-month contract, outside IR35)")', () => {
    expect(role('Quick one', 'Hi Jo,\n\nThe team reviewed your profile for the Freelance Vue Developer (3-month contract, outside IR35) and would like a call.\n\nAnn')).toBe(
      'Freelance Vue Developer (3-month contract, outside IR35)',
    );
  });

  it('reads "a requirement for a X (…)" and "our advert for a X (…)"', () => {
    expect(role('Locum work', 'Hi Dr Kay,\n\nI have an urgent requirement for a Locum Consultant Dermatologist (Paediatrics) at a hospital in Leeds. Free for a call?\n\nAnn')).toBe(
      'Locum Consultant Dermatologist (Paediatrics)',
    );
    expect(role('Sessional GP – video call', 'Dear Dr Obi,\n\nThanks for replying to our advert for a Sessional Locum GP (Mondays & Fridays). Could we meet by video on Tuesday?\n\nAnn')).toBe(
      'Sessional Locum GP (Mondays & Fridays)',
    );
  });

  it('reads titles whose head is counsel, investigator, interpreter, registrar or an abbreviation', () => {
    expect(role('Video interview – Fraud Investigator – Special Cases Unit', 'Dear Pat,\n\nPlease join us on Monday at 10:00.\n\nAnn')).toBe('Fraud Investigator – Special Cases Unit');
    expect(role('Legal Counsel – EMEA | Zoom interview', 'Dear Pat,\n\nCould we speak on Monday at 10:00?\n\nAnn')).toBe('Legal Counsel – EMEA');
    expect(role('SDR role', 'Hey Andre — got 20 min tomorrow to talk about the SDR role?\n\nAnn')).toBe('SDR');
  });

  it('reads "onsite for X, Team (L4) is confirmed"', () => {
    expect(role('Your virtual onsite is confirmed', 'Hi Jo,\n\nYour virtual onsite for Software Engineer, Payments (L5) is confirmed. The schedule is below.\n\nAnn')).toBe(
      'Software Engineer, Payments (L5)',
    );
  });

  it('drops the candidate\'s name and "Candidate for" from a subject', () => {
    expect(role('Fwd: Candidate meeting – Ravi Menon / Platform Engineer', 'Hi Ravi,\n\nThey would like to meet you on Tuesday at 10:00.\n\nAnn')).toBe('Platform Engineer');
    expect(role('Fwd: Candidate for SRE Lead – next step', 'Hi Ravi,\n\nCan you set up a call on Tuesday?\n\nAnn')).toBe('SRE Lead');
  });

  it('reads small-business titles with a lower-case bracket (brewer, florist, counsellor, empregado)', () => {
    expect(role('Come see the brewery', "Thanks for applying for the Brewer (Cellar & Packaging) job. Free on Monday at 10:00?\n\nAnn")).toBe('Brewer (Cellar & Packaging)');
    expect(role('Trial shift', 'Thanks for applying for the Florist (weddings & events) job. Free on Monday at 10:00?\n\nAnn')).toBe('Florist (weddings & events)');
    expect(role('Entrevista', 'Olá Rita,\n\nRecebemos a sua candidatura para a vaga de Empregado de Mesa (turno da tarde). Pode vir na segunda às 10h00?\n\nAnn')).toBe('Empregado de Mesa (turno da tarde)');
  });
});
