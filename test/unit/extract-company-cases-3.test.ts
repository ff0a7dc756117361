// Public-sector and relayed mail: the employer behind a job board's display name, a shared public
// domain level, a German "Im Auftrag" sign-off, an in-house "Recruitment and Selection" line, and a
// recruiter relayed "via" the employer's own system. Every mail here is invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

function company(fromName: string, fromEmail: string, subject: string, body: string) {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body }).company;
}

describe('company: public bodies and relays', () => {
  it('takes the institution from a job board\'s display name ("Gov Jobs – Office for …")', () => {
    expect(
      company(
        'Public Service Jobs – Department for Rural Transport',
        'noreply@ats.example.com',
        'Invitation to interview: Transport Planner (SEO)',
        'Dear Alex,\n\nThank you for applying. You are invited to interview for the Transport Planner (SEO) post. Please book a slot in your account.\n\nKind regards,\n\nPriya Nair\nVacancy Holder\nDepartment for Rural Transport',
      ),
    ).toBe('Department for Rural Transport');
  });

  it('reads "police" or "govt" before the top level as a shared level, not the sender\'s name', () => {
    expect(
      company(
        'Owen Pritchard',
        'owen.pritchard@northvale.police.example',
        'Interview – Call Handler',
        'Dear Sam,\n\nWe would like to invite you to interview for the Call Handler post on Tuesday at 10:00.\n\nYours sincerely,\n\nOwen Pritchard\nRecruitment Officer – Police Staff\nPeople Services, Northvale Police',
      ),
    ).toBe('Northvale Police');
  });

  it('reads "Im Auftrag" above a signature as a sign-off, not an agency acting for a client', () => {
    expect(
      company(
        'Jana Vogel',
        'j.vogel@lra-saaletal.example',
        'Einladung zum Vorstellungsgespräch – Verwaltungsfachangestellte (m/w/d)',
        'Sehr geehrte Frau Roth,\n\nwir laden Sie zu einem Vorstellungsgespräch am Montag, 8. September, 10:00 Uhr ein.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nJana Vogel\nSachgebiet Personal\nLandratsamt Saaletal\nTel. 03641 555-100',
      ),
    ).toBe('Landratsamt Saaletal');
  });

  it('keeps a lower-case noun in a French public body ("Société de transport de …") and an in-house "Recrutamento e Seleção" line', () => {
    expect(
      company(
        'Josée Paradis',
        'j.paradis@stl-valmont.example',
        "Préposé(e) à l'entretien – rencontre",
        "Bonjour Monsieur Roy,\n\nNous aimerions vous rencontrer mardi à 13 h pour le poste de Préposé(e) à l'entretien.\n\nAu plaisir,\n\nJosée Paradis\nConseillère en acquisition de talents\nSociété de transport de Valmont",
      ),
    ).toBe('Société de transport de Valmont');
    expect(
      company(
        'Rita Lopes',
        'rita.lopes@carrisul.example',
        'Entrevista – Motorista de Serviço Público',
        'Caro Sr. Nuno Reis,\n\nConvidamo-lo para uma entrevista na terça-feira, às 10h00, para a vaga de Motorista de Serviço Público (Turno Noturno).\n\nCom os melhores cumprimentos,\n\nRita Lopes\nRecursos Humanos – Recrutamento e Seleção\nCarris do Sul, S.A.',
      ),
    ).toBe('Carris do Sul');
  });

  it('names the employer a recruiter is relayed "via" when the text names it as the employer', () => {
    expect(
      company(
        'Tomás Vidal via Harrow Biologics',
        'no-reply@ats.example.com',
        'Your interview has been rescheduled',
        'Hello Dana,\n\nYour interview for the Process Scientist position at Harrow Biologics has moved to Friday at 2 PM.\n\nHarrow Biologics Talent Acquisition\nSent on behalf of Tomás Vidal',
      ),
    ).toBe('Harrow Biologics');
  });
});
