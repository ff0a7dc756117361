// The "mistakes to avoid" rules, each a function from the text (original and folded, same
// indices) to findings. Messages and suggestions are in English, like the extension's UI.
import type { Lang, ToneFinding } from '../types';
import { compileLexicon } from './lexicon';
import { LEXICONS } from './lexicons';

export const TONE_RULES = [
  'negative',
  'bridge-burning',
  'salary-figure',
  'shouting',
  'placeholder',
  'missing-thanks',
  'missing-decline',
] as const;
export type ToneRule = (typeof TONE_RULES)[number];

interface Compiled {
  negative: RegExp;
  bridge: RegExp;
  thanks: RegExp;
  decline: RegExp;
  salaryWords: RegExp;
  emphasis: ReadonlySet<string>;
}

// Wording that is just as negative whatever the language of the rest of the draft.
const INTERNATIONAL_NEGATIVE = ['toxic*', 'low ?ball*', 'glassdoor', 'kununu', 'micro ?manag*', 'red flags?', 'bullshit', 'fuck*', 'wtf', 'scam*', 'sucks'];
const INTERNATIONAL_BRIDGE = ['never contact me( again)?', 'stop (contacting|emailing) me', 'not interested in your company'];

const compiled = new Map<Lang, Compiled>();
export function lexiconFor(lang: Lang): Compiled {
  let c = compiled.get(lang);
  if (!c) {
    const l = LEXICONS[lang];
    c = {
      negative: compileLexicon(lang === 'en' ? l.negative : [...l.negative, ...INTERNATIONAL_NEGATIVE]),
      bridge: compileLexicon(lang === 'en' ? l.bridge : [...l.bridge, ...INTERNATIONAL_BRIDGE]),
      thanks: compileLexicon(l.thanks),
      decline: compileLexicon(l.decline),
      salaryWords: compileLexicon(l.salaryWords),
      emphasis: new Set(l.emphasis),
    };
    compiled.set(lang, c);
  }
  return c;
}

function finding(rule: ToneRule, start: number, end: number, message: string, suggestion: string): ToneFinding {
  return { rule, start, end, message, suggestion };
}

function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    else fn(m);
  }
}

export function negativeWording(folded: string, lang: Lang): ToneFinding[] {
  const out: ToneFinding[] = [];
  eachMatch(lexiconFor(lang).negative, folded, (m) =>
    out.push(
      finding(
        'negative',
        m.index,
        m.index + m[0].length,
        `"${m[0]}" reads as negative or too honest about the company or the role.`,
        'Leave it out, or say what you are looking for instead (for example "a role closer to my career goals").',
      ),
    ),
  );
  return out;
}

export function bridgeBurning(folded: string, lang: Lang): ToneFinding[] {
  const out: ToneFinding[] = [];
  eachMatch(lexiconFor(lang).bridge, folded, (m) =>
    out.push(
      finding(
        'bridge-burning',
        m.index,
        m.index + m[0].length,
        `"${m[0]}" could burn a bridge you may want later.`,
        'Decline this interview only, and leave the door open (for example "I would be glad to stay in touch").',
      ),
    ),
  );
  return out;
}

const CUR = '(?:[$€£¥₹]|r\\$|us\\$|usd|eur|gbp|chf|brl|mxn|ars|clp|cop|cad|aud)';
const NUM = '\\d{1,3}(?:[.,\\s\\u00a0\\u202f]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?';
const SCALE = '(?:\\s?(?:k|mil|mille|tsd|tausend|thousand|mio|millions?|millionen|millones|milhoes|milhao|million|millon))?';
const CUR_WORD = '(?:euros?|dollars?|dolares|reais|real|pesos|libras|pounds|francs?|franken)';
const MONEY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${CUR}\\s?(?:${NUM})${SCALE}|(?:${NUM})${SCALE}\\s?(?:${CUR_WORD}(?![\\p{L}])|${CUR})|\\d+(?:[.,]\\d+)?\\s?k(?![\\p{L}\\p{N}])|(?:five|six|seven|cinco|seis|siete|sete|cinq|sept|funf|sechs|sieben)[\\s-]?(?:figures?|figure|cifras|chiffres|digitos|stellig\\p{L}*))`,
  'gu',
);
// "95 thousand a year", "40 mil al año": a figure in words, a salary only next to a salary word;
// "150 grand" is money on its own.
const SCALED_NUMBER = /(?<![\p{L}\p{N}])\d{1,3}(?:[.,]\d+)?\s?(grand|thousand|tausend|tsd|mil|mille)(?![\p{L}])/gu;
const BIG_NUMBER = /(?<![\p{L}\p{N}])\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+(?:[.,]\d+)?|(?<![\p{L}\p{N}.,])\d{4,}(?![\p{N}])/gu;

export function salaryFigures(folded: string, lang: Lang): ToneFinding[] {
  const out: ToneFinding[] = [];
  const add = (start: number, end: number, what: string) =>
    out.push(
      finding(
        'salary-figure',
        start,
        end,
        `"${what}" puts a figure on pay; a written decline is not the place to negotiate.`,
        'Leave the number out (for example "the overall package is not quite the right match for me").',
      ),
    );
  // Without a digit only "six figures" and the like can name a salary: skip the costly scan.
  const hasDigit = /\d/.test(folded);
  if (!hasDigit && !/figure|cifra|chiffre|stellig|digito/.test(folded)) return out;
  eachMatch(MONEY, folded, (m) => add(m.index, m.index + m[0].length, m[0]));
  if (!hasDigit) return out;
  const words = lexiconFor(lang).salaryWords;
  const nearSalaryWord = (start: number, end: number) => {
    words.lastIndex = 0;
    return words.test(folded.slice(Math.max(0, start - 40), end + 40));
  };
  // Money findings are in text order, so one forward pointer tells whether a figure is inside one.
  const moneyFound = out.length;
  let k = 0;
  eachMatch(SCALED_NUMBER, folded, (m) => {
    const end = m.index + m[0].length;
    while (k < moneyFound && (out[k]?.end ?? 0) <= m.index) k++;
    if (k < moneyFound && (out[k]?.start ?? Number.POSITIVE_INFINITY) < end) return;
    if (m[1] === 'grand' || nearSalaryWord(m.index, end)) add(m.index, end, m[0]);
  });
  out.sort((x, y) => x.start - y.start);
  // The money findings are in text order and do not overlap, and numbers come in text order too, so
  // one forward pointer finds the amount a number belongs to (out.some() per number was quadratic).
  const moneyCount = out.length;
  let j = 0;
  eachMatch(BIG_NUMBER, folded, (m) => {
    // A plain year ("in 2026") is not a salary.
    if (/^(?:19|20)\d\d$/.test(m[0])) return;
    const end = m.index + m[0].length;
    while (j < moneyCount && (out[j]?.end ?? 0) < end) j++;
    if (j < moneyCount && (out[j]?.start ?? Number.POSITIVE_INFINITY) <= m.index) return;
    const window = folded.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
    words.lastIndex = 0;
    if (words.test(window)) add(m.index, m.index + m[0].length, m[0]);
  });
  return out;
}

const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;
const CAPS_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}'’]*\p{Lu}(?![\p{L}\p{N}])/gu;
const SHOUT_MARKS = /[!?]{2,}/g;

export function shouting(text: string, folded: string, lang: Lang): ToneFinding[] {
  const out: ToneFinding[] = [];
  const emphasis = lexiconFor(lang).emphasis;
  const runs: { start: number; end: number; words: string[] }[] = [];
  // Cheap test first: without two capitals in a row there is no word in capitals.
  if (TWO_CAPITALS.test(text)) {
    eachMatch(CAPS_WORD, text, (m) => {
      const last = runs[runs.length - 1];
      const start = m.index;
      const end = m.index + m[0].length;
      if (last && /^[\s,;:-]*$/.test(text.slice(last.end, start)) && start - last.end <= 3) {
        last.end = end;
        last.words.push(folded.slice(start, end));
      } else runs.push({ start, end, words: [folded.slice(start, end)] });
    });
  }
  for (const r of runs) {
    const letters = r.words.join('').length;
    const loud =
      r.words.length >= 3 ||
      (r.words.length === 2 && letters >= 7) ||
      r.words.some((w) => w.length >= 5 || emphasis.has(w.replace(/['’]/g, "'")));
    if (loud)
      out.push(
        finding(
          'shouting',
          r.start,
          r.end,
          `"${text.slice(r.start, r.end)}" in capitals reads as shouting.`,
          'Write it in normal case.',
        ),
      );
  }
  eachMatch(SHOUT_MARKS, text, (m) => {
    if (!m[0].includes('!')) return;
    out.push(finding('shouting', m.index, m.index + m[0].length, `"${m[0]}" reads as shouting.`, 'Use one full stop instead.'));
  });
  return out;
}

const PLACEHOLDER =
  /\[[^\]\n]{0,60}\]|\{\{[^\n]{0,60}?\}\}|\$\{[^}\n]{0,40}\}|\{[^{}\n]{1,40}\}|<<[^\n]{0,40}?>>|__[A-Za-z_]{2,}__|<[A-Z][A-Za-z ]{1,30}>|(?<![\p{L}\p{N}_])(?:undefined|NaN|TBD|TODO|X{3,}|x{3,}|[Ll]orem ipsum)(?![\p{L}\p{N}_])|%[sd](?![\p{L}])/gu;
const NULL_WORD = /(?<![\p{L}\p{N}_])null(?![\p{L}\p{N}_])/gu;

export function placeholders(text: string, lang: Lang): ToneFinding[] {
  const out: ToneFinding[] = [];
  const add = (m: RegExpExecArray) =>
    out.push(
      finding(
        'placeholder',
        m.index,
        m.index + m[0].length,
        `"${m[0]}" looks like a placeholder that was never filled in.`,
        'Replace it with the real name or wording, or remove it.',
      ),
    );
  eachMatch(PLACEHOLDER, text, add);
  // German "null" is the number zero; elsewhere it is a leftover from code.
  if (lang !== 'de') eachMatch(NULL_WORD, text, add);
  return out;
}

export function missingParts(folded: string, lang: Lang): ToneFinding[] {
  const out: ToneFinding[] = [];
  const lex = lexiconFor(lang);
  lex.thanks.lastIndex = 0;
  if (!lex.thanks.test(folded))
    out.push(
      finding(
        'missing-thanks',
        0,
        0,
        'The draft never thanks them.',
        'Start by thanking them for considering your application and for the invitation to interview.',
      ),
    );
  lex.decline.lastIndex = 0;
  if (!lex.decline.test(folded))
    out.push(
      finding(
        'missing-decline',
        0,
        0,
        'The draft never clearly says that you decline the interview.',
        'Add one clear sentence, for example "I have decided to decline the interview".',
      ),
    );
  return out;
}
