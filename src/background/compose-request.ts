// Composes a decline for the popup's request — its answers and fields, the tab's open message, a
// pasted invitation — with the settings from storage.sync. The preview and the insert both come
// through here, so the reply previewed is the reply inserted.
import { composeDecline } from '../core/compose/index';
import { extractInvitation } from '../core/extract/index';
import type { ComposedDraft, DeclineAnswers, Extraction } from '../core/types';
import type { Settings } from '../core/settings';
import { loadSettings } from '../platform/settings-store';
import { buildInvitation, type InvitationOverrides } from '../core/invitation-context';
import { getTabState, type TabState } from '../platform/tab-state';

export interface ComposeRequest {
  tabId: number | null;
  answers: DeclineAnswers;
  invitation: InvitationOverrides;
  pastedEmail?: { subject: string; body: string } | undefined;
}

export interface Composed {
  draft: ComposedDraft;
  state: TabState | null;
  /** What the pasted invitation says, when there is one. */
  pasted: Extraction | null;
  /** The settings it was composed with. */
  settings: Settings;
}

export async function composeRequest(req: ComposeRequest): Promise<Composed> {
  const [settings, state] = await Promise.all([loadSettings(), req.tabId == null ? null : getTabState(req.tabId)]);
  const body = req.pastedEmail?.body.trim() ?? '';
  const subject = req.pastedEmail?.subject ?? '';
  const pasted = body ? extractInvitation({ subject, body }) : null;
  const invitation = buildInvitation(state, req.invitation, pasted ? { subject, extraction: pasted } : null);
  const draft = composeDecline({ invitation, answers: req.answers, settings });
  return { draft, state, pasted, settings };
}
