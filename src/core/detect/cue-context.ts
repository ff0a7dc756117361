// What the words around a cue change about it: a conditional sentence, an explicit "no new date",
// a near-miss word that is part of the job title. Pure text tests used by features.ts.
import { hasTitleHead } from '../extract/titles';

// "If you are unable to attend, please log in to cancel": a step the reader may take, said in a
// sentence that opens with a condition, is not the writer's own act.
const CONDITION = /^(?:if|should|in case|unless|si|en caso|falls|wenn|sollten?|caso|se)\b/;

export function conditional(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && start > at - 200) {
    const c = text.charCodeAt(start - 1);
    // . ! ? newline end a sentence.
    if (c === 46 || c === 33 || c === 63 || c === 10) break;
    start--;
  }
  return CONDITION.test(text.slice(start, at).trimStart());
}

// A cancellation that says so: "we don't have a new date to offer you" (the "new date" is not a
// reschedule).
export const NO_NEW_TIME =
  /\b(?:no|without (?:a|any)|(?:don't|do not|won't|will not|cannot|can't) (?:have|offer|give you|propose) (?:a|any)) new (?:date|time|slot)s?\b|\bno (?:tenemos|hay) (?:una )?nueva fecha|\b(?:pas|aucune|sans) (?:de )?nouvelle date|\bpas en mesure de vous proposer une nouvelle date|\bkeinen neuen termin|\bsem (?:uma )?nova data/;

// A near-miss word inside the extracted job title names the job, not the mail's purpose: the
// "Admissions Coordinator" or "Podcast Producer" being hired for (the rest of the title still holds
// a job noun; an "Executive MBA" is a study programme, no job).
export function qualifiesTitle(role: string, word: string): boolean {
  const at = role.indexOf(word);
  if (at < 0 || STUDY_PROGRAMME.test(role)) return false;
  return hasTitleHead(`${role.slice(0, at)} ${role.slice(at + word.length)}`);
}

// "Executive MBA 2026" read as a title is a study programme, not a job.
const STUDY_PROGRAMME = /\b(?:mba|msc|ma|phd|master'?s?|bachelor'?s?|degree|doctorate)\b/;
