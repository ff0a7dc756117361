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

// Handlebars' runtime costs ~30 µs per call whatever the template, so each slot is rendered once
// per shape (which fields are present, which phrasing), with stand-in tokens, and cached as
// pieces; later calls only join the pieces with the values. The values never contain the token
// marker: sanitize.ts strips control characters.
const MARK = '\u0001';
/** Every value a template may use; keep in sync with the templates' {{fields}}. */
const FIELDS = ['name', 'company', 'role', 'deRole', 'area', 'theRole', 'theRoleAt', 'yourTeam', 'reasons', 'Reasons'] as const;
const shapes = new Map<string, string[]>();
const MAX_SHAPES = 20_000;

function shapeKey(lang: Lang, slot: string, tone: Tone, ctx: SlotContext, variant: number): string {
  let bits = 0;
  for (let i = 0; i < FIELDS.length; i++) {
    const v = ctx[FIELDS[i]!];
    if (typeof v === 'string' && v !== '') bits |= 1 << i;
  }
  const r = ctx.r && typeof ctx.r === 'object' ? Object.keys(ctx.r).join(',') : '';
  return `${lang}|${slot}|${tone}|${variant}|${bits}|${r}`;
}

/** Renders with tokens in place of the values and splits the result: odd pieces are field names. */
function renderShape(lang: Lang, slot: string, tone: Tone, ctx: SlotContext, variant: number): string[] {
  const tokens: SlotContext = { r: ctx.r };
  for (const f of FIELDS) {
    const v = ctx[f];
    tokens[f] = typeof v === 'string' && v !== '' ? `${MARK}${f}${MARK}` : null;
  }
  const vkey = VARIANT_KEYS[variant] ?? 'a';
  return squash(TEMPLATES[lang]({ ...tokens, slot: { [slot]: true }, tone: { [tone]: true }, v: { [vkey]: true } })).split(MARK);
}

export function renderSlot(
  lang: Lang,
  slot: VariantSlot | FixedSlot,
  tone: Tone,
  ctx: SlotContext,
  variant = 0,
): string {
  const key = shapeKey(lang, slot, tone, ctx, variant);
  let pieces = shapes.get(key);
  if (pieces === undefined) {
    pieces = renderShape(lang, slot, tone, ctx, variant);
    if (shapes.size < MAX_SHAPES) shapes.set(key, pieces);
  }
  let out = '';
  for (let i = 0; i < pieces.length; i++) out += i % 2 === 0 ? pieces[i] : String(ctx[pieces[i]!] ?? '');
  return out;
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
