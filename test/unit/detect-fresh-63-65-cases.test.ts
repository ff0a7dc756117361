// What the unseen batches fresh-63, fresh-64 and fresh-65 showed: a cancellation "not in a position
// to offer a new date", a virtual career fair's practice interviews, an acknowledgement that
// "confirms receipt", a Portuguese offer presented with a call to discuss it, and an invitation for a
// job whose title is itself a press word ("Staff Writer"). Mails invented for these tests.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import { from } from './helpers/mail';

describe('near-misses', () => {
  it('a cancelled interview with no new date "at this time", under a calendar block', () => {
    const d = detectInvitation({
      from: from('Orrin Vale Talent', 'talent@orrinvale.example'),
      subject: 'Cancelled: Interview – Credit Analyst – Tue 3 Dec 14:00',
      body: 'This event has been cancelled.\n\nInterview – Credit Analyst\nTuesday 3 December ⋅ 14:00 – 14:45\nJoin: https://meet.example.net/ov/credit-0312\n\nDear Priya,\n\nI am sorry to tell you that we have had to cancel your interview for the Credit Analyst position on Tuesday 3 December at 14:00.\n\nThe vacancy has been put on hold and we are not in a position to offer a new date at this time. We will keep your application on file.\n\nKind regards,\nTalent Team\nOrrin Vale',
    });
    expect(d.invite).toBe(false);
  });

  it('[pt] a virtual career fair with practice sessions against recruiters', () => {
    const d = detectInvitation({
      from: from('Feira Virtual de Carreiras', 'eventos@feiracarreiras.example'),
      subject: 'Seu acesso: Feira Virtual de Carreiras – entrevistas relâmpago com recrutadores',
      body: 'Olá, Marcos!\n\nSua inscrição na Feira Virtual de Carreiras Varejo está confirmada.\n\n📅 Sábado, 7 de março, das 9h às 16h\n🔗 https://feiracarreiras.example/entrar?c=MRC88\n\nNa feira você encontra estandes de 30 empresas e "entrevistas relâmpago": sessões de 10 minutos de simulação com recrutadores voluntários. Reserve o seu horário na plataforma.\n\nAté lá!\nEquipe da Feira',
    });
    expect(d.invite).toBe(false);
  });

  it('[de] an acknowledgement that confirms receipt and promises an interview if the profile fits', () => {
    const d = detectInvitation({
      from: from('Kreiswerke Ostau – Bewerbermanagement', 'keine-antwort@ats.example.com'),
      subject: 'Eingangsbestätigung Ihrer Bewerbung – Sachbearbeiter Einkauf (m/w/d)',
      body: 'Sehr geehrter Herr Yilmaz,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiter Einkauf (m/w/d).\n\nHiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen alle Bewerbungen nach Ablauf der Frist am 15.04.\n\nSofern Ihr Profil passt, werden wir Sie zu einem Vorstellungsgespräch einladen.\n\nMit freundlichen Grüßen\nIhr Bewerbermanagement\nKreiswerke Ostau GmbH',
    });
    expect(d.invite).toBe(false);
  });

  it('[pt] an offer presented "com prazer", with a call to talk it through', () => {
    const d = detectInvitation({
      from: from('Rita Gomes', 'rita.gomes@pirilampo.example'),
      subject: 'Proposta – Analista de Dados Pleno',
      body: 'Olá, Tiago!\n\nDepois das entrevistas, temos o prazer de apresentar nossa proposta para a posição de Analista de Dados Pleno na Pirilampo.\n\n- Salário: R$ 11.000 mensais\n- Início previsto: 2 de fevereiro\n\nPodemos marcar uma ligação amanhã às 10h para conversar sobre os detalhes? Se preferir outro horário, me avise.\n\nUm abraço,\nRita Gomes\nPessoas | Pirilampo',
    });
    expect(d.invite).toBe(false);
  });
});

describe('a title that is itself a near-miss word', () => {
  it('moving the interview for a "Staff Writer" role is an invitation, not a press interview', () => {
    const d = detectInvitation({
      from: from('Owen Pryce', 'owen@lanternpress.example'),
      subject: 'Can we move Monday? — Staff Writer, Culture Desk',
      body: 'Hi Ruth,\n\nSorry for the short notice: I need to move your interview for the Staff Writer, Culture Desk role, as our editor is travelling on Monday.\n\nWould Wednesday at 10:00 or Thursday at 14:00 work instead? Same Zoom, 45 minutes with me and our culture editor.\n\nBest,\nOwen\n\nOwen Pryce\nDeputy Editor, Lantern Press',
    });
    expect(d.invite).toBe(true);
  });
});
