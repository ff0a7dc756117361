// Compiles word lists into one regular expression each. Entries are written folded (lower case,
// no accents; see fold.ts) in a small notation:
//   `*`   right after a letter: any ending (stems: "toxic*" matches toxic, toxicity; "enttausch*")
//   ` `   one or more spaces or a hyphen ("below market" matches "below-market"); ` ?`: optional
//   `(a|b)`, `?`, `{0,3}` and `*` after a group: as in regular expressions.
// Whole words only: a match never starts or ends inside a word.

// The rest of a word after a stem. The text is folded (lower case, accents removed), so Latin
// letters suffice; a small class keeps the compiled expression small (\p{L} repeated in every
// stem made the first check of each language take ~50 ms).
const STEM_TAIL = "[a-z\\u00df-\\u024f'\\-]*";

export function compileLexicon(entries: readonly string[]): RegExp {
  const body = entries
    .map((e) => e.trim())
    .filter(Boolean)
    .map((e) =>
      e
        .replace(/(?<=\p{L})\*/gu, STEM_TAIL)
        .replace(/ \?/g, '[\\s\\-]?')
        .replace(/ /g, '[\\s\\-]+'),
    )
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu');
}
