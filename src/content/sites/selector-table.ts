// The shape of a site adapter's selector table and the few helpers that read it. A group is an
// ordered list: language-independent hooks first, localized labels last; the first that matches wins.

export interface SelectorEntry {
  css: string;
  /** What it matches and where the fact comes from, in a few words. */
  why: string;
  /** Match this, then climb to the nearest ancestor matching `up` (e.g. an icon inside its button). */
  up?: string;
}

export type SelectorGroup = readonly SelectorEntry[];
export type SelectorTable = Readonly<Record<string, SelectorGroup>>;

function lift(el: Element, entry: SelectorEntry): Element | null {
  return entry.up ? el.closest(entry.up) : el;
}

/** The first element matched by the group's first matching entry, or null. */
export function first(root: ParentNode, group: SelectorGroup): Element | null {
  for (const entry of group) {
    const el = root.querySelector(entry.css);
    const hit = el && lift(el, entry);
    if (hit) return hit;
  }
  return null;
}

/** Every element of the first entry that matches anything, in document order. */
export function all(root: ParentNode, group: SelectorGroup): Element[] {
  for (const entry of group) {
    const found = Array.from(root.querySelectorAll(entry.css), (el) => lift(el, entry)).filter((e): e is Element => e !== null);
    if (found.length) return [...new Set(found)];
  }
  return [];
}

/** First match that the user can see (Gmail keeps hidden copies of some headers). */
export function firstShown(root: ParentNode, group: SelectorGroup): Element | null {
  for (const entry of group) {
    for (const el of Array.from(root.querySelectorAll(entry.css))) {
      const hit = lift(el, entry);
      if (hit && isShown(hit)) return hit;
    }
  }
  return null;
}

/** Which entry of the group matches under root (for health checks and tests). */
export function matchingEntry(root: ParentNode, group: SelectorGroup): SelectorEntry | null {
  return group.find((e) => root.querySelector(e.css) !== null) ?? null;
}

/** Not hidden by an attribute or by layout. Cheap: called on a handful of candidates only. */
export function isShown(el: Element): boolean {
  if (!el.isConnected) return false;
  if (el.closest('[hidden], [aria-hidden="true"][style*="display"]')) return false;
  // Computed style, not layout: hidden by a class (Gmail keeps hidden copies) counts as hidden.
  if (typeof (el as HTMLElement).checkVisibility === 'function') return (el as HTMLElement).checkVisibility();
  for (let e: Element | null = el; e; e = e.parentElement) {
    const style = (e as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}
