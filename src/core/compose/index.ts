// The composer's public face: answers + invitation + signature -> a ready-to-send decline.
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
