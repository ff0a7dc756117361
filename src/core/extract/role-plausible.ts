// Could a piece of text be a job title: at most 90 characters and ten words, no e-mail address, link
// or phone number, and a head noun (titles.ts).
import { fold } from '../text/fold';
import { isSpace } from './names';
import { hasTitleHead } from './titles';

/** t.split(/\s+/).length > max: the pieces are one more than the runs of white space. */
function moreWordsThan(t: string, max: number): boolean {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < t.length; i++) {
    const s = isSpace(t.charCodeAt(i));
    if (s && !inSpace && ++pieces > max) return true;
    inSpace = s;
  }
  return false;
}

// The subject rules ask about the same piece twice in a row (before and after cleaning, which often
// changes nothing): the last answer is kept. plausible depends on its argument alone.
let lastPlausible = '';
let lastPlausibleAnswer = false;

export function plausible(t: string): boolean {
  if (t === lastPlausible) return lastPlausibleAnswer;
  lastPlausible = t;
  lastPlausibleAnswer = judgePlausible(t);
  return lastPlausibleAnswer;
}

// "Graduate Open Evening", "Graduate Recruitment Fair": an event named after its guests, no post.
const EVENT_NAME = /\s(?:open (?:day|house)|evening|fair|webinar|meetup|showcase|info(?:rmation)? (?:session|event))$/;

function judgePlausible(t: string): boolean {
  if (t.length < 2 || t.length > 90) return false;
  if (moreWordsThan(t, 10)) return false;
  if (/@|https?:|\d{3,}[\s-]\d{3,}/.test(t)) return false;
  const f = fold(t);
  return hasTitleHead(f) && !EVENT_NAME.test(f);
}
