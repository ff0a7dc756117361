// 'preview-decline' from the popup: the reply as it would be inserted, what a pasted invitation says,
// and tone findings on the user's own words (the custom reason, what they admire).
import { checkTone } from '../core/tone/index';
import type { PageToWorker } from '../core/messages';
import type { ComposedDraft, Extraction, ToneFinding } from '../core/types';
import { composeRequest } from './compose-request';

export interface PreviewReply {
  draft: ComposedDraft;
  pasted: Extraction | null;
  findings: { customReason: ToneFinding[]; specificArea: ToneFinding[] };
}

type PreviewMessage = Extract<PageToWorker, { type: 'preview-decline' }>;

export async function previewDecline(msg: PreviewMessage): Promise<PreviewReply> {
  const { draft, pasted } = await composeRequest(msg);
  const a = msg.answers;
  return {
    draft,
    pasted,
    findings: {
      customReason: a.reasons.includes('other') && a.customReason.trim() ? checkTone(a.customReason, draft.lang) : [],
      specificArea: a.specificArea.trim() ? checkTone(a.specificArea, draft.lang) : [],
    },
  };
}
