// Finds the job title as written: from "Position:" lines, the subject, and phrases such as
// "for the X role", "puesto de X", "poste de X", "Stelle als X", "vaga de X".
import { allMatches } from '../text/matches';
import { signatureOf } from '../text/signature';
import { fold } from '../text/fold';
import type { PreparedEmail } from '../text/prepare';
import { CASUAL_PATTERNS, CASUAL_SCAN, casualTitle, trailingBracket } from './role-casual';
import { literalScan } from './literal-scan';
import { isSpace, lowerCode } from './names';
import { lowerQualifier, lowerSubjectTitles } from './role-lower';
import { eventTitle } from './scheduling-tools';
import { hasTitleHead } from './titles';

interface Candidate {
  text: string;
  weight: number;
}

// A title starts with a capital (or a digit, "3D Artist") and runs lazily to a terminator.
// Latin capitals spelled out (no /u flag: the non-Unicode engine is faster on long bodies).
const T = String.raw`([A-Z\u00C0-\u00D6\u00D8-\u00DE\d][^\n.;!?:"“”]{1,90}?)`;
// A suspended hyphen ("Gesundheits- und Krankenpflegerin", "Bau- und") joins the words around "und".
// "en" ends a title only before a place, a determiner or a contract ("en Madrid", "en CDI"), not
// inside one ("Conseillère en sécurité financière", "Chargé de projets en rénovation énergétique").
const END = String.raw`(?=\s*(?:[.;!?:\n"“”]|,\s|\s[–—-]\s|(?<!-)\s(?:at|with|in|for|on|and|to|who|which|that|we|you|en(?=\s(?:[A-Z\u00C0-\u00DE\d]|(?:cdi|cdd|interim|intérim|alternance|stage|télétravail|teletravail|remoto|remote|nuestr[oa]s?|su|sus|el|la|los|las|un|una|l['’]|le|les|notre|votre|nos|vos|ce|cette|mi|tu)\b))|para|con|que|y|au|chez|à|pour|sur|dans|et|qui|bei|in|im|für|mit|und|na|no|nos|nas|em|com|e|is|es|est|ist|é|será)\s|$))`;

const LABEL =
  /^[ \t•*-]*(?:position|role|job|job title|vacancy|opening|classification|job classification|puesto|vacante|poste|intitulé du poste|stelle|vaga|cargo|posição)\s*:\s*([^\n]{2,100})$/im;

const FOLLOWING = /following (?:role|position):[ \t]*\n(?:[ \t]*\n)?[ \t]*([^\n:]{2,90}?)[ \t]*$/m;

const BODY_PATTERNS: [RegExp, number][] = [
  // "for the Claims Adjuster II position", "about our Senior Product Designer role"
  [
    new RegExp(
      String.raw`\b(?:the|our|an?|this|your|its)\s(?:open\s|new\s|vacant\s|current\s)?${T}\s(?:role|position|job|opening|vacancy|post|opportunity|contract|assignment|interviews?|hire|search|need|spot|gig|seat|application|candidacy|programme|program|loop|process|pool|roster|onsite|on-site)\b`,
      'g',
    ),
    4,
  ],
  [new RegExp(String.raw`\b(?:role|position|post)\s(?:of|as)\s(?:an?\s)?${T}${END}`, 'g'), 4],
  // "Job is the CNC Machinist – 2nd Shift", "The role is a Senior Buyer, Packaging".
  [new RegExp(String.raw`\b(?:[Jj]ob|[Rr]ole|[Pp]osition|[Oo]pening|[Vv]acancy)\sis\s(?:the|an?|our)\s${T}${END}`, 'g'), 4],
  // "the Technology Graduate Programme 2026 – Software Engineering": a capitalised programme is a name.
  [new RegExp(String.raw`\b(?:the|our|an?|this|your|its)\s([A-Z\u00C0-\u00D6\u00D8-\u00DE][^\n.;!?:"“”]{1,60}?\s(?:Programme|Program|Scheme)(?:\s20\d\d)?)${END}`, 'g'), 3],
  [
    new RegExp(
      String.raw`\b(?:hiring(?: for)?|recruiting for|looking for|search for|hire for|recruitment of|(?:we|they|i|still) need|needs|requirement for|advert for|advertisement for|contract (?:coming up )?for)\s(?:an?\s|our\s|my\s|their\s)?(?:first\s|new\s|next\s)?${T}${END}`,
      'g',
    ),
    3,
  ],
  // "about to hire our first Developer Advocate", "adding a Staff Firmware Engineer, Motor Control to
  // a team of five", "to find their next VP of Engineering": a verb of filling a seat, then a determiner.
  [
    new RegExp(
      String.raw`\b(?:adding|add|hire|find|bring on|bringing on)\s(?:an?|our|their|my)\s(?:first\s|new\s|next\s|founding\s)?${T}${END}`,
      'g',
    ),
    3,
  ],
  // "The hiring team for Clinical Informatics Specialist, Perioperative (Req 25-3318) would like…"
  [new RegExp(String.raw`\b(?:hiring team|hiring manager|search committee|interview panel)\s(?:for|on)\s(?:the\s|our\s)?${T}${END}`, 'g'), 3],
  [new RegExp(String.raw`\binterview(?:ing)?\s(?:for|as)\s(?:the\s|an?\s)?${T}${END}`, 'g'), 3],
  // "Your virtual onsite for Software Engineer, Infrastructure (L4) is confirmed" (with "the", the first pattern reads it).
  [new RegExp(String.raw`\bon-?site\s(?:for|as)\s(?!the\s|an?\s|our\s)${T}${END}`, 'g'), 3],
  // "your application for the Visiting Assistant Professor of Philosophy (Ethics …), a two-year
  // position"; "application for our Operations Controller vacancy by …" stops at the job noun.
  // ("application for Host - Brunch Shift" without "the" is an acknowledgement's wording too.)
  [new RegExp(String.raw`\b(?:apply(?:ing)?\s(?:for|to be)\s(?:the\s|an?\s|our\s|your\s)?|application\sfor\s(?:the|our)\s)${T}(?:\s(?:role|position|job|opening|vacancy|post|programme|program)\b|${END})`, 'g'), 3],
  // "reviewed your application for Overnight Stock Associate and would like to meet you": the invitation
  // right after the title tells it from an acknowledgement's "application for Host - Brunch Shift".
  // A job number may stand between ("Eligibility Specialist I (Job #2024-0871) has been reviewed and you are invited").
  [new RegExp(String.raw`\bapplication\sfor\s${T}(?:\s\((?:Job|Req|Ref)[^()\n]{1,24}\))?(?<![\d–—-])\s?(?:\sand|,|\shas been reviewed and)\s(?:would like|we'd like|we would like|invite|are pleased|you are invited|you're invited)`, 'g'), 3],
  // "moving forward in the process for Staff Data Engineer, Claims Platform", "shortlisted for Lecturer in X"
  [
    new RegExp(
      String.raw`\b(?:process|candidacy|consideration|shortlisted|considered)\s(?:for|as)\s(?:the\s|an?\s|our\s)?${T}${END}`,
      'g',
    ),
    3,
  ],
  // Spanish
  [
    new RegExp(
      String.raw`\b(?:[Pp]uesto|[Vv]acante|[Pp]laza|[Pp]osición|[Oo]ferta|[Bb]úsqueda|[Cc]andidatura)\s(?:abierta\s)?(?:de|como|para)\s(?:un\/a\s|un\/una\s|un\s|una\s|el\s|la\s)?${T}${END}`,
      'g',
    ),
    4,
  ],
  // "processo seletivo para Jovem Aprendiz", "proceso de selección de Auxiliar", "processus de recrutement pour"
  [
    new RegExp(
      String.raw`\b(?:processo seletivo|proceso de selecci[oó]n|processus de recrutement)\s(?:para|de|pour|du|del)\s(?:a\s|o\s|el\s|la\s|le\s|un\s|une\s)?${T}${END}`,
      'g',
    ),
    4,
  ],
  // French
  [new RegExp(String.raw`\b[Pp]oste\s(?:de\s|d['’]\s?|en tant que\s)${T}${END}`, 'g'), 4],
  // German
  [
    new RegExp(
      String.raw`\b(?:Position|Stelle|Besetzung der Position|Bewerbung|Vorstellungsgespräch|Gespräch)\s(?:als\s|zum\s|zur\s)?(?:ein(?:e|en)?\s)?${T}${END}`,
      'g',
    ),
    4,
  ],
  [new RegExp(String.raw`\bals\s${T}${END}`, 'g'), 2],
  // Portuguese
  [
    new RegExp(
      String.raw`\b(?:[Vv]aga|[Cc]argo|[Pp]osição|[Oo]portunidade|[Ff]unção)\s(?:aberta\s|em aberto\s)?(?:de|para|como)\s(?:a\s|o\s)?${T}${END}`,
      'g',
    ),
    4,
  ],
  // "Estamos buscando una Diseñadora UX", "nous recherchons un Chef d'équipe", "wir suchen eine Teamleitung"
  [
    new RegExp(
      String.raw`\b(?:buscando|buscamos|busca|recherchons|recherche|cherchons|cherche|recrutons|recrute|suchen|sucht|procurando|procuramos)\s(?:a\s|an\s|un\/a\s|una\s|un\s|une\s|un\(e\)\s|un·e\s|un\.e\s|eine?n?\s|eine:n\s|um\s|uma\s|um\(a\)\s)?${T}${END}`,
      'g',
    ),
    3,
  ],
  // "…a position we have open: Product Owner Sênior", "oportunidade que temos aberta: X"
  [new RegExp(String.raw`(?:abierta|aberta|open|opened|ouvrons|ouvert|offen):\s${T}${END}`, 'g'), 3],
];

// Literal pieces, one of which each body pattern needs (in pattern order; null: always run). A
// substring test is far cheaper than a regular-expression scan of the whole mail, and most
// patterns belong to a language the mail is not written in.
const TRIGGERS: (string[] | null)[] = [
  null,
  ['role', 'position', 'post'],
  ['job is', 'Job is', 'role is', 'Role is', 'position is', 'Position is', 'opening is', 'vacancy is'],
  ['Programme', 'Program', 'Scheme'],
  ['hiring', 'recruit', 'looking for', 'search for', 'hire for', 'need', 'requirement for', 'advert', 'contract '],
  ['adding', 'add ', 'hire ', 'find ', 'bring'],
  ['hiring team', 'hiring manager', 'search committee', 'interview panel'],
  ['interview'],
  ['onsite for', 'on-site for', 'onsite as', 'on-site as'],
  ['apply', 'application'],
  ['application for'],
  ['process', 'candidacy', 'consider', 'shortlist'],
  ['uesto', 'acante', 'laza', 'osición', 'ferta', 'úsqueda', 'andidatura'],
  ['processo seletivo', 'proceso de selecci', 'processus de recrutement'],
  ['oste'],
  ['Position', 'Stelle', 'Bewerbung', 'espräch'],
  ['als'],
  ['aga', 'argo', 'osição', 'portunidade', 'unção'],
  ['busca', 'cherch', 'such', 'procura', 'recrut'],
  // The whole word before the colon: a bare ':' let the pattern scan nearly every mail for 1% of hits.
  ['abierta:', 'aberta:', 'open:', 'opened:', 'ouvrons:', 'ouvert:', 'offen:'],
];

const TRIGGER_SCAN = literalScan(TRIGGERS.map((t) => t ?? []));

// Subject pieces that are never the title.
const SUBJECT_NOISE =
  /^(?:re|fwd?|aw|wg|tr)$|\b(?:vaga|poste|puesto|stelle|oportunidad|oportunidade|opportunité|opportunity|offre)\b|interview|entrevista|entretien|gespräch|vorstellungsgespräch|invitation|einladung|convite|confirm|reminder|next steps?|panel|campus visit|site visit|assessment|quick chat|chat\?|call\?|coffee|confidential|vertraulich|hablamos|bate-papo|update|rescheduled?/i;

const LEAD_IN =
  /^(?:.*?\b(?:for|as|para|pour|für|als|de|como|zum|zur|du)\s(?:the\s|a\s|an\s|el\s|la\s|le\s|o\s|a\s|die\s|den\s|das\s)?)(?=[A-ZÀ-ÖØ-ÞĀ-ž\d])/;

// Interview-type words around a title in a subject: "… phone screen", "Entrevista técnica".
const INTERVIEW_TAIL =
  /\s+(?:(?:phone|video|technical|final|first|second|panel|onsite|virtual|group|1st|2nd|3rd)[- ]round\s)?(?:(?:phone|video|technical|final|panel|onsite|virtual|group|case)\s)?(?:interviews?|screen(?:ing)?|call|chat|round|entrevista|entretien|gespräch)$/;
const ONLY_INTERVIEW =
  /^(?:(?:your|our|the|a|an|la|le|el|sua|seu|votre|ihr|das)\s)?(?:(?:phone|video|technical|final|first|second|panel|onsite|virtual|group|case|system design)\s)*(?:interviews?|screen(?:ing)?|entrevistas?|entretiens?|gespräch|vorstellungsgespräch|telefoninterview)(?:\s(?:técnica|técnico|final|technique|telefónica|telefônica|por vídeo|en visio|individual))*$/i;

const SENTENCE =
  /(?:^|\s)(?:let's|let us|you|your|we|we're|our|i|i'm|my|talk|chat|call|come|join|meet|would|could|can|please|thanks|about|quick|next week|tu|te|vous|votre|nous|du|dein|ihr|voce|seu|sua)(?:\s|$|[,?!])/i;

const QUALIFIED_TAIL = /^[^\n.;:!?()]{0,60}?\s?\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|h\/f|f\/h|m\/w|w\/m|all genders?)\)/i;

function fromText(text: string, weight: number, company: string | null = null): Candidate[] {
  const out: Candidate[] = [];
  const present = TRIGGER_SCAN.groupsIn(text);
  for (let k = 0; k < BODY_PATTERNS.length; k++) {
    if (TRIGGERS[k] && !(present & (1 << k))) continue;
    const entry = BODY_PATTERNS[k] as [RegExp, number];
    const re = entry[0];
    const w = entry[1];
    re.lastIndex = 0;
    for (const m of allMatches(re, text, 6)) {
      // Apposition: "our Head of Design, for the Senior Product Designer position" names the
      // interviewer first; the title is what follows "for the" (or "re the", "about the").
      const raw = m[1] ?? '';
      const tail = APPOSITION.exec(raw) ?? clauseBefore(raw);
      let t = cleanTitle(tail ? raw.slice(tail.index + tail[0].length) : raw);
      // "Elektroniker für Betriebstechnik (m/w/d)": a gender qualifier later on the line belongs to
      // the title even when a preposition stopped the match early.
      const at = (m.index ?? 0) + m[0].length;
      const next = text.slice(at, at + 70);
      const q = next.includes('(') ? QUALIFIED_TAIL.exec(next) : null;
      if (q && !/^[,;]/.test(q[0])) t = cleanTitle(`${t}${q[0]}`);
      // The title ran to the end of the match: a qualifier after a dash or comma is still part of
      // it ("RN - Med/Surg (Night Shift)", "Engineer, Search Ranking"), as is a bracket the comma cut.
      else if (raw && m[0].endsWith(raw)) t = extendTitle(t, text.slice(at, at + 80), company);
      // "the Freelance React Developer (3-month contract, outside IR35)": the job noun inside a bracket
      // stopped the match; the bracket is the title's.
      if (raw.includes('(') && /\([^()]*$/.test(t)) {
        const end = (m.index ?? 0) + m[0].indexOf(raw) + raw.length;
        const close = /^[^()\n]{0,50}\)/.exec(text.slice(end, end + 52));
        if (close) t = cleanTitle(`${raw}${close[0]}`);
      }
      if (plausible(t)) out.push({ text: t, weight: Math.min(w, weight) });
    }
  }
  return out;
}

// A qualifier segment: capitalised words (with "de", "of", "&", "/"), an optional bracket, then the
// end of the clause. "Payroll Specialist - Harbor & Vale" is excluded by the company check.
const QUALIFIER_SEGMENT =
  /^(?: [–—-] |, )((?:(?:[A-ZÀ-ÖØ-Þ]|\d{1,2}-?(?=[A-Za-z])(?![ap]m\b))[A-Za-zÀ-ÖØ-öø-ÿ\d/&'’+-]*)(?: (?:de|del|of|&|do|da|für|en) )?(?: ?[A-ZÀ-ÖØ-Þ\d][A-Za-zÀ-ÖØ-öø-ÿ\d/&'’+-]*){0,3}(?: \([^()\n]{1,30}\))?)(?=[ \t]*(?:[.;!?:\n]|$|, | (?:position|role|job|opening|vacancy|loop|process|at|with|in|for|on|and|to|na|no|en|bei|chez|com|con|wie|als|ab|zum|zur|und|based|pour|para|is|was|has|will)\b))/;
const NOT_QUALIFIER =
  /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|lunes|martes|lundi|mardi|montag|dienstag|segunda|terça|we|i|you|our|your|the|this|thanks|please|best|regards|hi|hello|dear|re|ref|req|job|id|inside ir35|outside ir35)\b/i;

// Academic posts name their field after "in": "Assistant Professor in Chemical and Biomolecular
// Engineering", "Lecturer in Accounting" (elsewhere "in" starts a place: "Engineer in Berlin").
const ACADEMIC_HEAD = /\b(?:professor|lecturer|fellow|reader|professorship|lectureship)$/i;
const FIELD = /^ in ((?:[A-Z][A-Za-z-]+)(?:,? (?:and |of |& |for )?[A-Z][A-Za-z-]+){0,5})/;

// "(Req 25-3318)", "(R-118402)": a requisition number.
const REF_BRACKET = /\s*\((?:(?:ref|req|job|recruitment|requisition|id|no|nr)\b[^)]{0,40}|[a-z]{0,4}-?\d{4,})\)/gi;

/** Can ACADEMIC_HEAD match? Its words end in r, w or p (/i: ASCII letters match only ASCII letters). */
function endsLikeAcademicHead(t: string): boolean {
  const l = t.charCodeAt(t.length - 1) | 0x20;
  return l === 114 || l === 119 || l === 112;
}

function extendTitle(t: string, after: string, company: string | null): string {
  if (endsLikeAcademicHead(t) && ACADEMIC_HEAD.test(t)) {
    const field = FIELD.exec(after);
    if (field) return `${t} in ${field[1]}`;
  }
  if (t.includes('(') && /\([^)]*$/.test(t)) {
    const close = /^[^()\n]{0,40}\)/.exec(after);
    return close ? `${t}${close[0]}` : t;
  }
  // The segment opens with " – " or ", ".
  const q = after.charCodeAt(0) === 32 || after.charCodeAt(0) === 44 ? QUALIFIER_SEGMENT.exec(after) : null;
  if (!q?.[1]) return `${t}${lowerQualifier(after)}`;
  const seg = q[1];
  if (NOT_QUALIFIER.test(seg) || (company && fold(seg).includes(fold(company))) || hasTitleHead(fold(seg))) return t;
  // "Specialist, Perioperative (Req 25-3318)": the requisition number is not part of the title.
  return `${t}${q[0].slice(0, q[0].length - seg.length)}${seg.replace(REF_BRACKET, '')}`;
}

const INTERVIEW_WITH =
  /^(?:\S+\s)?(?:interviews?|entrevistas?|entretiens?|gespräch|vorstellungsgespräch|call|chat)\s(?:with|avec|mit|com|con|chez|bei)\s/i;

const APPOSITION =
  /(?:,\s(?:for|as|para|pour|für|como)|\s(?:re|about|regarding|sobre|concernant))\s(?:the|our|this|a|an|el|la|le|die|den|o|a)?\s?(?:(?:role|position|post|puesto|poste|Stelle|vaga)\s(?:of|as|de|als)\s)?(?=[A-ZÀ-ÖØ-Þ\d])/;

// "your CV and they'd like to meet you for the Night Shift Supervisor role": a match that began at an
// earlier determiner runs through a clause; the title follows its last "for the". Titles hold no
// lower-case words beyond particles, so the clause shows itself by one.
const FOR_THE = /\s(?:for|as)\s(?:the|our|this|an?)\s(?=[A-ZÀ-ÖØ-Þ\d])/g;
function clauseBefore(raw: string): RegExpExecArray | null {
  if (!raw.includes(' for ') && !raw.includes(' as ')) return null;
  let last: RegExpExecArray | null = null;
  FOR_THE.lastIndex = 0;
  for (let m = FOR_THE.exec(raw); m; m = FOR_THE.exec(raw)) last = m;
  if (!last) return null;
  const words = raw.slice(0, last.index).match(/(?:^|\s)[a-z][a-z'’]{2,}(?=\s|$)/g) ?? [];
  return words.some((w) => !/^\s?(?:and|for|of|the|with|und|de|des|del|du)$/.test(w)) ? last : null;
}

const DAY =
  'mon|tue|wed|thu|fri|sat|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|lunes|martes|miércoles|jueves|viernes|sábado|montag|dienstag|mittwoch|donnerstag|freitag|samstag|segunda|terça|quarta|quinta|sexta';
// A day name ends the title; only day endings may follow the stem ("6 months", "Satellite Engineer" go on).
const TITLE_TAIL = new RegExp(
  String.raw`\s(?:(?:has|have|had|is|was|will|would)(?:\s(?:been|be|now))?\s[a-z]|(?:tomorrow|today|tonight|demain|aujourd'hui|morgen|heute|mañana|amanhã|hoje)\b|(?:(?:on|le|el|am|o|na|no)\s)?(?:${DAY})(?:day|sday|nesday|rsday|urday|s|rs)?\b|(?:interview|entrevista|entretien|gespräch)\s|(?:opportunity|search|vacancy)$|job\s\(|(?:aqui|aquí|aí|freuen|a retenu|for an?|el próximo|la próxima)(?:\s|$)).*$`,
  '',
);
const TITLE_LEAD =
  /^(?:(?:your|ihre|deine|votre|ta|tu|su|sua|seu)\s)?(?:candidatura|candidature|bewerbung|application|posición|posição|position|poste|vaga|vacante|búsqueda|busqueda|oferta|stelle|échange|opportunité|opportunity|oportunidad|oportunidade)\s(?:(?:de|para|pour le poste|als|for|à|a|au poste)\s)?(?:d['’]\s?|de\s|la\s|el\s|le\s)?(?=[a-zà-þ])/;

// Tail and lead patterns are written in lower case and run on a lower-cased copy: a large pattern
// with the /i flag took milliseconds to compile on the first mail. The cut is made on the original.
function cutTail(t: string, re: RegExp): string {
  const lower = t.toLowerCase();
  if (lower.length !== t.length) return t;
  const m = re.exec(lower);
  return m ? t.slice(0, m.index) : t;
}

function cleanTitle(raw: string): string {
  // What follows a title in a sentence is not part of it: "… has been moved", "… tomorrow",
  // "… le mardi 15 avril", "… interview Thurs"; nor is a label before it ("Candidatura X").
  // (cutTail inlined: when nothing is cut, its lower-case copy serves the lead test too.)
  const trimmed = raw.trim();
  let lower = trimmed.toLowerCase();
  let t = trimmed;
  const tail = lower.length === trimmed.length ? TITLE_TAIL.exec(lower) : null;
  if (tail) {
    t = trimmed.slice(0, tail.index);
    lower = t.toLowerCase();
  }
  const lead = leadsLikeLabel(lower) ? TITLE_LEAD.exec(lower) : null;
  if (lead && lead[0].length < t.length && /[A-ZÀ-ÖØ-Þ\d]/.test(t.charAt(lead[0].length))) t = t.slice(lead[0].length);
  if (endsLikeInterview(t)) t = cutTail(t, INTERVIEW_TAIL);
  // The bracket rules below need a "(": one substring test skips four pattern runs.
  const bracket = t.includes('(');
  if (bracket) {
    // A gender qualifier ends the title: "Industriemechaniker (m/w/d) einladen" -> "… (m/w/d)".
    if (t.includes('/')) t = t.replace(/(\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|h\/f|f\/h|m\/w|w\/m)\)).*$/i, '$1');
    // "Metallbauer EFZ (100 %) kennenlernen": a lower-case word after the bracket is the sentence's verb.
    t = t.replace(/(\))\s+[a-zäöüß]{2,}(?:en|ern|eln)$/, '$1');
    // Reference numbers and dates are not part of the title.
    t = t.replace(/\s*\((?:ref|req|job|recruitment|requisition|id|no|nr)\b[^)]{0,40}\)/gi, '');
    t = t.replace(/\s*\((?:Ref|Req)[:.][^)]*\)/g, '');
  }
  // "the Assistant Curator (Prints), a fixed-term position": an apposition describes the post.
  if (t.includes(', a')) t = t.replace(/,\s(?:a|an)\s[a-z][^,()]*$/, '');
  // "Conducteur de travaux H/F basé à Angers": a bare gender marker ends the title too.
  if (t.includes('/')) t = t.replace(/(\s(?:H\/F|F\/H)(?:\s\([^()]*\))?)\s(?!\().*$/, '$1');
  // "Line Cook application": the application is the candidate's, not part of the title.
  if (endsLikeJobNoun(t)) t = t.replace(/\s+(?:roles?|positions?|job|openings?|vacancy|post|spot|gig|interview|interviews|application|candidacy|candidature|candidatura|bewerbung|postulaci[oó]n)$/i, '');
  if (startsLikeArticle(t)) t = t.replace(/^(?:the|our|a|an|el|la|le|les|un|une|o|die|der|das)\s+/i, '');
  if (bracket) t = t.replace(/\s*\((?:ref|req)\b[^)]*$/i, '');
  return trimPunctuation(t);
}

// Cheap tests on the first or last character, each a necessary condition of the pattern it guards:
// the title rules run a dozen patterns on every piece, and most cannot match at all.

/** /^\s+[–—-]\s+$/.test(sep): a dash with white space on both sides. */
function isDashSeparator(sep: string): boolean {
  let i = 0;
  while (i < sep.length && isSpace(sep.charCodeAt(i))) i++;
  const c = sep.charCodeAt(i);
  if (i === 0 || !(c === 45 || c === 0x2013 || c === 0x2014)) return false;
  let j = ++i;
  while (j < sep.length && isSpace(sep.charCodeAt(j))) j++;
  return j > i && j === sep.length;
}

/** /^[A-ZÀ-ÖØ-ÞĀ-ž\d]/.test(t) */
function startsCapitalised(t: string): boolean {
  const c = t.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xde) || (c >= 0x100 && c <= 0x17e);
}

// The first two letters of TITLE_LEAD's words ("your", "ihre", "deine", "votre", "vaga", "ta", "tu",
// "su", "seu", "stelle", "candidature", "bewerbung", "búsqueda", "application", "poste", "oferta",
// "opportunity", "échange").
// (As numbers, first code * 65536 + second: the test slices no string.)
const LABEL_STARTS = new Set(['yo', 'ih', 'de', 'vo', 'va', 'ta', 'tu', 'su', 'se', 'st', 'ca', 'be', 'bú', 'bu', 'ap', 'po', 'of', 'op', 'éc'].map((w) => w.charCodeAt(0) * 65536 + w.charCodeAt(1)));

/** Can TITLE_LEAD match the lower-cased title? Only if it starts like one of its words. */
function leadsLikeLabel(lower: string): boolean {
  return lower.length >= 2 && LABEL_STARTS.has(lower.charCodeAt(0) * 65536 + lower.charCodeAt(1));
}

// The last (or first) two characters of the words cleanTitle's end- and start-anchored rewrites
// remove, as numbers (first code * 65536 + second): two character tests, no string made, before
// a pattern that is tried at every run of spaces. (/i: ASCII letters match only ASCII letters.)
const pairOf = (a: string, b: string) => a.charCodeAt(0) * 65536 + b.charCodeAt(0);
const endPairs = (words: string[]) => new Set(words.map((w) => pairOf(w.charAt(w.length - 2), w.charAt(w.length - 1))));
const INTERVIEW_ENDS = endPairs(['interview', 'interviews', 'screen', 'screening', 'call', 'chat', 'round', 'entrevista', 'entretien', 'gespräch']);
const JOB_NOUN_ENDS = endPairs(
  'role|roles|position|positions|job|opening|openings|vacancy|post|spot|gig|interview|interviews|application|candidacy|candidature|candidatura|bewerbung|postulacion|postulación'.split('|'),
);
// "a" and "o" stand alone, so white space follows them (written as a space).
const ARTICLE_STARTS = new Set('th|ou|a |an|el|la|le|un|o |di|de|da'.split('|').map((w) => pairOf(w.charAt(0), w.charAt(1))));

/** The last two characters of t, lower-cased, as one number. */
function endPair(t: string): number {
  return lowerCode(t.charCodeAt(t.length - 2)) * 65536 + lowerCode(t.charCodeAt(t.length - 1));
}

/** Can INTERVIEW_TAIL match the lower-cased title? Only if its last two letters end one of its words. */
function endsLikeInterview(t: string): boolean {
  return t.length >= 2 && INTERVIEW_ENDS.has(endPair(t));
}

/** Can the leading-article pattern match? Only if t starts like an article (and "a", "o" before white space). */
function startsLikeArticle(t: string): boolean {
  if (t.length < 2) return false;
  const second = t.charCodeAt(1);
  return ARTICLE_STARTS.has(lowerCode(t.charCodeAt(0)) * 65536 + (isSpace(second) ? 32 : lowerCode(second)));
}

/** Can t end in one of the job nouns cleanTitle drops? Only if its last two letters end one of them. */
function endsLikeJobNoun(t: string): boolean {
  return t.length >= 2 && JOB_NOUN_ENDS.has(endPair(t));
}

// The last words ONLY_INTERVIEW may end with.
const ONLY_INTERVIEW_ENDS = endPairs(
  'interview|interviews|screen|screening|entrevista|entrevistas|entretien|entretiens|gespräch|técnica|técnico|final|technique|telefónica|telefônica|vídeo|visio|individual'.split('|'),
);

/** Can ONLY_INTERVIEW match? Only if the title's last two letters end one of its last words ("Engineer" does not). */
function endsLikeOnlyInterview(t: string): boolean {
  return t.length >= 2 && ONLY_INTERVIEW_ENDS.has(endPair(t));
}

/** Can PROGRAMME match? Its words end in e, m or t (either case), or a year follows. */
function endsLikeProgramme(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  const l = c | 0x20;
  return l === 101 || l === 109 || l === 116 || (c >= 48 && c <= 57);
}

/** /[A-ZÀ-ÖØ-ÞĀ-ž]/.test(t) */
function hasCapital(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xde) || (c >= 0x100 && c <= 0x17e)) return true;
  }
  return false;
}

/** Is c one of the characters /[\s,–—:;-]/ matches (colon and semicolon only when `lead`)? */
function isTrimmed(c: number, lead: boolean): boolean {
  return c === 44 || c === 45 || c === 0x2013 || c === 0x2014 || (lead && (c === 58 || c === 59)) || isSpace(c);
}

/**
 * t.replace(/[\s,–—-]+$/, '').replace(/^[\s,–—:;-]+/, '').trim(), by index: the end-anchored
 * pattern was tried at every run of spaces in the title.
 */
function trimPunctuation(t: string): string {
  let end = t.length;
  while (end > 0 && isTrimmed(t.charCodeAt(end - 1), false)) end--;
  let start = 0;
  while (start < end && isTrimmed(t.charCodeAt(start), true)) start++;
  while (end > start && isSpace(t.charCodeAt(end - 1))) end--;
  return start === 0 && end === t.length ? t : t.slice(start, end);
}

/** Lower-case (or all-caps) titles after a phrase that announces a role; see role-casual.ts. */
function casualTitles(text: string, lang: string): Candidate[] {
  const lower = text.toLowerCase();
  // Offsets in the lower-cased copy must be offsets in the original.
  if (lower.length !== text.length) return [];
  const out: Candidate[] = [];
  // English patterns also run on mail whose language is unclear.
  const langs = lang === 'es' || lang === 'fr' || lang === 'pt' ? lang : 'en';
  const present = CASUAL_SCAN.groupsIn(lower);
  for (let k = 0; k < CASUAL_PATTERNS.length; k++) {
    const [re, weight, , patternLang] = CASUAL_PATTERNS[k] as (typeof CASUAL_PATTERNS)[number];
    if (patternLang !== langs || !(present & (1 << k))) continue;
    re.lastIndex = 0;
    for (const m of allMatches(re, lower, 6)) {
      const raw = m[1] ?? '';
      const end = (m.index ?? 0) + m[0].length;
      const cleaned = cleanTitle(text.slice(end - raw.length, end));
      const t = casualTitle(cleaned);
      if (!t) continue;
      // A bracket right after the title belongs to it ("(turno de noche)"), not one after a clause.
      // So does a dash-joined qualifier ("Host - Brunch Shift (Weekends)").
      const after = text.slice(end, end + 80);
      const extended = t === cleaned ? extendTitle(t, after, null) : t;
      const full = extended !== t ? extended : `${t}${t === cleaned ? trailingBracket(after) : ''}`;
      if (plausible(full)) out.push({ text: full, weight });
    }
  }
  return out;
}

const PROGRAMME = /\b(?:scheme|programme|program|intake|cohort)(?:\s\d{4})?$/i;


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

function plausible(t: string): boolean {
  if (t === lastPlausible) return lastPlausibleAnswer;
  lastPlausible = t;
  lastPlausibleAnswer = judgePlausible(t);
  return lastPlausibleAnswer;
}

function judgePlausible(t: string): boolean {
  if (t.length < 2 || t.length > 90) return false;
  if (moreWordsThan(t, 10)) return false;
  if (/@|https?:|\d{3,}[\s-]\d{3,}/.test(t)) return false;
  return hasTitleHead(fold(t));
}

/**
 * s.toLowerCase().indexOf(lowerNeedle), without the lower-case copy when s is ASCII (where
 * lower-casing maps each character to one character, so offsets agree).
 */
function lowerIndexOf(s: string, lowerNeedle: string): number {
  const m = s.length;
  for (let i = 0; i < m; i++) if (s.charCodeAt(i) > 127) return s.toLowerCase().indexOf(lowerNeedle);
  const n = lowerNeedle.length;
  outer: for (let i = 0; i + n <= m; i++) {
    for (let j = 0; j < n; j++) {
      const c = s.charCodeAt(i + j);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== lowerNeedle.charCodeAt(j)) continue outer;
    }
    return i;
  }
  return -1;
}

// Each rewrite runs only when the subject has the character its pattern needs ("/", " (", ","):
// most subjects have no bracket at all.
function protectBrackets(subject: string): string {
  let s = subject;
  if (s.includes('(')) {
    if (s.includes('/')) s = s.replace(/\((m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|h\/f|f\/h|m\/w)\)/gi, '⟨$1⟩');
    s = s.replace(/([A-Za-zÀ-ÖØ-öø-ÿĀ-ž])\(([A-Za-zÀ-ÖØ-öø-ÿĀ-ž]{1,6})\)/g, '$1⟨$2⟩');
    // "Senior Platform Engineer (Payments)": a short bracket after a word belongs to the title;
    // "(Ref 123)" and "(Req 48812)" do not (cleanTitle drops them).
    if (s.includes(' (')) s = s.replace(/([A-Za-zÀ-ÖØ-öø-ÿĀ-ž]) \((?!(?:[Rr]ef|REF|[Rr]eq|REQ|[Jj]ob|JOB|I[Dd]|[Nn][or])\b)([^()\d]{1,30})\)/g, (all, a: string, b: string) =>
      hasTitleHead(fold(b)) || /\b(?:or|ou|o|oder|remote|store|office|site|plant|planta|usine|werk|f[aá]brica|campus|sede)\b/i.test(b) ? all : `${a} ⟨${b}⟩`,
    );
  }
  return s.includes(',') ? s.replace(/,\s*(?:req|ref|job id)\b.*$/i, '') : s;
}

function fromSubject(subject: string, company: string | null): Candidate[] {
  const out: Candidate[] = [];
  // Split on dashes, bars, colons and brackets; keep "(m/w/d)" style qualifiers with their title.
  // Keep "(m/w/d)" and attached endings like "Engenheiro(a)" with their title when splitting.
  const protectedSubject = protectBrackets(subject);
  // Separators are kept (odd indexes) so a dash-joined qualifier can be put back on its title.
  const parts = protectedSubject.split(/(\s+[–—|-]\s+|:\s+|[?!]\s+|\s*\(|\)\s*|\s+@\s+)/);
  const unprotect = (x: string) => (x.includes('⟨') ? x.replace(/⟨([^⟩]*)⟩/g, '($1)') : x).trim();
  const companyLower = company?.toLowerCase() ?? '';
  for (let k = 0; k < parts.length; k += 2) {
    let piece = unprotect(parts[k] ?? '');
    if (!piece) continue;
    // "Mission Préparateur de commandes H/F", "Plaza de Técnico Académico": the ad's word for a post.
    // "Proceso Responsable de Calidad", "Processo Analista Fiscal": the recruiting process's name.
    const first = piece.charCodeAt(0);
    // (Each rewrite below is tried only when the piece starts with a letter its words start with.)
    if (first === 77 || first === 79 || first === 80 || first === 86 || first === 83) piece = piece.replace(/^(?:Mission|Offre|Plaza|Vacante|Puesto|Vaga|Stelle|Proceso|Processo)\s(?:(?:de|d'|als|para)\s?)?(?=[A-ZÀ-ÖØ-Þ])/, '');
    // "Candidate for DevOps Engineer": the subject speaks of the person; the title follows.
    if (first === 67 || first === 75) piece = piece.replace(/^(?:Candidate|Candidat[oae]?|Kandidat(?:in)?)\s(?:for|para|pour|für)\s(?:the\s|an?\s)?(?=[A-ZÀ-ÖØ-Þ\d])/, '');
    // "Jaswinder Gill / Azure Data Architect": a person's name before the slash is no part of the title.
    if (piece.includes(' / ')) {
      const [who = '', what = ''] = piece.split(' / ', 2);
      if (/^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+){1,2}$/.test(who) && !hasTitleHead(fold(who)) && plausible(what)) piece = what;
    }
    // "Millwright candidate": the subject speaks of the person; the title it holds is a weaker mention.
    const candidate = piece.includes('andidat') ? / (?:candidates?|candidat[oae]?s?|[Kk]andidat(?:in)?)$/.exec(piece) : null;
    if (candidate) {
      const t = piece.slice(0, candidate.index);
      if (plausible(t)) out.push({ text: t, weight: 3 });
      continue;
    }
    // "RN - Med/Surg (Night Shift)", "Ejecutivo/a de Cuentas - Madrid": a title, a dash, and a
    // qualifier that is neither a title, the company nor subject noise.
    const sep = parts[k + 1] ?? '';
    const next = unprotect(parts[k + 2] ?? '');
    // "Werkstudent Data Analytics – Kennenlernen?": a question after the dash is the subject's, not a qualifier.
    if (isDashSeparator(sep) && next && !next.trimEnd().endsWith('?') && plausible(piece) && !SUBJECT_NOISE.test(piece)) {
      const ext = extendTitle(piece, ` - ${next}`, company);
      if (ext !== piece) piece = `${piece}${sep.replace(/^\s+|\s+$/g, ' ')}${next}`;
    }
    if (company) {
      const i = lowerIndexOf(piece, companyLower);
      if (i === 0) piece = piece.slice(company.length).replace(/^\s*(?:[–—|:-]\s*)?/, '');
      // "Payroll Specialist (Birchmount Hotels)": the company's bracket goes with it.
      else if (i > 0) piece = piece.slice(0, i).replace(/\s+(?:at|with|bei|en|na|chez|com a|com|con|avec)\s*$|\s*\($/i, '');
    }
    piece = piece.replace(/\s+(?:at|with|bei|en|na|no|chez|@)\s+[A-ZÀ-ÖØ-ÞĀ-ž].*$/, '');
    // "Vorstellungsgespräch Risikocontroller (m/w/d)": the interview word before the title is no part of it.
    const head = piece.charCodeAt(0);
    if (head === 86 || head === 66 || head === 73 || head === 69) piece = piece.replace(/^(?:Vorstellungsgespräch|Bewerbungsgespräch|Interview|Entrevista|Entretien)\s(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:\s|$))(?!(?:Invitation|Einladung|Request|Confirmation|Reminder|Termin|Update|Schedule)\b)/, '');
    let lead = piece.match(LEAD_IN);
    if (lead && SUBJECT_NOISE.test(lead[0])) piece = piece.slice(lead[0].length);
    else lead = null;
    const t = cleanTitle(piece);
    // "Poste de conseiller hypothécaire": a label before a lower-case title is no part of it, and
    // the lower-case title is a casual mention (a capitalised body form wins).
    const lower = t.toLowerCase();
    const label = leadsLikeLabel(lower) ? TITLE_LEAD.exec(lower) : null;
    if (label && label[0].length < t.length) {
      const rest = t.slice(label[0].length);
      if (plausible(rest)) out.push({ text: rest, weight: 3 });
      continue;
    }
    // Titles are capitalised ("Diretor(a) Comercial"); "indústria farmacêutica" describes the employer.
    // "Entretien avec le responsable qualité" names the interviewer, not the role.
    if (!startsCapitalised(t) || INTERVIEW_WITH.test(t)) continue;
    if (!t || (endsLikeOnlyInterview(t) && ONLY_INTERVIEW.test(t)) || (SUBJECT_NOISE.test(t) && !plausible(t.replace(SUBJECT_NOISE, '')))) continue;
    // A sentence ("Let's talk about the Charge Nurse role") is not a title; read it like body text.
    if (SENTENCE.test(t)) out.push(...fromText(t, 5));
    // "Graduate Scheme 2026": a programme name yields to a job title written in the body.
    // "2nd shift machinist spot": a title in lower case is a casual mention; a capitalised body form wins.
    else if (plausible(t)) out.push({ text: t, weight: (endsLikeProgramme(t) && PROGRAMME.test(t)) || !hasCapital(t) ? 3 : 5 });
  }
  return out;
}

const WORD = /[a-z0-9]+/g;

/** The runs of a-z and 0-9 in s (the words the title comparisons below read). */
function wordsOf(s: string): string[] {
  return s.match(WORD) ?? [];
}

/** An acronym ("sre") written out as consecutive words anywhere in the title ("senior site reliability engineer"). */
function spellsOut(acronym: string, long: string): boolean {
  const b = wordsOf(fold(long));
  const n = acronym.length;
  if (n < 2) return false;
  for (let j = 0; j + n <= b.length; j++) if (b.slice(j, j + n).every((x, k) => x.charAt(0) === acronym.charAt(k))) return true;
  return false;
}

/**
 * Is `long` a fuller spelling of `short`? Its words in order, with extra words allowed and an
 * abbreviation standing for the words it abbreviates: "tow driver" < "tow truck driver (nights)",
 * "vp, treasury operations" < "vice president, treasury operations",
 * "assistant professor, chemical engineering" < "assistant professor in chemical engineering".
 */
/** Every word of `short` appears somewhere in `long`. */
function sameWordsIn(short: string, long: string): boolean {
  const words = wordsOf(long);
  return wordsOf(short).every((w) => words.includes(w));
}

/** The words refinement compares of the shorter form (read once for all the candidates it is compared with). */
function shortWords(short: string): string[] {
  const f = fold(short);
  // "I&E", "L&D": an ampersand acronym is one abbreviation.
  return wordsOf(f.includes('&') ? f.replace(/\b([a-z])&([a-z])\b/g, '$1$2') : f);
}

/** 0: no; 1: a fuller spelling; 2: one whose abbreviation ("I&E", "L&D", "RN") is spelled out in full. */
function refinement(a: string[], long: string): number {
  const b = wordsOf(fold(long));
  if (a.length < 2 || b.length <= a.length - 1) return 0;
  let j = 0;
  let spelled = 1;
  for (let i = 0; i < a.length; i++) {
    const w = a[i] as string;
    let found = false;
    while (j < b.length && !found) {
      if (b[j] === w) {
        j++;
        found = true;
      } else if (w.length >= 2 && w.length <= 4 && j + w.length <= b.length && b.slice(j, j + w.length).every((x, k) => x.charAt(0) === w.charAt(k))) {
        j += w.length;
        found = true;
        spelled = 2;
      } else if (w.length >= 3 && (b[j] as string).length > w.length + 2 && (b[j] as string).startsWith(w)) {
        // "Dev" for "Développeur·se", "Eng" for "Engineer": a clipped word spelled out.
        j++;
        found = true;
        spelled = 2;
      } else if (i === 0) return 0; // the first word (or its initials) starts both
      else j++;
    }
    if (!found) return 0;
  }
  return spelled;
}

/** A line of the text that starts like `short` and spells out its ampersand abbreviation. */
function spelledLine(text: string, short: string): string | null {
  const head = short.slice(0, short.indexOf(' ') + 1 || short.length);
  const words = shortWords(short);
  for (let i = text.indexOf(head), n = 0; i >= 0 && n < 4; i = text.indexOf(head, i + 1), n++) {
    if (i > 0 && text.charAt(i - 1) !== '\n') continue;
    const end = text.indexOf('\n', i);
    const line = cleanTitle(text.slice(i, end < 0 ? i + 90 : Math.min(end, i + 90)));
    if (refinement(words, line) === 2 && plausible(line)) return line;
  }
  return null;
}

export function findRole(p: PreparedEmail, company: string | null = null): string | null {
  const key = `role:${company ?? ''}`;
  if (p.memo.has(key)) return p.memo.get(key) as string | null;
  const role = computeRole(p, company);
  p.memo.set(key, role);
  return role;
}

function computeRole(p: PreparedEmail, company: string | null): string | null {
  const cands: Candidate[] = [];
  const label = p.text.match(LABEL);
  if (label?.[1]) {
    const t = cleanTitle(label[1]);
    // "Classification: INTERNAL" marks a document; a civil-service classification names a post.
    const docLabel = /classification/i.test(label[0]) && !hasTitleHead(fold(t));
    if (t.length >= 2 && t.length <= 90 && !docLabel) cands.push({ text: t, weight: 6 });
  }
  // "for the following role:" with the title alone on the next line (a tool's notice).
  const listed = p.folded.includes('following role') || p.folded.includes('following position') ? FOLLOWING.exec(p.text) : null;
  if (listed?.[1] && hasTitleHead(fold(listed[1]))) cands.push({ text: cleanTitle(listed[1]), weight: 6 });
  cands.push(...fromSubject(p.subject, company));
  const main = signatureOf(p).main || p.text;
  // "Event type: Culture & Craft Interview — Senior Environment Artist": a booking tool's event name.
  const event = eventTitle(main);
  if (event && plausible(event)) cands.push({ text: event, weight: 4 });
  // "line cook" as the whole subject and again in the body: a lower-case title the writer repeats.
  for (const t of lowerSubjectTitles(p.subject, main)) cands.push({ text: t, weight: 3 });
  const body = fromText(main, 9, company);
  // No capitalised title in the body: casual or all-caps mail may still write one.
  cands.push(...(body.length ? body : casualTitles(main, p.lang)));
  // Nothing in the newest message: the thread's earlier messages often name the role.
  if (!cands.some((c) => c.weight > 0) && p.hadHistory) cands.push(...fromText(p.clean.body.slice(0, 20_000), 2));
  if (cands.length === 0) return null;
  cands.sort((a, b) => b.weight - a.weight || b.text.length - a.text.length);
  let best = cands[0] as Candidate;
  // Weight 0: a phrase that may only spell out a title found elsewhere (see role-casual.ts).
  if (best.weight === 0) return null;
  // Prefer the most specific form: a candidate that contains the best one and is not much longer.
  const lb = best.text.toLowerCase();
  const lbWords = shortWords(lb);
  for (const c of cands) {
    const lc = c.text.toLowerCase();
    if (lc === lb || c.text.length > 70) continue;
    // (A one-word subject such as "DRIVER" may grow more than that: "BOX TRUCK DRIVER (WEEKENDS)".)
    // An abbreviation spelled out ("I&E Designer" < "Instrumentation & Electrical Designer") may grow more.
    const r = refinement(lbWords, lc);
    if ((r === 2 && c.weight >= 3) || ((r === 1 || lc.includes(lb)) && bareLength(c.text) <= Math.max(best.text.length * 2.2, 24))) best = c;
    // "SRE" in the subject, "Senior Site Reliability Engineer – Observability" in the body: the spelled-out form.
    else if (lb.length <= 4 && !lb.includes(' ') && c.weight >= 3 && spellsOut(lb, lc)) best = c;
    // "Bilingual Support Specialist" in the subject, "Customer Support Specialist (Bilingual
    // English/Spanish)" in the body: every word again, the qualifier moved into a bracket.
    else if (c.weight >= 4 && lc.includes('(') && lb.includes(' ') && sameWordsIn(lb, lc)) best = c;
  }
  // "Band 6 Theatre Practitioner (Leeds)" in the subject, "… (Scrub, Orthopaedics)" in the body, which
  // writes "north Leeds" elsewhere: the subject's bracket is the place, the body's the title's own qualifier.
  const place = best.text.endsWith(')') ? /^(.+?)\s\(([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:\s[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)\)$/.exec(best.text) : null;
  if (place?.[1] && place[2] && new RegExp(String.raw`\b[a-z]+\s${place[2]}\b`).test(main)) {
    const head = `${place[1]} (`.toLowerCase();
    const other = cands.find((c) => c.weight >= 4 && c.text.toLowerCase().startsWith(head) && c.text !== best.text && c.text.endsWith(')'));
    if (other) best = other;
  }
  // "Contract motion designer" as a casual subject, "Freelance Motion Designer (After Effects / Cinema 4D)"
  // in the body: the body's capitalised title for the same job is the one the ad uses.
  if (best.weight >= 5 && /^\S+\s[a-z][^A-Z]*$/.test(best.text)) {
    const rest = lb.replace(/^\S+\s/, '');
    const body = cands.find((c) => c.weight >= 3 && c !== best && /^[A-ZÀ-ÖØ-Þ]\S*\s[A-ZÀ-ÖØ-Þ]/.test(c.text) && c.text.toLowerCase().includes(rest));
    if (body && rest.includes(' ')) best = body;
  }
  // "Travel RN – L&D" in the subject, "Travel RN – Labor & Delivery (13 weeks)" on a line of the body.
  if (best.text.includes('&') && /\b[A-Z]&[A-Z]\b/.test(best.text)) best = { text: spelledLine(main, best.text) ?? best.text, weight: best.weight };
  // The same title written two ways ("Analyst, AML" in the subject, "Analyst (AML)" in the body):
  // the body's own sentence is the form the sender uses.
  const key = letterKey(best.text);
  for (const c of cands) {
    if (c !== best && c.weight >= 3 && c.weight < 5 && letterKey(c.text) === key) return c.text;
  }
  return best.text;
}

/** The length of t without its bracketed qualifiers: t.replace(/\s*\([^()]*\)/g, '').length. */
function bareLength(t: string): number {
  return t.includes('(') ? t.replace(/\s*\([^()]*\)/g, '').length : t.length;
}

/** Letters and digits of the lower-cased text: the same title written two ways compares equal. */
function letterKey(t: string): string {
  return t.toLowerCase().replace(/[^A-Za-zÀ-ÖØ-öø-ÿĀ-ž\d]/g, '');
}
