// Builds a decline as labelled parts (one per slot), so callers and tests can see its structure;
// index.ts joins them into text and HTML. Follows the shape in DESIGN.md "What a good decline is".
import type { DeclineAnswers, InvitationContext, Lang, ReasonId, SignatureSettings, Tone, ToneFinding } from '../types';
import { checkTone } from '../tone';
import { resolveAnswers } from './answers';
import { frenchDe, joinClauses, lowerFirstIfSafe, upperFirst } from './grammar';
import { capWords, cleanClause, cleanLine, cleanLines, cleanName, cleanRole } from './sanitize';
import { hash32, pick } from './seed';
import { renderSlot, type SlotContext, type VariantSlot, variantCount } from './templates';
import { replySubject } from './subject';

export type PartSlot = VariantSlot | 'name' | 'contact';

export interface DraftPart {
  slot: PartSlot;
  text: string;
  /** Paragraph index: parts with the same index share a paragraph. */
  paragraph: number;
}

/** Something of the user's that was left out of the draft, and why. */
export interface OmittedInput {
  field: 'customReason' | 'specificArea';
  findings: ToneFinding[];
}

export interface DraftParts {
  lang: Lang;
  tone: Tone;
  subject: string;
  parts: DraftPart[];
  /** Values from the mail and the user that appear in the draft (exempt from the tone check). */
  insertedValues: string[];
  omitted: OmittedInput[];
}

export interface ComposeInput {
  invitation: InvitationContext;
  answers?: Partial<DeclineAnswers>;
  settings?: SignatureSettings;
}

const PARAGRAPH: Record<PartSlot, number> = {
  greeting: 0,
  thanks: 1,
  decline: 1,
  reason: 1,
  compliment: 2,
  door: 2,
  referral: 2,
  closing: 3,
  signoff: 4,
  name: 4,
  contact: 4,
};

const REASON_KEY: Record<Exclude<ReasonId, 'other'>, string> = {
  'career-goals': 'careerGoals',
  'culture-fit': 'cultureFit',
  compensation: 'compensation',
  'content-current-role': 'contentCurrentRole',
  relocation: 'relocation',
};

// Titles that may open a full name; the first name is the word after them.
const TITLE = /^(?:dr|dra|prof|mr|mrs|ms|mx|miss|herr|frau|sr|sra|srta|m|mme|mlle|sir|dame)\.?$/i;

/** "Dr. Maria Lopez" -> "Maria"; a single word is kept as it is. */
function firstNameOf(full: string | null): string | null {
  if (!full) return null;
  const words = full.split(' ');
  const first = words.find((w) => !TITLE.test(w));
  return first && /\p{L}/u.test(first) ? first.replace(/,$/, '') : full;
}

/** Words before the name and contact lines (sign-off included); `brief` must stay under this. */
export const BRIEF_MAX_WORDS = 80;

function countWords(parts: DraftPart[]): number {
  let n = 0;
  for (const p of parts) if (p.slot !== 'name' && p.slot !== 'contact') n += p.text.split(/\s+/u).filter(Boolean).length;
  return n;
}

function record(x: unknown): Record<string, unknown> {
  return x && typeof x === 'object' ? (x as Record<string, unknown>) : {};
}

/** User text that will sit inside a sentence of ours: kept only when the tone check finds nothing. */
function screened(
  field: OmittedInput['field'],
  value: string | null,
  lang: Lang,
  omitted: OmittedInput[],
): string | null {
  if (!value) return null;
  const findings = checkTone(value, lang, { whole: false });
  if (findings.length === 0) return value;
  omitted.push({ field, findings });
  return null;
}

interface Compaction {
  /** Max words of the user's own text (custom reason, admired area); 0: no cap. */
  userWords: number;
  dropRole: boolean;
  dropCompany: boolean;
  shortest: boolean;
}
// Steps a `brief` draft takes, in order, until it is short enough: shortest phrasings, then the
// role and company left out of the sentences ("the role"), then the user's own words shortened.
const COMPACTIONS: Compaction[] = [
  { userWords: 0, dropRole: false, dropCompany: false, shortest: false },
  { userWords: 0, dropRole: false, dropCompany: false, shortest: true },
  { userWords: 12, dropRole: true, dropCompany: true, shortest: true },
  { userWords: 8, dropRole: true, dropCompany: true, shortest: true },
  { userWords: 5, dropRole: true, dropCompany: true, shortest: true },
];

export function composeParts(input: ComposeInput): DraftParts {
  const inp = record(input);
  const inv = record(inp.invitation) as InvitationContext;
  const invLang = typeof inv.lang === 'string' ? inv.lang : null;
  const answers = resolveAnswers(record(inp.answers) as Partial<DeclineAnswers>, invLang);
  const settings = record(inp.settings) as SignatureSettings;
  const lang = answers.lang ?? 'en';
  const tone = answers.tone;
  const omitted: OmittedInput[] = [];

  const company = cleanLine(inv.company, 80);
  const role = cleanRole(inv.role);
  const first = cleanName(inv.contactFirstName);
  const full = cleanName(inv.contactName);
  const name = tone === 'formal' ? (full ?? first) : (first ?? firstNameOf(full));
  const seed =
    cleanLine(inv.messageId, 300, true) ?? String(hash32(`${company ?? ''}\u0000${role ?? ''}\u0000${full ?? first ?? ''}`));

  const custom = answers.reasons.includes('other')
    ? screened('customReason', cleanClause(answers.customReason), lang, omitted)
    : null;
  const area = screened('specificArea', cleanClause(answers.specificArea, 120), lang, omitted);
  const signatureName = cleanLine(settings.fullName, 100);
  const contactLines = cleanLines(settings.contactInfo);

  const build = (c: Compaction): DraftPart[] => {
    const roleV = c.dropRole && role ? null : role;
    const companyV = c.dropCompany ? null : company;
    const ctx: SlotContext = {
      name,
      company: companyV,
      role: roleV,
      deRole: roleV ? frenchDe(roleV) : null,
      deCompany: companyV ? frenchDe(companyV) : null,
      area: area && c.userWords ? capWords(area, c.userWords) : area,
    };
    ctx.theRole = renderSlot(lang, 'theRole', tone, ctx);
    ctx.theRoleAt = renderSlot(lang, 'theRoleAt', tone, ctx);
    ctx.yourTeam = renderSlot(lang, 'yourTeam', tone, ctx);

    const parts: DraftPart[] = [];
    const add = (slot: VariantSlot) => {
      const count = variantCount(lang, slot, tone, name !== null);
      // The shortest phrasing when a brief draft must shrink; else the seed's choice.
      let variant = pick(seed, slot, count);
      if (c.shortest) {
        let best = Number.POSITIVE_INFINITY;
        for (let i = 0; i < count; i++) {
          const len = renderSlot(lang, slot, tone, ctx, i).length;
          if (len < best) [best, variant] = [len, i];
        }
      }
      const text = renderSlot(lang, slot, tone, ctx, variant);
      if (text) parts.push({ slot, text, paragraph: PARAGRAPH[slot] });
    };

    add('greeting');
    add('thanks');
    add('decline');
    if (answers.mentionReason) {
      const clauses: string[] = [];
      for (const id of answers.reasons) {
        if (id === 'other') continue;
        clauses.push(renderSlot(lang, 'clause', tone, { ...ctx, r: { [REASON_KEY[id]]: true } }));
      }
      if (custom) clauses.push(lowerFirstIfSafe(c.userWords ? capWords(custom, c.userWords) : custom, lang));
      if (clauses.length === 0) clauses.push(renderSlot(lang, 'clause', tone, { ...ctx, r: { generic: true } }));
      ctx.reasons = joinClauses(clauses, lang);
      ctx.Reasons = upperFirst(ctx.reasons as string);
      add('reason');
    }
    if (ctx.area) add('compliment');
    if (answers.keepDoorOpen) add('door');
    if (answers.offerReferral) add('referral');
    add('closing');
    add('signoff');
    if (signatureName) parts.push({ slot: 'name', text: signatureName, paragraph: PARAGRAPH.name });
    for (const line of contactLines) parts.push({ slot: 'contact', text: line, paragraph: PARAGRAPH.contact });
    return parts;
  };

  let parts = build(COMPACTIONS[0]!);
  if (tone === 'brief') {
    for (const c of COMPACTIONS.slice(1)) {
      if (countWords(parts) < BRIEF_MAX_WORDS) break;
      parts = build(c);
    }
  }

  const subject = replySubject(inv.subject) ?? renderSlot(lang, 'subject', tone, {});
  const insertedValues = [company, role, first, full, area, custom, signatureName, ...contactLines].filter(
    (v): v is string => typeof v === 'string' && v !== '',
  );
  return { lang, tone, subject, parts, insertedValues, omitted };
}

/** Plain text: parts of one paragraph joined by spaces (signature lines by line breaks). */
export function partsToText(parts: DraftPart[]): string {
  const paragraphs = new Map<number, string[]>();
  for (const p of parts) {
    const texts = paragraphs.get(p.paragraph) ?? [];
    texts.push(p.text);
    paragraphs.set(p.paragraph, texts);
  }
  return [...paragraphs.keys()]
    .sort((a, b) => a - b)
    .map((i) => paragraphs.get(i)!.join(i === PARAGRAPH.signoff || i === PARAGRAPH.greeting ? '\n' : ' '))
    .join('\n\n');
}

export { countWords as wordsBeforeSignature };
