import type { LanguageLexicon } from './types';

export const es: LanguageLexicon = {
  negative: [
    'toxic*', 'hostil*', 'caotic*', 'caos', 'desorganiz*', 'desastr*', 'horribl*', 'terribl*', 'pesim*', 'fatal*', 'malisim*', 'nefast*',
    'lamentable', 'lamentables', 'la peor', 'el peor', 'los peores', 'las peores',
    'mal(a|as|os)? (resen*|referencia*|opinion*|critica*|comentario*|fama|reputacion|ambiente|gestion|experiencia*|valoracion*|rollo|trato)',
    '(resen*|opinion*|critica*|comentario*|valoracion*) (negativ*|mal(a|as|os)|terribl*|horribl*|pesim*)', 'mal (gestionad*|dirigid*|organizad*|pagad*|remunerad*)',
    'glassdoor', 'micro ?gestion*', 'micromanag*', 'explot(an|ador*|acion laboral|ados)', 'abus(o|os|ivo|iva|ivos|ivas)', 'poco etic*', 'no etic*', 'antietic*',
    'estafa*', 'fraud*', 'deshonest*', 'mentiros*', 'mintieron', 'mentiras', 'incompeten*', 'poco profesional*', 'nada profesional*', 'falta de (profesionalidad|profesionalismo|respeto|seriedad|transparencia|organizacion)',
    'amateur*', 'chapuc*', 'ridicul*', 'absurd*', 'insult*', 'ofensiv*', 'patetic*', 'vergonzos*', 'verguenza', 'decepcion*', 'frustra*', 'molest(o|a|an|aron|ar|e)',
    'groser*', 'arrogan*', 'prepoten*', 'condescendient*', 'aburrid*', 'mediocr*', 'cutre*', 'tacan*', 'miserabl*', 'una miseria', 'una burla', 'un chiste', 'una broma',
    '(sueldo|salario|paga|oferta|remuneracion)s? (es |era |muy |tan |demasiado )*(bajo|baja|bajos|miserable|ridicul*|insultante|de miseria|de hambre|penos*)',
    'pagan (poco|mal|fatal|una miseria)', 'por debajo del mercado', 'perdida de tiempo', 'perder (el|mi|nuestro) tiempo', 'me hicieron perder', 'alta rotacion', 'mucha rotacion',
    'odio', 'odiar*', 'odie', 'detest*', 'asco', 'asquer*', 'basura', 'mierda*', 'porqueria*', 'estupid*', 'idiot*', 'inutil*', 'queja*', 'quejar*', 'me quejo',
    'horas extra(s)? (no|sin) pag(ar|adas)', 'jornadas? (eterna*|interminable*|abusiva*)', 'esclav*', 'secta', 'irrespetuos*', 'injust*', 'irrazonabl*', 'poco realista*', 'irreal',
    'burocratic*', 'ineficien*', 'sobrecualificad*', 'por debajo de mi nivel', 'no me impresion*', 'nada impresionante', 'sin futuro', 'bandera roja',
    'codici*', 'enganos*', 'engano', 'timo', 'timador*', 'jefe* (toxic*|horribl*|terribl*|incompetent*)',
    'de risa', 'tomadura de pelo', 'maleducad*', 'impresentabl*', 'indign*', 'inaceptabl*', 'poco seri*', 'no (vale|merece) la pena', 'quemad(o|a|os|as)', 'sobrecarga*',
    'muy mal(a|o)? (empresa|oferta|experiencia|trato)', 'malisima*', 'penos(o|a|os|as)', 'discrimina*', 'machist*', 'racist*', 'acoso', 'burn ?out',
  ],
  bridge: [
    'no (me )?vuelvan a (contactar*|escribir*|llamar*|molestar*)', 'no vuelvas a (contactar*|escribir*|llamar*)',
    'no me (contacten|contactes|escriban|escribas|llamen|llames|molesten|molestes)( nunca)?( mas)?', 'nunca (mas )?(me )?(contacten|escriban|llamen)',
    '(dejen|deja|dejad) de (contactar*|escribir*|llamar*|molestar*|acosar*)', '(borr|elimin|quit)(en|ad|a) mis datos', '(sac|quit)(en|ad|a)me de (su|la|vuestra|tu) (lista|base de datos)',
    'no me interesa (su|vuestra|tu|esta) (empresa|compania|organizacion)', 'no tengo (ningun )?interes en (su|vuestra|tu|esta) (empresa|compania|organizacion)',
    '(nunca|jamas) trabajaria', '(nunca|jamas) (voy a|pienso) trabajar', 'ni (aunque|por todo el oro)', '(dejenme|dejame|dejadme) en paz', 'spam*', 'acos(o|ar|en)',
    'se arrepentiran', 'os arrepentireis', 'peor para (ustedes|vosotros|ti)', 'ustedes se lo pierden', 'vosotros os lo perdeis', 'que verguenza', 'nunca mas',
    'no quiero saber nada (de|mas)', 'no me interesa trabajar (con|para|en) (ustedes|vosotros|su|vuestra)', 'olvidense de mi', 'avisare a (otros|todos)',
  ],
  thanks: ['gracias', 'agradec*', 'agradezc*', 'gratitud'],
  decline: [
    'declin*', 'rechaz*', 'renunci*', 'retir(ar|o|arme|ada|e) (mi candidatura|mi postulacion|del proceso)', 'retirarme', 'me retiro',
    'no (voy a |puedo |podre |deseo |quiero )?(continuar|seguir adelante|avanzar|participar|asistir|proseguir)', 'no seguir adelante', 'no continuar',
  ],
  emphasis: ['nunca', 'jamas', 'no', 'nada', 'basta', 'odio'],
  salaryWords: ['salario*', 'sueldo*', 'paga', 'remuneracion*', 'oferta', 'bruto*', 'neto*', 'anual*', 'al ano', 'por ano', 'al mes', 'mensual*', 'compensacion', 'banda salarial'],
};
