// Splits a message into its main text and the sign-off block (name, title, company, phones, disclaimers).
import { leadingLetters } from './fold';

// A closing line on its own: "Best,", "Mit freundlichen Grüßen", "Un saludo,", "Bonne journée". Matched on folded text.
const CLOSING =
  /^(?:(?:best|kind|warm|warmest|many|with best|with kind|all the|yours)\s*(?:regards|wishes|thanks|best)?|regards|best regards|with (?:warm |warmest |best |kind )?regards|sincerely|yours sincerely|yours faithfully|yours truly|cheers|thanks|thank you|thanks again|many thanks|talk soon|speak soon|warmly|respectfully|take care|see you (?:soon|then|there)|best of luck|good luck|cordialement|bien cordialement|bien a vous|tres cordialement|sinceres salutations|salutations distinguees|a bientot|merci|un saludo|saludos|un cordial saludo|saludos cordiales|atentamente|un abrazo|abrazos|gracias|muchas gracias|(?:mit )?(?:freundlichen|besten|herzlichen|lieben|vielen) grussen|(?:freundliche|viele|beste|liebe|herzliche) grusse|gruss|vg|lg|atenciosamente|abracos|abraco|um abraco|att|obrigad[oa]|cumprimentos|(?:com os )?(?:melhores|meus) cumprimentos|grato|boa sorte|bonne (?:journee|soiree|fin de journee|semaine)|belle journee|schonen tag|schones wochenende|ate breve|ate logo|hasta pronto|beijos|beijo|bjs|bjo|besos|besitos|bisous|bises|xoxo)\b[^\n]{0,40}$/;

const DASHES = /^(?:--|—|–|__)\s*$/;

// The first word (its letters a-z) of every phrase CLOSING matches: a line whose first word is
// another cannot be a closing, and most lines are turned away by one lookup. "bestregards": the
// pattern allows no space between the leading word and the next. Keep in step with CLOSING.
const LEADS = ['best', 'kind', 'warm', 'warmest', 'many', 'yours'];
const CLOSING_FIRST_WORDS = new Set([
  ...LEADS,
  ...LEADS.flatMap((w) => ['regards', 'wishes', 'thanks', 'best'].map((t) => w + t)),
  ...'with all regards sincerely cheers thanks thank talk speak warmly respectfully take see good'.split(' '),
  ...'cordialement bien tres sinceres salutations a merci un saludos atentamente abrazos gracias muchas'.split(' '),
  ...'mit freundlichen besten herzlichen lieben vielen freundliche viele beste liebe herzliche gruss vg lg'.split(' '),
  ...'atenciosamente abracos abraco um att obrigado obrigada cumprimentos com melhores meus grato boa'.split(' '),
  ...'bonne belle schonen schones ate hasta'.split(' '),
]);

/** A closing line on its own, or a "--" line: the folded line `f` (leading dashes removed). */
function isSignOff(f: string): boolean {
  const c = f.charCodeAt(0);
  if (c === 45 || c === 0x2014 || c === 0x2013 || c === 95) return DASHES.test(f);
  return CLOSING_FIRST_WORDS.has(leadingLetters(f)) && CLOSING.test(f);
}

export interface SignatureSplit {
  main: string;
  /** Lines after the sign-off, trimmed, empty lines removed. */
  lines: string[];
  /** True when a closing phrase or "--" marked the start. */
  marked: boolean;
}

export function splitSignature(text: string, folded: string): SignatureSplit {
  const lines = text.split('\n');
  const flines = folded.split('\n');
  let start = -1;
  // Search from the end: the last closing is the sign-off (an early "Thanks for applying" is not).
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 60; i--) {
    let f = (flines[i] ?? '').trim();
    // Leading dashes ("-- Ana", "— Ana"): a replacement only for the few lines that start with one.
    const c0 = f.charCodeAt(0);
    if (c0 === 45 || c0 === 0x2013 || c0 === 0x2014) f = f.replace(/^[-–—\s]+/, '');
    if (f.length > 60) continue;
    if (isSignOff(f)) {
      start = i + 1;
      // A closing line that itself carries the name: "Hector – Quickshift Staffing" is not a closing,
      // but "Viele Grüße aus Leipzig" is; both are fine because the next lines hold the name.
      break;
    }
  }
  if (start < 0) {
    // No sign-off phrase: treat the trailing short lines (name, title, phone) as the signature.
    const end = footerStart(lines, flines);
    let i = end;
    while (i > 0 && (lines[i - 1] ?? '').trim().length < 80 && end - i < 8) {
      i--;
      if ((lines[i] ?? '').trim() === '' && i < end - 1) break;
    }
    start = Math.max(i, 0);
    const sig = lines
      .slice(start, end)
      .map((l) => l.trim())
      .filter(Boolean);
    return { main: lines.slice(0, start).join('\n'), lines: sig, marked: false };
  }
  const sig = lines
    .slice(start)
    .map((l) => l.trim())
    .filter(Boolean);
  return { main: lines.slice(0, Math.max(start - 1, 0)).join('\n'), lines: sig, marked: true };
}

// A closing footer paragraph: confidentiality notice, "sent by our hiring desk", data-protection line.
const FOOTER = /^--|confidential|vertraulich|destinataire|destinatario|intended recipient|sent (?:by|from|to)|envoye|enviado|gesendet|automatic|datenschutz|rgpd|gdpr|lgpd|privacy|unsubscribe/;

/**
 * Where the name block ends: before a last paragraph of long footer lines ("Ce message et ses pièces
 * jointes sont confidentiels…"), which would otherwise hide the short name, title and phone lines above.
 */
function footerStart(lines: string[], flines: string[]): number {
  let end = lines.length;
  while (end > 0 && !(lines[end - 1] ?? '').trim()) end--;
  let j = end;
  while (j > 0 && end - j < 5 && (lines[j - 1] ?? '').trim()) j--;
  if (j === 0 || (lines[j - 1] ?? '').trim() || !lines.slice(j, end).some((l) => l.length >= 80)) return lines.length;
  return FOOTER.test(flines.slice(j, end).join(' ').trim()) ? j : lines.length;
}

/** The sign-off split of a prepared mail, computed once (only the extractor needs it). */
export function signatureOf(p: { text: string; folded: string; memo: Map<string, unknown> }): SignatureSplit {
  let s = p.memo.get('sig') as SignatureSplit | undefined;
  if (!s) {
    s = splitSignature(p.text, p.folded);
    p.memo.set('sig', s);
  }
  return s;
}
