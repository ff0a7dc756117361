// Regression set for the tone check on wording the lexicons were not written from: the authors wrote
// these sentences before reading the lexicons (first measured: recall 74/77, false positives 2/50).
import { describe, expect, it } from 'vitest';
import { checkTone } from '../../src/core/tone';
import { compileLexicon } from '../../src/core/tone/lexicon';
import { LEXICONS } from '../../src/core/tone/lexicons';

const UNSEEN: Record<'en' | 'es' | 'fr' | 'de' | 'pt', { neg: string[]; ok: string[] }> = {
  en: {
    neg: [
      'Honestly, the salary you offered is insulting for someone with my experience.',
      'Your recruiter was rude and kept me waiting for three weeks.',
      'The interview process was a complete mess from start to finish.',
      'I have heard terrible things about the culture at your company.',
      'Frankly, the pay is a joke.',
      'I would never work for a company with reviews like yours on Glassdoor.',
      'Please stop contacting me.',
      'Lose my number.',
      'I was expecting at least €45k, so this is not worth my time.',
      'I am looking for $120,000/yr, which you clearly cannot match.',
      'THIS IS THE THIRD TIME I HAVE SAID NO.',
      'Your management seems toxic and disorganised.',
      'The job description was misleading and unprofessional.',
      'This role is clearly a step backwards and beneath my skills.',
      'Your hiring team wasted my time with pointless tests.',
      'I found the whole experience disappointing and frustrating.',
      'The benefits are pathetic compared to the market.',
    ],
    ok: [
      'The timing is not right for me at the moment.',
      'It was just bad timing on my side.',
      'I do not think the role is the right fit for my goals right now.',
      'After careful thought, the position does not match my compensation expectations.',
      'I am happy in my current role and not looking to move.',
      'I am not able to relocate at this time.',
      'I would be glad to stay in touch for future opportunities.',
      'I have decided to focus on roles closer to my long-term plans.',
      'I really enjoyed learning about the team and the product.',
      'I hope the search goes well and that you find a great candidate.',
    ],
  },
  es: {
    neg: [
      'Sinceramente, el sueldo que ofrecen es ridículo.',
      'La reclutadora fue muy grosera conmigo.',
      'El proceso de selección ha sido un desastre total.',
      'He oído cosas horribles sobre el ambiente de trabajo en su empresa.',
      'Su empresa tiene una reputación pésima en el sector.',
      'No volvería a trabajar con ustedes ni loco.',
      'Por favor, dejen de contactarme.',
      'Esperaba al menos 45.000 € brutos al año.',
      'Mi expectativa salarial es de €50k, muy por encima de su oferta miserable.',
      'ME PARECE UNA FALTA DE RESPETO TOTAL.',
      'Me hicieron perder el tiempo con entrevistas inútiles.',
      'La oferta es una vergüenza para alguien con mi experiencia.',
      'Su jefe de equipo parece incompetente.',
      'La descripción del puesto era engañosa.',
      'Me decepcionó mucho la falta de profesionalidad.',
    ],
    ok: [
      'En este momento no es el momento adecuado para mí.',
      'Ha sido una cuestión de mal momento por mi parte.',
      'Creo que el puesto no encaja con mis objetivos profesionales.',
      'La posición no se ajusta a mis expectativas salariales.',
      'Estoy contento en mi puesto actual.',
      'Ahora mismo no puedo cambiar de ciudad.',
      'Me encantaría seguir en contacto para futuras oportunidades.',
      'He decidido centrarme en otro tipo de proyectos.',
      'Les deseo mucho éxito en el proceso de selección.',
      'Me ha gustado mucho conocer al equipo.',
    ],
  },
  fr: {
    neg: [
      'Honnêtement, le salaire proposé est ridicule.',
      'Votre recruteur a été très impoli avec moi.',
      'Le processus de recrutement a été une vraie catastrophe.',
      "J'ai entendu des choses horribles sur l'ambiance dans votre entreprise.",
      'Votre entreprise a une réputation déplorable.',
      'Je ne travaillerai jamais pour vous.',
      'Merci de ne plus me contacter.',
      "J'attendais au moins 45 000 € par an.",
      'Je vise 55k€ brut, bien au-delà de votre offre minable.',
      "C'EST INACCEPTABLE.",
      "Vous m'avez fait perdre mon temps avec des tests inutiles.",
      "L'offre est franchement insultante.",
      'Votre manager semble incompétent et désagréable.',
      "L'annonce était mensongère.",
      "J'ai été très déçu par votre manque de professionnalisme.",
    ],
    ok: [
      "Le moment n'est pas idéal pour moi.",
      "C'est une question de mauvais timing de mon côté.",
      'Je ne pense pas que le poste corresponde à mes objectifs actuels.',
      'Le poste ne correspond pas à mes attentes en matière de rémunération.',
      'Je suis épanoui dans mon poste actuel.',
      "Je ne suis pas en mesure de déménager pour l'instant.",
      'Je serais ravi de rester en contact pour de futures opportunités.',
      "J'ai choisi de me concentrer sur d'autres projets.",
      'Je vous souhaite une excellente continuation dans votre recherche.',
      "J'ai beaucoup apprécié d'échanger avec l'équipe.",
    ],
  },
  de: {
    neg: [
      'Ehrlich gesagt ist das angebotene Gehalt lächerlich.',
      'Ihre Recruiterin war ausgesprochen unhöflich.',
      'Der Bewerbungsprozess war eine einzige Katastrophe.',
      'Ich habe Schreckliches über die Unternehmenskultur bei Ihnen gehört.',
      'Ihr Unternehmen hat einen miserablen Ruf.',
      'Für Sie würde ich niemals arbeiten.',
      'Bitte kontaktieren Sie mich nicht mehr.',
      'Ich hatte mindestens 65.000 € im Jahr erwartet.',
      'Unter 70k€ brutto fange ich gar nicht erst an.',
      'DAS IST EINE FRECHHEIT.',
      'Sie haben meine Zeit mit sinnlosen Tests verschwendet.',
      'Das Angebot ist eine Zumutung.',
      'Ihr Teamleiter wirkt inkompetent.',
      'Die Stellenanzeige war irreführend.',
      'Ich bin von Ihrer Unprofessionalität sehr enttäuscht.',
    ],
    ok: [
      'Der Zeitpunkt passt für mich gerade nicht.',
      'Es ist leider ein ungünstiger Zeitpunkt für mich.',
      'Die Stelle passt derzeit nicht zu meinen beruflichen Zielen.',
      'Die Position entspricht nicht meinen Gehaltsvorstellungen.',
      'Ich bin in meiner aktuellen Position sehr zufrieden.',
      'Ein Umzug ist für mich momentan nicht möglich.',
      'Ich würde mich freuen, in Kontakt zu bleiben.',
      'Ich habe mich entschieden, mich auf andere Projekte zu konzentrieren.',
      'Ich wünsche Ihnen viel Erfolg bei der weiteren Suche.',
      'Das Gespräch mit dem Team hat mir sehr gefallen.',
    ],
  },
  pt: {
    neg: [
      'Sinceramente, o salário oferecido é ridículo.',
      'A recrutadora foi muito mal-educada comigo.',
      'O processo seletivo foi uma bagunça total.',
      'Ouvi coisas horríveis sobre o ambiente de trabalho na empresa de vocês.',
      'A empresa de vocês tem uma péssima reputação.',
      'Nunca trabalharia para vocês.',
      'Por favor, parem de me contatar.',
      'Eu esperava pelo menos R$ 8 mil por mês.',
      'Minha pretensão é de R$12.000,00, muito acima dessa proposta miserável.',
      'ISSO É UMA FALTA DE RESPEITO.',
      'Vocês me fizeram perder tempo com testes inúteis.',
      'A proposta é uma vergonha para alguém com a minha experiência.',
      'O gestor da vaga parece incompetente.',
      'A descrição da vaga era enganosa.',
      'Fiquei muito decepcionado com a falta de profissionalismo.',
    ],
    ok: [
      'No momento, o timing não é o ideal para mim.',
      'Foi apenas uma questão de momento da minha parte.',
      'Acredito que a vaga não se alinha aos meus objetivos profissionais.',
      'A posição não atende às minhas expectativas salariais.',
      'Estou satisfeito com o meu cargo atual.',
      'No momento não posso me mudar de cidade.',
      'Adoraria manter contato para futuras oportunidades.',
      'Decidi me concentrar em outros projetos.',
      'Desejo muito sucesso no processo seletivo.',
      'Gostei muito de conhecer a equipe.',
    ],
  },
};

// A second set, also written blind, after the first round of lexicon changes: it caught only 13/40 of
// these subtler ones (sarcasm, hints at bad reviews, "didn't even read my CV"), which led to patterns by meaning.
const SECOND: Record<string, { neg: string[]; ok: string[] }> = {
 en:{neg:['Your offer is frankly embarrassing.','The recruiter never bothered to read my CV.','I could earn twice as much elsewhere.','Your team seemed miserable during the call.','I do not want to waste another minute on this process.','The reviews online say everything I need to know.','GBP 60,000 is my floor.','Nobody competent would accept these terms.'],
     ok:['I have accepted another offer.','The commute would be difficult for my family.','I am grateful for your patience.','Please keep my details for future roles.']},
 es:{neg:['La oferta es francamente vergonzosa.','La reclutadora ni siquiera leyó mi CV.','En otra empresa gano el doble.','El equipo parecía muy infeliz.','No pienso perder ni un minuto más en esto.','Las opiniones en internet lo dicen todo.','Mi mínimo son 40.000 euros.','Nadie competente aceptaría estas condiciones.'],
     ok:['He aceptado otra oferta.','El desplazamiento sería complicado para mi familia.','Agradezco mucho su paciencia.','Pueden conservar mis datos para futuras vacantes.']},
 fr:{neg:["Votre offre est franchement gênante.","Le recruteur n'a même pas lu mon CV.","Ailleurs, je gagne deux fois plus.","L'équipe avait l'air malheureuse pendant l'appel.","Je ne veux plus perdre une minute avec ce processus.","Les avis en ligne en disent long.","Mon minimum est de 50 000 euros.","Personne de compétent n'accepterait ces conditions."],
     ok:["J'ai accepté une autre offre.","Le trajet serait compliqué pour ma famille.","Je vous remercie de votre patience.","Vous pouvez conserver mes coordonnées pour de futurs postes."]},
 de:{neg:['Ihr Angebot ist ehrlich gesagt peinlich.','Der Recruiter hat meinen Lebenslauf nicht einmal gelesen.','Anderswo verdiene ich doppelt so viel.','Das Team wirkte im Gespräch völlig unglücklich.','Ich will keine Minute mehr mit diesem Prozess vergeuden.','Die Bewertungen im Netz sagen alles.','Mein Minimum liegt bei 60.000 Euro.','Kein kompetenter Mensch würde diese Bedingungen akzeptieren.'],
     ok:['Ich habe ein anderes Angebot angenommen.','Der Arbeitsweg wäre für meine Familie schwierig.','Vielen Dank für Ihre Geduld.','Gern können Sie meine Daten für künftige Stellen behalten.']},
 pt:{neg:['A proposta de vocês é sinceramente constrangedora.','O recrutador nem leu meu currículo.','Em outra empresa ganho o dobro.','A equipe parecia muito infeliz na chamada.','Não quero perder nem mais um minuto com esse processo.','As avaliações na internet dizem tudo.','Meu mínimo é R$ 10.000.','Ninguém competente aceitaria essas condições.'],
     ok:['Aceitei outra proposta.','O deslocamento seria complicado para minha família.','Agradeço muito a paciência de vocês.','Podem manter meus dados para futuras vagas.']},
};

// A third blind set, written after the second round: 28/50 caught at first (0/25 false alarms). The
// misses were ideas covered in English only (depressing, desperate, "like numbers", "expected more",
// "no idea"), now in every language.
const THIRD: Record<string, { neg: string[]; ok: string[] }> = {
 en:{neg:['Your company is known for treating people like numbers.','I expected a lot more from a company of your size.','The role sounded boring and repetitive.','Anything under £55k is a non-starter.','I need at least USD 90k base.','ABSOLUTELY NOT.','Your recruiter clearly had no idea what the job was.','I am not desperate enough to accept that salary.','The interview felt like an interrogation and a half.','Honestly, your office looked depressing.'],
     ok:['I am grateful for the opportunity and hope to stay in touch.','The role is not quite the right fit for me at this point.','My compensation expectations are a bit different at this stage.','I would prefer to stay closer to home for now.','Unfortunately, I need to decline.']},
 es:{neg:['Su empresa trata a la gente como números.','Esperaba mucho más de una empresa de su tamaño.','El puesto me pareció aburrido y repetitivo.','Por menos de 55.000 euros ni lo considero.','Necesito al menos USD 90k.','¡DE NINGUNA MANERA!','La reclutadora no tenía ni idea del puesto.','No estoy tan desesperado como para aceptar ese sueldo.','La entrevista parecía un interrogatorio.','Sinceramente, la oficina parecía deprimente.'],
     ok:['Lamentablemente, debo declinar la invitación.','El puesto no encaja del todo conmigo en este momento.','Mis expectativas económicas son algo diferentes ahora mismo.','Prefiero quedarme cerca de casa por ahora.','Ha sido un placer hablar con ustedes.']},
 fr:{neg:['Votre entreprise traite les gens comme des numéros.',"J'attendais beaucoup mieux d'une entreprise de votre taille.",'Le poste me paraît ennuyeux et répétitif.','En dessous de 55 000 euros, ce n\'est même pas la peine.','Il me faut au moins 90k€ fixe.','HORS DE QUESTION.',"Votre recruteur n'avait aucune idée du poste.","Je ne suis pas désespéré au point d'accepter ce salaire.","L'entretien ressemblait à un interrogatoire.",'Franchement, vos bureaux avaient l\'air déprimants.'],
     ok:['Malheureusement, je dois décliner cette invitation.',"Le poste ne me correspond pas tout à fait pour l'instant.",'Mes attentes en matière de rémunération sont un peu différentes.',"Je préfère rester près de chez moi pour l'instant.",'Ce fut un plaisir d\'échanger avec vous.']},
 de:{neg:['Ihr Unternehmen behandelt Menschen wie Nummern.','Von einem Unternehmen Ihrer Größe hätte ich viel mehr erwartet.','Die Stelle klang langweilig und eintönig.','Unter 55.000 Euro brauchen wir gar nicht reden.','Ich brauche mindestens 90k€ fix.','AUF KEINEN FALL.','Ihre Recruiterin hatte keine Ahnung von der Stelle.','So verzweifelt bin ich nicht, dass ich dieses Gehalt annehme.','Das Gespräch war das reinste Verhör.','Ehrlich gesagt wirkte Ihr Büro deprimierend.'],
     ok:['Leider muss ich die Einladung absagen.','Die Stelle passt im Moment nicht ganz zu mir.','Meine Gehaltsvorstellungen liegen derzeit etwas anders.','Ich möchte vorerst in der Nähe meines Wohnorts bleiben.','Es war mir eine Freude, mit Ihnen zu sprechen.']},
 pt:{neg:['A empresa de vocês trata as pessoas como números.','Esperava muito mais de uma empresa do tamanho de vocês.','A vaga me pareceu chata e repetitiva.','Abaixo de R$ 8.500 nem considero.','Preciso de pelo menos 8 mil reais por mês.','DE JEITO NENHUM.','A recrutadora não fazia ideia do que era a vaga.','Não estou tão desesperado a ponto de aceitar esse salário.','A entrevista parecia um interrogatório.','Sinceramente, o escritório parecia deprimente.'],
     ok:['Infelizmente, preciso recusar o convite.','A vaga não se encaixa totalmente no meu momento.','Minhas expectativas de remuneração estão um pouco diferentes agora.','Prefiro ficar perto de casa por enquanto.','Foi um prazer conversar com vocês.']},
};

// Polite sentences that share words with the patterns above ("harta" is "a lot of" in Chile,
// "más vale" is "it is better to", "twice as much" travel is not pay).
const POLITE_LOOKALIKES: [string, string][] = [
  ['es', 'Tengo harta experiencia en proyectos de datos y más vale decirlo ahora.'],
  ['pt', 'Não é, de jeito nenhum, falta de interesse na empresa.'],
  ['en', "There's no way I would be able to relocate this year, unfortunately."],
  ['en', 'I regret to let you know that I need to decline.'],
  ['en', 'I would need to travel twice as much, which is hard for my family.'],
  ['fr', 'Malheureusement, je ne suis pas disponible.'],
  ['de', 'Leider ist es mir derzeit unmöglich, umzuziehen.'],
  ['es', 'Lamentablemente no puedo continuar con el proceso.'],
  ['pt', 'Infelizmente, não poderei seguir no processo.'],
  ['de', 'Es ist gerade ein schlechter Zeitpunkt für einen Wechsel.'],
  ['fr', "C'est un mauvais moment pour moi, tout simplement."],
  ['pt', 'É um momento ruim para mudar de emprego.'],
  ['pt', 'Estou metido em um projeto grande até março.'],
  ['de', 'Der Starttermin ist mir gleichgültig, ich bin flexibel.'],
  ['en', 'With all due respect to the team, I have decided to decline.'],
  ['en', 'I cannot afford to relocate my family this year.'],
  ['en', 'I have accepted a role at a children’s charity.'],
  ['es', 'Voy a trabajar en una fundación de caridad.'],
  ['en', 'Thanks for the handout you sent about the team.'],
];

// A fourth blind set of indirect wording (smug, no respect, can't afford good people, free work):
// 4/30 caught before (and after the first three rounds), which led to these ideas in every language.
const FOURTH: Record<string, { neg: string[]; ok: string[] }> = {
 en:{neg:['Your hiring manager came across as smug and dismissive.','I have zero respect for how this process was handled.','It is obvious your company cannot afford good people.','Working there would be a career mistake.','The whole thing felt like a bait to get free work out of me.','Your take-home assignment was a glorified unpaid project.'],
     ok:['I have decided to stay where I am for now.','This was not an easy decision.','I hope we can reconnect in a year or two.']},
 es:{neg:['El responsable de contratación fue prepotente y despectivo.','No tengo ningún respeto por cómo se llevó el proceso.','Es evidente que su empresa no puede pagar a buenos profesionales.','Trabajar allí sería un error en mi carrera.','La prueba técnica era trabajo gratis encubierto.','Me trataron con total indiferencia.'],
     ok:['He decidido quedarme donde estoy por ahora.','No ha sido una decisión fácil.','Espero que podamos retomar el contacto más adelante.']},
 fr:{neg:['Le responsable du recrutement était suffisant et méprisant.',"Je n'ai aucun respect pour la façon dont le processus a été mené.","Il est évident que votre entreprise n'a pas les moyens de payer des gens compétents.",'Travailler chez vous serait une erreur de carrière.',"L'exercice technique était du travail gratuit déguisé.","On m'a traité avec une indifférence totale."],
     ok:["J'ai décidé de rester dans mon poste actuel pour le moment.","Ce n'était pas une décision facile.","J'espère que nous pourrons reprendre contact plus tard."]},
 de:{neg:['Der Hiring Manager wirkte selbstgefällig und abweisend.','Ich habe null Respekt davor, wie der Prozess gelaufen ist.','Offensichtlich kann sich Ihr Unternehmen keine guten Leute leisten.','Bei Ihnen zu arbeiten wäre ein Karrierefehler.','Die Probeaufgabe war verkappte Gratisarbeit.','Man hat mich mit völliger Gleichgültigkeit behandelt.'],
     ok:['Ich habe mich entschieden, vorerst in meiner jetzigen Stelle zu bleiben.','Die Entscheidung ist mir nicht leichtgefallen.','Ich hoffe, wir können später wieder in Kontakt treten.']},
 pt:{neg:['O gestor da vaga foi arrogante e desdenhoso.','Não tenho nenhum respeito pela forma como o processo foi conduzido.','É óbvio que a empresa de vocês não tem como pagar bons profissionais.','Trabalhar aí seria um erro na minha carreira.','O teste técnico era trabalho de graça disfarçado.','Fui tratado com total indiferença.'],
     ok:['Decidi permanecer onde estou por enquanto.','Não foi uma decisão fácil.','Espero que possamos retomar o contato mais adiante.']},
};

// A fifth blind set, measured once on the finished lexicons: 2/25 (the original lexicons: 1/25), no
// false alarms. Its ideas (outdated, overloaded team, nobody stays, begging, alms) were then added.
const FIFTH: Record<string, { neg: string[]; ok: string[] }> = {
 en:{neg:['Your CEO seems more interested in headlines than in his staff.','I was told the team is drowning and nobody stays longer than a year.','Frankly the product looks outdated and the tech stack is ancient.','I am not going to beg for a fair salary.','The offer felt like charity.'],
     ok:['Thank you for being so transparent about the role.','I am focusing on a different kind of role.']},
 es:{neg:['Al director general le importan más los titulares que su plantilla.','Me dijeron que el equipo está desbordado y que nadie dura más de un año.','El producto parece anticuado y la tecnología, obsoleta.','No voy a mendigar un sueldo justo.','La oferta parecía una limosna.'],
     ok:['Gracias por ser tan transparentes sobre el puesto.','Me estoy centrando en otro tipo de puesto.']},
 fr:{neg:['Votre PDG semble plus intéressé par les gros titres que par ses salariés.',"On m'a dit que l'équipe est débordée et que personne ne reste plus d'un an.",'Le produit a l\'air dépassé et la technique obsolète.','Je ne vais pas mendier un salaire correct.',"L'offre ressemblait à de la charité."],
     ok:['Merci pour votre transparence sur le poste.','Je me concentre sur un autre type de poste.']},
 de:{neg:['Ihrem CEO sind Schlagzeilen offenbar wichtiger als seine Mitarbeitenden.','Mir wurde gesagt, das Team ist völlig überlastet und niemand bleibt länger als ein Jahr.','Das Produkt wirkt veraltet und der Tech-Stack uralt.','Ich werde nicht um ein faires Gehalt betteln.','Das Angebot wirkte wie ein Almosen.'],
     ok:['Danke für Ihre Offenheit zur Stelle.','Ich konzentriere mich auf eine andere Art von Stelle.']},
 pt:{neg:['O CEO de vocês parece mais interessado em manchetes do que na equipe.','Me disseram que a equipe está sobrecarregada e que ninguém fica mais de um ano.','O produto parece ultrapassado e a tecnologia, obsoleta.','Não vou implorar por um salário justo.','A proposta parecia uma esmola.'],
     ok:['Obrigado pela transparência sobre a vaga.','Estou focando em outro tipo de vaga.']},
};

describe('tone check on unseen wording', () => {
  it.each(POLITE_LOOKALIKES)('leaves polite look-alikes alone (%s): %s', (lang, s) => {
    expect(checkTone(s, lang, { whole: false })).toEqual([]);
  });

  for (const [lang, { neg, ok }] of [...Object.entries(UNSEEN), ...Object.entries(SECOND), ...Object.entries(THIRD), ...Object.entries(FOURTH), ...Object.entries(FIFTH)]) {
    describe(lang, () => {
      it.each(neg)('flags: %s', (s) => {
        expect(checkTone(s, lang, { whole: false }).length).toBeGreaterThan(0);
      });
      it.each(ok)('leaves alone: %s', (s) => {
        expect(checkTone(s, lang, { whole: false })).toEqual([]);
      });
    });
  }

  it('leaves numbers that are not pay alone', () => {
    const plain: [string, string][] = [
      ['es', 'Es un equipo de 3 mil personas en 12 países.'],
      ['en', 'The office is 45 km away and I have 5 years of experience.'],
      ['pt', 'A empresa tem 2 mil funcionários.'],
    ];
    for (const [lang, s] of plain) expect(checkTone(s, lang, { whole: false }), s).toEqual([]);
  });

  it('flags the salary figure itself in each currency format', () => {
    const figures: [string, string, string][] = [
      ['en', 'I was expecting at least €45k.', '€45k'],
      ['en', 'I am looking for $120,000/yr.', '$120,000'],
      ['es', 'Esperaba al menos 45.000 € brutos al año.', '45.000 €'],
      ['pt', 'Eu esperava pelo menos R$ 8 mil por mês.', 'R$ 8 mil'],
      ['de', 'Unter 70k€ brutto fange ich gar nicht erst an.', '70k€'],
      ['en', 'I currently make 95 thousand a year.', '95 thousand'],
      ['en', 'I need at least 150 grand.', '150 grand'],
      ['fr', 'Minimum 4 000 euros net par mois.', '4 000 euros'],
      ['es', 'Mi salario actual es de 40 mil euros.', '40 mil euros'],
    ];
    for (const [lang, s, fig] of figures) {
      const hits = checkTone(s, lang, { whole: false }).filter((f) => f.rule === 'salary-figure');
      expect(hits.map((f) => s.slice(f.start, f.end)), s).toContain(fig);
    }
  });
});

// One malformed entry makes the whole language's pattern fail to compile, and checkTone then
// quietly finds nothing for that language: each entry must compile on its own.
describe('lexicon entries', () => {
  for (const [lang, lex] of Object.entries(LEXICONS)) {
    it(`every ${lang} entry compiles`, () => {
      const broken = Object.values(lex)
        .flat()
        .filter((e): e is string => typeof e === 'string')
        .filter((e) => {
          try {
            compileLexicon([e]);
            return false;
          } catch {
            return true;
          }
        });
      expect(broken).toEqual([]);
    });
  }
});
