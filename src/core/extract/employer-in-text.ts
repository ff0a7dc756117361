// The employer a mail names in its text: beside the job ("the Pastry Cook position at Salt & Cedar")
// or in an applying or joining phrase ("interest in Tessera Logística").
import { allMatches } from '../text/matches';
import { fold } from '../text/fold';
import { hasTitleHead } from './titles';
import { cleanCompany, DEPT_WORD, usable } from './company-clean';
import { isAtsVendor } from './ats-vendors';

// A capitalised name of up to five words, with small joining words between ("Salt & Cedar", "Banco
// de la Plaza", "Dock 9 Fulfilment").
const ORG_PHRASE = String.raw`[A-ZÀ-ÖØ-ÞĀ-ž\d][A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d'’&-]*(?:\s(?:&|of|de|del|des|du|da|do|la|los|las|y)?\s?[A-ZÀ-ÖØ-ÞĀ-ž\d][A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d'’&-]*){0,4}`;

/** "… the Pastry Cook position at Salt & Cedar": the employer named next to the job in system mail. */
const JOB_AT = new RegExp(
  String.raw`\b(?:position|role|job|opening|vacancy|interview|poste|puesto|vaga|Stelle|entrevista|entretien)\s(?:at|with|bei|chez|en|na|no|com)\s(${ORG_PHRASE})`,
);

/** "Nadia Osei from Brightwater Analytics has invited you", "Gracias por tu interés en Tessera Logística". */
const NAMED_EMPLOYER =
  /(?:\bfrom\s|\b(?:interest in|applying to|applied to|applying at|join|joining|unirte a|unirse a|rejoindre|juntar-se (?:à|ao)|interés en|interes en|intérêt pour|Interesse an|interesse (?:na|no|pela|pelo|em)|candidatura (?:a|en|na|no)|candidature (?:chez|à))\s)(?:the\s)?([A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d'’&-]*(?:\s(?:&|of|de|del|des|du|da|do|la|y)?\s?[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d'’&-]*){0,4})(?=\s(?:has invited|invited|te invita|vous invite)|[.!,\n]|\s(?:and|y|et|und|e|as|como|comme|als)\s|$)/g;

/**
 * The employer named in the text. In `personal` mail (a person writing, not a system) "interview
 * with Sarah" or "from Sarah" names a person, so only "job at X" and the applying/joining phrases count.
 */
export function jobAt(text: string, personal = false): string | null {
  let m = JOB_AT.exec(text);
  if (m && personal && /^(?:interview|entrevista|entretien)|\s(?:with|com)\s/i.test(m[0])) m = null;
  const c = m?.[1] ? cleanCompany(m[1]) : '';
  if (c && usable(c)) return c;
  for (const n of allMatches(NAMED_EMPLOYER, text, 4)) {
    if (personal && n[0].startsWith('from')) continue;
    const named = cleanCompany(n[1] ?? '');
    // "from the Talent team", "interest in Marketing": department words and titles are not employers.
    if (usable(named) && !isAtsVendor(named) && !DEPT_WORD.test(fold(named)) && !hasTitleHead(fold(named))) return named;
  }
  return null;
}

// "hi its Marcus @ Dock 9 Fulfilment", "this is Funmi from Kola Mart Lekki", "soy Rocío, de La Tostadora",
// "je suis Paul, de Boulangerie Mercier", "ich bin Jonas von Kornmann": the writer introduces
// themselves with where they work (the name and the employer capitalised, so the lead is spelled in
// both cases instead of a case-blind pattern).
// ("soy Paco de la Ferretería Los Pinos": an article may stand before the name; "Dave here from
// Ridgeline Auto", "Sal from Papa Luigi's here" open a line or sentence without "this is"; "Aqui é a
// Luana, dona do Ateliê Maracujá" names her post first.)
const INTRODUCED_AT = new RegExp(
  String.raw`(?:\b(?:[Tt]his is|[Ii]t['’]?s|I['’]m|I am|[Ss]oy|[Jj]e suis|[Ii]ch bin|[Ss]ou (?:a|o)|[Aa]qui é(?: a| o)?)\s+|(?:^|\n|[.!,]\s)(?=[A-Z][a-z]+\s(?:here\s)?from\s))[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’-]+,?\s+(?:here\s+)?(?:(?:the\s)?(?:owner|manager|dona|dono|dueña|dueño|gérante|gerente|propriétaire|Inhaberin|Inhaber)\s+)?(?:from|at|@|with|here at|of|de|desde|da|do|von|bei|chez)\s+(?:(?:la|el|los|las|le|les|the)\s+)?(${ORG_PHRASE})`,
);
// "I'm an independent recruiter helping Ledgerly hire a Senior Mobile Engineer", "helping a friend's
// startup, Tidewell (flood-risk data, ~12 people), find a Senior Data Engineer".
const HELPING_HIRE = new RegExp(
  String.raw`\b(?:helping|recruiting for|hiring for|working with)\s+(?:(?:a|an|my)\s(?:friend['’]s\s)?(?:startup|company|business|client|firm|restaurant|shop),?\s+)?(${ORG_PHRASE})(?:\s\([^()\n]{1,120}\))?,?\s+(?:hire|find|recruit|build|to hire|to find)\b`,
);
// "I run a small pottery studio (Kilnhouse Ceramics, 3 staff)", "we own a café called Moss & Bean".
const RUN_BY = new RegExp(String.raw`\b(?:I|we)\s(?:run|own|manage|have)\s(?:a|an|the|my|our)\s(?:[a-z-]+\s){0,3}?(?:\(|called\s|named\s)(${ORG_PHRASE})(?=[,)]|\s[–—-]\s|[.!]|\s(?:in|on|and)\s)`);
// "Hester (my boss at Quarry Lane Brewing) wants to meet you": a friend passing on their employer's invitation.
const BOSS_AT = new RegExp(String.raw`\bmy\s(?:boss|manager|employer|supervisor)\s(?:at|from|@)\s(${ORG_PHRASE})`);

/** The employer the writer introduces themselves with ("this is Funmi from Kola Mart"), or null. */
export function introducedEmployer(text: string): string | null {
  const head = text.slice(0, 2000);
  for (const re of [INTRODUCED_AT, HELPING_HIRE, BOSS_AT, RUN_BY]) {
    const m = re.exec(head);
    const c = m?.[1] ? cleanCompany(m[1]) : '';
    if (c && usable(c) && !isAtsVendor(c) && !DEPT_WORD.test(fold(c)) && !hasTitleHead(fold(c))) return c;
  }
  return null;
}

// "[Logo: Baker & Hale]", "[Image: Cobalt Finch]", "[Cobalt Finch logo]": the text form of an HTML mail
// keeps the alt text of the logo at its top, where system mail shows the employer.
const LOGO_LINE = /^\[(?:(?:logo|image|bild|imagen|imagem|logotipo)\s*:\s*([^\]\n]{2,60})|([^\]\n]{2,60}?)\s+logo)\]$/i;

/** The employer a logo's alt text names in the mail's first lines, or null. */
export function logoName(text: string): string | null {
  for (const line of text.split('\n', 4)) {
    const m = LOGO_LINE.exec(line.trim());
    const c = m ? cleanCompany(m[1] ?? m[2] ?? '') : '';
    if (c && usable(c) && !isAtsVendor(c)) return c;
  }
  return null;
}
