// The popup's form: the invitation's fields, the answers and a pasted invitation, with their first
// values from the detection and the options' defaults.
import { answersFromSettings } from '../core/default-answers';
import { overridesFromExtraction, type InvitationOverrides } from '../core/invitation-context';
import type { TabState } from '../platform/tab-state';
import type { Settings } from '../core/settings';
import type { DeclineAnswers, Extraction } from '../core/types';

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

export function setField(form: DeclineForm, key: keyof InvitationOverrides, value: string): DeclineForm {
  return { ...form, fields: { ...form.fields, [key]: value }, touched: form.touched.includes(key) ? form.touched : [...form.touched, key] };
}

/** What the pasted text says fills every field the user has not typed in. */
export function fillFromPasted(form: DeclineForm, found: Extraction | null): DeclineForm {
  const values = overridesFromExtraction(found);
  const fields = { ...form.fields };
  for (const k of Object.keys(values) as (keyof InvitationOverrides)[]) {
    if (!form.touched.includes(k)) fields[k] = values[k];
  }
  return { ...form, fields };
}

/** The request the worker composes from, for the preview and for the insert alike. */
export function composeInputs(form: DeclineForm) {
  const body = form.pasted.trim();
  return { answers: form.answers, invitation: form.fields, ...(body ? { pastedEmail: { subject: '', body } } : {}) };
}
