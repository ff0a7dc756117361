// What a job title looks like: a head noun ("Engineer", "Analista", "Chargé", "-entwickler").
// Matched on accent-folded lower-case text.

const HEADS = [
  // English
  'joiner|preparer|farmhand|farmworker|groomer|picker|packer|watchmaker||helper|processor|guide|bookseller|cna|emt|dishwasher|busser|loader|carer|fitter|engineer|developer|solicitor|brewer|florist|counsellor|counselor|investigator|counsel|interpreter|registrar|examiner|gp|bdr|sdr|pgt|tgt|practitioner|paraprofessional|paraeducator|liaison|junior|senior|rn|lpn|programmer|architect|manager|analyst|designer|director|coordinator|specialist|nurse|teacher|technician|associate|lead|head|officer|consultant|scientist|editor|cook|chef|operator|driver|barista|accountant|veterinarian|writer|producer|supervisor|adjuster|planner|researcher|estimator|professor|lecturer|hospitalist|physician|translator|owner|agent|assistant|representative|administrator|intern|executive|advisor|adviser|controller|president|vp|attorney|lawyer|paralegal|pharmacist|therapist|counselor|clerk|cashier|receptionist|electrician|mechanic|welder|pilot|actuary|auditor|economist|strategist|copywriter|marketer|recruiter|buyer|negotiator|hygienist|dentist|surgeon|librarian|server|bartender|housekeeper|guard|worker|foreman|installer|inspector|surveyor|chemist|biologist|statistician|tutor|instructor|fellow|postdoc|sre|devops|partner|principal|generalist|artist|animator|photographer|journalist|tester|expert|apprentice|trainee|graduate|caregiver|aide|dispatcher|mover|picker|packer|stocker|leader|superintendent|captain|first officer|steward|attendant|educator|coach|fundraiser|officer|secretary|bookkeeper|underwriter|broker|trader|banker|teller|manager|illustrator|animator|stylist|hairdresser|baker|butcher|carpenter|plumber|technologist|radiographer|sonographer|midwife|paramedic|optometrist|psychologist|social worker|dietitian|nutritionist|housekeeping|concierge|host|hostess|merchandiser|planner|scheduler|estimator|drafter|draftsman|machinist|assembler|operative|handler|courier|clerk|officer|colleague|student|advocate|millwright|journeyman|labourer|laborer|deckhand|groundskeeper|janitor|custodian|porter|lifeguard|firefighter|nanny|tailor|gardener|landscaper|roofer|painter|glazier|bricklayer|cleaner|chauffeur',
  // Spanish
  'socio|relojer[oa]||socia|chofer|gobernanta|gobernante|choferes|camioner[oa]|ingenier[oa]|ayudante|suscriptor|suscriptora|panader[oa]|pasteler[oa]|reposter[oa]|peluquer[oa]|carnicer[oa]|jardiner[oa]|fontaner[oa]|carpinter[oa]|limpiador[ao]|pintor|albanil|desarrollador|jefe|jefa|lider|lideresa|responsable|analista|tecnic[oa]|coordinador|director|directora|gerente|consultor|consultora|especialista|planificador|programador|disenador|administrativ[oa]|comercial|contable|enfermer[oa]|medic[oa]|profesor|profesora|camarer[oa]|cociner[oa]|recepcionista|dependiente|asesor|asesora|auxiliar|operari[oa]|becari[oa]|dependienta|encargad[oa]|conductor|mozo|farmaceutic[oa]|abogad[oa]|arquitect[oa]|veterinari[oa]|fisioterapeuta|repartidor|vendedor|vendedora|controller|cajer[oa]|limpiador|soldador|electricista|mecanic[oa]|gestor|gestora|redactor|redactora|traductor|traductora|periodista|psicolog[oa]|maestr[oa]|educador|educadora|higienista|dentista|maquinista|economista|oficinista|estilista|disenador|ejecutiv[oa]|enolog[oa]|representante|promotor|aprendiz|vigilante|peon|socorrista',
  // French
  'auxiliaire|couturier|couturiere|retoucheur|retoucheuse|contremaitre|contremaitresse||associe|associee|gouvernante|gouvernant|affreteur|affreteuse||gerant|gerante|livreur|livreuse|manutentionnaire|ouvrier|ouvriere|ingenieur|ingenieure|maitre|prepose|preposee|commis|preparateur|preparatrice|conducteur|conductrice|developpeur|developpeuse|chef|directeur|directrice|charge|chargee|consultante|analyste|actuaire|comptable|technicien|technicienne|commerciale|assistante|gestionnaire|conseiller|conseillere|infirmier|infirmiere|juriste|acheteur|acheteuse|controleur|controleuse|responsable|stagiaire|alternant|vendeur|vendeuse|serveur|cuisinier|employe|pharmacien|pharmacienne|avocat|avocate|architecte|redacteur|redactrice|traducteur|traductrice|manager|coordinateur|coordinatrice|animateur|animatrice|educateur|educatrice|magasinier|cariste|boulanger|soudeur|electricien|mecanicien|agent|agente|operateur|operatrice|developpeur·se|ingenieur·e',
  // German (whole words; compounds are caught by the suffix rule below)
  'leiter|aushilfe|servicekraft|uhrmacher|uhrmacherin||leiterin|metallbauer|anlagenbauer|werkzeugbauer|maschinenbauer|fahrzeugbauer|karosseriebauer|stahlbauer|konstrukteur|referent|referentin|berater|beraterin|sachbearbeiter|entwickler|entwicklerin|ingenieur|ingenieurin|techniker|meister|planer|kaufmann|kauffrau|assistenz|spezialist|pta|mitarbeiter|mitarbeiterin|werkstudent|azubi|fachkraft|pfleger|pflegefachkraft|fachperson|erzieher|lehrer|disponent|disponentin|verkaufer|verkauferin|koch|kochin|elektriker|mechatroniker|buchhalter|buchhalterin|architekt|architektin|apotheker|arzt|arztin|bibliothekar|filialleitung|leitung|teamleitung|sachbearbeitung|fahrer|lagerist|schlosser|schreiner|tischler|monteur|redakteur|ubersetzer|controllerin|designerin|beraterin|assistentin|elektroniker|mechaniker|angestellte|angestellter|werkstudentin|praktikant|praktikantin|trainee|zimmerer|maurer|dachdecker|geselle|gesellin|fliesenleger|backer|gartner|maler|lackierer|friseur|friseurin',
  // Portuguese
  'encarregad[oa]|relojoeir[oa]||governanta|governante|engenheir[oa]|empregad[oa]|responsavel|padeir[oa]|confeiteir[oa]|doceir[oa]|pedreir[oa]|porteir[oa]|costureir[oa]|acougueir[oa]|entregador|repositor|almoxarife|zelador|ajudante|cabeleireir[oa]|desenvolvedor|desenvolvedora|coordenador|coordenadora|diretor|diretora|assistente|vendedor|vendedora|product owner|estagiari[oa]|estagio|auxiliar|supervisora|enfermeir[oa]|professora|contador|contadora|advogad[oa]|gestor|gestora|farmaceutic[oa]|analista|supervisor|supervisora|atendente|recepcionista|operador|operadora|tecnic[oa]|motorista|cozinheir[oa]|garcom|caixa|promotor|promotora|arquitet[oa]|redator|redatora|tradutor|tradutora|psicolog[oa]|nutricionista|fisioterapeuta|veterinari[oa]|medic[oa]|editor|editora|designer|programador|programadora|executiv[oa]|aprendiz|representante|consultor|consultora|especialista|tecnologo',
].join('|');

// Head nouns as a set of words: a lookup per word is cheaper than one giant alternation, and costs
// nothing to build (the alternation took milliseconds to compile on the first mail of a session).
// "[oa]" in an entry spells both endings; multi-word entries count by their last word.
const HEAD_WORDS = new Set<string>();
for (const entry of HEADS.split('|')) {
  const word = entry.split(' ').pop() ?? entry;
  // "développeur·se": the stem is the head; the inclusive ending "se" or "e" alone is no title word.
  for (const w of word.includes('[oa]') ? [word.replace('[oa]', 'o'), word.replace('[oa]', 'a')] : [word.split('·')[0] ?? word]) {
    HEAD_WORDS.add(w);
  }
}
// Heads only after the word that makes them a post: "Sales Rep", "Crew Member" (a union's "reps"
// and "members" are no job).
const PAIRED_HEADS = new Map<string, Set<string>>();
for (const last of ['rep', 'reps', 'member', 'members']) {
  PAIRED_HEADS.set(last, new Set('sales service crew team staff support account field outside inside care customer territory medical pharmaceutical'.split(' ')));
}
// "Scrum Master", "Harbour Master" (a "Master's degree" is none).
PAIRED_HEADS.set('master', new Set('scrum station yard dock harbour harbor ballet'.split(' ')));
// "Farm Hand", "Cellar Hand", "Deck Hand" (a "hand" alone is no post).
PAIRED_HEADS.set('hand', new Set('farm cellar deck ranch stable yard stage kitchen warehouse dock factory shop bar vineyard orchard'.split(' ')));
// "Electrician's Mate", "First Mate" (a "mate" alone is a friend; "s" is the run after an apostrophe).
PAIRED_HEADS.set('mate', new Set('s first chief second'.split(' ')));
// "Counter Staff", "Kitchen Staff" (a school's "staff" alone is no post).
PAIRED_HEADS.set('staff', new Set('counter kitchen bar floor wait front warehouse retail shop store catering event events cleaning'.split(' ')));

// Endings a head may carry: plurals, feminines ("Ingenieurin", "Analistas"), "(e)", "/a".
const ENDINGS = ['in', 'es', 'as', 'e', 's', 'a'];

function isHeadWord(w: string): boolean {
  if (HEAD_WORDS.has(w)) return true;
  // "Meadowfern Veterinary Partners", "Kline & Partners": a firm's plural, not one person's post.
  if (w === 'partners' || w === 'associates') return false;
  // Every ending ends in n, s, e or a: one character test rejects most words.
  const last = w.charCodeAt(w.length - 1);
  if (last === 110 /* n */ || last === 115 /* s */ || last === 101 /* e */ || last === 97 /* a */) for (const e of ENDINGS) if (w.length > e.length + 1 && w.endsWith(e) && HEAD_WORDS.has(w.slice(0, -e.length))) return true;
  return w.length >= 8 && agentSuffix(w);
}

// Endings that make a noun a practitioner in English, French, Spanish and Portuguese, so titles
// no list can hold still count: "Geologist", "Microbiologist", "Physiotherapist", "Clinician",
// "Sonographer", "Réceptionniste", "Recepcionista". The "-ist" family excludes lists ("Checklist",
// "Shortlist") and Nordic surnames ("Lindqvist"); Spanish and Portuguese "-ista" excludes
// "entrevista", "revista", "pista" and "lista" (but not "especialista", "analista").
const LIST_WORD = /(?:[^aly]list|[^t]ylist|sist|xist|q[uv]ist)$/;
const NOT_ISTA = /(?:vista|pista|quista|[^a]lista)s?$/;

function agentSuffix(w: string): boolean {
  const last = w.charCodeAt(w.length - 1);
  // Only words ending in t, e, a, s, n or r can match: one character test rejects most words.
  if (last === 116 /* t */) return w.endsWith('ist') && !LIST_WORD.test(w);
  // "Baptiste" ("Jean-Baptiste Morvan") is a given name, not a practitioner.
  if (last === 101 /* e */) return w.endsWith('iste') && !LIST_WORD.test(w.slice(0, -1)) && w !== 'baptiste';
  if (last === 97 /* a */) return w.endsWith('ista') && !NOT_ISTA.test(w);
  if (last === 115 /* s */) return w.length >= 9 && (w.endsWith('ists') || w.endsWith('istes') || w.endsWith('istas')) && agentSuffix(w.slice(0, -1));
  if (last === 110 /* n */) return w.endsWith('ician');
  if (last === 114 /* r */) return w.endsWith('grapher');
  return false;
}


/** German compounds: "Projektingenieur", "Braumeister", "Frontend-Entwickler", "Personalreferentin", "Pflegedienstleitung". */
const DE_COMPOUND = /[a-z]{3,}(?:ingenieur|entwickler|leiter|meister|referent|berater|techniker|planer|kaufmann|kauffrau|assistent|spezialist|konstrukteur|manager|fachkraft|fachperson|pfleger|elektroniker|mechaniker|angestellte|arbeiter|betreuer|leitung)(?:in|r)?(?![a-z])/;

/** Gender markers that only job titles carry: "(m/w/d)", "(H/F)", "(m/f/d)", "(w/m/d)". */
const QUALIFIER = /\((?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|h\/f|f\/h|m\/w|w\/m|all genders?)\)/;
// French ads also write a bare "H/F" ("Conducteur de travaux H/F"); tested apart so QUALIFIER keeps its literal "(" start.
const BARE_HF = /(?:^|\s)(?:h\/f|f\/h)(?![a-z/])/;

// German names a job in both genders where no list reaches: "Zimmerer / Zimmerin", "Maurer/-in",
// "Tischler*in", "Gärtner:in" (folded: "gartner:in"). A person's name never pairs that way.
const GENDER_PAIR = /([a-z]{3,}?)(?:er|e)?\s?\/\s?(?:-in\b|\1(?:erin|in)\b)|[a-z]{3,}(?:er|e|t)(?:\*|:|_)in\b/;

const COMPOUND_HEADS = DE_COMPOUND.source.slice(DE_COMPOUND.source.indexOf('(?:') + 3, DE_COMPOUND.source.indexOf(')')).split('|');
const COMPOUND_ENDS: string[] = [];
for (const h of COMPOUND_HEADS) COMPOUND_ENDS.push(h, `${h}in`, `${h}r`);

/** DE_COMPOUND on one run of letters: three letters or more, a head, then "in", "r" or nothing. */
function isCompound(w: string): boolean {
  // Every head is 6 letters or more, and "in"/"r" end in n or r: other last letters never match.
  if (w.length < 9) return false;
  const last = w.charCodeAt(w.length - 1);
  if (last !== 114 /* r */ && last !== 116 /* t */ && last !== 110 /* n */ && last !== 117 /* u */ && last !== 101 /* e */ && last !== 103 /* g */) return false;
  for (const e of COMPOUND_ENDS) if (w.length >= e.length + 3 && w.endsWith(e)) return true;
  return false;
}

export function hasTitleHead(folded: string): boolean {
  // Runs of a-z, read by hand: a pattern match per word cost more than the word lookups. The German
  // compound rule is checked on the same runs, as its pattern spans one run of letters.
  let compound = false;
  // The marks the closing patterns need, seen on the way: 1 "(", 2 "/", 4 "*", ":" or "_".
  let marks = 0;
  let prev = '';
  const n = folded.length;
  let i = 0;
  while (i < n) {
    let c = folded.charCodeAt(i);
    if (c < 97 || c > 122) {
      if (c === 40) marks |= 1;
      else if (c === 47) marks |= 2;
      else if (c === 42 || c === 58 || c === 95) marks |= 4;
      i++;
      continue;
    }
    const start = i;
    do c = folded.charCodeAt(++i);
    while (i < n && c >= 97 && c <= 122);
    const w = folded.slice(start, i);
    const pairedWith = PAIRED_HEADS.get(w);
    if (pairedWith?.has(prev)) return true;
    // "Co-operative Bank": the "operative" of a co-operative is no post.
    const coOp = prev === 'co' && folded.charCodeAt(start - 1) === 45;
    prev = w;
    if (coOp) continue;
    // "Workers' Compensation", "Driver's": a possessive is a modifier, not the head (a closing quote is no possessive).
    if (isHeadWord(w) && !((c === 39 || c === 0x2019) && (w.endsWith('s') || folded.charCodeAt(i + 1) === 115))) return true;
    if (!compound && isCompound(w)) compound = true;
  }
  return compound || ((marks & 1) !== 0 && QUALIFIER.test(folded)) || ((marks & 2) !== 0 && BARE_HF.test(folded)) || ((marks & 6) !== 0 && folded.includes('in') && GENDER_PAIR.test(folded));
}
