// Frequent function words that tell the five languages apart (accent-folded, lower case).
import type { Lang } from '../types';

export const STOPWORDS: Record<Lang, string> = {
  en: 'the and you your for with we our this that would will are have to of is be please thank',
  es: 'el los las y en una con tu su te le nos es esta muy gracias puesto hola usted',
  fr: 'le les des du et un une pour vous votre nous est avec sur au je merci bonjour poste',
  de: 'der die das und ich sie ihr ihnen wir uns mit fur ist ein eine zu von den dem bei nicht',
  pt: 'o os do da dos das e em um uma com voce sua seu nao na no obrigado obrigada ola vaga',
};
