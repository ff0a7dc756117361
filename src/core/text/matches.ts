// All matches of a global pattern. String#matchAll clones the pattern on every call (spec'd via the
// RegExp species constructor), which showed up as a large share of the extractor's time; this reuses
// the one pattern object and stops after `cap` matches.
export function allMatches(re: RegExp, text: string, cap = 1000): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && out.length < cap; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/** The text as a pattern that matches it literally (a name or phrase the mail gives, put into a pattern). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
