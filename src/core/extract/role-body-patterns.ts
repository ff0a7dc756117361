// The phrases that announce a capitalised job title in a sentence ("for the X role", "puesto de X",
// "poste de X", "Stelle als X", "vaga de X"), each with its weight, and the literals each needs.
import { literalScan } from './literal-scan';

// A title starts with a capital (or a digit, "3D Artist", or "iOS", "eCommerce") and runs lazily to a terminator.
// Latin capitals spelled out (no /u flag: the non-Unicode engine is faster on long bodies).
// (An emoji, a surrogate pair here, is never part of a title: "Head of Sales 🙌 final step is lunch".)
const T = String.raw`((?:[A-Z\u00C0-\u00D6\u00D8-\u00DE\d]|[ie](?=[A-Z]))[^\n.;!?:"“”\uD800-\uDFFF]{1,90}?)`;
// A suspended hyphen ("Gesundheits- und Krankenpflegerin", "Bau- und") joins the words around "und".
// "the Backend Developer one, fully remote", "a Motion Designer starting mid-June": words after a title.
// "en" ends a title only before a place, a determiner or a contract ("en Madrid", "en CDI"), not
// inside one ("Conseillère en sécurité financière", "Chargé de projets en rénovation énergétique").
const END = String.raw`(?=\s*(?:[.;!?:\n"“”\uD800-\uDBFF]|,\s|\s[–—-]\s|(?<!-)\s(?:at|with|in|for|on|and|to|who|which|that|we|you|en(?=\s(?:[A-Z\u00C0-\u00DE\d]|(?:cdi|cdd|interim|intérim|alternance|stage|télétravail|teletravail|remoto|remote|nuestr[oa]s?|su|sus|el|la|los|las|un|una|l['’]|le|les|notre|votre|nos|vos|ce|cette|mi|tu)\b))|para|con|que|y|au|chez|à|pour|sur|dans|et|qui|bei|in|im|für|mit|und|na|no|nos|nas|em|com|e|is|es|est|ist|é|será|starting|asap|looks|sounds|before|after|until)\s|\sone(?=[,.;!?\n])|$))`;

export const BODY_PATTERNS: [RegExp, number][] = [
  // "for the Claims Adjuster II position", "about our Senior Product Designer role"
  [
    new RegExp(
      String.raw`\b(?:the|our|an?|this|your|its)\s(?:open\s|new\s|vacant\s|current\s|confidential\s|exclusive\s|retained\s)?${T}\s(?:role|position|job|opening|vacancy|post|opportunity|contract|assignment|appointment|mandate|interviews?|hire|search|need|spot|gig|seat|application|candidacy|programme|program|loop|process|pool|roster|onsite|on-site|ad|advert|posting|chair|thing)\b`,
      'g',
    ),
    4,
  ],
  [new RegExp(String.raw`\b(?:role|position|post)\s(?:of|as)\s(?:an?\s)?${T}${END}`, 'g'), 4],
  // "we have an opening for a Senior Machine Learning Engineer, Recommendations".
  [new RegExp(String.raw`\b(?:opening|vacancy|opportunity|position)\sfor\s(?:an?|our)\s${T}${END}`, 'g'), 3],
  // "Job is the CNC Machinist – 2nd Shift", "The role is a Senior Buyer, Packaging".
  [new RegExp(String.raw`\b(?:[Jj]ob|[Rr]ole|[Pp]osition|[Oo]pening|[Vv]acancy)\sis\s(?:still\s)?(?:the|an?|our)\s${T}${END}`, 'g'), 4],
  // "the Technology Graduate Programme 2026 – Software Engineering": a capitalised programme is a name.
  // ("the 2025 Graduate Programme – Technology": a year may open it.)
  [new RegExp(String.raw`\b(?:the|our|an?|this|your|its)\s([A-Z\u00C0-\u00D6\u00D8-\u00DE\d][^\n.;!?:"“”]{1,60}?\s(?:Programme|Program|Scheme)(?:\s20\d\d)?)${END}`, 'g'), 3],
  [
    new RegExp(
      String.raw`\b(?:hiring(?: for)?|recruiting for|looking for|search for|hire for|recruitment of|(?:we|they|i|I|still|and|so) need|needs|(?:[Ww]e['’]re|[Ww]e are|I['’]m|I am) after|requirement for|advert for|advertisement for|contract (?:coming up )?for)\s(?:an?\s|our\s|my\s|their\s)?(?:first\s|new\s|next\s)?${T}${END}`,
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
  // "your appointment for Warehouse Team Lead - 2nd Shift is tomorrow" (a text-message reminder).
  [new RegExp(String.raw`\b(?:appointment|assessment|screening)\sfor\s(?:the\s|an?\s)?(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Today|Tomorrow)[a-z]*\b)${T}${END}`, 'g'), 3],
  // "I'm recruiting on behalf of Halberd Marine for a Marine Electrician – 3/3 Rotation", "on behalf of my
  // client, Fairhollow Hotels, for a General Manager".
  [new RegExp(String.raw`\b(?:recruiting|hiring|searching)\s(?:on behalf of|for)\s(?:(?:my|our) client,?\s)?[A-Z][^\n.,]{1,40}?,?\sfor\s(?:an?|their|the)\s${T}${END}`, 'g'), 3],
  // "la entrevista de Diseñadora UX", "entrevista para Analista de Datos", "entretien pour Chargé de
  // clientèle", "entrevista para Técnico de Manutenção": the same step in the other languages.
  [new RegExp(String.raw`\b(?:[Ee]ntrevistas?|[Ee]ntretien)\s(?:de|para|pour)\s(?:el\s|la\s|le\s|o\s|a\s)?${T}${END}`, 'g'), 3],
  // "Your virtual onsite for Software Engineer, Infrastructure (L4) is confirmed" (with "the", the first pattern reads it).
  [new RegExp(String.raw`\bon-?site\s(?:for|as)\s(?!the\s|an?\s|our\s)${T}${END}`, 'g'), 3],
  // "your application for the Visiting Assistant Professor of Philosophy (Ethics …), a two-year
  // position"; "application for our Operations Controller vacancy by …" stops at the job noun.
  // ("application for Host - Brunch Shift" without "the" is an acknowledgement's wording too.)
  [new RegExp(String.raw`\b(?:apply(?:ing)?\s(?:for|to be)\s(?:the\s|an?\s|our\s|your\s)?|application\sfor\s(?:the|our)\s)${T}(?:\s(?:role|position|job|opening|vacancy|post|programme|program)\b|${END})`, 'g'), 3],
  // "Thank you for applying to Customer Care Agent (Bilingual) at Nimbus", "gracias por postularte a
  // Cajero/a en Súper Lía", "merci d'avoir postulé à Conseiller clientèle chez X", "por se candidatar a
  // Analista na X": without an article the name after "applying to" may be the company's, so a title
  // counts only when the employer follows it; a clause ("…, and", "… with us") or a job noun ("a Senior
  // SRE role with us at …", which the first pattern reads) is no title.
  [/\b(?:appl(?:y|ying)\sto|applied\s(?:to|for)|postul(?:ar|arte|arse|aste|ado|ó)\sa|postul(?:é|ez|er)\s(?:à|pour)|candidatar(?:-se)?\s(?:a|para)|candidatou(?:-se)?\s(?:a|para))\s(?:the\s|an?\s)?([A-Z\u00C0-\u00D6\u00D8-\u00DE\d](?:(?!,\s[a-z]|\s(?:with|at|to|who|which|that|we|you|role|position|job|opening|vacancy|post)\b)[^\n.;!?:"“”]){1,90}?)(?=\s(?:at|with|en|chez|bei|na|no|em|com|con)\s[A-Z\u00C0-\u00D6\u00D8-\u00DE])/g, 3],
  // "reviewed your application for Overnight Stock Associate and would like to meet you", "We loved your
  // application for Marketing Generalist!": the invitation
  // right after the title tells it from an acknowledgement's "application for Host - Brunch Shift".
  // A job number may stand between ("Eligibility Specialist I (Job #2024-0871) has been reviewed and you are invited"),
  // with the department and site after it ("(Req #4410, Day Surgery, East Campus)").
  [new RegExp(String.raw`\bapplication\sfor\s${T}(?:\s\((?:Job|Req|Ref)[^()\n]{1,70}\))?(?<![\d–—-])\s?(?:(?:\sand|,|\shas been reviewed and)\s(?:would like|we'd like|we would like|invite|are pleased|you are invited|you're invited|I've|I have|I'd|we've|we have)\b|!)`, 'g'), 3],
  // "moving forward in the process for Staff Data Engineer, Claims Platform", "shortlisted for Lecturer in X"
  [
    new RegExp(
      String.raw`\b(?:process|candidacy|consideration|shortlisted|considered)\s(?:for|as)\s(?:the\s|an?\s|our\s)?${T}${END}`,
      'g',
    ),
    3,
  ],
  // "the next stage for Staff Frontend Engineer, Payments: a pairing session", "technical round for
  // Senior Java Developer", "próxima etapa para Analista de Datos", "prochaine étape pour Chargé de
  // clientèle", "nächste Runde für Data Engineer": a step of the process named for the title.
  [
    new RegExp(
      String.raw`\b(?:stage|step|round|session|etapa|fase|ronda|sesión|sessão|rodada|étape|séance|Runde|Phase)\s(?:for|para|pour|für)\s${T}${END}`,
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
  // "processo seletivo para Jovem Aprendiz", "processo de Engenheiro(a) Agrônomo(a)", "proceso de selección de
  // Auxiliar", "processus de recrutement pour"
  [
    new RegExp(
      String.raw`\b(?:processo seletivo|processo|proceso de selecci[oó]n|processus de recrutement)\s(?:para|de|pour|du|del)\s(?:a\s|o\s|el\s|la\s|le\s|un\s|une\s)?${T}${END}`,
      'g',
    ),
    4,
  ],
  // French
  // ("Le poste est celui de Couturière retoucheuse", "O lugar é de Empregado de Mesa", "El puesto es de Camarero".)
  [new RegExp(String.raw`\b(?:[Pp]oste\s(?:de\s|d['’]\s?|en tant que\s|est celui d['’e]\s?)|[Oo] lugar é (?:o )?de\s|[Ee]l puesto es (?:el )?de\s)${T}${END}`, 'g'), 4],
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
      String.raw`\b(?:buscando|buscamos|busca|recherchons|recherche|cherchons|cherche|recrutons|recrute|suchen|sucht|procurando|procuramos|procura de)\s(?:a\s|an\s|un\/a\s|una\s|un\s|une\s|un\(e\)\s|un·e\s|un\.e\s|eine?n?\s|eine:n\s|um\s|uma\s|um\(a\)\s|uma?\(a\)\s)?${T}${END}`,
      'g',
    ),
    3,
  ],
  // "…a position we have open: Product Owner Sênior", "oportunidade que temos aberta: X"
  // "un puesto que abrimos este mes: Responsable de Exportación".
  [new RegExp(String.raw`(?:abierta|aberta|open|opened|ouvrons|ouvert|offen|abrimos(?:\s(?:este mes|esta semana|hoy|ahora))?):\s${T}${END}`, 'g'), 3],
  // "your application for Fraud Operations Analyst (Night Shift) – Requisition BR-20431 has progressed",
  // "Recebi o teu CV para Assistente de Loja (part-time)": the title the reader applied with.
  [new RegExp(String.raw`\bapplication\sfor\s${T}(?:\s[–—-]\s(?:Requisition|Req|Ref|Job)\b[^\n]{0,30}?)?\shas\s(?:progressed|been\s(?:shortlisted|successful|selected|moved|advanced))`, 'g'), 3],
  // ("Saw your app come through for Taproom Bartender".)
  [new RegExp(String.raw`\b(?:(?:CV|currículo|curriculum|curriculo)\s(?:para|for|pour|für)|(?:app|application|CV|cv|resume)\s(?:come|came|coming)\sthrough\sfor)\s(?:a\s|o\s|the\s|le\s|la\s)?${T}(?:(?=\s(?:role|position|job|opening|vacancy|post)\b)|${END})`, 'g'), 3],
  // A letter's reference line: "Re: Senior Planning Officer (Development Management) – Ref PL/2411".
  [new RegExp(String.raw`(?:^|\n)[ \t]*(?:Re|RE|Ref|Subject|Objet|Asunto|Assunto|Betreff)\s?:[ \t]+${T}${END}`, 'g'), 3],
  // The title on its own line under the words that announce it: "A função é a seguinte:\n\nGestor de
  // Redes de Acesso Rádio", "The role is as follows:", "Le poste :".
  [
    new RegExp(
      String.raw`\b(?:(?:[Tt]he|[Tt]his) (?:role|position|job|opening|vacancy)(?: is as follows| in question)?|[Aa] (?:função|vaga) é a seguinte|[Ll]a (?:función|vacante) es la siguiente|[Ee]l puesto es el siguiente|[Ll]e poste(?: est le suivant)?|[Dd]ie (?:Stelle|Position)(?: ist folgende)?)\s?:[ \t]*\n(?:[ \t]*\n)?[ \t]*${T}(?=[ \t]*\n)`,
      'g',
    ),
    3,
  ],
  // A recruiter's pitch that opens a sentence with the title: "Got a gorgeous role for you. Senior
  // Stylist at a really busy independent salon in Clifton".
  [/(?:^|\n|[.!?]\s+)((?:[A-Z][A-Za-z'’-]*)(?:\s(?:[A-Z][A-Za-z'’-]*|of|and|&)){0,4})(?=\sat\s(?:a|an)\s)/g, 2],
];

// Literal pieces, one of which each body pattern needs (in pattern order; null: always run). A
// substring test is far cheaper than a regular-expression scan of the whole mail, and most
// patterns belong to a language the mail is not written in.
export const TRIGGERS: (string[] | null)[] = [
  null,
  ['role', 'position', 'post'],
  ['opening for', 'vacancy for', 'opportunity for', 'position for'],
  ['job is', 'Job is', 'role is', 'Role is', 'position is', 'Position is', 'opening is', 'vacancy is'],
  ['Programme', 'Program', 'Scheme'],
  ['hiring', 'recruit', 'looking for', 'search for', 'hire for', 'need', 'requirement for', 'advert', 'contract ', ' after '],
  ['adding', 'add ', 'hire ', 'find ', 'bring'],
  ['hiring team', 'hiring manager', 'search committee', 'interview panel'],
  ['interview'],
  ['appointment for', 'assessment for', 'screening for'],
  ['recruiting on behalf', 'recruiting for', 'hiring for', 'hiring on behalf', 'searching for', 'searching on behalf'],
  ['ntrevista de', 'ntrevista para', 'ntrevistas de', 'ntrevistas para', 'ntretien pour'],
  ['onsite for', 'on-site for', 'onsite as', 'on-site as'],
  ['apply', 'application'],
  ['apply to', 'applying to', 'applied to', 'applied for', 'postul', 'candidatar', 'candidatou'],
  ['application for'],
  ['process', 'candidacy', 'consider', 'shortlist'],
  ['stage for', 'step for', 'round for', 'session for', 'etapa para', 'fase para', 'ronda para', 'sesión para', 'sessão para', 'rodada para', 'étape pour', 'séance pour', 'Runde für', 'Phase für'],
  ['uesto', 'acante', 'laza', 'osición', 'ferta', 'úsqueda', 'andidatura'],
  ['processo', 'proceso de selecci', 'processus de recrutement'],
  ['oste', 'lugar é', 'puesto es'],
  ['Position', 'Stelle', 'Bewerbung', 'espräch'],
  ['als'],
  ['aga', 'argo', 'osição', 'portunidade', 'unção'],
  ['busca', 'cherch', 'such', 'procura', 'recrut'],
  // The whole word before the colon: a bare ':' let the pattern scan nearly every mail for 1% of hits.
  ['abierta:', 'aberta:', 'open:', 'opened:', 'ouvrons:', 'ouvert:', 'offen:', 'abrimos'],
  ['application for'],
  ['CV ', 'currículo', 'curriculum', 'curriculo', ' through for '],
  ['Re:', 'RE:', 'Ref:', 'Subject:', 'Objet', 'Asunto', 'Assunto', 'Betreff'],
  ['follows:', 'seguinte:', 'siguiente:', 'suivant', 'folgende', 'role:', 'position:', 'job:', 'opening:', 'vacancy:', 'question:', 'poste :', 'poste:', 'Stelle:', 'Position:'],
  [' at a ', ' at an '],
];

export const TRIGGER_SCAN = literalScan(TRIGGERS.map((t) => t ?? []));
