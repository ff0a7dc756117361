// Case- and accent-folding that keeps every character at its index, so a match in the folded text
// gives offsets into the original ("Tóxico" -> "toxico", same length).

const cache = new Map<string, string>();

function foldChar(c: string): string {
  let f = cache.get(c);
  if (f === undefined) {
    const lower = c.toLowerCase();
    f = lower.length === 1 ? lower : c;
    const base = f.normalize('NFD').charAt(0);
    if (base !== f && base.length === 1 && /\p{L}/u.test(base)) f = base;
    if (f === '\u2019' || f === '\u02bc' || f === '`') f = "'";
    if (cache.size < 4096) cache.set(c, f);
  }
  return f;
}

// Whole runs at a time: a per-character `out +=` over a 1 MB draft grew super-linearly (GC churn).
const UPPER_ASCII_RUN = /[A-Z]+/g;
// Non-ASCII outside the surrogate range (surrogates are kept as they are, like before).
const NON_ASCII_RUN = /[\u0080-\ud7ff\ue000-\uffff]+/g;

function foldRun(run: string): string {
  if (run.length === 1) return foldChar(run);
  const out: string[] = [];
  for (let i = 0; i < run.length; i++) out.push(foldChar(run[i]!));
  return out.join('');
}

export function fold(text: string): string {
  return text.replace(UPPER_ASCII_RUN, (s) => s.toLowerCase()).replace(NON_ASCII_RUN, foldRun);
}
