// The reasons a person may give for declining (from the guide the product is built on), with the
// English labels the popup and options page show. The composer turns each into a positively framed
// clause per language (see src/templates/decline-*.hbs, section "clause").
import { REASON_IDS, type ReasonId } from './types';

export interface ReasonOption {
  id: ReasonId;
  label: string;
}

export const REASONS: readonly ReasonOption[] = Object.freeze([
  { id: 'career-goals', label: "The role doesn't fit my career goals" },
  { id: 'culture-fit', label: "The company culture doesn't match my values" },
  { id: 'compensation', label: 'The compensation is below my expectations' },
  { id: 'content-current-role', label: "I'm content in my current role" },
  { id: 'relocation', label: "It would need a relocation I'm not ready for" },
  { id: 'other', label: 'Other' },
]);

export function isReasonId(x: unknown): x is ReasonId {
  return typeof x === 'string' && (REASON_IDS as readonly string[]).includes(x);
}

export function reasonLabel(id: ReasonId): string {
  return REASONS.find((r) => r.id === id)?.label ?? id;
}
