// Fills in the user's answers: every missing or invalid field gets its default, never an error.
import { isReasonId } from '../reasons';
import { LANGS, TONES, type DeclineAnswers, type Lang, type ReasonId, type Tone } from '../types';

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

function isTone(x: unknown): x is Tone {
  return typeof x === 'string' && (TONES as readonly string[]).includes(x);
}

function bool(x: unknown, fallback: boolean): boolean {
  return typeof x === 'boolean' ? x : fallback;
}

function str(x: unknown): string {
  return typeof x === 'string' ? x : '';
}

export function resolveAnswers(partial: Partial<DeclineAnswers> | undefined, invitationLang?: string | null): DeclineAnswers {
  const p: Record<string, unknown> = partial && typeof partial === 'object' ? (partial as Record<string, unknown>) : {};
  const rawReasons = Array.isArray(p.reasons) ? p.reasons : [];
  const reasons: ReasonId[] = [];
  for (const r of rawReasons.slice(0, 50)) if (isReasonId(r) && !reasons.includes(r)) reasons.push(r);
  let lang: Lang = 'en';
  if (isLang(p.lang)) lang = p.lang;
  else if (isLang(invitationLang)) lang = invitationLang;
  return {
    reasons,
    customReason: str(p.customReason),
    mentionReason: bool(p.mentionReason, false),
    keepDoorOpen: bool(p.keepDoorOpen, true),
    offerReferral: bool(p.offerReferral, false),
    specificArea: str(p.specificArea),
    tone: isTone(p.tone) ? p.tone : 'warm',
    lang,
  };
}
