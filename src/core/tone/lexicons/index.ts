import type { Lang } from '../../types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import type { LanguageLexicon } from './types';

export type { LanguageLexicon } from './types';
export const LEXICONS: Record<Lang, LanguageLexicon> = { en, es, fr, de, pt };
