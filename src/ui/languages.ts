// Language names as the pickers show them.
import { LANGS, type DetectedLang, type Lang } from '../core/types';

export const LANG_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  es: 'Spanish (Español)',
  fr: 'French (Français)',
  de: 'German (Deutsch)',
  pt: 'Portuguese (Português)',
};

export const LANG_OPTIONS = LANGS.map((l) => ({ value: l, label: LANG_NAMES[l] }));

/** The language a reply takes when it follows the invitation: its language if supported, else English. */
export function followLang(detected: DetectedLang | null | undefined): Lang {
  return detected && detected !== 'other' ? detected : 'en';
}
