import type { LanguageLexicon } from './types';

export const pt: LanguageLexicon = {
  negative: [
    'toxic*', 'hostil', 'hostis', 'caotic*', 'caos', 'desorganiza*', 'bagunca*', 'desastr*', 'horrivel', 'horriveis', 'terrivel', 'terriveis', 'pessim*', 'o pior', 'a pior', 'os piores',
    'pesadelo*', 'lamentavel', 'mal(a|as)? (avaliac*|reputac*|fama|gestao|ambiente|referencia*|experiencia*|comentario*|lideranca)',
    'ma (avaliac*|reputac*|fama|gestao|lideranca|experiencia)', '(avaliac*|comentario*|critica*|resenha*) (negativ*|ruim|ruins|pessim*|horrivel|horriveis)',
    'mal (gerid*|administrad*|organizad*|pag*|remunerad*)', 'glassdoor', 'reclame aqui', 'micro ?gerenc*', 'micro ?gest*', 'micromanag*', 'exploram', 'exploradora',
    'explorac(ao|oes) (de funcionarios|trabalhista)', 'abusiv*', 'antiet*', 'pouco etic*', 'golpe*', 'fraud*', 'desonest*', 'mentiros*', 'mentiram', 'mentiras',
    'incompeten*', '(pouco|nada) profissional*', 'falta de (profissionalismo|respeito|seriedade|transparencia|organizacao)', 'amador*', 'ridicul*', 'absurd*', 'insult*',
    'ofensiv*', 'patetic*', 'vergonh*', 'decepcion*', 'frustra*', 'irritant*', 'grosseir*', 'arrogan*', 'prepoten*', 'condescenden*', 'chato', 'chata', 'entediant*', 'mediocr*',
    'mesquinh*', 'pao duro', 'sovin*', '(salario|remuneracao|oferta|proposta|pagamento)s? (e |era |muito |tao |bem )*(baix[oa]s?|ridicul*|miseravel|insultuos*|irrisori*|vergonhos*)',
    'paga(m)? (muito |tao |bem |realmente )?(pouco|mal|uma miseria)', 'uma miseria', 'irrisori*', 'uma piada', 'piada', 'perda de tempo', 'perder (o |meu |nosso )?(meu )?tempo', 'me fizeram perder',
    '(alta|muita) rotatividade', 'rotatividade alta', 'odeio', 'odiar*', 'odio', 'detest*', 'nojo*', 'nojent*', 'merda*', 'porcaria*', 'lixo', 'estupid*', 'idiota*', 'burr(o|a|os|as)',
    'inutil', 'inuteis', 'reclamac*', 'reclamar', 'reclamo', 'queixa*', 'horas extras? (nao|sem) (pagas|remuneradas)', 'jornadas? (exaustiva*|abusiva*|interminav*)', 'escrav*', 'seita',
    'desrespeit*', 'injust*', 'irrealist*', 'burocratic*', 'ineficien*', '(super|sobre) ?qualificad*', 'abaixo do meu nivel', 'sem futuro', 'nao me impression*', 'bandeira vermelha',
    'enganos*', 'ganancios*', 'chefe* (toxic*|horrivel|pessim*|incompetent*)',
    'ruim', 'ruins', 'salario fraco', 'indecente*', 'inaceitavel', 'inaceitaveis', 'mal educad*', 'falta de educacao', 'nao vale a pena', 'esgotad*', 'burn ?out',
    'enrolac*', 'discrimin*', 'machist*', 'racist*', 'assedio', 'uma vergonha', 'pessima*', 'horroros*',
    'abaixo do mercado', 'explorar (os|seus|as|suas) (funcionarios|colaboradores|empregados|trabalhadores)', 'coisas (muito )?ruins', 'falar (muito )?mal', 'exaustiv*', 'cansativ*',
    'desagradave(l|is)', '(pouco|nada) atrativ*', 'infeliz(es)?', 'insuportave(l|is)', 'maltrat*', 'desprez*', 'mal falad*',
    'nao confio', 'desconfi*', 'nao (valorizam|respeitam|cuidam) (dos|os|seus|de)', '(reducao|corte|perda) (de |do )?salari*', 'reducao salarial', 'interrogatorio*',
    'desinteressante*', '(pouco|nada) interessante*', 'mal definid*', 'insistente*', 'estressad*', 'estressante*', 'desmotivad*', '(a|do que) trabalhar (ai|la|com voces|para voces|na sua empresa)',
  ],
  bridge: [
    'nao (me )?(contatem|contactem|liguem|escrevam|procurem|incomodem)( mais| nunca mais)?', 'nunca mais (me )?(contatem|contactem|procurem|liguem|escrevam)',
    'parem de me (contatar|contactar|ligar|mandar|incomodar|escrever|procurar|assediar)', '(removam|apaguem|excluam|deletem) (os )?meus dados', '(me )?(tirem|removam) ?(me )?da (sua |vossa )?lista',
    'nao tenho (nenhum )?interesse (na|em|pela) (sua|vossa|esta|essa) empresa', '(sua|vossa|essa|esta) empresa nao me interessa', '(nunca|jamais) trabalharia',
    '(nunca|jamais) (vou|irei) trabalhar', '(me )?deixem ?(me )?em paz', 'spam*', 'assedi*', 'vao se arrepender', 'azar o (seu|de voces)', 'pior para (voces|voce)', 'nunca mais',
    'esquecam (que eu existo|de mim)', 'nao quero saber (de voces|mais nada)', 'vou avisar (outros|todos)', 'nao me mandem mais', 'parem de (me )?mandar', 'nao quero (mais )?nada com', 'nao quero (mais )?saber (de|da sua)', 'nunca mais (me )?procurem',
  ],
  thanks: ['obrigad*', 'agradec*', 'agradeco', 'gratidao', 'grat(o|a|os|as)'],
  decline: [
    'recus*', 'declin*', 'desist*', 'abrir mao', 'retirar (a )?minha candidatura', 'retiro (a )?minha candidatura',
    'nao (vou |irei |posso |poderei |pretendo |desejo )?(seguir|prosseguir|continuar|avancar|participar|comparecer|dar (continuidade|seguimento|sequencia))',
  ],
  emphasis: ['nunca', 'jamais', 'nao', 'nada', 'chega', 'odeio'],
  salaryWords: ['salario*', 'remuneracao', 'pagamento', 'oferta', 'proposta', 'bruto*', 'liquido*', 'anual*', 'por ano', 'ao ano', 'por mes', 'mensal*', 'clt', 'pj'],
};
