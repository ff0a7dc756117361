// A short in-page notice (toast) in its own shadow root: page styles cannot reach it, its styles
// cannot leak. Text only, via textContent.

const HOST_ATTR = 'data-graceful-decline-notice';
const CSS = `
:host { all: initial; }
.box { position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; max-width: 380px; display: flex; gap: 12px;
  align-items: flex-start; padding: 12px 14px; border-radius: 8px; font: 14px/1.4 system-ui, sans-serif;
  color: #fff; background: #2f4f3f; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
.box.error { background: #8a2b2b; }
p { margin: 0; flex: 1; white-space: pre-line; }
button { all: unset; cursor: pointer; padding: 0 4px; font-size: 18px; line-height: 1; border-radius: 4px; }
button:focus-visible { outline: 2px solid #fff; }
`;

export type NoticeKind = 'info' | 'error';

export function showNotice(text: string, kind: NoticeKind = 'info', hideAfterMs = 15_000): HTMLElement {
  document.querySelector(`[${HOST_ATTR}]`)?.remove();
  const host = document.createElement('div');
  host.setAttribute(HOST_ATTR, kind);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const box = document.createElement('div');
  box.className = `box ${kind}`;
  const p = document.createElement('p');
  // The live region holds the message only, not the close button's "×".
  p.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  p.textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', 'Close this notice');
  close.addEventListener('click', () => host.remove());
  box.append(p, close);
  root.append(style, box);
  document.documentElement.appendChild(host);
  if (hideAfterMs > 0) setTimeout(() => host.remove(), hideAfterMs);
  return host;
}
