// The tone check ("mistakes to avoid"), per language: wording that must be flagged (with the
// offsets pointing at it) and wording a good decline uses that must not be.
import { describe, expect, it } from 'vitest';
import { composeDecline } from '../../src/core/compose';
import { checkTone } from '../../src/core/tone';
import type { Lang } from '../../src/core/types';

type Cases = Record<string, string[]>;

// Snippets, as the user might type them in "Other" or in the drafted reply.
const FLAGGED: Record<Lang, Cases> = {
  en: {
    negative: [
      'Frankly, the culture there seems toxic.',
      'Honestly the salary was a lowball.',
      'I would be underpaid in that role.',
      'This process has been a waste of my time.',
      'I read some terrible reviews on Glassdoor.',
      'Your hiring process felt disorganized.',
      'The managers I met came across as incompetent.',
      'The offer was frankly insulting.',
      "I've heard bad things about your leadership.",
      'The role sounds boring and beneath me.',
      'The interviewers were rude and unprofessional.',
      'Your company has a reputation for high turnover.',
      'I have some complaints about how this was handled.',
      'I was disappointed by the job description.',
      'I do not trust your company.',
      'Your offer would be a massive pay cut.',
      'The salary is way under market rate.',
      'Working there sounds exhausting.',
    ],
    'bridge-burning': [
      'Please never contact me again.',
      "I'm not interested in your company.",
      'Stop emailing me about roles.',
      'Remove me from your mailing list.',
      'I would never work for you.',
      'Leave me alone.',
      'I want nothing to do with your company.',
    ],
    'salary-figure': [
      'I need at least $120,000 to consider it.',
      'My current package is 95k.',
      'Anything under 80.000 € is not enough.',
      'I expect a base salary of 150000 per year.',
      "I'm after a six-figure salary.",
    ],
    shouting: ['I am NOT INTERESTED in this.', 'Please stop!!!', 'ABSOLUTELY not.', 'I will NEVER apply.'],
    placeholder: ['Dear [Name],', 'Hi {{first_name}},', 'Thanks for the undefined role.', 'Best regards, null', 'At <Company Name> we'],
  },
  es: {
    negative: [
      'El ambiente de la empresa parece tóxico.',
      'La oferta salarial es ridícula.',
      'El sueldo es muy bajo.',
      'Todo esto ha sido una pérdida de tiempo.',
      'He leído muy malas reseñas sobre ustedes.',
      'Los reclutadores me parecieron incompetentes.',
      'Me pareció una falta de respeto.',
      'El puesto me resulta aburrido.',
      'La empresa está muy mal organizada.',
      'La entrevista fue un desastre.',
      'No confío en su empresa.',
      'El sueldo está muy por debajo del mercado.',
      'He oído cosas muy malas de su empresa.',
    ],
    'bridge-burning': ['No quiero saber nada de su empresa.', 'No me vuelvan a contactar.', 'No me interesa su empresa.', 'Dejen de escribirme.', 'Nunca trabajaría para ustedes.'],
    'salary-figure': ['Actualmente gano 40.000 € al año.', 'Pido 45.000 euros brutos al año.', 'No acepto menos de 50k.'],
    shouting: ['NO ME INTERESA.', '¡¡¡Basta ya!!!'],
    placeholder: ['Hola [Nombre]:', 'Estimado {{nombre}}'],
  },
  fr: {
    negative: [
      "L'ambiance semble toxique.",
      'Le salaire proposé est dérisoire.',
      'Je serais sous-payé dans ce poste.',
      "C'est une perte de temps.",
      "J'ai lu des avis négatifs sur votre entreprise.",
      'Votre processus est complètement désorganisé.',
      'Les managers sont incompétents.',
      'Une offre franchement ridicule.',
      'Le poste est ennuyeux.',
      "J'ai été très déçu par l'entretien.",
      "Je n'ai pas confiance en votre entreprise.",
      'Le salaire est très en dessous du marché.',
      'Votre entreprise a une réputation épouvantable.',
    ],
    'bridge-burning': ['Je ne veux plus entendre parler de votre entreprise.', 'Ne me contactez plus.', "Je ne suis pas intéressé par votre entreprise.", 'Cessez de me solliciter.', 'Je ne travaillerai jamais pour vous.'],
    'salary-figure': ['Je demande 55 000 € brut par an.', 'Pas moins de 60k.'],
    shouting: ['JAMAIS DE LA VIE.', 'Non merci !!!'],
    placeholder: ['Bonjour [Prénom],', 'Bonjour {{prenom}},'],
  },
  de: {
    negative: [
      'Das Arbeitsklima wirkt toxisch.',
      'Das Gehalt ist lächerlich niedrig.',
      'Das war reine Zeitverschwendung.',
      'Ich habe schlechte Bewertungen auf Kununu gelesen.',
      'Die Firma wirkt völlig chaotisch.',
      'Ihre Recruiter sind inkompetent.',
      'Ich wäre dort unterbezahlt.',
      'Das Angebot ist eine Frechheit.',
      'Die Stelle klingt langweilig.',
      'Ich bin von dem Gespräch enttäuscht.',
      'Ich vertraue Ihrem Unternehmen nicht.',
      'Das Gehalt liegt weit unter dem Marktniveau.',
      'Ich habe viel Schlechtes über Ihr Unternehmen gehört.',
    ],
    'bridge-burning': [
      'Kontaktieren Sie mich nie wieder.',
      'Ich will mit Ihrer Firma nichts zu tun haben.',
      'Ich habe kein Interesse an Ihrem Unternehmen.',
      'Hören Sie auf, mich anzuschreiben.',
      'Ich würde niemals für Sie arbeiten.',
    ],
    'salary-figure': ['Mein Minimum liegt bei 5.000 Euro netto im Monat.', 'Ich erwarte 75.000 Euro brutto im Jahr.', 'Unter 70k mache ich das nicht.'],
    shouting: ['Das kommt NICHT in Frage.', 'Auf gar keinen Fall!!!'],
    placeholder: ['Hallo [Vorname],', 'Guten Tag {{name}},'],
  },
  pt: {
    negative: [
      'O ambiente parece tóxico.',
      'O salário é ridículo.',
      'Foi uma perda de tempo.',
      'Li avaliações negativas no Glassdoor.',
      'A empresa é muito desorganizada.',
      'Os gestores são incompetentes.',
      'Eu seria mal pago nessa vaga.',
      'A proposta é uma piada.',
      'A vaga parece entediante.',
      'Fiquei decepcionado com a entrevista.',
      'Não confio na sua empresa.',
      'O salário está muito abaixo do mercado.',
      'Trabalhar aí parece exaustivo.',
    ],
    'bridge-burning': ['Não quero nada com a sua empresa.', 'Não me contatem mais.', 'Não tenho interesse na sua empresa.', 'Parem de me ligar.', 'Nunca trabalharia para vocês.'],
    'salary-figure': ['Meu mínimo é 9 mil reais.', 'Peço R$ 15.000 por mês.', 'Nada abaixo de 12 mil reais.'],
    shouting: ['NÃO TENHO INTERESSE.', 'Chega!!!'],
    placeholder: ['Olá [Nome],', 'Olá {{nome}},'],
  },
};

// Wording a polite decline uses: must pass untouched.
const CLEAN: Record<Lang, string[]> = {
  en: [
    "The role isn't the right fit for my career goals right now.",
    "I'm not in a position to relocate at the moment.",
    'I am very happy in my current role.',
    'The overall package is not quite aligned with what I need.',
    'I have accepted another offer at IBM.',
    'I look forward to staying in touch in 2026. You can reach me on +1 555 123 4567.',
    'Hello Maria, hope your week is going well.',
    "Please don't hesitate to reach out in the future.",
    'It was a difficult decision, and I was impressed by everyone I met.',
  ],
  es: ['En este momento no puedo mudarme.', 'Estoy muy a gusto en mi puesto actual.', 'Disculpe las molestias y gracias por su comprensión.', 'Lamentablemente, no es el momento adecuado.', 'Infelizmente para mí, fue una decisión difícil.'],
  fr: [
    "Je ne suis pas en mesure de déménager pour l'instant.",
    'Je me sens très bien dans mon poste actuel.',
    "Le moment n'est pas le bon pour moi.",
    'Malheureusement, pourriez-vous transmettre mes remerciements à l’équipe ?',
  ],
  de: ['Ein Umzug ist für mich derzeit nicht möglich.', 'Ich fühle mich in meiner aktuellen Position sehr wohl.', 'Leider passt der Zeitpunkt nicht.', 'Entschuldigen Sie die späte Antwort.', 'Die Stelle ist ab null Uhr ausgeschrieben.'],
  pt: ['Infelizmente, não é o momento.', 'Desculpe a demora.', 'No momento não posso me mudar de cidade.', 'Gosto muito do meu trabalho atual.', 'Quero explorar novas oportunidades na minha área.'],
};

const GOOD_DRAFTS: Record<Lang, string> = {
  en: 'Hi Maria,\n\nThank you for the invitation to interview for the analyst role. After careful thought, I have decided to decline the interview.\n\nI would be glad to stay in touch.\n\nBest,\nSam',
  es: 'Hola, María:\n\nMuchas gracias por la invitación a la entrevista. Después de pensarlo, he decidido declinar la entrevista.\n\nSaludos,\nSam',
  fr: "Bonjour Marie,\n\nMerci pour l'invitation à un entretien. Après réflexion, j'ai décidé de ne pas donner suite.\n\nCordialement,\nSam",
  de: 'Hallo Maria,\n\nvielen Dank für die Einladung zum Gespräch. Nach reiflicher Überlegung sage ich das Gespräch ab.\n\nViele Grüße\nSam',
  pt: 'Olá, Maria,\n\nAgradeço o convite para a entrevista. Depois de pensar com calma, decidi recusar a entrevista.\n\nAbraços,\nSam',
};

describe('checkTone', () => {
  for (const lang of Object.keys(FLAGGED) as Lang[]) {
    describe(lang, () => {
      for (const [rule, snippets] of Object.entries(FLAGGED[lang]))
        it.each(snippets)(`flags ${rule}: %s`, (snippet) => {
          const findings = checkTone(snippet, lang, { whole: false });
          const hit = findings.find((f) => f.rule === rule);
          expect(hit, JSON.stringify(findings)).toBeDefined();
          // Offsets point at the offending words, and the finding says what to do instead.
          expect(hit!.end).toBeGreaterThan(hit!.start);
          expect(snippet.slice(hit!.start, hit!.end).trim()).not.toBe('');
          expect(hit!.message.length).toBeGreaterThan(10);
          expect(hit!.suggestion.length).toBeGreaterThan(10);
        });

      it.each(CLEAN[lang])('leaves polite wording alone: %s', (snippet) => {
        expect(checkTone(snippet, lang, { whole: false })).toEqual([]);
      });

      it('accepts a short, polite whole draft', () => {
        expect(checkTone(GOOD_DRAFTS[lang], lang)).toEqual([]);
      });

      it('asks for thanks and for a clear decline in a whole draft', () => {
        const noThanks = GOOD_DRAFTS[lang].replace(/^.*\n\n.*?\. /s, 'X\n\n');
        expect(checkTone(noThanks, lang).map((f) => f.rule)).toContain('missing-thanks');
        const rules = checkTone('Hello,\n\nSee you soon.\n\nSam', lang).map((f) => f.rule);
        expect(rules).toEqual(expect.arrayContaining(['missing-thanks', 'missing-decline']));
        // A snippet (a custom reason) is not a whole draft.
        expect(checkTone('See you soon.', lang, { whole: false })).toEqual([]);
      });

      it('finds nothing in what the composer writes', () => {
        for (const tone of ['warm', 'formal', 'brief'] as const) {
          const d = composeDecline({
            invitation: { company: 'Acme', role: 'Analyst', contactFirstName: 'Maria', messageId: `t-${lang}-${tone}` },
            answers: { lang, tone, mentionReason: true, reasons: ['career-goals', 'culture-fit', 'compensation'], offerReferral: true },
          });
          expect(checkTone(d.text, lang)).toEqual([]);
        }
      });
    });
  }

  it('offsets are exact in text with accents and capitals', () => {
    const text = 'Gracias. El ambiente es TÓXICO y la oferta es ridícula.';
    const f = checkTone(text, 'es', { whole: false }).filter((x) => x.rule === 'negative');
    const spans = f.map((x) => text.slice(x.start, x.end));
    expect(spans).toHaveLength(2);
    expect(spans[0]).toBe('TÓXICO');
    expect(spans[1]).toMatch(/ridícula$/);
  });

  it('does not flag names from the mail passed as allowed', () => {
    const text = 'Thank you, TOXIC GAMES STUDIO team. I have decided to decline the interview for the Complaints Officer role.';
    expect(checkTone(text, 'en').map((f) => f.rule)).toEqual(expect.arrayContaining(['shouting', 'negative']));
    expect(checkTone(text, 'en', { allow: ['TOXIC GAMES STUDIO', 'Complaints Officer'] })).toEqual([]);
  });

  it('short acronyms are not shouting, long capitals are', () => {
    expect(checkTone('I worked with the AWS and SAP teams in the EU.', 'en', { whole: false })).toEqual([]);
    expect(checkTone('PLEASE READ THIS CAREFULLY', 'en', { whole: false }).map((f) => f.rule)).toEqual(['shouting']);
  });

  it('never throws, whatever it is given', () => {
    const odd: unknown[] = [null, undefined, 42, {}, [], '\u0000\uffff\ud800', 'x'.repeat(200_000), '[[[[{{{{', '!!!!'.repeat(1000)];
    for (const t of odd) for (const lang of ['en', 'de', 'xx', null]) expect(() => checkTone(t as string, lang as string)).not.toThrow();
  });

  it('runs in linear time on a long text', () => {
    const unit = 'Thank you for the invitation; the team seems great and I wish you well. ';
    // Best of three runs each, so a busy machine does not decide the outcome.
    const best = (text: string) =>
      Math.min(
        ...[0, 1, 2].map(() => {
          const t = performance.now();
          checkTone(text, 'en');
          return performance.now() - t;
        }),
      );
    const smallMs = best(unit.repeat(2_000));
    const bigMs = best(unit.repeat(20_000));
    // 10x the text: well under the 100x a quadratic check would take.
    expect(bigMs).toBeLessThan(Math.max(smallMs, 2) * 30);
    expect(best('['.repeat(200_000))).toBeLessThan(2_000);
  });
});
