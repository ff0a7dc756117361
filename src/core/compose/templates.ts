// Renders one slot of a language's decline template (src/templates/decline-<lang>.hbs). The number
// of phrasings per slot and tone is found by rendering them, so the templates are the one place
// where phrasings live.
import type { Lang, Tone } from '../types';
import de from '../../templates/decline-de.hbs';
import en from '../../templates/decline-en.hbs';
import es from '../../templates/decline-es.hbs';
import fr from '../../templates/decline-fr.hbs';
import pt from '../../templates/decline-pt.hbs';

const TEMPLATES: Record<Lang, (ctx: unknown) => string> = { en, es, fr, de, pt };

/** Slots with several phrasings (chosen by the seed). */
export const VARIANT_SLOTS = [
  'greeting',
  'thanks',
  'decline',
  'reason',
  'compliment',
  'door',
  'referral',
  'closing',
  'signoff',
] as const;
export type VariantSlot = (typeof VARIANT_SLOTS)[number];
/** Slots with one rendering: noun phrases, the new-message subject, one reason clause. */
export type FixedSlot = 'theRole' | 'theRoleAt' | 'yourTeam' | 'subject' | 'clause';

const VARIANT_KEYS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;

export type SlotContext = Record<string, unknown>;

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function renderSlot(
  lang: Lang,
  slot: VariantSlot | FixedSlot,
  tone: Tone,
  ctx: SlotContext,
  variant = 0,
): string {
  const key = VARIANT_KEYS[variant] ?? 'a';
  return squash(TEMPLATES[lang]({ ...ctx, slot: { [slot]: true }, tone: { [tone]: true }, v: { [key]: true } }));
}

// A context in which every optional field is present, so each phrasing renders if it exists.
const PROBE: SlotContext = {
  name: 'N',
  company: 'C',
  role: 'R',
  area: 'A',
  reasons: 'R',
  theRole: 'R',
  theRoleAt: 'R',
  yourTeam: 'T',
  deRole: 'R',
};
const counts = new Map<string, number>();

/** How many phrasings a slot has for this language and tone (with and without a name). */
export function variantCount(lang: Lang, slot: VariantSlot, tone: Tone, named = true): number {
  const id = `${lang}/${slot}/${tone}/${named}`;
  let n = counts.get(id);
  if (n === undefined) {
    n = 0;
    const ctx = named ? PROBE : { ...PROBE, name: null };
    while (n < VARIANT_KEYS.length && renderSlot(lang, slot, tone, ctx, n) !== '') n++;
    counts.set(id, Math.max(1, n));
  }
  return Math.max(1, n);
}
