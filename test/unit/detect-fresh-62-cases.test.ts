// Wordings the unseen batch fresh-62 (small businesses outside tech) showed the lexicon lacked: a cook
// offered a paid trial shift with no interview word, a dispatcher's crew huddle about the drivers it
// will interview, an office manager chasing the scoring forms of the interviews the reader sat in
// on, and a Portuguese reference call about a former colleague. Mails invented for these tests.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import { from } from './helpers/mail';

describe('fresh-62 wordings', () => {
  it('an owner offers a paid trial shift, asking for an answer by a day', () => {
    const d = detectInvitation({
      from: from('Lina Costa', 'lina@harbourbakehouse.example'),
      subject: 'Re: counter job',
      body: 'hi Sam thanks for coming by with your CV. we are short on the counter right now so if you want to do a trial shift this Friday 7am to close thats the best way to see if its a fit. paid obviously. closed shoes please.\n\nlet me know by Wednesday so I can put you on the roster\n\nLina (owner)\nHarbour Bakehouse',
    });
    expect(d.invite).toBe(true);
  });

  it('a crew huddle about the interviews the company will hold, treat on the manager', () => {
    const d = detectInvitation({
      from: from('Dale Hooper', 'dhooper@ridgefreight.example'),
      subject: 'Thursday huddle - warehouse interviews',
      body: 'All,\n\nHuddle Thursday 6:30am at the loading dock. We have 5 picker interviews next week for the Night Picker openings and I need two of you leads to do floor walks with the candidates. Also new pallet rules.\n\nCoffee and muffins on me.\n\nOps Mgr\nDale',
    });
    expect(d.invite).toBe(false);
  });

  it('scoring forms for the interviews the reader sat in on', () => {
    const d = detectInvitation({
      from: from('Nora Pike', 'npike@hale-dunn.example'),
      subject: 'Legal Secretary candidates - forms by Friday?',
      body: 'Hi Tom,\n\nThanks for sitting in on the Legal Secretary interviews this morning. Could you complete the scoring form for each of the four candidates by Friday at noon? https://forms.example.com/ls-eval\n\nHappy to talk it over at 3 if easier.\n\nNora\nPractice Manager\nHale & Dunn',
    });
    expect(d.invite).toBe(false);
  });

  it('[pt] a clinic calls the reader about a former colleague who named her as a reference', () => {
    const d = detectInvitation({
      from: from('Renata Alves', 'renata@clinicaboavista.example'),
      subject: 'Referência - Paulo Mendes',
      body: 'Bom dia Sr. Carlos,\n\nO Paulo Mendes se candidatou para a vaga de recepcionista aqui na clínica e indicou o senhor como referência. Ele foi muito bem na entrevista.\n\nPosso ligar amanhã às 15h para conversar sobre o desempenho dele? Se preferir outro horário, me avise.\n\nObrigada,\nRenata\nClínica Boa Vista',
    });
    expect(d.invite).toBe(false);
  });
});
