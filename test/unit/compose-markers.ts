// Per-language markers the composer tests look for in the final text. Written from what a reader
// would recognise (a thank-you, a decline, a reason), independently of the templates' structure,
// so a template that loses its decline or thanks its way into two declines makes a test fail.
import type { Lang, ReasonId } from '../../src/core/types';

export interface LangMarkers {
  thanks: RegExp;
  decline: RegExp;
  reason: Record<ReasonId | 'generic', RegExp>;
  door: RegExp;
  referral: RegExp;
  /** Words typical of the language, to tell which language a text is in. */
  stopwords: string[];
  /** Informal address that must not appear (German "du", French "tu", ...). */
  informal: RegExp;
  newSubject: string;
  /** A custom reason and something admired, written in that language. */
  custom: string;
  /** The first words of `custom`: all a `brief` draft may keep when it must shrink. */
  customStart: RegExp;
  area: string;
}

export const MARKERS: Record<Lang, LangMarkers> = {
  en: {
    thanks: /\b(thank|thanks|appreciate)/i,
    decline: /\b(decline|declining|withdraw|not (to )?(move|moving) forward|not to proceed)\b/i,
    reason: {
      'career-goals': /career/i,
      'culture-fit': /environment|how I like to work/i,
      compensation: /package/i,
      'content-current-role': /current role/i,
      relocation: /relocat/i,
      other: /accepted another offer/i,
      generic: /timing/i,
    },
    door: /stay (in touch|connected)|remain in touch|paths cross|future (opportunities|openings)|keep me in mind|work together in the future/i,
    referral: /network/i,
    stopwords: ['the', 'and', 'for', 'you', 'my', 'with', 'your', 'to', 'i', 'of'],
    informal: /(?!)/,
    newSubject: 'Thank You for the Interview Opportunity',
    custom: 'I have just accepted another offer.',
    customStart: /I have just/,
    area: 'your work on open-source data tools',
  },
  es: {
    thanks: /gracias|agradezco/i,
    decline: /declinar|rechazar|no seguir adelante|no continuar/i,
    reason: {
      'career-goals': /objetivos profesionales|dirección profesional/i,
      'culture-fit': /entorno/i,
      compensation: /paquete/i,
      'content-current-role': /puesto actual/i,
      relocation: /mudarme|cambiar de ciudad/i,
      other: /aceptar otra oferta/i,
      generic: /momento adecuado/i,
    },
    door: /en contacto|el contacto|coincid/i,
    referral: /mi red/i,
    stopwords: ['el', 'los', 'las', 'y', 'con', 'mi', 'muy', 'del', 'lo', 'le', 'les', 'su', 'una', 'un', 'al', 'es'],
    informal: /(?<!\p{L})(tú|tu|tus|te|ti|vosotros|os)(?!\p{L})/iu,
    newSubject: 'Gracias por la oportunidad de entrevista',
    custom: 'Acabo de aceptar otra oferta.',
    customStart: /acabo de/i,
    area: 'su trabajo en herramientas de datos abiertos',
  },
  fr: {
    thanks: /merci|remercie/i,
    decline: /décliner|décline|ne pas (y )?donner suite/i,
    reason: {
      'career-goals': /carrière|direction professionnelle/i,
      'culture-fit': /environnement|cadre de travail/i,
      compensation: /rémunération|package/i,
      'content-current-role': /poste actuel/i,
      relocation: /déménager/i,
      other: /accepter une autre offre/i,
      generic: /moment n'est pas le bon/i,
    },
    door: /rester en contact|restons en contact|garder le contact|recroiseront|futures opportunités/i,
    referral: /réseau|autour de moi|l'annonce/i,
    stopwords: ['le', 'les', 'et', 'pour', 'je', 'vous', 'votre', 'mon', 'avec', 'une', 'des', 'j', 'l', 'd', 'n', 'ai', 'du', 'au', 'est', 'pas', 'ne'],
    informal: /(?<!\p{L})(tu|toi|ton|ta|tes|te)(?!\p{L})/iu,
    newSubject: "Merci pour l'opportunité d'entretien",
    custom: "Je viens d'accepter une autre offre.",
    customStart: /je viens d'accepter/i,
    area: 'votre travail sur les outils de données ouvertes',
  },
  de: {
    thanks: /dank/i,
    decline: /absagen|abzusagen|sage [^.]* ab\b|zurückzuziehen|ziehe [^.]* zurück|abzulehnen/i,
    reason: {
      'career-goals': /beruflich/i,
      'culture-fit': /Umfeld/i,
      compensation: /Gesamtpaket/i,
      'content-current-role': /aktuellen Position/i,
      relocation: /Umzug/i,
      other: /anderes Angebot angenommen/i,
      generic: /Zeitpunkt (für einen Wechsel )?passt/i,
    },
    door: /in Kontakt|in Verbindung|Wege/i,
    referral: /Netzwerk/i,
    stopwords: ['der', 'die', 'das', 'und', 'ich', 'sie', 'für', 'mit', 'zu', 'ihre', 'ihr', 'nicht', 'bei'],
    informal: /(?<!\p{L})(du|dich|dir|dein|deine|euch|euer)(?!\p{L})/iu,
    newSubject: 'Vielen Dank für die Einladung zum Vorstellungsgespräch',
    custom: 'Ich habe gerade ein anderes Angebot angenommen.',
    customStart: /ich habe gerade/i,
    area: 'Ihre Arbeit an offenen Datenwerkzeugen',
  },
  pt: {
    thanks: /agrade[cç]/i,
    decline: /recusar|declinar|não dar continuidade|não prosseguir|não seguir/i,
    reason: {
      'career-goals': /carreira|direção profissional/i,
      'culture-fit': /ambiente/i,
      compensation: /pacote/i,
      'content-current-role': /(cargo|trabalho) atual/i,
      relocation: /mudar/i,
      other: /aceitar outra proposta/i,
      generic: /momento certo/i,
    },
    door: /manter contato|caminhos|oportunidades futuras/i,
    referral: /minha rede/i,
    stopwords: ['o', 'os', 'as', 'e', 'com', 'minha', 'meu', 'em', 'não', 'uma', 'um', 'da', 'do', 'na', 'pelo', 'pela', 'ao', 'é'],
    informal: /(?<!\p{L})(tu|teu|tua|te|você|vocês)(?!\p{L})/iu,
    newSubject: 'Agradecimento pela oportunidade de entrevista',
    custom: 'Acabei de aceitar outra proposta.',
    customStart: /acabei de/i,
    area: 'o trabalho com ferramentas de dados abertos',
  },
};

const STOPWORD_SETS = (Object.entries(MARKERS) as [Lang, LangMarkers][]).map(([lang, m]) => [lang, new Set(m.stopwords)] as const);

/** The language whose stopwords are most frequent in the text. */
export function likeliestLang(text: string): Lang {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  let best: Lang = 'en';
  let bestScore = -1;
  for (const [lang, set] of STOPWORD_SETS) {
    let score = 0;
    for (const w of words) if (set.has(w)) score++;
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return best;
}

export function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+/u).filter(Boolean);
}

/** Reverses the composer's HTML (only <p>, <br> and the five entities) to compare with the text. */
export function htmlToText(html: string): string {
  return html
    .replace(/<\/p><p>/g, '\n\n')
    .replace(/^<p>|<\/p>$/g, '')
    .replace(/<br>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
