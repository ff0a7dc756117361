// Small DOM actions shared by the adapters.

/** Webmail buttons react to the mouse sequence, not only to click (Gmail acts on mousedown/mouseup). */
export function clickLikeUser(el: Element): void {
  const init = { bubbles: true, cancelable: true, view: window, button: 0 };
  el.dispatchEvent(new MouseEvent('mousedown', init));
  el.dispatchEvent(new MouseEvent('mouseup', init));
  el.dispatchEvent(new MouseEvent('click', init));
}

/** ISO date from the text a webmail shows (e.g. a title attribute), or null when it cannot be read. */
export function parseShownDate(shown: string | null): string | null {
  if (!shown) return null;
  // Gmail writes "Tue, Nov 24, 2026, 9:14 AM"; the comma before the time confuses Date.parse.
  const t = Date.parse(shown.replace(/,\s*(\d{1,2}:\d{2})/, ' $1').replace(/\u202f/g, ' '));
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
