// The in-page "Decline politely" chip beside the subject of a detected invitation. A real <button>
// in a shadow root (no style leaks either way), with an accessible name and a dismiss button that
// hides it for that message while the page lives.

const HOST_ATTR = 'data-graceful-decline-chip';
const CSS = `
:host { all: initial; display: inline-flex; vertical-align: middle; margin-inline-start: 10px; }
.chip { display: inline-flex; align-items: center; border: 1px solid #2f6f4f; border-radius: 999px;
  background: #eef6f1; font: 500 12px/1 system-ui, sans-serif; color: #1f4f37; }
button { all: unset; cursor: pointer; padding: 5px 10px; border-radius: 999px; }
button.dismiss { padding: 5px 8px 5px 4px; font-size: 14px; }
button:hover { background: #dcefe4; }
button:focus-visible { outline: 2px solid #1f4f37; outline-offset: 1px; }
`;

// Dismissals live in this page's memory: they survive moving between messages and folders (the
// webmail is one page), not a reload. sessionStorage would survive a reload too, but its first
// access blocks the page's main thread on a round trip to the browser (measured: 2-15 ms).
const dismissed = new Set<string>();

export function isChipDismissed(messageId: string): boolean {
  return dismissed.has(messageId);
}

/** Tests: forget every dismissal. */
export function resetDismissed(): void {
  dismissed.clear();
}

export function removeChip(): void {
  for (const el of Array.from(document.querySelectorAll(`[${HOST_ATTR}]`))) el.remove();
}

export function chipShownFor(messageId: string): boolean {
  const host = document.querySelector(`[${HOST_ATTR}]`);
  return !!host && host.getAttribute(HOST_ATTR) === messageId;
}

/** Places the chip after the anchor (the subject), replacing any chip for another message. */
export function showChip(anchor: Element, messageId: string, onActivate: () => void): HTMLElement | null {
  if (isChipDismissed(messageId)) return null;
  removeChip();
  const host = document.createElement('span');
  host.setAttribute(HOST_ATTR, messageId);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const box = document.createElement('span');
  box.className = 'chip';
  const main = document.createElement('button');
  main.type = 'button';
  main.textContent = 'Decline politely';
  main.setAttribute('aria-label', 'Decline politely: draft a polite reply to this interview invitation');
  main.addEventListener('click', (e) => {
    e.stopPropagation();
    // Only the user's own click or key press: the page can reach into the open shadow root and call
    // click() in a loop, which would open one decline window after another.
    if (!e.isTrusted) return;
    onActivate();
  });
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'dismiss';
  dismiss.textContent = '×';
  dismiss.setAttribute('aria-label', 'Hide the Decline politely button for this message');
  dismiss.addEventListener('click', (e) => {
    e.stopPropagation();
    dismissed.add(messageId);
    host.remove();
  });
  box.append(main, dismiss);
  root.append(style, box);
  // Keep the webmail's single-key shortcuts from firing while the chip has focus.
  for (const type of ['keydown', 'keypress', 'keyup']) host.addEventListener(type, (e) => e.stopPropagation());
  anchor.insertAdjacentElement('afterend', host);
  return host;
}
