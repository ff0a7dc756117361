// The subject of the decline: a reply keeps the thread's subject, a new message gets the language's
// "Thank You for the Interview Opportunity".
import { cleanLine } from './sanitize';

// Reply and forward prefixes of the common mail clients in our five languages (and a few others),
// so "Re: AW: Interview" is not turned into "Re: Re: AW: Interview".
const REPLY_PREFIX = /^(?:re|aw|antw|antwort|wg|sv|vs|r|rif|ré|réf|ref|res|resp|rsp|enc|fw|fwd|tr|rv)\s*(?:\[\d+\]|\(\d+\))?\s*:/i;

export function replySubject(threadSubject: unknown): string | null {
  const s = cleanLine(threadSubject, 300, true);
  if (!s) return null;
  return REPLY_PREFIX.test(s) ? s : `Re: ${s}`;
}
