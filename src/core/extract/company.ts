// Finds the hiring company as a person would name it in a reply: from the signature, the body,
// the subject, a team mailbox's display name, or (last) the sender's domain. An agency is named
// only when its client is not.
import { allMatches } from '../text/matches';
import { signatureOf } from '../text/signature';
import { isOrgLike, senderDomain, senderIsPerson } from './sender-person';
import { fold } from '../text/fold';
import type { PreparedEmail } from '../text/prepare';
import { capitalisedPhrases, compact, compactDe, isCommonWord, isSpace, nonEmptyMatches, stripLegal, withoutTrailingPunct } from './names';
import { hasTitleHead } from './titles';
import { regionlessLabel, spellsDomain } from './company-domain';
import { literalScan } from './literal-scan';
import { agencyClientCues, introducedByPost, MARKET_WORDS, saysAgencyMarket, subjectClient } from './agency-client';
import { employerAfterVia, relayOf } from './scheduling-tools';
import { initialsLine, initialsSpellDomain } from './domain-initials';
import { institutionIn, isInstitutionName } from './institution-names';
import { cutAfterLegal, hasExtraTitle, hasOrgType, hasPersonTitle, isDangling, isSubunit, isUnitName, notClientAfterCue, saysAgencyTitle } from './company-words';

// Words that describe a mailbox or department, not the company ("Fennwick Mutual Careers").
const DEPT =
  /(?:\s*[-–—|:·,]\s*|\s+)(?:early careers|careers?|jobs|recruiting(?: team)?|recruitment(?: team)?|hiring(?: team)?|talent acquisition|talent team|people team|people|hr|human resources|team|recrutement|l'équipe recrutement|selección|seleção|rrhh|recursos humanos|karriere|personal|carreiras|recrutamento|notifications|empleo|emploi|bewerbung)$/i;
// The last word of every DEPT ending (plain ASCII ones; a tail with other letters goes to DEPT itself).
const DEPT_LAST = /(?:careers?|jobs|recruiting|team|recruitment|hiring|acquisition|people|hr|resources|recrutement|rrhh|humanos|karriere|personal|carreiras|recrutamento|notifications|empleo|emploi|bewerbung)$/;
/** False only when DEPT surely does not match: the name's plain-ASCII tail ends in none of its words (DEPT, tried at every position, is dear). */
function mayEndInDept(c: string): boolean {
  const tail = c.slice(-13);
  return !isAscii(tail) || DEPT_LAST.test(tail.toLowerCase());
}

/** No character beyond ASCII (/[^\x00-\x7f]/ fails). */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}
const DEPT_PREFIX =
  /^(?:careers at|jobs at|karriere bei|empleo en|empleo|carreiras na|carreiras|recrutement|recruiting team|recruiting at|recruiting|talent at|the)\s+/i;
const DEPT_WORD = /\b(?:team|equipe|equipo|time|talent\w*|recrut\w*|recruit\w*|careers?|hr|rrhh|people|human resources|recursos humanos|personal|seleccion|selecao|atracao)\b/;
const GENERIC =
  /^(?:careers?|jobs|recruiting|recruitment|talent|team|hr|rh|people|notifications?|alerts?|calendar|hiring|support|info|the|office|karriere|carreiras?|carrières|recrutement|recrutamento|selecci[oó]n|seleção|rrhh|empleo|emploi|bewerbung|personal|personalabteilung|talent acquisition|recursos humanos|human resources|people team|ressources humaines)$/i;

// Names that only an agency carries (an employer's "Partners" or "Consulting" is not enough).
const AGENCY_NAME =
  /recruit(?!(?:ing|ment)? (?:team|coordinator|manager|partner|specialist|lead|marketing))|staffing|talent(?!\s*(?:acquisition|team|partner|@|management|community|atracao|mobility))|personalberatung|locum|\brh\b|executive search|search partners|headhunt|selection|seleccion|selecao|agency|agence|interim|placement|personnel|consultores de seleccion|\bcabinet\b|search$|\blabou?r\b|workforce|manpower|consultoria (?:em|de) (?:rh|recursos humanos)|consultora de (?:rrhh|recursos humanos)/;
const CLIENT_CUE =
  /\b(?:(?:my|our|the) client|(?:a|one of (?:my|our)) clients? of (?:mine|ours)|client confidential|nuestro cliente|notre client|unsere[nm]? (?:mandant|kunde)\w*|unser kunde|noss[oa] cliente|nuestra cliente|mon client|ma cliente|(?:i'm|i am|we're|we are) (?:working|partnering)(?: exclusively| directly| closely)? with|(?:i'm|i am) helping|(?:i'm|i am) (?:recruiting|hiring) (?:for|on behalf)|on behalf of|(?:retained|engaged|mandated) by|en nombre de|pour le compte de|im auftrag (?:von|der|des|unser|eines|einer)\b|j.accompagne|nous accompagnons|(?:estamos|estoy) (?:trabajando|colaborando) con|trabajamos con|travaillons avec|(?:estamos|estou) trabalhando com|(?:llevando|gestionando)(?: en exclusiva| con exclusividad)? (?:un|el) proceso|conduzindo(?: em exclusividade| com exclusividade)? (?:um|o) processo|(?:proceso de seleccion|processo seletivo|processo de selecao) (?:en exclusiva |em exclusividade )?para (?!el |la |los |las |un |una |o |a |os |as |um |uma |nuestr|noss|est))/;
// One of these appears wherever CLIENT_CUE can match: a substring test first spares most mail a
// scan with the large pattern.
const CLIENT_WORDS = ['client', 'mandant', 'kunde', 'working', 'partnering', 'helping', 'recruiting for', 'hiring for', 'behalf', 'retained', 'engaged', 'mandated', 'nombre', 'compte', 'auftrag', 'accompagn', 'trabaj', 'colaborando', 'travaillons', 'trabalhando', 'llevando', 'gestionando', 'conduzindo', 'seleccion', 'seletivo', 'selecao'];
// "…working with Corvid Robotics", "Interview set with Ironbark Freight", "avec les Boulangeries Maubert".
const CLIENT_PHRASE =
  /\b(?:(?:[Oo]ur|[Mm]y|[Nn]otre|[Mm]on|[Mm]a|[Nn]uestr[oa]|[Nn]oss[oa]|[Uu]nser(?:em|en)?) (?:client|cliente|[Mm]andant|[Kk]unde)(?:e|en|in|n)?,?\s(?:l'entreprise |la société |la empresa |a empresa |die Firma |die |der |la |le |el |a |o |l')?|working(?: exclusively| directly| closely)? with|partnering(?: exclusively| directly| closely)? with|helping|on behalf of|(?:shared|sent|submitted|forwarded|introduced|put) (?:you|your (?:profile|CV|cv|details|application|résumé|resume))(?: forward)? (?:with|to)|(?:proceso|processo|búsqueda|busca|recrutement|recherche) (?:de selección |de seleção |seletivo )?(?:para|pour)|(?:recruiting|hiring) for(?: with| at)?|(?:role|position|opening|vacancy|opportunity) (?:with|at)|(?:llevando|conduzindo|gestionando|gerindo)(?: en exclusiva| em exclusividade| en exclusividad)? (?:un |o |el |a |uma )?(?:proceso|processo|búsqueda|busca)(?: de selección| seletivo)? (?:para|de|da|do|del)|(?:retained|engaged|mandated) by|(?:presentad[oa]|present[ée]|enviad[oa]|envi[ée]|compartid[oa]|transmis|envoy[ée]|[Aa]present(?:ei|ado|amos)|[Ee]nviei|[Ee]ncaminh(?:ei|ado|amos)) (?:su |tu |votre |ton |sua |seu |a sua |o seu )?(?:candidatura|candidature|perfil|profil|CV|cv|currículo|curriculum|dossier) (?:a |à |al |ao |chez |auprès de |para a |para o |para )(?:la |el |los |las |les |l')?|(?:Unterlagen|Profil|Lebenslauf|Bewerbung) (?:an|bei) (?:die |den |das )?|ayudando a|apoyando a|apoiando a|colaborando con|trabajando con|accompagn(?:e|ons) (?:actuellement |en ce moment )?|pour le compte de |im Auftrag (?:von |der |des )|ajudando a |trabalhando com |[Ii]nterview(?:s)? (?:set |booked |confirmed |arranged )?with|(?:[Ii]nterview|[Ee]ntretien|[Ee]ntrevista|[Gg]espräch) (?:at|chez|en|na|no|bei)|chez (?:les |la |le |l')?|meet(?:ing)? with|avec (?:les |la |le |l')?|aux |auprès (?:de |des |du )|com a |com o |con |bei |für )\s*((?:[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’&-]*)(?:\s(?:&|of|de|del|des|du|da|do|la|los|las|el|le|les|y)?\s?[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’&-]*){0,5})/g;

const NOT_COMPANY =
  /^(?:mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|i|we|you|hi|hello|dear|thanks|thank|please|our|your|the|this|interview|re|fwd|zoom|teams|google|microsoft|linkedin|hirerail|ceo|cto|cfo|vp|hr|q&a|ai|us|uk|eu|pt|et|ct|mt)$/i;

const COPYRIGHT_YEAR = /^(?:©\s*)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s+(?=[A-ZÀ-ÖØ-Þ])/;
const ARTICLE = /^(?:the|el|la|le|les|os|as|die|der)\s+/i;
/** The first character, lower-cased if an ASCII capital (a code test: a gate before a pattern anchored at ^ that starts with a letter). */
function firstLower(s: string): number {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90 ? c + 32 : c;
}
/** c/j/k/e/r/t: how DEPT_PREFIX's words start. */
const mayOpenWithDept = (s: string): boolean => {
  const c = firstLower(s);
  return c === 99 || c === 106 || c === 107 || c === 101 || c === 114 || c === 116;
};
/** t/e/l/o/a/d: how ARTICLE's words start. */
const mayOpenWithArticle = (s: string): boolean => {
  const c = firstLower(s);
  return c === 116 || c === 101 || c === 108 || c === 111 || c === 97 || c === 100;
};

function cleanCompany(raw: string): string {
  // A sentence end inside the phrase ("Caisse Laurentides. Votre candidature"): the name stops there.
  // "St. Mary's" keeps its abbreviation: only a dot after a word of three or more letters ends it.
  // "Halden & Pike Recruitment Ltd. We process…": nor does it go on past its legal form.
  // "© 2026 Brackley Foods Inc.": the year of a copyright line is not part of the name.
  // Each pattern runs only where its literal occurs ("Pte", a dot, a department word at the end).
  const trimmed = raw.trim();
  const noPte = trimmed.includes('Pte') ? trimmed.replace(/\s+Pte\.?(?=\s+Ltd\b|$)/, '') : trimmed;
  const first = noPte.charCodeAt(0);
  const noYear = first === 0xa9 || first === 49 || first === 50 ? noPte.replace(COPYRIGHT_YEAR, '') : noPte;
  const cut = cutAfterLegal(noYear);
  const bare = stripLegal(cut);
  let c = bare;
  if (c.includes('.')) c = c.replace(/(?<=[a-zà-ÿ]{3})\.\s.*$/, '');
  if (mayOpenWithDept(c)) c = c.replace(DEPT_PREFIX, '');
  for (let i = 0; i < 3 && mayEndInDept(c); i++) c = c.replace(DEPT, '');
  // "the claims job at Greyfield I told you about": a pronoun after the name is the next clause.
  // (When the first stripLegal changed nothing and nothing changed since, the second would not either.)
  const out = c === bare && bare === cut ? c : stripLegal(c);
  return (mayOpenWithArticle(out) ? out.replace(ARTICLE, '') : out).replace(/\s+(?:I|We|You|They|Je|Nous|Ich|Wir|Yo|Eu)$/, '').trim();
}

function usable(c: string): boolean {
  if (c.length < 2 || c.length > 60) return false;
  if (GENERIC.test(c) || NOT_COMPANY.test(c)) return false;
  if (/@|https?:|\d{3,}/.test(c)) return false;
  // "Unidad de", "Serviço de Gestão de": a phrase cut before its noun is never a name.
  if (isDangling(fold(c))) return false;
  return hasCapital(c);
}

/** /[A-ZÀ-ÖØ-ÞĀ-ž]/.test(c): usually its first character answers. */
function hasCapital(c: string): boolean {
  for (let i = 0; i < c.length; i++) {
    const code = c.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xd6) || (code >= 0xd8 && code <= 0xde) || (code >= 0x100 && code <= 0x17e)) return true;
  }
  return false;
}

/** The display name of a team mailbox, minus its department words. */
function fromSenderName(p: PreparedEmail): string | null {
  if (senderIsPerson(p) || !p.clean.fromName) return null;
  // "Cartwell Freight via ShiftHire": the relaying tool is no part of the employer's name.
  let name = p.clean.fromName.replace(/\s+(?:\(via\s[^()]+\)|via\s[^()]+)$/i, '');
  // "Alpenglüh Touristik – Personal", "Jacarandá Pagamentos | Carreiras": keep the company part.
  const parts = name.split(/\s+[-–—|]\s+|:\s+/);
  if (parts.length > 1) {
    // (usable already turns down every GENERIC name.)
    let keep = parts.map(cleanCompany).filter(usable);
    // "Principal – Sunrise Vidya Niketan": the writer's post beside the organisation is no part of it.
    const noPost = keep.filter((x) => !hasTitleHead(fold(x)));
    if (noPost.length > 0 && noPost.length < keep.length) keep = noPost;
    // "Civil Service Jobs – Department for Coastal Communities": a job board's name, then the employer.
    name = (keep.length > 1 ? keep.find(isInstitutionName) : undefined) ?? keep[0] ?? '';
  }
  const c = cleanCompany(name);
  return usable(c) && !isAtsVendor(c) ? c : null;
}

// Applicant-tracking products send mail under their own name; the employer is never the vendor.
const ATS_VENDOR =
  /^(?:workable|greenhouse|lever|workday|smartrecruiters|icims|teamtailor|personio|bamboohr|jazzhr|recruitee|ashby|hirevue|taleo|successfactors|jobvite|breezy(?: hr)?|pinpoint|gupy|kenoby|softgarden|join|welcome to the jungle|talentsoft|cornerstone)$/i;

// ATS_VENDOR's names: a lower-case match is necessary for the pattern's, so it is asked only for one.
const ATS_NAMES = new Set(ATS_VENDOR.source.slice(4, -2).replace('breezy(?: hr)?', 'breezy|breezy hr').split('|'));
function isAtsVendor(c: string): boolean {
  return ATS_NAMES.has(c.toLowerCase()) && ATS_VENDOR.test(c);
}

// An applicant-tracking product's own domain: "myworkday", "greenhousemail", "ashbyhq".
const isAtsDomain = (label: string): boolean => {
  if (label === '') return false;
  const bare = label.startsWith('my') || label.endsWith('mail') || label.endsWith('hq') || label.endsWith('hire') ? label.replace(/^my|(?:mail|hq|hire)$/g, '') : label;
  return isAtsVendor(bare);
};

/** "… the Pastry Cook position at Salt & Cedar": the employer named next to the job in system mail. */
const JOB_AT =
  /\b(?:position|role|job|opening|vacancy|interview|poste|puesto|vaga|Stelle|entrevista|entretien)\s(?:at|with|bei|chez|en|na|no|com)\s([A-ZÀ-ÖØ-ÞĀ-ž\d][A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d'’&-]*(?:\s(?:&|of|de|del|des|du|da|do|la|los|las|y)?\s?[A-ZÀ-ÖØ-ÞĀ-ž\d][A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d'’&-]*){0,4})/;

/** "Nadia Osei from Brightwater Analytics has invited you", "Gracias por tu interés en Tessera Logística". */
const NAMED_EMPLOYER =
  /(?:\bfrom\s|\b(?:interest in|applying to|applied to|applying at|join|joining|unirte a|unirse a|rejoindre|juntar-se (?:à|ao)|interés en|interes en|intérêt pour|Interesse an|interesse (?:na|no|pela|pelo|em)|candidatura (?:a|en|na|no)|candidature (?:chez|à))\s)(?:the\s)?([A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d'’&-]*(?:\s(?:&|of|de|del|des|du|da|do|la|y)?\s?[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d'’&-]*){0,4})(?=\s(?:has invited|invited|te invita|vous invite)|[.!,\n]|\s(?:and|y|et|und|e|as|como|comme|als)\s|$)/g;

/**
 * The employer named in the text. In `personal` mail (a person writing, not a system) "interview
 * with Sarah" or "from Sarah" names a person, so only "job at X" and the applying/joining phrases count.
 */
function jobAt(text: string, personal = false): string | null {
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

/** Phrases whose letters match the sender's domain: "Tessellate AI" for tessellate.example. */
function domainMatch(phrase: string, label: string, cp = compact(phrase)): boolean {
  if (label.length < 3) return false;
  if (cp.length < 3) return false;
  const bare = withoutAnd(cp);
  if (bare.length >= 4 && withoutAnd(label).startsWith(bare)) return true;
  if (cp === label || cp.startsWith(label) || (label.startsWith(cp) && cp.length >= 4)) return true;
  const first = compact(firstWord(phrase));
  return first.length >= 4 && label.startsWith(first);
}

/** s.split(/\s+/)[0]: the text before the first white space ('' when s opens with some). */
function firstWord(s: string): string {
  let i = 0;
  while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
  return i < s.length ? s.slice(0, i) : s;
}

/** /^\S+\s/.test(s): a word, then white space. */
function hasLeadingWord(s: string): boolean {
  return s.length > 1 && !isSpace(s.charCodeAt(0)) && firstWord(s) !== s;
}

/** s.replace(/^\S+\s/, ''): what follows the first word and one white-space character. */
function afterFirstWord(s: string): string {
  const w = firstWord(s);
  return w !== '' && w !== s ? s.slice(w.length + 1) : s;
}

/** s.split(/\s+/).length without the array: one more than the runs of white space. */
function pieces(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (isSpace(s.charCodeAt(i)) && (i === 0 || !isSpace(s.charCodeAt(i - 1)))) n++;
  return n;
}

/** /[äöüÄÖÜ]/.test(s): a German umlaut, whose address spelling may differ. */
function hasUmlaut(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xc4 || c === 0xd6 || c === 0xdc) return true;
  }
  return false;
}

/** /[äöüÄÖÜ&]/.test(s). */
function hasUmlautOrAmpersand(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 38 || c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xc4 || c === 0xd6 || c === 0xdc) return true;
  }
  return false;
}

/** s.replace(/and/g, ''), the pattern only when there is an "and". */
function withoutAnd(s: string): string {
  return s.indexOf('and') < 0 ? s : s.replace(/and/g, '');
}

/** False when phrasesOf's split surely finds no separator: no | · • – — - , @ and no " at ". */
function maySplitSignatureLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 124 || c === 0xb7 || c === 0x2022 || c === 0x2013 || c === 0x2014 || c === 45 || c === 44 || c === 64) return true;
    if (c === 97 && line.charCodeAt(i + 1) === 116 && isSpace(line.charCodeAt(i - 1)) && isSpace(line.charCodeAt(i + 2))) return true;
  }
  return false;
}

function phrasesOf(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    // Signature lines mix title, company and place with separators: split them.
    for (const seg of maySplitSignatureLine(line) ? line.split(/\s+[|·•–—-]\s+|\s*[|·•]\s*|,\s+|\s+@\s+|\s+at\s+/) : [line]) {
      for (const ph of capitalisedPhrases(seg)) out.push(ph);
    }
  }
  return out;
}

/**
 * The lines (of the first 80) whose letters and digits hold the label's first four. `foldedLines`:
 * the folded lines of a text whose first lines are these (the newest message's, already folded).
 */
function linesMentioning(text: string, label: string, foldedLines?: readonly string[]): string[] {
  const key = label.slice(0, 4);
  const lines = text.split('\n', 80);
  // One fold for all lines (it keeps line breaks); the German spelling only where it can differ.
  const folded = foldedLines ?? fold(lines.join('\n')).split('\n');
  return lines.filter((l, i) => alnumIncludes(folded[i] ?? '', key) || (hasUmlautOrAmpersand(l) && compactDe(l).includes(key)));
}

const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * f.replace(/[^a-z0-9]/g, '').includes(key), without building the string: the stripping replace
 * was one pattern step per space or sign of the mail.
 */
function alnumIncludes(f: string, key: string): boolean {
  for (let k = 0; k < key.length; k++) if (!isAlnum(key.charCodeAt(k))) return key === '';
  if (f.includes(key)) return true;
  for (let i = f.indexOf(key.charAt(0)); i >= 0; i = f.indexOf(key.charAt(0), i + 1)) {
    // Match the rest of the key against the following letters and digits, skipping anything else.
    let k = 1;
    for (let j = i + 1; k < key.length && j < f.length; j++) {
      const c = f.charCodeAt(j);
      if (!isAlnum(c)) continue;
      if (c !== key.charCodeAt(k)) break;
      k++;
    }
    if (k === key.length) return true;
  }
  return false;
}

/** The newest message's folded lines, split once per mail (p.text's lines, one for one). */
function foldedLinesOf(p: PreparedEmail): string[] {
  let v = p.memo.get('foldedLines') as string[] | undefined;
  if (v === undefined) {
    v = p.folded.split('\n');
    p.memo.set('foldedLines', v);
  }
  return v;
}

/** 3: the phrase spells the whole domain label; 2: it is a prefix of it; 1: its first word is. */
function matchStrength(c: string, label: string): number {
  const cp = compact(c);
  // Without an umlaut the German spelling is the same letters.
  const de = hasUmlaut(c) ? compactDe(c) : cp;
  // "Brückner & Partner" at brueckner-partner: the German spelling, with or without the "and".
  if (de !== cp && (de.startsWith(label) || withoutAnd(de).startsWith(label) || (label.startsWith(de) && de.length >= 4))) return 3;
  if (cp.startsWith(label) || withoutAnd(cp).startsWith(withoutAnd(label))) return 3;
  if (label.startsWith(cp) && cp.length >= 4) return 2;
  // The folded words, split once for the three spellings below.
  const ws = foldedWords(c);
  if (spelledTail(ws, label)) return 3;
  if (domainMatch(c, label, cp)) return 1;
  // "Office of the Inland Water Regulator" at iwr: the initials of three or more words.
  if (label.length >= 3 && label.length <= 6 && acronymOf(ws) === label) return 2;
  if (initialsSpellDomain(c, label, ws)) return 2;
  // "Hospital Universitario San Telmo" at hu-santelmo, "Seguros Monteverde" at monteverde-seguros.
  return spellsDomain(c, label) ? 3 : 0;
}

/** "Pecan Hollow Independent School District" at pecanhollowisd: leading words, then the initials of the rest. */
function spelledTail(ws: readonly string[], label: string): boolean {
  let head = '';
  for (let k = 1; k < ws.length - 1; k++) {
    head += ws[k - 1];
    if (!label.startsWith(head)) return false;
    if (label.slice(head.length) === ws.slice(k).map((w) => w.charAt(0)).join('')) return true;
  }
  return false;
}

function acronymOf(words: readonly string[]): string {
  const ws = words.filter((w) => !/^(?:of|the|and|for|de|del|la|le|des|du|da|do|y|et|und|office|oficina|bureau)$/.test(w));
  return ws.length >= 3 ? ws.map((w) => w.charAt(0)).join('') : '';
}

/** The accent-folded words of a phrase, split at anything but a letter or digit. */
function foldedWords(phrase: string): string[] {
  return fold(phrase).split(/[^a-z0-9]+/).filter(Boolean);
}

/** fold(s.charAt(0)) === initial, without a call for a plain ASCII first letter. */
function startsFolded(s: string, initial: string): boolean {
  const code = s.charCodeAt(0);
  if (code >= 128 || Number.isNaN(code)) return fold(s.charAt(0)) === initial;
  return String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code) === initial;
}

function bestDomainPhrase(phrases: string[], label: string): string | null {
  let best: string | null = null;
  let bestS = 0;
  const initial = label.charAt(0);
  for (const ph of phrases) {
    // Cheap test before the folding and cleaning below: some word starts like the domain
    // (not always the first: "University of Eastmere", "Seguros Monteverde").
    if (!startsFolded(ph, initial) && !(ph.includes(' ') && fold(ph).includes(` ${initial}`))) continue;
    const c = cleanCompany(ph);
    if (!usable(c)) continue;
    let s = matchStrength(c, label);
    if (s === 0) continue;
    // "Eastmere Business School" is part of "University of Eastmere": the parent is named in a reply.
    // A "Department of Regional Services" that the domain spells ("dors") is the body itself.
    if (isSubunit(fold(c)) && !initialsSpellDomain(c, label)) s = 1;
    if (s < 3 && hasTitleHead(fold(c))) continue;
    // Strongest match first; among equals the earliest (signature before body), then the fuller name.
    if (s > bestS || (s === bestS && best && compact(c).startsWith(compact(best)) && c.length > best.length)) {
      best = c;
      bestS = s;
    }
  }
  return best;
}

// Forms of address and sign-off words that end up on signature lines ("Veuillez agréer, Monsieur, …").
const SALUTATION =
  /^(?:monsieur|madame|mademoiselle|madam|sir|senor|senora|senhor|senhora|herr|frau|veuillez|cordialement|atentamente|saludos|cumprimentos|atenciosamente|mit freundlichen|viele grusse|beste grusse|im auftrag|in vertretung)\b/;
const SENTENCE_WORD =
  /\s(?!(?:de|del|della|di|dei|da|do|dos|das|des|du|la|le|les|los|las|el|of|the|and|for|y|i|e|et|und|für|von|van|der|den|zum|zur|zu|en|em|na|no|à|a|au|aux|am|im|an|sur|upon|on|at)(?:\s|$))(?![dl]['’])[a-zà-ÿ]/;

// Degrees and licences written after a name: "BSN", "RN", "MBA", "SHRM-CP", "Ph.D.", "PhD".
const CREDENTIAL = /^(?:[A-Z]{2,6}(?:[-/][A-Z]{1,4})?|Ph\.?\s?D\.?|M\.?D\.?|Dr\.?\s?(?:rer|med|phil)\.?.*|MSc|BSc|MEng|BEng|MPhil|DPhil|EdD|PsyD|DNP)$/;

function isCredential(seg: string): boolean {
  return CREDENTIAL.test(seg);
}

/** A signature line that is an organisation: no title, no phone, not the writer's name, not a unit. */
function signatureOrg(p: PreparedEmail, personName: string | null): string | null {
  const person = personName ? compact(personName) : '';
  // Each candidate remembers whether it shared its line with a job title: "Talent Partner – Retail
  // Network" is usually title and department, so a later organisation line is preferred to it.
  const found: { c: string; afterTitle: boolean }[] = [];
  // Unit lines ("Retail Network") are kept aside: a company may carry such a word ("Harbour Network
  // Services"), so one is named when no other organisation line exists.
  let unit: string | null = null;
  for (const line of signatureOf(p).lines.slice(0, 6)) {
    let afterTitle = false;
    let afterName = false;
    for (const seg of line.split(/\s+[|·•–—-]\s+|\s*[|·•]\s*|,\s+|\s+@\s+/)) {
      // "Yvonne Castellanos, BSN", "Anjali Mehta, Ph.D.": a credential after the writer's name.
      if (afterName && isCredential(seg.trim())) continue;
      afterName = Boolean(person) && compact(seg) === person;
      const c = cleanCompany(seg);
      if (!usable(c) || pieces(c) > 6) continue;
      const f = fold(c);
      if (hasTitleHead(f) || hasExtraTitle(f)) {
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
      // "Talent Acquisition" is a department; "Brightline Talent" (word + agency word) an agency.
      if (DEPT_WORD.test(f) && !(hasLeadingWord(c) && AGENCY_NAME.test(afterFirstWord(f)))) continue;
      // The writer's own name, with or without a title ("Dr. Katrin Vogt" for Katrin Vogt), and
      // anyone introduced by one ("Lic. Guadalupe Arreola Montes").
      const k = compact(c);
      if (person && (k === person || person.includes(k) || (person.length >= 6 && (k.endsWith(person) || k.includes(person))))) continue;
      if (hasPersonTitle(seg.trim())) continue;
      if (!/^[A-ZÀ-ÖØ-ÞĀ-ž]/.test(c)) continue;
      // Places ("Toulouse", "Goiânia/GO") are usually after the company; a single word that is the
      // writer's first or last name is skipped above.
      if (isUnitName(f)) unit ??= c;
      else found.push({ c, afterTitle });
    }
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

// The client acting in the agency's sentence: "Penhallow Estates would like to meet you".
const CLIENT_VERB =
  /^\s(?:would like|wants?|liked|loved|enjoyed|(?:was|were) impressed|looked|reviewed|had to|has|have|is|are|was|were|needs?|asked|proposed|souhaite\w*|aimerai\w*|quiere\w*|quisiera\w*|desea\w*|möchte\w*|würde\w*|hat|gostaria\w*|quer\w*|(?:is|are) (?:looking|hiring|searching)|busca\w*|est[aá] buscando|recherche\w*|cherche\w*|sucht|procura\w*|est[aá] procurando)\b/;
// "Kessington Dairy is looking for a Shift Manager": in agency mail the one who seeks is the client.
const SEEKS = /^\s(?:(?:is|are) (?:looking|hiring|searching)|busca|est[aá] buscando|recherche|cherche|sucht|procura|est[aá] procurando)/;
// "Zephyrine Insurance would like to meet you", "Oakridge Media have reviewed your profile": as sure as SEEKS.
const MEETS = /^\s(?:would like|wants?|want) to (?:meet|speak|interview|talk|see|invite)|^\s(?:has|have) reviewed your/;
const FOR_CLIENT =
  /\b(?:for|pour|para(?: a| o)?)\s(?:la |el |le |l')?((?:[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’&-]*)(?:\s(?:&|of|de|del|des|du|da|do|la|y)?\s?[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’&-]*){0,4})/g;
const JOB_NOUN = /^(?:role|position|job|opening|vacancy|contract|requirement|search|puesto|vacante|posicion|poste|mission|vaga|posicao|stelle|position)$/;
const NOT_CLIENT_START =
  /^(?:I|We|You|Hi|Hello|Dear|Great|Brilliant|Quick|Good|Date|Time|Where|When|With|Location|Thanks|Thank|Please|Hope|Best|Cheers|Sorry|Congratulations|The|This|Our|Your|Their|It|If|As|And|But|Hola|Bonjour|Hallo|Olá|Oi|Je|Nous|Vous|Notre|Votre|Le|La|Les|Un|Une|Ich|Wir|Sie|Ihre?|Ihnen|Unser\w*|Der|Die|Das|Den|Dem|Ein\w*|Mit|Für|Bei|Im|Am|Kunden?|Mandant\w*|Client|Cliente|El|Los|Las|Su|Tu|Nuestr\w*|Eu|Nós|Seu|Sua|Noss\w*|Os|As|Um|Uma)\b/;

const CAPITALISED =
  /[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d'’&.-]*(?:\s(?:&|of|de|del|des|du|da|do|la)?\s?[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d'’&.-]*){0,5}/g;

/**
 * A capitalised run as a name: "Harbor & Vale's" loses its possessive, and "A Cerâmica Alvorada
 * gostaria…" its Portuguese article (a sentence may open with one; a name seldom does).
 */
function capitalisedName(run: string): string {
  const bare = withoutTrailingPunct(run);
  const n = bare.length;
  const q = bare.charCodeAt(n - 2);
  const single = bare.charCodeAt(n - 1) === 115 && (q === 39 || q === 0x2019) ? bare.slice(0, -2) : bare;
  // The article pattern needs "A " or "O " at the start.
  const c0 = single.charCodeAt(0);
  return cleanCompany((c0 === 65 || c0 === 79) && isSpace(single.charCodeAt(1)) ? single.replace(/^[AO]\s+(?=\S+\s)/, '') : single);
}

/** The client of an agency, when the mail names one; null for "a tier-one bank" or "client confidential". */
function findClient(p: PreparedEmail, mainText: string, agencyKey: string, writerName: string | null, gatesOf: () => number, agencyByName: boolean): string | null {
  const scores = new Map<string, number>();
  const bump = (c: string, by: number) => scores.set(c, (scores.get(c) ?? 0) + by);
  const writer = writerName ? compact(writerName) : '';
  const own = senderDomain(p);
  const ok = (c: string): boolean => {
    if (NOT_CLIENT_START.test(c) || !usable(c) || hasTitleHead(fold(c))) return false;
    // "Life Pricing" (the team in a title), "Lic. Ana Ruiz" (a person) are not clients.
    if (hasPersonTitle(c)) return false;
    const k = compact(c);
    if (k.length < 3 || (agencyKey && (k.includes(agencyKey) || agencyKey.includes(k)))) return false;
    if (own && domainMatch(c, own, k)) return false;
    return !(writer !== '' && writer.includes(k));
  };
  for (const src of [mainText, p.subject]) {
    CLIENT_PHRASE.lastIndex = 0;
    for (const m of allMatches(CLIENT_PHRASE, src)) {
      const c = cleanCompany(m[1] ?? '');
      // "Elektroniker für Betriebstechnik": German capitalises nouns, so "für X" after a job title
      // is the title's field, not a client.
      if (m[0].startsWith('für') && hasTitleHead(fold(/(\S+)\s*$/.exec(src.slice(Math.max(0, (m.index ?? 0) - 40), m.index))?.[1] ?? ''))) continue;
      if (ok(c)) bump(c, 2.6);
    }
  }
  // "It's Brevik Petroleum, for what it's worth", "c'est la Maison Vautrin": the client revealed by name
  // (two capitalised words or more: "It's Thursday", "It's Tammy" are not).
  if (gatesOf() & HAS_IT_IS) {
    for (const m of allMatches(IT_IS, mainText, 6)) {
      const c = cleanCompany(m[1] ?? '');
      if (c.includes(' ') && ok(c)) bump(c, 2.6);
    }
  }
  // "a Data Engineer for Corvid Robotics": weaker, it needs the name again (subject, repetition).
  for (const src of [mainText, p.subject]) {
    for (const m of allMatches(FOR_CLIENT, src, 8)) {
      const c = cleanCompany(m[1] ?? '');
      // Only after a job ("Engineer for X", "role for X"): "Reference for Julien Marchand" names a person.
      // "o processo de Gerente Agrícola para a X": the job may sit a few words before.
      const before = fold(src.slice(Math.max(0, (m.index ?? 0) - 40), m.index)).split(/\s+/).filter(Boolean).slice(-3);
      if (!before.some((w) => JOB_NOUN.test(w)) && !hasTitleHead(before.join(' '))) continue;
      if (ok(c)) bump(c, 1.5);
    }
  }
  for (const cue of agencyClientCues(mainText, p.subject)) {
    const c = cleanCompany(cue.name);
    if (ok(c)) bump(c, cue.weight);
  }
  // Only for a sender whose own name says agency ("Saltmarsh Recruitment"): an employer's subject
  // names its own site or team there ("Assistant Principal – Westbrook Middle School").
  const fromSubject = agencyByName ? subjectClient(p.subject, p.clean.body.slice(0, 20000)) : null;
  if (fromSubject && ok(cleanCompany(fromSubject))) bump(cleanCompany(fromSubject), 2.6);
  // Names the mail gives a reason for; the rest rest on repetition alone and may be a place.
  const cued = new Set(scores.keys());
  const counts = new Map<string, number>();
  // The same capitalised runs recur line after line: each is cleaned and judged once.
  const judged = new Map<string, string | null>();
  const candidate = (run: string): string | null => {
    let c = judged.get(run);
    if (c === undefined) {
      // "Harbor & Vale's finance director": the possessive is not part of the name.
      const name = capitalisedName(run);
      // "Life Pricing" in "Senior Actuarial Analyst – Life Pricing" is the team in a title.
      c = ok(name) && !isUnitName(fold(name)) ? name : null;
      judged.set(run, c);
    }
    return c;
  };
  for (const line of mainText.split('\n', 60)) {
    if (!hasCapital(line)) continue;
    for (const m of nonEmptyMatches(CAPITALISED, line)) {
      const c = candidate(m[0]);
      if (c === null) continue;
      // "Senior Drilling Engineer – Well Intervention": the specialism after a title and a dash.
      if (afterTitleDash(line, m.index ?? 0)) continue;
      counts.set(c, (counts.get(c) ?? 0) + 1);
      const at = (m.index ?? 0) + m[0].length;
      const after = line.slice(at, at + 24);
      // CLIENT_VERB opens with white space.
      if (isSpace(after.charCodeAt(0)) && CLIENT_VERB.test(after)) bump(c, SEEKS.test(after) || MEETS.test(after) ? 2.6 : 2);
    }
  }
  // "Calder Freight want to meet you – Fleet Analyst": the client acting in the subject.
  for (const m of nonEmptyMatches(CAPITALISED, p.subject, 6)) {
    const c = capitalisedName(m[0]);
    const at = (m.index ?? 0) + m[0].length;
    if (ok(c) && CLIENT_VERB.test(p.subject.slice(at, at + 20))) bump(c, 2);
  }
  const subjectFolded = fold(p.subject);
  const body = p.clean.body.slice(0, 20000);
  // "Payroll Specialist - Harbor & Vale": a subject segment that is exactly the name.
  // "Agro Cerrado Sementes (Rio Verde/GO)": the place in brackets is not part of the name.
  const subjectParts = new Set(
    subjectFolded.split(/\s+[-–—|/]\s+|:\s+/).map((x) => x.replace(/^(?:re|fwd?|aw|wg|tr):\s*/, '').replace(/\s*\([^)]*\)\s*$/, '').trim()),
  );
  for (const [c, n] of counts) {
    if (subjectParts.has(fold(c))) bump(c, 1);
    // Named again in the forwarded or quoted part ("see below - Pellucid Optics would like…" over
    // the client's own message): only for a name with other evidence, so the search stays short.
    if (n >= 2 || (scores.has(c) && repeats(body, c))) bump(c, 1);
    if (subjectFolded.includes(fold(firstWord(c)))) bump(c, 1.5);
    if (c.includes(' ') && scores.has(c)) bump(c, 0.5);
  }
  let best: string | null = null;
  let bestScore = 2.5;
  for (const [c, sc] of scores) {
    // "Associate Dean for Teaching and Learning": a capitalised common word is not a client.
    if (sc > bestScore && isCommonNoun(c, body)) continue;
    // "on site in Glasgow", "Interim Finance Director – Glasgow": a town named without any client cue.
    if (sc > bestScore && !cued.has(c) && isPlace(c, body)) continue;
    // "with Gilbert Ochoa (2nd shift supervisor)", "avec Geneviève, la directrice": a person.
    if (sc > bestScore && (namedWithJob(c, body) || introducedByPost(body, c))) continue;
    if (sc > bestScore || (sc === bestScore && best && c.length > best.length)) {
      best = c;
      bestScore = sc;
    }
  }
  return best;
}

const IT_IS_WORDS = ["it's", 'it’s', 'it is', "c'est", 'c’est', 'se trata de', 'handelt sich', 'trata-se'];
// The literal gates on the folded mail, tested in one pass instead of some thirty String#includes.
const GATES = literalScan([CLIENT_WORDS, ['employment'], IT_IS_WORDS, MARKET_WORDS]);
const HAS_CLIENT_WORD = 1;
const HAS_EMPLOYMENT = 2;
const HAS_IT_IS = 4;
const HAS_MARKET_WORD = 8;
/** Which of the gate groups the folded newest message holds: computed on first use, once per call. */
function gatesOnce(p: PreparedEmail): () => number {
  let g = -1;
  return () => {
    if (g < 0) g = GATES.groupsIn(p.folded);
    return g;
  };
}
// AGENCY_NAME needs one of these (accent-folded) strings: a signature line without any cannot say "agency".
const AGENCY_LITERAL = /recruit|staffing|talent|personalberatung|locum|rh|search|headhunt|sele[cç]|agen[cz]|interim|placement|personnel|cabinet|labo|workforce|manpower|consultor/;
// A consultant's title word in a signature line ("Consultant", "Personalberater", "Headhunter", "Staffing").
const CONSULTANT = /onsult|berater|eadhunt|taffing/;
const IT_IS =
  /\b(?:[Ii]t['’]s|[Ii]t is|[Cc]['’]est|[Ss]e trata de|handelt es sich um|[Tt]rata-se d[ao])\s(?:la |le |les |l['’]|el |die |der |das |a |o )?((?:[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’&-]*)(?:\s(?:&|of|de|del|des|du|da|do|la|y)?\s?[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’&-]*){1,4})/g;

/** The capitalised run at `at` follows a job title and a dash: it is the title's team or specialism. */
function afterTitleDash(line: string, at: number): boolean {
  const before = line.slice(Math.max(0, at - 60), at);
  // /\s[–—-]\s$/, by character.
  const n = before.length;
  const dash = before.charCodeAt(n - 2);
  if (n < 3 || !isSpace(before.charCodeAt(n - 1)) || !(dash === 0x2013 || dash === 0x2014 || dash === 45) || !isSpace(before.charCodeAt(n - 3))) return false;
  const words = fold(before).split(/\s+/).filter(Boolean);
  return hasTitleHead(words.slice(-4, -1).join(' '));
}

// Words that put a town after them: "in Glasgow", "à Lyon", "em Curitiba", "near Leeds", "nach Köln".
const PLACE_PREPS = ['in', 'en', 'à', 'em', 'near', 'nach', 'around', 'outside', 'based in', 'aus'];

/** A one-word name the mail writes after "in", "à", "em": a place, not a client ("on site in Glasgow"). */
function isPlace(c: string, text: string): boolean {
  if (c.includes(' ')) return false;
  const name = c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return PLACE_PREPS.some((w) => text.includes(`${w} ${c}`) && new RegExp(`(?:^|[\\s(])${w} ${name}(?![\\p{L}\\d'’&-])`, 'u').test(text));
}

// What follows a person's name when the mail says what they do: "(2nd shift supervisor)", ", la directrice".
const APPOSITION = /^\s*(?:\(([^)\n]{1,40})\)|,\s+(?:the|our|their|his|her|la|le|el|die|der|o|a|sa|son|su|seu|sua|unser\w*|notre|nuestr\w*|noss\w*)\s+([^,.;\n]{1,40}))/;

/** The mail writes the name followed by a job ("Gilbert Ochoa (2nd shift supervisor)"): a person, not a client. */
function namedWithJob(c: string, text: string): boolean {
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
    const m = APPOSITION.exec(text.slice(i + c.length, i + c.length + 60));
    if (m && hasTitleHead(fold(m[1] ?? m[2] ?? ''))) return true;
  }
  return false;
}

function repeats(text: string, name: string): boolean {
  const i = text.indexOf(name);
  return i >= 0 && text.indexOf(name, i + name.length) >= 0;
}

/**
 * Department and common words ("Departamento", "Talent", "Teaching"): every word is one the contact
 * finder knows as a common noun, or a single word the mail also writes in lower case.
 */
function isCommonNoun(c: string, text: string): boolean {
  const ws = c.split(/\s+/);
  if (ws.every((w) => isCommonWord(w) || /^(?:of|de|del|des|du|da|do|la|y|e|et|und|&)$/i.test(w))) return true;
  if (ws.length > 1) return false;
  const lower = c.toLowerCase();
  if (lower === c) return false;
  const letter = /\p{L}/u;
  for (let i = text.indexOf(lower); i >= 0; i = text.indexOf(lower, i + 1)) {
    if (!letter.test(text.charAt(i - 1)) && !letter.test(text.charAt(i + lower.length))) return true;
  }
  return false;
}

/** "Brightpath" -> "Brightpath Recruitment" when the signature spells the agency's full name. */
function withAgencyWord(name: string, lines: string[]): string {
  for (const line of lines.slice(0, 8)) {
    const i = line.indexOf(name);
    if (i < 0) continue;
    const next = /^\s+([A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž-]+)/.exec(line.slice(i + name.length));
    if (next?.[1] && AGENCY_NAME.test(fold(next[1]))) return `${name} ${next[1]}`;
  }
  return name;
}

const CLIENT_CUE_ALL = new RegExp(CLIENT_CUE.source, 'g');

/** A client cue that is not about the sender's own company ("on behalf of Stonebridge Mutual" from stonebridgemutual.example). */
function clientCueNotOwn(folded: string, own: string | null): boolean {
  if (!own) return CLIENT_CUE.test(folded);
  const ownStart = fold(own.split(/\s+/)[0] ?? own);
  for (const m of allMatches(CLIENT_CUE_ALL, folded, 8)) {
    const after = folded.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60).replace(/^[\s,:]+(?:the\s+|la\s+|el\s+|le\s+|l'|a\s+|o\s+)?/, '');
    // "On behalf of Mr Benjamin Seah": a person, not a client.
    // "On behalf of the search committee": the writer's own side, not a client.
    if (notClientAfterCue(after)) continue;
    if (!after.startsWith(ownStart) && !/^(?:mr|mrs|ms|dr|prof|herr|frau|sr|sra|mme|m)\.?\s/.test(after)) return true;
  }
  return false;
}

/** "Tejas Kulkarni", "Renata Oduya (Calendar)" for the writer Tejas / Renata; not "Jess (Hearth Coffee)". */
function isWriterName(display: string, writer: string): boolean {
  const bare = display.replace(/\s*\((?:via\s[^)]*|[^)]*calendar[^)]*)\)\s*$/i, '').trim();
  if (/[()&|@\d]/.test(bare)) return false;
  // "Cobalt Transit Authority" is an organisation even when the contact finder took it for the writer.
  const f = fold(bare);
  if (hasOrgType(f) || isOrgLike(f) || /\b(?:authority|district|transit|agency|board|commission|health|services?|systems?)\b/.test(f)) return false;
  const tokens = bare.split(/\s+/);
  const first = writer.trim().split(/\s+/)[0] ?? '';
  return tokens.length >= 2 && tokens.length <= 3 && tokens.every((t) => /^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+$/.test(t)) && tokens[0] === first;
}

/** The employer a relayed mail names beside its person, or the name its subject or text gives the person's own domain. */
function relayCompany(p: PreparedEmail, org: string | null, label: string, mainText: string): string | null {
  const c = org ? cleanCompany(org) : '';
  if (c && usable(c)) return c;
  if (!label) return null;
  return bestDomainPhrase(phrasesOf([p.subject]), label) ?? bestDomainPhrase(phrasesOf(linesMentioning(mainText, label, foldedLinesOf(p))), label);
}

/** The host label as capitalised words ("pixelfarm-studio" -> "Pixelfarm Studio"); null unless each reads as one. */
function domainWords(hostLabels: readonly string[], label: string): string | null {
  const host = hostLabels.find((l) => l.replace(/[^a-z0-9]/g, '') === label) ?? label;
  const parts = host.split('-');
  if (!parts.every((w) => /^[a-z]{3,12}$/.test(w) && !/[bcdfghjklmnpqrstvwxz]{4}/.test(w))) return null;
  return parts.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

function withInitialsLine(phrases: string[], lines: string[], label: string): string[] {
  const line = lines.length ? initialsLine(lines.join('\n'), label) : null;
  return line ? [...phrases, line] : phrases;
}

/** The cleaned name of a line the domain spells by initials, when usable. */
function initialsOwn(text: string, label: string): string | null {
  const line = initialsLine(text, label);
  const c = line ? cleanCompany(line) : '';
  return c && usable(c) ? c : null;
}

/**
 * A signature line names an agency ("Ashby Kerr Recruitment", "Brightline Talent"); a bare
 * "Recruiting" line is an in-house department, and a name is a few words ("…contact our recruitment
 * team" in a disclaimer is not one).
 */
function signatureSaysAgency(p: PreparedEmail): boolean {
  return signatureOf(p)
      .lines.slice(0, 6)
      .some((l) =>
        AGENCY_LITERAL.test(fold(l)) &&
        l.split(/\s*[|·•,]\s*|\s+[–—-]\s+/).some((seg) => {
          if (!hasLeadingWord(seg) || pieces(seg) > 6 || seg.includes('(')) return false;
          const f = fold(seg);
          // "Human Resource (Nursing Recruitment)" is an in-house department.
          // "Acquisition de talents", "Atracción de talento": the employer's own recruiting team.
          // "Recrutamento e Seleção", "Reclutamiento y Selección": the employer's own function, named by its task.
          if (/^(?:recrutamento|reclutamiento|recrutement|recruitment) (?:e|y|et|and|&) sele/.test(f)) return false;
          // "People & Recruiting | Flinkwerk": an in-house function named by its department words.
          if (/^(?:people|talent|culture|hr)\s(?:&|and|und|e|y|et)\s/.test(f)) return false;
          if (/\bhuman resources?\b|\bhr\b|\b(?:acquisition|adquisicion|aquisicao|atraccion|atracao|captacion|captacao|gestion|gestao) de talent/.test(f)) return false;
          return AGENCY_NAME.test(afterFirstWord(f)) && !hasTitleHead(f);
        }),
      );
}

export interface CompanyResult {
  company: string | null;
  /** The sender is a recruitment agency writing about a client. */
  agency: boolean;
}

export function findCompany(p: PreparedEmail, writerName: string | null): CompanyResult {
  // An applicant-tracking product's domain (myworkday.example) says nothing about the employer.
  const atsDomain = isAtsDomain(senderDomain(p));
  const label = atsDomain ? '' : senderDomain(p);
  // "Town of Pell Harbor" at pellharbor-ma: names are matched against the address without its region code.
  const nameLabel = (label && regionlessLabel(p.sender.hostLabels, label)) || label;
  const sigPhrases = phrasesOf(signatureOf(p).lines);
  const mainText = signatureOf(p).main || p.text;
  const senderOrg = fromSenderName(p);
  // Applicant-tracking mail is sent in the employer's name: its display name is the company.
  // Mail relayed by an applicant-tracking product's own domain is system mail too.
  const system = p.sender.noReply || p.sender.viaSystem || atsDomain;
  // "Tejas Kulkarni" or "Renata Oduya (Calendar)" on a no-reply address is the coordinator, not the employer.
  const senderIsWriter = Boolean(senderOrg && writerName && isWriterName(senderOrg, writerName));
  // A scheduling tool or social network relaying for a person: the tool is never the employer.
  const viaEmployer = employerAfterVia(p);
  if (viaEmployer && usable(cleanCompany(viaEmployer)) && !isAtsVendor(viaEmployer)) return { company: cleanCompany(viaEmployer), agency: false };
  const relay = relayOf(p);
  if (relay) {
    const byRelay = relayCompany(p, relay.org, relay.label, mainText);
    if (byRelay) return { company: byRelay, agency: false };
  }
  if (system && senderOrg && !senderIsWriter && !relay) return { company: senderOrg, agency: false };
  // System mail under a vendor's name (or none): the employer next to the job title in the text.
  if (system) {
    const named = jobAt(`${p.subject}\n${p.text}`);
    if (named) return { company: named, agency: false };
  }
  const own =
    (label &&
      // A signature line the domain spells by initials competes whole ("Communauté de communes du Val
      // d'Aubrac" at cc-valdaubrac; its capitalised pieces alone match only weakly).
      (bestDomainPhrase(withInitialsLine(sigPhrases, signatureOf(p).lines, nameLabel), nameLabel) ??
        bestDomainPhrase(phrasesOf([p.subject]), nameLabel) ??
        // Only lines that contain the domain's first letters can hold a matching name.
        // (mainText is the newest message's first lines: its folded lines are the message's.)
        bestDomainPhrase(phrasesOf(linesMentioning(mainText, nameLabel, foldedLinesOf(p))), nameLabel) ??
        // A short reply ("see you Thursday") names the company only in the quoted earlier message.
        (p.hadHistory ? bestDomainPhrase(phrasesOf(linesMentioning(p.clean.body.slice(0, 20000), nameLabel)), nameLabel) : null) ??
        // "Department of Northern Community Services" at dncs: a line the domain spells by initials.
        initialsOwn(p.text, nameLabel))) ||
    null;
  let sigOrgMemo: string | null | undefined;
  const sigOrg = () => {
    if (sigOrgMemo === undefined) sigOrgMemo = signatureOrg(p, writerName);
    return sigOrgMemo;
  };
  const agencyName = own ?? sigOrg() ?? senderOrg;
  const gatesOf = gatesOnce(p);

  // Agencies: name the client when the mail names one.
  // An agency says so in its name ("Ashby Kerr Recruitment", "Brightline Talent") or talks of a client.
  // The signature's answer is asked twice for an agency (is it one, is it one by name): answered once.
  let sigSaysAgencyMemo: boolean | undefined;
  const sigSaysAgency = () => (sigSaysAgencyMemo ??= signatureSaysAgency(p));
  const agencyNameSays = Boolean(agencyName && AGENCY_NAME.test(fold(agencyName)));
  const sigLines = signatureOf(p).lines.slice(0, 6);
  const isAgency =
    agencyNameSays ||
    (label !== '' && (AGENCY_NAME.test(label) || (label.length >= 12 && label.endsWith('personal')))) ||
    sigLines.some((l) => l.includes('Personal') && /\S\s+Personal(?:service)?\s+(?:GmbH|AG|KG)\b/.test(l)) ||
    sigSaysAgency() ||
    // "Consultant recrutement – Industrie", "Senior Consultant – Hotels": the writer's title
    // (the title words are looked for in all six lines at once first).
    (CONSULTANT.test(sigLines.join('\n')) && sigLines.some((l) => CONSULTANT.test(l) && l.split(/\s+[–—-]\s+|\s*[|·•,]\s*/).some((seg) => saysAgencyTitle(fold(seg.trim()))))) ||
    (gatesOf() & HAS_CLIENT_WORD && clientCueNotOwn(p.folded, own)) ||
    saysAgencyMarket(p.folded, p.foldedSubject, (gatesOf() & HAS_MARKET_WORD) !== 0) ||
    // "Chalkline Education Ltd is an employment agency": the footer says what the sender is.
    (gatesOf() & HAS_EMPLOYMENT && /\bemployment (?:agency|business)\b/.test(p.folded));
  if (isAgency) {
    const byName = agencyNameSays || (label !== '' && AGENCY_NAME.test(label)) || sigSaysAgency();
    const client = findClient(p, mainText, agencyName ? compact(agencyName) : label, writerName, gatesOf, byName);
    if (client) return { company: client, agency: true };
    if (agencyName) return { company: withAgencyWord(agencyName, signatureOf(p).lines), agency: true };
  }

  if (own) return { company: own, agency: false };
  if (senderOrg && !senderIsWriter && !relay) return { company: senderOrg, agency: false };
  // "Centro de Investigación en … del Golfo" under "Pôle Cardio-vasculaire" or above a street line.
  const inst = institutionIn(signatureOf(p).lines);
  const ci = inst ? cleanCompany(inst) : '';
  if (ci && usable(ci)) return { company: ci, agency: false };
  const so = sigOrg();
  if (so) return { company: so, agency: false };
  // "Thanks for applying to join Orchard Street Clinic": the body names the employer.
  const named = jobAt(`${p.subject}\n${mainText}`, true);
  if (named) return { company: named, agency: false };
  // Nothing better: the domain itself, capitalised ("fieldnote" -> "Fieldnote", "pixelfarm-studio" ->
  // "Pixelfarm Studio"), when each part reads as a word: "frsd47" or "labossauveterre" are spellings
  // no person writes in a reply.
  const spelled = label ? domainWords(p.sender.hostLabels, label) : null;
  if (spelled) return { company: spelled, agency: false };
  return { company: null, agency: false };
}
