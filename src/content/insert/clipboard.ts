// Copies the draft so the user can paste it themselves when no reply box could take it.

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Needs a focused document; the popup has focus when the user clicks "Insert reply".
  }
  return copyWithTextarea(text);
}

function copyWithTextarea(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:-1000px;left:-1000px;opacity:0';
  const restore = document.activeElement as HTMLElement | null;
  document.documentElement.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  restore?.focus?.({ preventScroll: true });
  return ok;
}
