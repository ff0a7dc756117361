// Runs a callback once the browser has rendered the next frame, so the page's own style and layout
// work is done and our reads (computed visibility) do not force it early. Hidden tabs get no
// frames: a timer runs it anyway.

export const FRAME_FALLBACK_MS = 250;

export function afterFrame(fn: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    fn();
  };
  const fallback = setTimeout(run, FRAME_FALLBACK_MS);
  requestAnimationFrame(() => setTimeout(run, 0));
  return () => {
    done = true;
    clearTimeout(fallback);
  };
}
