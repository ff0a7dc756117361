// The tone check ("mistakes to avoid" in DESIGN.md): finds negative or too-honest wording,
// bridge-burning, salary figures, shouting, leftover placeholders, and a draft without thanks or
// without a clear decline. Runs on a whole draft or on a snippet such as the custom reason.
import type { Lang, ToneFinding } from '../types';
import { LANGS } from '../types';
import { fold } from './fold';
import { bridgeBurning, missingParts, negativeWording, placeholders, salaryFigures, shouting } from './rules';

export { TONE_RULES, type ToneRule } from './rules';

export interface ToneOptions {
  /** A whole draft (default): also require thanks and a clear decline. False for a snippet. */
  whole?: boolean;
  /**
   * Names taken from the mail or the signature ("TOXIC Games", "Complaints Officer"): wording
   * inside them is not the writer's and is not flagged.
   */
  allow?: readonly string[];
}

function allowedSpans(folded: string, allow: readonly string[] | undefined): [number, number][] {
  const spans: [number, number][] = [];
  if (!Array.isArray(allow)) return spans;
  for (const a of allow.slice(0, 50)) {
    if (typeof a !== 'string' || a.trim().length < 2) continue;
    const needle = fold(a.slice(0, 500));
    for (let i = folded.indexOf(needle); i !== -1 && spans.length < 1000; i = folded.indexOf(needle, i + needle.length))
      spans.push([i, i + needle.length]);
  }
  return spans;
}

export function checkTone(text: string, lang: Lang | string, options: ToneOptions = {}): ToneFinding[] {
  try {
    const t = typeof text === 'string' ? text : '';
    const l: Lang = (LANGS as readonly string[]).includes(lang as string) ? (lang as Lang) : 'en';
    const opts = options && typeof options === 'object' ? options : {};
    const folded = fold(t);
    const found = [
      ...negativeWording(folded, l),
      ...bridgeBurning(folded, l),
      ...salaryFigures(folded, l),
      ...shouting(t, folded, l),
      ...placeholders(t, l),
    ];
    const spans = allowedSpans(folded, opts.allow);
    const kept = found.filter((f) => !spans.some(([s, e]) => f.start < e && f.end > s));
    if (opts.whole !== false) kept.push(...missingParts(folded, l));
    return kept.sort((a, b) => a.start - b.start || a.end - b.end);
  } catch {
    // The check must never break the popup; no findings is the safe answer to unreadable input.
    return [];
  }
}
