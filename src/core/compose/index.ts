// The composer's public face: answers + invitation + signature -> a ready-to-send decline.
//
// Decisions worth knowing:
// - Phrasings live in src/templates/decline-<lang>.hbs; the seed (message id, else a hash of
//   company + role + contact) picks one per slot, so drafts vary but are reproducible.
// - The user's own words (custom reason, what they admire) go in as written, on one line, first
//   sentence only; when the tone check flags them they are LEFT OUT (the reason sentence then uses
//   the other reasons, or a neutral "the timing is not right") and composeParts() reports them in
//   `omitted`, so the popup can show the findings next to the field. A generated draft therefore
//   never carries negative wording, and `findings` is empty for every draft composed here.
// - Names from the mail are exempt from the tone check (a company called "TOXIC Games").
// - `brief` stays under 80 words (sign-off included): if needed the shortest phrasings are used,
//   then the role and company are left out of sentences, then the user's words are shortened.
import type { ComposedDraft, DeclineAnswers, InvitationContext, SignatureSettings } from '../types';
import { checkTone } from '../tone';
import { textToHtml } from './html';
import { composeParts, partsToText } from './parts';

export { resolveAnswers, validateAnswers } from './answers';
export { composeParts, partsToText, BRIEF_MAX_WORDS, wordsBeforeSignature } from './parts';
export type { DraftPart, DraftParts, OmittedInput, PartSlot } from './parts';

const FALLBACK: ComposedDraft = {
  subject: 'Thank You for the Interview Opportunity',
  text: 'Thank you for the invitation to interview. After careful thought, I have decided to decline the interview.\n\nThank you again.',
  html: '<p>Thank you for the invitation to interview. After careful thought, I have decided to decline the interview.</p><p>Thank you again.</p>',
  lang: 'en',
  findings: [],
};

export function composeDecline(input: {
  invitation: InvitationContext;
  answers?: Partial<DeclineAnswers>;
  settings?: SignatureSettings;
}): ComposedDraft {
  try {
    const draft = composeParts(input);
    const text = partsToText(draft.parts);
    return {
      subject: draft.subject,
      text,
      html: textToHtml(text),
      lang: draft.lang,
      // The user's own words inside the draft were screened already; names from the mail are
      // exempt (a company called "TOXIC Games" is not the user shouting).
      findings: checkTone(text, draft.lang, { allow: draft.insertedValues }),
    };
  } catch {
    // Unreachable by design (every input is cleaned first); a decline is still better than a crash.
    return { ...FALLBACK };
  }
}
