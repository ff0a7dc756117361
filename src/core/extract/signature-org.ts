// The organisation line of a signature block: the first segment that is no title, phone, sign-off,
// department or the writer's own name.
import { signatureOf } from '../text/signature';
import { fold } from '../text/fold';
import type { PreparedEmail } from '../text/prepare';
import { compact } from './names';
import { hasTitleHead } from './titles';
import { hasExtraTitle, hasOrgType, hasPersonTitle, isUnitName } from './company-words';
import { cleanCompany, DEPT_WORD, HR_DEPARTMENT_IN, usable } from './company-clean';
import { isAtsVendor } from './ats-vendors';
import { AGENCY_NAME } from './agency-sender';
import { afterFirstWord, hasLeadingWord, pieces } from './word-split';

// Forms of address and sign-off words that end up on signature lines ("Veuillez agréer, Monsieur, …").
const SALUTATION =
  /^(?:monsieur|madame|mademoiselle|madam|sir|senor|senora|senhor|senhora|herr|frau|veuillez|cordialement|atentamente|saludos|cumprimentos|atenciosamente|mit freundlichen|viele grusse|beste grusse|im auftrag|in vertretung|beijos|beijo|bjs|besos|besitos|bisous|bises|abracos|abraco|abrazos|xoxo|grusse|gruss|liebe grusse|herzliche grusse|schone grusse|lg|vg|mfg|cheers|regards|kind regards|best regards|un saludo|abs)\b/;
const INITIAL_SURNAME = /^[A-ZÀ-ÖØ-Þ]\.\s?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+$/;
const SENTENCE_WORD =
  /\s(?!(?:de|del|della|di|dei|da|do|dos|das|des|du|la|le|les|los|las|el|of|the|and|for|y|i|e|et|und|für|von|van|der|den|zum|zur|zu|en|em|na|no|à|a|au|aux|am|im|an|sur|upon|on|at)(?:\s|$))(?![dl]['’])[a-zà-ÿ]/;

// Degrees and licences written after a name: "BSN", "RN", "MBA", "SHRM-CP", "Ph.D.", "PhD".
const CREDENTIAL = /^(?:[A-Z]{2,6}(?:[-/][A-Z]{1,4})?|Ph\.?\s?D\.?|M\.?D\.?|Dr\.?\s?(?:rer|med|phil)\.?.*|MSc|BSc|MEng|BEng|MPhil|DPhil|EdD|PsyD|DNP)$/;

function isCredential(seg: string): boolean {
  return CREDENTIAL.test(seg);
}

// Words that put an employer's name after them: "at", "from", "de", "chez", "bei", "na".
const EMPLOYER_PREP = /(?:^|\s)(?:at|from|with|join|de|del|en|chez|bei|der|na|no|da|do)\s$/;

function followsEmployerWord(name: string, text: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) if (EMPLOYER_PREP.test(text.slice(Math.max(0, i - 6), i))) return true;
  return false;
}

/** A signature line that is an organisation: no title, no phone, not the writer's name, not a unit. */
export function signatureOrg(p: PreparedEmail, personName: string | null): string | null {
  const person = personName ? compact(personName) : '';
  // Each candidate remembers whether it shared its line with a job title: "Talent Partner – Retail
  // Network" is usually title and department, so a later organisation line is preferred to it.
  const found: { c: string; afterTitle: boolean }[] = [];
  // Unit lines ("Retail Network") are kept aside: a company may carry such a word ("Harbour Network
  // Services"), so one is named when no other organisation line exists.
  let unit: string | null = null;
  let folded: string | undefined;
  const mainFolded = () => (folded ??= fold(`${p.subject}\n${signatureOf(p).main}`));
  // The line above held a job title: an organisation-like line under it is likely the employer.
  let titleAbove = false;
  for (const line of signatureOf(p).lines.slice(0, 6)) {
    let afterTitle = false;
    let afterName = false;
    for (const seg of line.split(/\s+[|·•–—-]\s+|\s*[|·•]\s*|,\s+|\s+@\s+/)) {
      // "Yvonne Castellanos, BSN", "Anjali Mehta, Ph.D.": a credential after the writer's name.
      if (afterName && isCredential(seg.trim())) continue;
      afterName = Boolean(person) && compact(seg) === person;
      const c = cleanCompany(seg);
      if (!usable(c) || pieces(c) > 6) {
        // "Líder de Atracción de Talento", "Head of Talent Acquisition": a title whose department
        // the cleaning took off (leaving "Líder de") is still a title for the segments after it.
        if (c.length < seg.trim().length && hasTitleHead(fold(seg))) afterTitle = true;
        continue;
      }
      const f = fold(c);
      // "Farmacéutica Almagro" under "Técnica de Selección": a title word opens the name, and the
      // mail writes it as an employer ("el departamento de Personas de Farmacéutica Almagro").
      if ((hasTitleHead(f) || hasExtraTitle(f)) && !(titleAbove && f.includes(' ') && followsEmployerWord(f, mainFolded()))) {
        afterTitle = true;
        continue;
      }
      if (/\d|@|:|[!?]/.test(c) || pieces(c) > 5) continue;
      if (/^(?:we|i|you|our|your|this|please|see|looking|talk|good|best|thanks|powered|sent)\b/i.test(c)) continue;
      if (isAtsVendor(c)) continue;
      // A sign-off the split missed ("Com os melhores cumprimentos", "Veuillez agréer"): a name's
      // words are capitalised except its connectors.
      if (SENTENCE_WORD.test(c) || SALUTATION.test(f)) continue;
      // "Talent Acquisition", "Corporate & Investment Banking", "Unidad de Recursos Humanos".
      // "Talent Acquisition" is a department; "Brightline Talent" (word + agency word) an agency, but
      // not "Gestión del Talento Humano", where the agency word is the department's own.
      if (DEPT_WORD.test(f) && (!(hasLeadingWord(c) && AGENCY_NAME.test(afterFirstWord(f))) || HR_DEPARTMENT_IN.test(f) || /^(?:hr|rh|rrhh)\b/.test(f))) continue;
      // The writer's own name, with or without a title ("Dr. Katrin Vogt" for Katrin Vogt), and
      // anyone introduced by one ("Lic. Guadalupe Arreola Montes").
      const k = compact(c);
      if (person && (k === person || person.includes(k) || (person.length >= 6 && (k.endsWith(person) || k.includes(person))))) continue;
      if (hasPersonTitle(seg.trim())) continue;
      // "P. Lefèvre": an initial and a surname sign a person.
      if (INITIAL_SURNAME.test(c)) continue;
      if (!/^[A-ZÀ-ÖØ-ÞĀ-ž]/.test(c)) continue;
      // Places ("Toulouse", "Goiânia/GO") are usually after the company; a single word that is the
      // writer's first or last name is skipped above.
      if (isUnitName(f)) unit ??= c;
      else found.push({ c, afterTitle });
    }
    titleAbove = afterTitle;
  }
  const first = found[0];
  if (!first) return unit;
  if (!first.afterTitle) return first.c;
  // A later line that plainly is an organisation ("Coldharbour Savings Bank", a name the mail
  // repeats) beats the words after the title.
  const text = fold(`${p.subject}\n${signatureOf(p).main}`);
  const org = found.find((x) => !x.afterTitle && (hasOrgType(fold(x.c)) || (x.c.includes(' ') && text.includes(fold(x.c)))));
  return (org ?? first).c;
}
