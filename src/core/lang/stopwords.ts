// Frequent function words that tell the five languages apart (accent-folded, lower case).
import type { Lang } from '../types';

export const STOPWORDS: Record<Lang, string> = {
  en: 'the and you your for with we our this that would will are have to of is be please thank thanks at it on can from if as an could let me',
  es: 'el la los las y en un una con tu su te le nos es esta muy gracias puesto entrevista hola usted podemos pero como si saludo tienes',
  fr: 'le la les des du et en un une pour vous votre nous est avec sur au aux ce cette je merci bonjour poste entretien pas qui dans sont',
  de: 'der die das und ich sie ihr ihre ihnen wir uns mit fur ist ein eine einen zu von den dem auf bei nicht gerne vielen dank hallo gesprach sehr',
  pt: 'o os as do da dos das e em um uma com voce sua seu nos nao na no por obrigado obrigada ola vaga entrevista muito esta',
};
