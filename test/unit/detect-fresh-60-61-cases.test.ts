// Wordings the unseen batches fresh-60 and fresh-61 showed the lexicon lacked: a recruiter chasing the
// reader's interview scorecard in Spanish, a free live stream in Portuguese, a French job fair's
// "entretiens flash", a friend's practice run of the reader's interview, a student interviewing people
// for a dissertation, and two terse English invitations ("free tmrw 10am … re the X spot", "I've booked
// you for Wednesday"). Mails invented for these tests.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import { from } from './helpers/mail';

describe('near-misses full of interview and time words', () => {
  it('[es] the reader interviewed someone and owes the evaluation', () => {
    const d = detectInvitation({
      from: from('Talento Grupo Andrade', 'talento@grupoandrade.example'),
      subject: 'Pendiente: evaluación de entrevista – Analista de Compras',
      body: 'Hola Mariana,\n\nGracias por entrevistar el martes a Julián Ortega para la vacante de Analista de Compras. Aún no vemos tu evaluación en el sistema.\n\n¿La puedes completar hoy antes de las 5 pm? https://ats.example.com/andrade/eval/551\nSin ella no podemos agendar la entrevista final.\n\nSaludos,\nPatricia',
    });
    expect(d.invite).toBe(false);
  });

  it('[pt] a free live stream about job interviews tonight', () => {
    const d = detectInvitation({
      from: from('Carreira Já', 'eventos@carreiraja.example'),
      subject: 'AO VIVO hoje às 20h: entrevista por vídeo sem nervosismo',
      body: 'Oi, Bruno!\n\nHoje tem live gratuita no nosso canal com a recrutadora Camila Rocha, que já entrevistou mais de 2 mil candidatos: como se preparar para a entrevista por vídeo.\n\n📅 Hoje, às 20h (horário de Brasília)\n👉 https://carreiraja.example/live\n\nQuem assistir até o final ganha um checklist para a entrevista!\n\nAté já,\nEquipe Carreira Já',
    });
    expect(d.invite).toBe(false);
  });

  it('[fr] a job fair where flash interviews can be booked', () => {
    const d = detectInvitation({
      from: from('Job Day Liège', 'jobday@emploi-liege.example'),
      subject: 'Job Day Liège : réservez vos entretiens flash',
      body: "Bonjour Thomas,\n\nLe Job Day Liège aura lieu le mardi 3 juin de 9h à 15h. Trente employeurs de la région seront présents.\n\nRéservez dès maintenant vos entretiens flash de 10 minutes : https://emploi-liege.example/jobday\n\nL'équipe Job Day",
    });
    expect(d.invite).toBe(false);
  });
});

describe('practice and research, not a job', () => {
  it("a friend offers a practice run of the reader's interview, with a time and a video link", () => {
    const d = detectInvitation({
      from: from('Tom Reyes', 'tomreyes@mailbox.example'),
      subject: 'practice sat?',
      body: "hey! fancy a practice run of your interview on Saturday before the real thing? I'll be the grumpy hiring manager. 11am? my meet link: https://meet.example.com/abc-defg\n\nt",
    });
    expect(d.invite).toBe(false);
  });

  it('a student interviewing people for a dissertation says it is not about a job', () => {
    const d = detectInvitation({
      from: from('Lena Fischer', 'lena.fischer@brightpath-hr.example'),
      subject: 'Re: Interview on Thursday?',
      body: "Hi Omar,\n\nThursday at 4 works! To be clear, this isn't about a job - I'm interviewing a handful of people in customer success for my master's thesis on hybrid teams. A relaxed 30-minute chat: https://zoom.example.com/j/55501\n\nThanks!\nLena\n\n> Happy to help, when suits you?",
    });
    expect(d.invite).toBe(false);
  });
});

describe('terse invitations', () => {
  it('a two-line text asking if the reader is free tomorrow about a named job', () => {
    const d = detectInvitation({
      from: from('Kip Morrow', 'kip@thelanternbar.example'),
      subject: 'tomorrow?',
      body: 'Jo - free tmrw 11am for 10 min re the Bar Supervisor job at The Lantern? Ring me on 555-0199.\nKip',
    });
    expect(d.invite).toBe(true);
  });

  it('a recruiter confirming the slot she booked, the role only in the quoted thread', () => {
    const d = detectInvitation({
      from: from('Nadia Brooks', 'nadia.brooks@quillstack.example'),
      subject: 'Re: Availability - Data Engineer',
      body: "Great, thanks Owen! I've booked you for Thursday at 11am PT and will send the calendar invite with the Zoom link shortly. You'll be speaking with Priya, our data platform lead.\n\nNadia\n\nOn Tue, Owen Park wrote:\n> Thursday morning works for me.\n>\n> On Mon, Nadia Brooks wrote:\n>> Hi Owen, I'm a recruiter at Quillstack and saw your application for our Data Engineer role. Could we set up a first interview with the hiring manager this week?",
    });
    expect(d.invite).toBe(true);
  });
});
