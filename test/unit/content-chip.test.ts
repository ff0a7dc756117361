// @vitest-environment happy-dom
// The in-page chip: a real button with a name, in a shadow root, dismissible per message.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chipShownFor, isChipDismissed, removeChip, resetDismissed, showChip } from '../../src/content/ui/chip';

function subject(): HTMLElement {
  const h2 = document.createElement('h2');
  h2.textContent = 'Interview invitation';
  document.body.replaceChildren(h2);
  return h2;
}

afterEach(() => {
  removeChip();
  resetDismissed();
});

describe('chip', () => {
  it('sits right after the subject, in a shadow root, as two named buttons', () => {
    const h2 = subject();
    const host = showChip(h2, 'm1', () => undefined);
    expect(h2.nextElementSibling).toBe(host);
    const buttons = Array.from(host?.shadowRoot?.querySelectorAll('button') ?? []);
    expect(buttons.map((b) => [b.textContent, b.getAttribute('aria-label'), b.type])).toEqual([
      ['Decline politely', 'Decline politely: draft a polite reply to this interview invitation', 'button'],
      ['×', 'Hide the Decline politely button for this message', 'button'],
    ]);
    // Styles live inside the shadow root only.
    expect(document.head.querySelectorAll('style').length).toBe(0);
    expect(chipShownFor('m1')).toBe(true);
  });

  // A real (trusted) click activating it is covered in real Chromium (security-messages.test.ts).
  it('a click the page fakes does not activate it; keys pressed on it do not reach the page', () => {
    const h2 = subject();
    const onActivate = vi.fn();
    const host = showChip(h2, 'm1', onActivate);
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    const main = host?.shadowRoot?.querySelector('button') as HTMLButtonElement;
    main.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true, composed: true }));
    main.click(); // untrusted, like a page script reaching into the shadow root
    expect(onActivate).not.toHaveBeenCalled();
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
  });

  it('dismissing hides it for that message only, while the page lives', () => {
    const h2 = subject();
    const host = showChip(h2, 'm1', () => undefined);
    const dismiss = host?.shadowRoot?.querySelector('button.dismiss') as HTMLButtonElement;
    dismiss.click();
    expect(host?.isConnected).toBe(false);
    expect(isChipDismissed('m1')).toBe(true);
    expect(showChip(h2, 'm1', () => undefined)).toBeNull();
    expect(showChip(h2, 'm2', () => undefined)).not.toBeNull();
  });

  it('a chip for a new message replaces the old one', () => {
    const h2 = subject();
    showChip(h2, 'm1', () => undefined);
    showChip(h2, 'm2', () => undefined);
    expect(document.querySelectorAll('[data-graceful-decline-chip]').length).toBe(1);
    expect(chipShownFor('m2')).toBe(true);
  });
});
