// Compiles word lists into one regular expression each. Entries are written folded (lower case,
// no accents; see fold.ts) in a small notation:
//   `*`   right after a letter: any ending (stems: "toxic*" matches toxic, toxicity; "enttausch*")
//   ` `   one or more spaces or a hyphen ("below market" matches "below-market"); ` ?`: optional
//   `(a|b)`, `?`, `{0,3}` and `*` after a group: as in regular expressions.
// Whole words only: a match never starts or ends inside a word.

export function compileLexicon(entries: readonly string[]): RegExp {
  const body = entries
    .map((e) => e.trim())
    .filter(Boolean)
    .map((e) =>
      e
        .replace(/(?<=\p{L})\*/gu, "[\\p{L}'\\-]*")
        .replace(/ \?/g, '[\\s\\-]?')
        .replace(/ /g, '[\\s\\-]+'),
    )
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu');
}
