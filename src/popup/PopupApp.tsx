// The popup: load the tab's invitation and the settings, then the form, preview and actions.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { InvitationOverrides } from '../background/invitation-context';
import type { DeclineAnswers } from '../core/types';
import browser from '../platform/browser';
import { AccessNotice } from './AccessNotice';
import { DeclineQuestions } from './DeclineQuestions';
import { DraftPreview } from './DraftPreview';
import { initialForm, pastedExtraction, previewDraft, withPasted, type DeclineForm } from './decline-form';
import { EXTRA_PANELS } from './extra-panels';
import { insertReply } from './insert-reply';
import { InvitationDetails } from './InvitationDetails';
import { loadPopupContext, type PopupContext } from './load-context';
import { PasteInvitation } from './PasteInvitation';
import { ReplyActions } from './ReplyActions';

export function PopupApp() {
  const [ctx, setCtx] = useState<PopupContext | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadPopupContext().then(setCtx, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  if (error) return <p class="notice error">Graceful Decline could not start: {error}</p>;
  if (!ctx) return <p class="hint" aria-busy="true">Loading…</p>;
  return <DeclineScreen ctx={ctx} onAccessGranted={() => setCtx({ ...ctx, missingAccess: null })} />;
}

function DeclineScreen({ ctx, onAccessGranted }: { ctx: PopupContext; onAccessGranted: () => void }) {
  const { state, settings, tabId } = ctx;
  const [form, setForm] = useState<DeclineForm>(() => initialForm(state, settings));
  const draft = useMemo(() => previewDraft(form, state, settings), [form, state, settings]);
  const detected = state?.detection.invite === true;
  const detectedLang = pastedExtraction(form.pasted)?.extraction.lang ?? state?.extraction.lang ?? null;

  const setField = (key: keyof InvitationOverrides, value: string) =>
    setForm((f) => ({ ...f, fields: { ...f.fields, [key]: value }, touched: f.touched.includes(key) ? f.touched : [...f.touched, key] }));
  const setAnswers = (patch: Partial<DeclineAnswers>) => setForm((f) => ({ ...f, answers: { ...f.answers, ...patch } }));

  return (
    <main class="popup" data-ready="1">
      <header class="popup-header">
        <h1>Decline politely</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </header>
      {ctx.missingAccess ? <AccessNotice origins={ctx.missingAccess} onGranted={onAccessGranted} /> : null}
      {detected ? null : <PasteInvitation value={form.pasted} hasMessage={state != null} onInput={(v) => setForm((f) => withPasted(f, v))} />}
      <InvitationDetails state={state} fields={form.fields} onField={setField} />
      <DeclineQuestions answers={form.answers} detectedLang={detectedLang} onChange={setAnswers} />
      <DraftPreview draft={draft} />
      <ReplyActions draft={draft} onInsert={() => insertReply(tabId, form.answers, form.fields, form.pasted, draft)} />
      {EXTRA_PANELS.map(({ id, Component }) => (
        <Component key={id} tabId={tabId} />
      ))}
    </main>
  );
}
