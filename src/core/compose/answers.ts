// Fills in the user's answers: every missing or invalid field gets its default, never an error.
import { isReasonId } from '../reasons';
import { LANGS, REASON_IDS, TONES, type DeclineAnswers, type Lang, type ReasonId, type Tone } from '../types';

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

/**
 * Strict reading of answers that come from outside (the draft CLI, a message): unknown reason
 * ids, tones or languages and wrongly typed fields are reported, not silently defaulted.
 */
export function validateAnswers(x: unknown): { answers: Partial<DeclineAnswers> } | { error: string } {
  if (x === undefined || x === null) return { answers: {} };
  if (typeof x !== 'object' || Array.isArray(x)) return { error: '"answers" must be an object' };
  const a = x as Record<string, unknown>;
  const out: Partial<DeclineAnswers> = {};
  if (a.reasons !== undefined) {
    if (!Array.isArray(a.reasons)) return { error: '"answers.reasons" must be an array of reason ids' };
    for (const r of a.reasons)
      if (!isReasonId(r)) return { error: `unknown reason id ${JSON.stringify(r)} (expected one of: ${REASON_IDS.join(', ')})` };
    out.reasons = a.reasons as ReasonId[];
  }
  if (a.tone !== undefined) {
    if (!isTone(a.tone)) return { error: `unknown tone ${JSON.stringify(a.tone)} (expected one of: ${TONES.join(', ')})` };
    out.tone = a.tone;
  }
  if (a.lang !== undefined && a.lang !== null) {
    if (!isLang(a.lang)) return { error: `unknown language ${JSON.stringify(a.lang)} (expected one of: ${LANGS.join(', ')})` };
    out.lang = a.lang;
  }
  for (const k of ['mentionReason', 'keepDoorOpen', 'offerReferral'] as const) {
    if (a[k] === undefined) continue;
    if (typeof a[k] !== 'boolean') return { error: `"answers.${k}" must be true or false` };
    out[k] = a[k];
  }
  for (const k of ['customReason', 'specificArea'] as const) {
    if (a[k] === undefined || a[k] === null) continue;
    if (typeof a[k] !== 'string') return { error: `"answers.${k}" must be a string` };
    out[k] = a[k];
  }
  return { answers: out };
}
