// Reads the phrasings of a language from its template (src/templates/decline-<lang>.hbs): the
// template is rendered once per shape of the invitation (company and role known or not) with
// stand-in tokens for the values, split into "## slot tones" sections, and cached; a slot is then
// filled with the real values. One Handlebars call per language and shape keeps composing fast
// and the precompiled templates small.
import de from '../../templates/decline-de.hbs';
import en from '../../templates/decline-en.hbs';
import es from '../../templates/decline-es.hbs';
import fr from '../../templates/decline-fr.hbs';
import pt from '../../templates/decline-pt.hbs';
import { TONES, type Lang, type Tone } from '../types';

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
/** Slots with one phrasing: noun phrases, the new-message subject, one reason clause. */
export type FixedSlot = 'theRole' | 'theRoleAt' | 'yourTeam' | 'subject' | 'clause';

export type SlotContext = Record<string, unknown>;

// The token marker never occurs in values: sanitize.ts strips control characters.
const MARK = '\u0001';
/** Every value a template may use. */
const FIELDS = ['name', 'company', 'role', 'deRole', 'deCompany', 'area', 'theRole', 'theRoleAt', 'yourTeam', 'reasons', 'Reasons'] as const;
const HEADER = /^## (\S+) (\S+)$/;

/** Per "slot|tone": the phrasings, each split into pieces (odd pieces are field names). */
type Phrasings = Map<string, string[][]>;
// Per language, indexed by shape: bit 1 company known, bit 2 role known.
const tables = new Map<Lang, (Phrasings | undefined)[]>();

function phrasings(lang: Lang, company: boolean, role: boolean): Phrasings {
  const shape = (company ? 1 : 0) + (role ? 2 : 0);
  let byShape = tables.get(lang);
  if (!byShape) {
    byShape = [];
    tables.set(lang, byShape);
  }
  let table = byShape[shape];
  if (table) return table;
  const tokens: SlotContext = {};
  for (const f of FIELDS) tokens[f] = `${MARK}${f}${MARK}`;
  if (!company) tokens.company = null;
  if (!role) tokens.role = null;
  table = new Map();
  let current: string[][][] = [];
  for (const raw of TEMPLATES[lang](tokens).split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    const header = HEADER.exec(line);
    if (header) {
      const [, slot, tones] = header;
      current = (tones === '*' ? [...TONES] : tones!.split(',')).map((tone) => {
        const list = table!.get(`${slot}|${tone}`) ?? [];
        table!.set(`${slot}|${tone}`, list);
        return list;
      });
    } else if (line) for (const list of current) list.push(line.split(MARK));
  }
  byShape[shape] = table;
  return table;
}

function sectionOf(slot: VariantSlot | FixedSlot, ctx: SlotContext): string {
  if (slot === 'greeting' && !present(ctx.name)) return 'greeting-team';
  if (slot === 'clause') return `clause.${Object.keys((ctx.r as object | undefined) ?? {})[0] ?? 'generic'}`;
  return slot;
}

function present(v: unknown): boolean {
  return typeof v === 'string' && v !== '';
}

function list(lang: Lang, slot: VariantSlot | FixedSlot, tone: Tone, ctx: SlotContext): string[][] {
  const table = phrasings(lang, present(ctx.company), present(ctx.role));
  return table.get(`${sectionOf(slot, ctx)}|${tone}`) ?? [];
}

export function renderSlot(
  lang: Lang,
  slot: VariantSlot | FixedSlot,
  tone: Tone,
  ctx: SlotContext,
  variant = 0,
): string {
  const pieces = list(lang, slot, tone, ctx)[variant];
  if (!pieces) return '';
  let out = '';
  for (let i = 0; i < pieces.length; i++) out += i % 2 === 0 ? pieces[i] : String(ctx[pieces[i]!] ?? '');
  return out;
}

/** How many phrasings a slot has for this language and tone (with and without a name). */
export function variantCount(lang: Lang, slot: VariantSlot, tone: Tone, named = true): number {
  return Math.max(1, list(lang, slot, tone, { name: named ? 'N' : null, company: 'C', role: 'R' }).length);
}
