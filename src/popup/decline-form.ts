// The popup's form: the invitation's fields, the answers and a pasted invitation, with their first
// values from the detection and the options' defaults, and the preview composed from them exactly as
// the worker will compose the draft it inserts.
import { answersFromSettings } from '../background/default-answers';
import { buildInvitation, overridesFromExtraction, type InvitationOverrides } from '../background/invitation-context';
import type { TabState } from '../background/tab-state';
import { composeDecline } from '../core/compose/index';
import { extractInvitation } from '../core/extract/index';
import type { Settings } from '../core/settings';
import type { ComposedDraft, DeclineAnswers, Extraction } from '../core/types';

export interface DeclineForm {
  fields: InvitationOverrides;
  answers: DeclineAnswers;
  /** Text of an invitation the user pasted (when the page showed none). */
  pasted: string;
  /** Fields the user typed in: a new paste does not overwrite them. */
  touched: (keyof InvitationOverrides)[];
}

export function initialForm(state: TabState | null, settings: Settings): DeclineForm {
  return { fields: overridesFromExtraction(state?.extraction), answers: answersFromSettings(settings), pasted: '', touched: [] };
}

export function pastedExtraction(pasted: string): { subject: string; extraction: Extraction } | null {
  const body = pasted.trim();
  return body ? { subject: '', extraction: extractInvitation({ subject: '', body }) } : null;
}

/** After a paste: fill every field the user has not typed in from what the pasted text says. */
export function withPasted(form: DeclineForm, pasted: string): DeclineForm {
  const found = overridesFromExtraction(pastedExtraction(pasted)?.extraction);
  const fields = { ...form.fields };
  for (const k of Object.keys(found) as (keyof InvitationOverrides)[]) {
    if (!form.touched.includes(k)) fields[k] = found[k];
  }
  return { ...form, pasted, fields };
}

export function previewDraft(form: DeclineForm, state: TabState | null, settings: Settings): ComposedDraft {
  const invitation = buildInvitation(state, form.fields, pastedExtraction(form.pasted));
  return composeDecline({ invitation, answers: form.answers, settings });
}
