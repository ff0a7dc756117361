// Runs the detector and extractor on an open message. This happens in the worker, not the content
// script, so the webmail's main thread pays nothing for it and the content script stays small.
import { detectInvitation } from '../core/detect/index';
import { extractInvitation } from '../core/extract/index';
import type { Detection, EmailInput, Extraction } from '../core/types';

export interface Analysis {
  detection: Detection;
  extraction: Extraction;
}

export function analyseMessage(message: EmailInput): Analysis {
  const email = { from: message.from, subject: message.subject, body: message.body };
  return { detection: detectInvitation(email), extraction: extractInvitation(email) };
}
