// The answers the options' defaults give: what the context menu and the shortcut draft with, and what
// the popup pre-fills. Pure, so the popup, the options page and the worker share it.
import type { Settings } from './settings';
import type { DeclineAnswers } from './types';

export function answersFromSettings(s: Settings): DeclineAnswers {
  return {
    reasons: [...s.defaultReasons],
    customReason: '',
    mentionReason: s.mentionReason,
    keepDoorOpen: s.keepDoorOpen,
    offerReferral: s.offerReferral,
    specificArea: '',
    tone: s.defaultTone,
    ...(s.language === 'auto' ? {} : { lang: s.language }),
  };
}
