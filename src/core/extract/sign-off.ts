// A writer who names themselves outside a formal signature block: a sign-off line ("- Jess",
// "Cheers, Sam", "RAY") or an introduction ("I'm Sam", "Chema aquí", "je suis Paul").
import { fold } from '../text/fold';
import type { PreparedEmail } from '../text/prepare';
import { NAME_TOKEN } from './names';
import { hasTitleHead } from './titles';

// Closing words that may share a line with the name ("Cheers, Sam"); matched on folded text.
const CLOSING_WITH_NAME =
  /^(?:cheers|thanks|thank you|many thanks|best|best wishes|all the best|regards|kind regards|best regards|warmly|talk soon|speak soon|take care|ta|saludos|un saludo|gracias|abrazos|merci|cordialement|bises|a bientot|danke|gruss|viele grusse|liebe grusse|beste grusse|lg|vg|abracos|abraco|obrigad[oa]|atenciosamente|att)[,!.]?\s+(\S+)[.!]?$/;

// Words that start a line or follow "I'm" without being a name.
const NOT_A_NAME =
  /^(?:hi|hey|hello|dear|thanks|thank|best|team|the|our|your|a|an|happy|glad|pleased|honou?red|interested|contacting|sorry|excited|thrilled|delighted|writing|reaching|following|looking|available|free|ihre?|sie|du|der|die|das|ein|eine|la|el|le|un|una|une|muy|tres|ravi|ravie|heureux|heureuse|encantad[oa]|feliz|contento|contenta|here|aqui|ici|ps|p\.s|sent|enviado|envoye|gesendet|confidential|note|tel|phone|mobile|cell|www|click|tap|see|look|sign|log|book|apply|read|start|register|details|more|info|everything|all|directions|parking|link|questions|join|watch|listen|rsvp|reply|respond|upload|submit|schedule|pick|choose|select|confirm|download|access|visit|go|check|find|available|start)$/;

/** "Sam", "RAY" -> "Sam", "Ray"; null when the token is not a plausible given name. */
function asName(token: string): string | null {
  const t = token.replace(/[,.!;:]+$/, '');
  const name = /^[A-ZÀ-ÖØ-Þ]{2,15}$/.test(t) ? t.charAt(0) + t.slice(1).toLowerCase() : t;
  if (!NAME_TOKEN.test(name) || name.length < 2) return null;
  const f = fold(name);
  if (NOT_A_NAME.test(f) || hasTitleHead(f)) return null;
  return name;
}

// The first letters of CLOSING_WITH_NAME's words (cheers, thanks, many, best, all, regards, kind,
// warmly, talk, saludos, un, gracias, abrazos, merci, danke, viele, liebe, lg, obrigado, …).
const CLOSING_INITIALS = new Set([...'ctmbarkwsugdvlo'].map((c) => c.charCodeAt(0)));

/** Can the folded line match CLOSING_WITH_NAME? An ASCII first character must be one of its initials. */
function startsLikeClosing(line: string): boolean {
  const c = line.charCodeAt(0);
  // (A character outside ASCII may fold to any letter: the pattern decides.)
  return c > 127 || CLOSING_INITIALS.has(c >= 65 && c <= 90 ? c + 32 : c);
}

function localPart(p: PreparedEmail): string {
  return p.sender.local.split(/[._-]/)[0] ?? '';
}

/**
 * The name on a sign-off line near the end of the newest message: "- Jess", "— Marcus",
 * "Cheers, Sam", or a lone name that the sender's address also spells ("RAY" from ray@…).
 */
export function signOffName(p: PreparedEmail, orgKey: string): string | null {
  // Sign-offs sit at the end: split only the tail of a long mail.
  const lines = p.text.slice(-1500).split('\n');
  const local = localPart(p);
  let seen = 0;
  for (let i = lines.length - 1; i >= 0 && seen < 15; i--) {
    const line = (lines[i] ?? '').trim();
    if (!line) continue;
    seen++;
    if (line.length > 40) continue;
    let name: string | null = null;
    // (The dash pattern runs only on a line that opens with one of its dashes.)
    const first = line.charCodeAt(0);
    const dash = first === 45 || first === 0x2013 || first === 0x2014 || first === 126 ? /^[-–—~]\s*(\S+)$/.exec(line) : null;
    if (dash?.[1]) name = asName(dash[1]);
    else {
      // Only a line of two or more words that starts like a closing can be one (fold is the costly part).
      const closing = line.includes(' ') && startsLikeClosing(line) ? CLOSING_WITH_NAME.exec(fold(line)) : null;
      if (closing?.[1]) name = asName(line.slice(line.length - closing[1].length));
      else if (local.length >= 2 && !line.includes(' ') && /^\S+$/.test(line) && fold(line).replace(/[,.!]+$/, '') === local) name = asName(line);
    }
    if (name && !orgKey.split(/\s+/).includes(fold(name))) return name;
  }
  return null;
}

// "I'm Sam", "this is Sam", "my name is Sam", "soy Chema", "me llamo Chema", "je suis Paul",
// "je m'appelle Paul", "ich bin Jonas", "mein Name ist Jonas", "sou a Ana", "meu nome é Ana".
// Case-insensitive for the lead ("Soy", "This is"); asName still wants a capitalised name.
const INTRO =
  /\b(?:I['’]m|I am|this is|my name is|me llamo|mi nombre es|soy|je suis|je m['’]appelle|ich bin|mein Name ist|hier ist|sou a|sou o|meu nome é|aqui é a|aqui é o|aqui é)\s([A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿ'’-]+)(?=[\s,.!;:]|$)/gi;
// "Ollie here", "Chema aquí", "Paul ici" at the start of a line or after the greeting.
const HERE = /(?:^|\n|[,!]\s+)([A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿ'’-]+)\s(?:here|aquí|aqui|ici)(?=\s*[,.!;—–-]|\s(?:from|with|at|de|da|do|del)\s|\s*$)/gm;

/** The writer's first name from an introduction in the body; null when there is none. */
export function introducedName(text: string): string | null {
  const head = text.slice(0, 3000);
  for (const re of [INTRO, HERE]) {
    // HERE tries every line start and comma; it needs one of its words.
    if (re === HERE && !head.includes('here') && !head.includes('aqu') && !head.includes('ici')) continue;
    re.lastIndex = 0;
    for (let m = re.exec(head); m; m = re.exec(head)) {
      const name = asName(m[1] ?? '');
      if (name) return name;
    }
  }
  return null;
}
