// The exact reply that "Insert reply" puts in the reply box, with tone findings marked in place.
import type { ComposedDraft, ToneFinding } from '../core/types';
import browser from '../platform/browser';
import { ToneFindings } from '../ui/ToneFindings';

/** Splits the text into plain pieces and marked pieces (text nodes only, never markup). */
function pieces(text: string, findings: readonly ToneFinding[]) {
  const sorted = [...findings].filter((f) => f.end > f.start && f.end <= text.length).sort((a, b) => a.start - b.start);
  const out: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const f of sorted) {
    if (f.start < at) continue;
    if (f.start > at) out.push({ text: text.slice(at, f.start), marked: false });
    out.push({ text: text.slice(f.start, f.end), marked: true });
    at = f.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}

interface DraftPreviewProps {
  draft: ComposedDraft | null;
  error: string | null;
  /** No name in the options yet: the sign-off has nobody under it. */
  unsigned?: boolean;
}

export function DraftPreview({ draft, error, unsigned = false }: DraftPreviewProps) {
  if (!draft) {
    return (
      <section class="section" aria-labelledby="preview-heading">
        <h2 id="preview-heading">Preview</h2>
        {error ? <p class="notice error">{error}</p> : <p class="hint">Writing the reply…</p>}
      </section>
    );
  }
  return (
    <section class="section" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview</h2>
      {error ? <p class="notice error">{error}</p> : null}
      <p class="hint">
        Subject: <span data-testid="preview-subject">{draft.subject}</span>
      </p>
      <div class="preview" data-testid="preview">
        {pieces(draft.text, draft.findings).map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : p.text))}
      </div>
      <ToneFindings findings={draft.findings} />
      {unsigned ? (
        <p class="hint" data-testid="unsigned-hint">
          The reply ends without your name.{' '}
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            Add your name and signature
          </button>
        </p>
      ) : null}
    </section>
  );
}
