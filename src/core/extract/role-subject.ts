// Titles read from the subject: its pieces between dashes, bars, colons and brackets, without the
// company, the interview words and the labels around the title.
import { fold } from '../text/fold';
import { type Candidate, casualTitles, fromText } from './role-body';
import { cleanTitle, TITLE_LEAD } from './role-clean';
import { endsLikeOnlyInterview, endsLikeProgramme, hasCapital, isDashSeparator, leadsLikeLabel, startsCapitalised } from './role-guards';
import { isPlace } from './not-client';
import { plausible } from './role-plausible';
import { extendTitle } from './role-qualifier';
import { hasTitleHead } from './titles';

// Subject pieces that are never the title.
const SUBJECT_NOISE =
  /^(?:re|fwd?|aw|wg|tr)$|\b(?:vaga|poste|puesto|stelle|oportunidad|oportunidade|opportunité|opportunity|offre)\b|interview|entrevista|entretien|gespräch|vorstellungsgespräch|invitation|einladung|convite|confirm|reminder|next steps?|panel|campus visit|site visit|assessment|quick chat|chat\?|call\?|coffee|confidential|vertraulich|hablamos|bate-papo|update|rescheduled?/i;

const LEAD_IN =
  /^(?:.*?\b(?:for|as|para|pour|für|als|de|como|zum|zur|du)\s(?:the\s|a\s|an\s|el\s|la\s|le\s|o\s|a\s|die\s|den\s|das\s)?)(?=[A-ZÀ-ÖØ-ÞĀ-ž\d])/;

// A subject piece of interview-type words alone: "Entrevista técnica".
const ONLY_INTERVIEW =
  /^(?:(?:your|our|the|a|an|la|le|el|sua|seu|votre|ihr|das)\s)?(?:(?:phone|video|technical|final|first|second|panel|onsite|virtual|group|case|system design)\s)*(?:interviews?|screen(?:ing)?|entrevistas?|entretiens?|gespräch|vorstellungsgespräch|telefoninterview)(?:\s(?:técnica|técnico|final|technique|telefónica|telefônica|por vídeo|en visio|individual))*$/i;

const SENTENCE =
  /(?:^|\s)(?:let's|let us|you|your|we|we're|our|i|i'm|my|talk|chat|call|come|join|meet|would|could|can|please|thanks|about|quick|next week|tu|te|vous|votre|nous|du|dein|ihr|voce|seu|sua)(?:\s|$|[,?!])/i;

const INTERVIEW_WITH =
  /^(?:\S+\s)?(?:interviews?|entrevistas?|entretiens?|gespräch|vorstellungsgespräch|call|chat)\s(?:with|avec|mit|com|con|chez|bei)\s/i;

// "Pairing session for Staff Engineer", "Próxima etapa para Analista", "Lo de la vacante de Camarero": a
// step of the process, or the ad's word for a post, before the title (SUBJECT_NOISE's words already are).
const STEP_LEAD =
  /\b(?:(?:session|stage|step|round|phase|sesión|sesion|etapa|fase|ronda|sessão|sessao|rodada|étape|séance|runde)\s(?:for|para|pour|für)|(?:vacante|plaza)\s(?:de|para))\s(?:(?:the|el|la|le|o|a|die|den|das)\s)?$/i;

// ("2025 Graduate Engineering Scheme (Civil)": the stream's bracket is the programme's too.)
const PROGRAMME = /\b(?:scheme|programme|program|intake|cohort)(?:\s\d{4})?(?:\s\([^()]{1,30}\))?$/i;

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

/** The piece without the company and what follows it ("Payroll Specialist at Birchmount Hotels"). */
function withoutCompany(subjectPiece: string, company: string | null): string {
  let piece = subjectPiece;
  if (company) {
    const i = lowerIndexOf(piece, company.toLowerCase());
    if (i === 0) piece = piece.slice(company.length).replace(/^\s*(?:[–—|:-]\s*)?/, '');
    // "Payroll Specialist (Birchmount Hotels)", "Project Architect / Tern & Tide": the company's bracket or slash goes with it.
    else if (i > 0) piece = piece.slice(0, i).replace(/\s+(?:at|with|bei|en|na|chez|com a|com|con|avec)(?:\s(?:der|die|dem|den|the|la|le|el|a|o))?\s*$|\s*[(/]\s*$/i, '');
  }
  // "Principal ML Engineer at brightsail": a lower-case brand as the subject's last word.
  return piece.replace(/\s+(?:at|with|bei|en|na|no|chez|@)\s+[A-ZÀ-ÖØ-ÞĀ-ž].*$|\s+(?:at|@)\s+[a-z][a-z0-9]{2,20}$/, '');
}

/**
 * "RN - Med/Surg (Night Shift)": the title joined to the qualifier after the dash, when `next` is one;
 * a town the mail names as one ("… – Madrid" with "28046 Madrid" in the text) is where, not which job.
 */
function withQualifier(piece: string, sep: string, next: string, company: string | null, text: string): string {
  if (extendTitle(piece, ` - ${next}`, company) === piece || isPlace(next, text)) return piece;
  return `${piece}${sep.replace(/^\s+|\s+$/g, ' ')}${next}`;
}

// Weaker mentions of a title in a subject piece (weakerMention).
const INTERVIEW_FOR_LOWER = /^(?:[Ee]ntrevista|[Ee]ntretien|[Ii]nterview|[Vv]orstellungsgespräch)\s(?:para|de|pour|for|für|als)\s(?:el\s|la\s|le\s|o\s|a\s|the\s|an?\s)?([a-zà-ÿ][^\nA-ZÀ-Þ]*)$/;
const WANTED = /\s(?:gesucht|wanted|needed|recherch[ée]e?s?|buscad[oa]s?|procura-se)$/i;

const CANDIDATE_TAIL = / (?:candidates?|applicants?|candidat[oae]?s?|[Kk]andidat(?:in)?)$/;

/**
 * The title a subject piece only mentions, weaker than a body form, or null: "Millwright candidate",
 * "Program Coordinator applicants" (the subject speaks of the person), "Entrevista para ayudante de
 * cocina" (lower case after the interview word), "Fahrer gesucht", "Line cook wanted" (an ad's
 * headline; the body names the post the reader applied for).
 */
function weakerMention(piece: string): string | null {
  const candidate = piece.includes('andidat') || piece.includes('pplicant') ? CANDIDATE_TAIL.exec(piece) : null;
  if (candidate) return piece.slice(0, candidate.index);
  const lowerAfter = INTERVIEW_FOR_LOWER.exec(piece);
  if (lowerAfter) return cleanTitle(lowerAfter[1] ?? '');
  const wanted = WANTED.exec(piece);
  return wanted ? cleanTitle(piece.slice(0, wanted.index)) : null;
}

/** Title candidates of the subject; `text`, the mail's, tells a town after a dash from a qualifier. */
export function fromSubject(subject: string, company: string | null, lang = 'en', text = ''): Candidate[] {
  const out: Candidate[] = [];
  // Split on dashes, bars, colons and brackets; keep "(m/w/d)" style qualifiers with their title.
  // Keep "(m/w/d)" and attached endings like "Engenheiro(a)" with their title when splitting.
  const protectedSubject = protectBrackets(subject);
  // Separators are kept (odd indexes) so a dash-joined qualifier can be put back on its title.
  const parts = protectedSubject.split(/(\s+[–—|-]\s+|:\s+|[?!]\s+|\s*\(|\)\s*|\s+@\s+)/);
  const unprotect = (x: string) => (x.includes('⟨') ? x.replace(/⟨([^⟩]*)⟩/g, '($1)') : x).trim();
  for (let k = 0; k < parts.length; k += 2) {
    let piece = unprotect(parts[k] ?? '');
    if (!piece) continue;
    // "Mission Préparateur de commandes H/F", "Plaza de Técnico Académico": the ad's word for a post
    // (and a temp agency's "Mission cariste", over the body's "Cariste CACES 3 (équipe de nuit)").
    // "Proceso Responsable de Calidad", "Processo Analista Fiscal": the recruiting process's name.
    const first = piece.charCodeAt(0);
    // (Each rewrite below is tried only when the piece starts with a letter its words start with.)
    if (first === 77 || first === 79 || first === 80 || first === 86 || first === 83) piece = piece.replace(/^(?:Mission|Offre|Plaza|Vacante|Puesto|Vaga|Stelle|Proceso|Processo)\s(?:(?:de|d'|als|para)\s?)?(?=[A-ZÀ-ÖØ-Þ])|^Mission\s(?=[a-zà-þ]+$)/, '');
    // "Candidate for DevOps Engineer": the subject speaks of the person; the title follows.
    if (first === 67 || first === 75) piece = piece.replace(/^(?:Candidate|Candidat[oae]?|Kandidat(?:in)?)\s(?:for|para|pour|für)\s(?:the\s|an?\s)?(?=[A-ZÀ-ÖØ-Þ\d])/, '');
    // "Jaswinder Gill / Azure Data Architect": a person's name before the slash is no part of the title.
    if (piece.includes(' / ')) {
      const [who = '', what = ''] = piece.split(' / ', 2);
      if (/^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+){1,2}$/.test(who) && !hasTitleHead(fold(who)) && plausible(what)) piece = what;
    }
    const weaker = weakerMention(piece);
    if (weaker !== null) {
      if (plausible(weaker)) out.push({ text: weaker, weight: 3 });
      continue;
    }
    // "RN - Med/Surg (Night Shift)", "Ejecutivo/a de Cuentas - Madrid": a title, a dash, and a
    // qualifier that is neither a title, the company nor subject noise.
    const sep = parts[k + 1] ?? '';
    const next = unprotect(parts[k + 2] ?? '');
    // "Werkstudent Data Analytics – Kennenlernen?": a question after the dash is the subject's, not a qualifier.
    const dashed = isDashSeparator(sep) && next !== '' && !next.trimEnd().endsWith('?');
    const unjoined = piece;
    if (dashed && plausible(piece) && !SUBJECT_NOISE.test(piece)) piece = withQualifier(piece, sep, next, company, text);
    piece = withoutCompany(piece, company);
    // "Vorstellungsgespräch Risikocontroller (m/w/d)": the interview word before the title is no part of it.
    const head = piece.charCodeAt(0);
    const led = piece;
    if (head === 86 || head === 66 || head === 73 || head === 69 || head === 101 || head === 105) piece = piece.replace(/^(?:Vorstellungsgespräch|Bewerbungsgespräch|[Ii]nterview|[Ee]ntrevista|[Ee]ntretien)\s(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Lun|Mar|Mi[eé]|Jue|Vie|Sab|Dom|Mer|Jeu|Ven|Sam|Seg|Ter|Qua|Qui|Sex)[a-zà-ÿ]*\b)(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:\s|$|\/))(?!(?:Invitation|Einladung|Request|Confirmation|Reminder|Termin|Update|Schedule)\b)/, '');
    let lead = piece.match(LEAD_IN);
    if (lead && (SUBJECT_NOISE.test(lead[0]) || STEP_LEAD.test(lead[0]))) piece = piece.slice(lead[0].length);
    else lead = null;
    // "Ihr Vorstellungsgespräch als Pflegefachperson – Nachtdienst", "Entrevista para Atendente – Turno
    // Noite": once the interview words before the title are gone, the qualifier after the dash is its own.
    if (dashed && piece !== led && unjoined === led && plausible(piece)) piece = withoutCompany(withQualifier(piece, sep, next, company, text), company);
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
    // "Lo de la vacante de barista", "à propos du poste de serveur": a lower-case title inside a sentence
    // is what follows the phrase that announces it, never the lead-in words (and a casual mention).
    if (!hasCapital(t.slice(1))) {
      const casual = casualTitles(t, lang);
      if (casual.length) {
        for (const c of casual) out.push({ text: c.text, weight: Math.min(c.weight, 3) });
        continue;
      }
    }
    // Titles are capitalised ("Diretor(a) Comercial"); "indústria farmacêutica" describes the employer.
    // "Entretien avec le responsable qualité" names the interviewer, not the role.
    // "choose a time for your Patient Access Representative – Part-time interview": a sentence runs on
    // across a dash, which then joins the title to its qualifier; it is read whole like body text.
    const sentence = dashed && !piece.endsWith(next) && SENTENCE.test(t) ? `${t}${sep}${next}` : '';
    if (!startsCapitalised(t) || INTERVIEW_WITH.test(t)) {
      // "pick a time for your Warehouse Shift Supervisor (Nights) interview": a sentence in lower case
      // is read like body text too.
      if (!INTERVIEW_WITH.test(t) && (sentence || SENTENCE.test(t))) out.push(...fromText(sentence || piece, 5));
      continue;
    }
    if (!t || (endsLikeOnlyInterview(t) && ONLY_INTERVIEW.test(t)) || (SUBJECT_NOISE.test(t) && !plausible(t.replace(SUBJECT_NOISE, '')))) continue;
    // A sentence ("Let's talk about the Charge Nurse role") is not a title; read it like body text.
    // (The piece as written: cleanTitle cut the closing "interview" the body patterns read.)
    if (SENTENCE.test(t)) out.push(...fromText(sentence || piece, 5));
    // "Graduate Scheme 2026": a programme name yields to a job title written in the body.
    // "2nd shift machinist spot": a title in lower case is a casual mention; a capitalised body form wins.
    else if (plausible(t)) out.push({ text: t, weight: (endsLikeProgramme(t) && PROGRAMME.test(t)) || !hasCapital(t) ? 3 : 5 });
  }
  return out;
}
