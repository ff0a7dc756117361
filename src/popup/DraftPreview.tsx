// The exact reply that "Insert reply" puts in the reply box, with tone findings marked in place.
import type { ComposedDraft, ToneFinding } from '../core/types';
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

export function DraftPreview({ draft, error }: { draft: ComposedDraft | null; error: string | null }) {
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
    </section>
  );
}
