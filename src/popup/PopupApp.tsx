// The popup: load the tab's invitation and the settings, then the form, preview and actions.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import browser from '../platform/browser';
import { AccessNotice } from './AccessNotice';
import { DeclineQuestions } from './DeclineQuestions';
import { DraftPreview } from './DraftPreview';
import type { PreviewReply } from '../background/preview-flow';
import { previewFingerprint } from '../background/preview-cache';
import { composeInputs, type DeclineForm, fillFromPasted, initialForm, setField } from './decline-form';
import { EXTRA_PANELS } from './extra-panels';
import { insertReply } from './insert-reply';
import { InvitationDetails } from './InvitationDetails';
import type { PopupContext } from './load-context';
import { PasteInvitation } from './PasteInvitation';
import { ReplyActions } from './ReplyActions';
import { requestPreview, usePreview } from './use-preview';

/**
 * `loading` starts before the first render (index.tsx). Layout effects, not effects: Preact runs
 * effects after the next animation frame, which a popup that is still being shown may not get soon.
 */
/**
 * The loaded context, the form it starts with, and its first preview: the one the worker stored for
 * this very form (preview-cache.ts), else the request for it, sent before the form renders.
 */
interface Start {
  ctx: PopupContext;
  form: DeclineForm;
  firstPreview: PreviewReply | Promise<unknown>;
}

/** A context that takes longer than this shows "Loading…"; a quicker one goes straight to the form. */
const LOADING_HINT_AFTER_MS = 150;

export function PopupApp({ loading }: { loading: Promise<PopupContext> }) {
  const [start, setStart] = useState<Start | null>(null);
  const [error, setError] = useState<string | null>(null);
  // No "Loading…" flash: changing the page now would make the browser lay out and paint it while the
  // context's answers wait, delaying the form by a frame.
  const [slow, setSlow] = useState(false);
  useLayoutEffect(() => {
    const timer = setTimeout(() => setSlow(true), LOADING_HINT_AFTER_MS);
    const done = () => clearTimeout(timer);
    loading.then(done, done);
    return done;
  }, []);
  useLayoutEffect(() => {
    loading.then(
      (ctx) => {
        performance.mark('graceful-decline:context-loaded');
        // No stored preview for this form: ask now, so the worker composes while the form renders.
        const form = initialForm(ctx.state, ctx.settings);
        setStart({ ctx, form, firstPreview: storedPreviewFor(ctx, form) ?? requestPreview(ctx.tabId, form) });
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  if (error) return <p class="notice error">Graceful Decline could not start: {error}</p>;
  if (!start) return slow ? <p class="hint">Loading…</p> : null;
  return <DeclineScreen start={start} onAccessGranted={() => setStart({ ...start, ctx: { ...start.ctx, missingAccess: null } })} />;
}

/** The stored preview, if it was composed from exactly this tab state, these settings and this form. */
function storedPreviewFor({ stored, state, settings }: PopupContext, form: DeclineForm): PreviewReply | null {
  if (!stored || !state || form.pasted.trim()) return null;
  const inputs = composeInputs(form);
  return stored.fingerprint === previewFingerprint(state, settings, inputs) ? stored.reply : null;
}

function DeclineScreen({ start, onAccessGranted }: { start: Start; onAccessGranted: () => void }) {
  const { ctx } = start;
  const { state, settings, tabId } = ctx;
  const [form, setForm] = useState<DeclineForm>(start.form);
  const { preview, error } = usePreview(tabId, form, start.firstPreview);
  const detected = state?.detection.invite === true;

  // A new paste fills the fields the user has not typed in, once the worker has read it.
  const [filledFor, setFilledFor] = useState('');
  useEffect(() => {
    if (preview && form.pasted.trim() && form.pasted !== filledFor && preview.pasted) {
      setFilledFor(form.pasted);
      setForm((f) => fillFromPasted(f, preview.pasted));
    }
  }, [preview]);

  // For the benchmark: the moment the form first shows a preview (performance timeline, no network).
  const ready = preview != null;
  useLayoutEffect(() => {
    if (ready) performance.mark('graceful-decline:preview-ready');
  }, [ready]);

  const draft = preview?.draft ?? null;
  const detectedLang = preview?.pasted?.lang ?? state?.extraction.lang ?? null;
  return (
    <main class="popup" data-ready="1">
      <header class="popup-header">
        <h1>Decline politely</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </header>
      {ctx.missingAccess ? <AccessNotice origins={ctx.missingAccess} onGranted={onAccessGranted} /> : null}
      {detected ? null : <PasteInvitation value={form.pasted} hasMessage={state != null} onInput={(v) => setForm((f) => ({ ...f, pasted: v }))} />}
      <InvitationDetails state={state} fields={form.fields} onField={(k, v) => setForm((f) => setField(f, k, v))} />
      <DeclineQuestions
        answers={form.answers}
        detectedLang={detectedLang}
        findings={preview?.findings ?? null}
        onChange={(patch) => setForm((f) => ({ ...f, answers: { ...f.answers, ...patch } }))}
      />
      <DraftPreview draft={draft} error={error} unsigned={!settings.fullName.trim()} />
      <ReplyActions draft={draft} onInsert={() => insertReply(tabId, form, draft)} />
      {EXTRA_PANELS.map(({ id, Component }) => (
        <Component key={id} tabId={tabId} />
      ))}
    </main>
  );
}
