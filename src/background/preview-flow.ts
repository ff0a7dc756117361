// 'preview-decline' from the popup: the reply as it would be inserted, what a pasted invitation says,
// and tone findings on the user's own words (the custom reason, what they admire).
import { answersFromSettings } from '../core/default-answers';
import { overridesFromExtraction } from '../core/invitation-context';
import { checkTone } from '../core/tone/index';
import type { PageToWorker } from '../core/messages';
import type { Settings } from '../core/settings';
import type { ComposedDraft, Extraction, ToneFinding } from '../core/types';
import { loadSettings } from '../platform/settings-store';
import type { TabState } from '../platform/tab-state';
import { composeRequest } from './compose-request';
import { previewFingerprint, sameInputs, storePreview } from './preview-cache';

export interface PreviewReply {
  draft: ComposedDraft;
  pasted: Extraction | null;
  findings: { customReason: ToneFinding[]; specificArea: ToneFinding[] };
}

type PreviewMessage = Extract<PageToWorker, { type: 'preview-decline' }>;

export async function previewDecline(msg: PreviewMessage): Promise<PreviewReply> {
  const { draft, pasted, state, settings } = await composeRequest(msg);
  const a = msg.answers;
  const reply: PreviewReply = {
    draft,
    pasted,
    findings: {
      customReason: a.reasons.includes('other') && a.customReason.trim() ? checkTone(a.customReason, draft.lang) : [],
      specificArea: a.specificArea.trim() ? checkTone(a.specificArea, draft.lang) : [],
    },
  };
  // The form the popup opens with: keep its preview for the next open (preview-cache.ts).
  const inputs = { answers: msg.answers, invitation: msg.invitation };
  if (msg.tabId != null && state && !msg.pastedEmail && sameInputs(inputs, defaultInputs(state, settings))) {
    void storePreview(msg.tabId, { fingerprint: previewFingerprint(state, settings, inputs), reply }).catch(() => undefined);
  }
  return reply;
}

function defaultInputs(state: TabState, settings: Settings) {
  return { answers: answersFromSettings(settings), invitation: overridesFromExtraction(state.extraction) };
}

/** On a detected invitation: compose the popup's first preview now, before anyone opens it. */
export async function precomposeDefaultPreview(tabId: number, state: TabState): Promise<void> {
  if (!state.detection.invite) return;
  const settings = await loadSettings();
  await previewDecline({ type: 'preview-decline', tabId, ...defaultInputs(state, settings) });
}
