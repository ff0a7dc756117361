// What the words around a cue change about it: a conditional sentence, an explicit "no new date",
// a near-miss word that is part of the job title. Pure text tests used by features.ts.
import { hasTitleHead } from '../extract/titles';
import { leadingLetters } from '../text/fold';

// "If you are unable to attend, please log in to cancel": a step the reader may take, said in a
// sentence that opens with a condition, is not the writer's own act.
const CONDITION = /^(?:if|should|in case|unless|si|en caso|falls|wenn|sofern|soweit|sollten?|caso|se)\b/;
// The first words CONDITION can match ("in case" -> "in"): keep in step with it.
const CONDITION_FIRST_WORDS = new Set('if should in unless si en falls wenn sofern soweit sollte sollten caso se'.split(' '));

/** The clause before `at`: back to the sentence's start, or to an opening bracket when asked. */
function clauseBefore(text: string, at: number, atBracket: boolean): string {
  let start = at;
  while (start > 0 && start > at - 200) {
    const c = text.charCodeAt(start - 1);
    // . ! ? newline end a sentence; "(" opens an aside.
    if (c === 46 || c === 33 || c === 63 || c === 10 || (atBracket && c === 40)) break;
    start--;
  }
  return text.slice(start, at);
}

// "Our team will review your profile and, if you meet the requirements, we will contact you to
// schedule an interview": a condition inside the sentence, then the writer's promise to get in touch.
const INNER_CONDITION = /(?:,|\band|\by|\bet|\bund|\be)\s+(?:if|si|falls|wenn|sofern|se|caso)\s/;
const WILL_CONTACT =
  /\b(?:(?:we|i|they|someone|a recruiter|the team)(?:'ll| will) (?:contact|reach out|be in touch|get in touch|get back|call|email|invite)|(?:te|le|les|os) (?:contactar|llamar|escribir|invitar)(?:emos|an|a)\b|nos pondremos en contacto|(?:vous|te) (?:re)?contacter(?:ons|a)\b|(?:vous|te) (?:rappeller|appeller|inviter)(?:ons|a)\b|reviendrons vers|(?:werden|wird|melden) (?:wir|sich|uns)|kontaktieren wir|entraremos em conta(?:c)?to|entramos em conta(?:c)?to|(?:contat|contact|ligar|convid)(?:aremos|ara)\b)/;

// "Wir melden uns bis zum 28. Februar, um gegebenenfalls einen Termin für ein Vorstellungsgespräch zu
// vereinbaren": a step the writer may take.
const MAYBE = /\b(?:gegebenenfalls|ggf|eventuell|le cas echeant|en su caso|eventualmente|if appropriate|where appropriate)\b/;

// "We'll be in touch in about 2 weeks if we'd like to set up an interview": the writer's own step,
// named right after "if".
const IF_WE = /\b(?:if|unless)\s$/;
const WE = /^(?:we|we'd|we're|we'll)\b/;
// "… will reach out if we want to set up an interview": "if we" ends the clause, the cue follows.
const IF_WE_BEFORE = /\b(?:if|unless)\s(?:we|i)(?:'d|'ll| would| do)?\s$/;

// "You do not need to contact us to book an interview": a step the reader need not take.
const NO_NEED = /\b(?:do not|don't|no|never) need to\b|\bnot (?:required|necessary) to\b/;

export function conditional(text: string, at: number, match = ''): boolean {
  const clause = clauseBefore(text, at, false).trimStart();
  if ((WE.test(match) && IF_WE.test(clause)) || IF_WE_BEFORE.test(clause) || NO_NEED.test(clause)) return true;
  if (CONDITION_FIRST_WORDS.has(leadingLetters(clause)) && CONDITION.test(clause)) return true;
  const inner = INNER_CONDITION.exec(clause);
  return (inner !== null && WILL_CONTACT.test(clause.slice(inner.index))) || MAYBE.test(clause);
}

// "If the team would like to meet at a different time, you will receive a new invitation": a new
// time the writer may send later, in a sentence that opens with a condition, is none offered now.
const SENT_LATER = /\b(?:you(?:'ll| will) (?:receive|get) (?:a|an) (?:new |separate |further )?(?:invitation|invite|email)|(?:we|i|they)(?:'ll| will) (?:contact|reach out|be in touch|get in touch|get back|let you know))/;

export function onlyIfLater(text: string, at: number): boolean {
  if (!conditional(text, at)) return false;
  let end = at;
  while (end < text.length && end < at + 300 && !'.!?\n'.includes(text.charAt(end))) end++;
  return SENT_LATER.test(clauseBefore(text, at, false) + text.slice(at, end));
}

// "To cancel, log in to your candidate portal": how to cancel, said before any cancelling.
const PURPOSE = /^(?:to|para|pour|um)\s$/i;

// "Modifier ou annuler : https://…", "Reschedule or cancel": a link's label, not a cancellation.
const LINK_LABEL = /(?:modifier|reprogrammer|changer|reschedule|change|modify|cambiar|modificar|reprogramar|alterar|remarcar|andern|verschieben)\s(?:ou|or|o|oder|\/)\s$/i;

export function instruction(text: string, at: number): boolean {
  const before = clauseBefore(text, at, false);
  return PURPOSE.test(before.trimStart()) || LINK_LABEL.test(before);
}

// "After that, we may move forward with other applicants", "(in case we extend an offer on the
// spot!)": a rejection or an offer said as a possibility is not the mail's news.
// "I know my last note wasn't the news you were hoping for": an earlier mail's rejection, recalled.
const HEDGE = /\bmy (?:last|previous|earlier) (?:note|email|e-mail|message|mail)\b|\b(?:may|might|in case|otherwise|en caso|au cas|gegebenenfalls|caso|if (?:all|everything|it) goes well|se tudo correr bem|si todo (?:va|sale) bien|si tout se passe bien|wenn alles gut (?:geht|l[aä]uft))\b/;

export function hedged(text: string, at: number): boolean {
  return HEDGE.test(clauseBefore(text, at, true));
}

// "If your availability changes, update it in your applicant profile", "keep your availability up to
// date in your candidate profile": upkeep of a profile the mail points to, not a request for times.
const UPKEEP_BEFORE = /\b(?:keep|update|maintain|add)\s(?:[a-z]+\s){0,2}$/;
const UPKEEP_AFTER = /^\s(?:changes?\b|up to date|(?:to|in) your (?:[a-z]+ )?profile)/;

export function profileUpkeep(text: string, at: number, match: string): boolean {
  return UPKEEP_AFTER.test(text.slice(at + match.length, at + match.length + 40)) || UPKEEP_BEFORE.test(text.slice(Math.max(0, at - 30), at));
}

// "we talked at the job fair on Saturday", "from the job fair": the event is where writer and reader
// met, not what the mail invites to.
const MET_AT = /\b(?:met|talked|spoke|chatted|chatting|talking|speaking|meeting you|met you)(?:\s[a-z']+){0,3}\s(?:at|during)\s(?:the\s)?$|\bfrom\s(?:the\s)?$/;

export function metThere(text: string, at: number): boolean {
  return MET_AT.test(text.slice(Math.max(0, at - 40), at));
}

// "come round the back to the workshop", "vous faire venir à l'atelier": a weak event word that
// names a place someone goes to.
const TO_THE_PLACE = /\b(?:to|at|in|into|from|round|a|au|dans|vers|zur|in der|na|no) (?:the|our|my|l'|le|la|der|die|a|o) ?$/;

export function namesPlace(text: string, at: number): boolean {
  return TO_THE_PLACE.test(text.slice(Math.max(0, at - 20), at));
}

// "Agradeço muito a sua disponibilidade", "thank you for your availability": thanks for time already
// given, not a request for it.
// ("Merci de me dire ce qui vous convient" asks: "merci de" is "please".)
const THANKED = /\b(?:thanks? (?:for|again for)|thank you (?:for|again for)|agradeco|agradecemos|agradezco|obrigad[oa] (?:pela|por)|gracias por|merci (?:pour|beaucoup pour)|danke (?:fur|fur ihre)|vielen dank fur)\b[^.!?\n]{0,25}$/;

export function thanked(text: string, at: number): boolean {
  return THANKED.test(text.slice(Math.max(0, at - 40), at));
}

// "Automatic reply: Application – Warehouse Lead": an out-of-office answer to the reader's own mail,
// whatever it says about interviews already booked.
export const AUTO_REPLY =
  /^(?:automatic reply|auto-?reply|auto reply|out of (?:the )?office|ooo|abwesenheitsnotiz|abwesend|automatische antwort|reponse automatique|absen(?:t|ce) du bureau|respuesta automatica|fuera de la oficina|resposta automatica|ausente do escritorio|fora do escritorio)\b/;

// A cancellation that says so: "we don't have a new date to offer you" (the "new date" is not a
// reschedule).
export const NO_NEW_TIME = new RegExp(
  [
    String.raw`\b(?:no|without (?:a|any)|(?:don't|do not|won't|will not|cannot|can't) (?:have|offer|give you|propose) (?:a|any)) new (?:date|time|slot)s?\b`,
    String.raw`\b(?:not (?:be )?(?:able|possible) to|not in a position to|unable to|cannot|can't) (?:offer|propose|give|suggest|set|arrange) (?:you )?(?:(?:a|an|any) )?(?:new|alternative|other|another) (?:date|time|slot|day)`,
    String.raw`\b(?:will not|won't|not) (?:be )?reschedul`,
    String.raw`\bno (?:tenemos|hay) (?:una )?nueva fecha|\b(?:no (?:tengo|tenemos|hay)|sin) (?:todavia |aun )?(?:una )?(?:nueva )?fecha prevista|\bsin (?:una )?nueva fecha|\bno (?:nos )?es posible (?:proponer|ofrecer|indicar)(?:le|te)? (?:una )?nueva fecha|\bno (?:podemos|podremos|puedo|podre) (?:ofrecer|proponer|dar|indicar)(?:le|te|les)? (?:una )?(?:nueva|otra) fecha`,
    String.raw`\b(?:pas|aucune|sans) (?:de )?nouvelle date|\b(?:pas|plus) (?:en mesure|possible) de (?:vous |te )?proposer une (?:nouvelle|autre) date|\bne (?:pouvons|pourrons|peux|pourrai) pas (?:vous |te )?(?:proposer|donner|fixer|offrir) (?:de |une )?(?:nouvelle|autre) date`,
    String.raw`\bkein(?:en)? (?:neuen|alternativen|anderen) termin|\bkeinen ersatztermin|\b(?:neuen|alternativen|anderen) termin (?:konnen|werden) wir (?:ihnen|dir) [a-z ]{0,30}\bnicht\b|\bersatztermin (?:konnen|werden) wir (?:ihnen|dir) [a-z ]{0,40}\bnicht\b`,
    // ("Não é necessário reagendar", "No es necesario reprogramar", "No need to reschedule": nothing moves.)
    String.raw`\b(?:nao (?:e|sera) (?:necessario|preciso) (?:reagendar|remarcar)|no (?:es|sera) necesario (?:reprogramar|reagendar)|no need to (?:reschedule|rebook))\b`,
    String.raw`\bsem (?:uma )?nova data|\b(?:nao (?:tenho|temos|ha)|sem) (?:ainda )?previsao de (?:uma )?(?:nova data|reabertura|retomada)|\bnao (?:nos )?(?:e|sera) possivel (?:propor|indicar|marcar|agendar)(?:-lhe)? (?:uma )?nova data|\bnao (?:podemos|poderemos|posso) (?:propor|oferecer|indicar|marcar)(?:-lhe|-te)? (?:uma )?nova data`,
  ].join('|'),
);

// A near-miss word inside the extracted job title names the job, not the mail's purpose: the
// "Admissions Coordinator" or "Podcast Producer" being hired for (the rest of the title still holds
// a job noun; an "Executive MBA" is a study programme, no job).
export function qualifiesTitle(role: string, word: string): boolean {
  const at = role.indexOf(word);
  if (at < 0 || STUDY_PROGRAMME.test(role)) return false;
  return hasTitleHead(`${role.slice(0, at)} ${role.slice(at + word.length)}`);
}

// "your interview for the Staff Writer, Games Desk role": the mail names the title as a job, so a
// near-miss word that opens it ("staff writer", a press cue) is the job being filled.
const JOB_NOUN_AFTER = /^,?\s(?:role|position|job|opening|vacancy|post|spot)\b/;
const JOB_NOUN_BEFORE = /(?:role|position|job|vacancy|opening|puesto|vacante|poste|stelle|vaga|cargo)(?:\s(?:of|as|for|de|als|para|du))?(?:\s(?:the|an?|el|la|le|o))?\s?[:–-]?\s$/;

export function namedAsJob(folded: string, role: string): boolean {
  for (let at = folded.indexOf(role); at >= 0; at = folded.indexOf(role, at + 1)) {
    if (JOB_NOUN_AFTER.test(folded.slice(at + role.length, at + role.length + 12))) return true;
    if (JOB_NOUN_BEFORE.test(folded.slice(Math.max(0, at - 24), at))) return true;
  }
  return false;
}

// "Executive MBA 2026" read as a title is a study programme, not a job.
const STUDY_PROGRAMME = /\b(?:mba|msc|ma|phd|master'?s?|bachelor'?s?|degree|doctorate)\b/;

// "Would you be up for coming in next week?", "¿Puedes pasar el jueves a las 11?": a question that
// names a day or a time asks the reader to meet, however it is worded. A day word or clock time,
// then the rest of the same sentence up to its question mark.
const DAY_OR_TIME = [
  String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight|this week|next week|morning|afternoon|evening`,
  String.raw`lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|hoy|esta semana|proxima semana`,
  String.raw`lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|aujourd'hui|cette semaine|semaine prochaine|apres-midi`,
  String.raw`montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|heute|diese woche|nachste woche|vormittag|nachmittag`,
  String.raw`segunda|terca|quarta|quinta|sexta|amanha|hoje|proxima semana`,
  String.raw`\d{1,2}(?::\d\d)? ?(?:am|pm|h|uhr)|\d{1,2}:\d\d|tues?|wed|thu|thurs?|fri|tmrw|tmr`,
].join('|');
const TIME_QUESTION = new RegExp(String.raw`\b(?:${DAY_OR_TIME})\b[^.!?\n]{0,150}\?`, 'g');
// How far before its question mark a match can begin: the 150 characters and a day word or time
// (the longest, "semaine prochaine", has 17 letters).
const QUESTION_REACH = 150 + 40;

export function asksAboutTime(folded: string): boolean {
  // Every match ends at a question mark, the first one's or a later one's (after which no match
  // can begin before it): the search starts within reach of the first, and none without one.
  const q = folded.indexOf('?');
  if (q < 0) return false;
  TIME_QUESTION.lastIndex = Math.max(0, q - QUESTION_REACH);
  return TIME_QUESTION.test(folded);
}

