// The popup: load the tab's invitation and the settings, then the form, preview and actions.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import browser from '../platform/browser';
import { AccessNotice } from './AccessNotice';
import { DeclineQuestions } from './DeclineQuestions';
import { DraftPreview } from './DraftPreview';
import { type DeclineForm, fillFromPasted, initialForm, setField } from './decline-form';
import { EXTRA_PANELS } from './extra-panels';
import { insertReply } from './insert-reply';
import { InvitationDetails } from './InvitationDetails';
import type { PopupContext } from './load-context';
import { PasteInvitation } from './PasteInvitation';
import { ReplyActions } from './ReplyActions';
import { usePreview } from './use-preview';

/**
 * `loading` starts before the first render (index.tsx). Layout effects, not effects: Preact runs
 * effects after the next animation frame, which a popup that is still being shown may not get soon.
 */
export function PopupApp({ loading }: { loading: Promise<PopupContext> }) {
  const [ctx, setCtx] = useState<PopupContext | null>(null);
  const [error, setError] = useState<string | null>(null);
  useLayoutEffect(() => {
    loading.then(
      (c) => {
        performance.mark('graceful-decline:context-loaded');
        setCtx(c);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  if (error) return <p class="notice error">Graceful Decline could not start: {error}</p>;
  if (!ctx) return <p class="hint">Loading…</p>;
  return <DeclineScreen ctx={ctx} onAccessGranted={() => setCtx({ ...ctx, missingAccess: null })} />;
}

function DeclineScreen({ ctx, onAccessGranted }: { ctx: PopupContext; onAccessGranted: () => void }) {
  const { state, settings, tabId } = ctx;
  const [form, setForm] = useState<DeclineForm>(() => initialForm(state, settings));
  const { preview, error } = usePreview(tabId, form);
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
