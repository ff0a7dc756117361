// What a company name is not: a department or team line, a fragment cut before its noun, a person
// with an academic title, a job title the shared title lexicon misses. Also where a name stops
// (after its legal form). Matched in five languages on accent-folded lower-case text unless noted.

// Department, unit and practice words: a signature's "Corporate & Investment Banking", "Life Pricing",
// "Retail Network", "Unidad de Recursos Humanos", "Produccion y Personas", "Direction des ressources
// humaines", "Abteilung Personal" name a part of the employer, not the employer.
const UNIT_WORD =
  /\b(?:banking|pricing|network|operations?|operac\w+|people|personas|pessoas|human resources|recursos humanos|ressources humaines|gestao|gestion|unidad|unidade|unite|servicio|servico|abteilung|bereich|direction|direccion|direcao|departament\w*|department|division|team|equipo|equipe|secretaria|administra\w+|procurement|compliance|treasury|underwriting|claims|desk|rrhh)\b/;

// Words that make a phrase an organisation, whatever else it contains ("Savings Bank", "Hospital",
// "Universite", "Seguros", "GmbH"): such a phrase is not a unit even with a unit word in it
// ("Talento Norte Consultores" is the agency; "Engineering Group" is a company).
const ORG_TYPE =
  /\b(?:bank|banco|banque|insurance|assurances?|seguros|mutual|university|universidad|universite|universitat|universidade|college|hospital|hopital|klinik\w*|clinica|clinique|clinic|group|grupo|groupe|gruppe|estudio|studio|institut[oe]?|police|constabulary|council|company|partners|consulting|consultores|inc|ltd|llc|llp|plc|gmbh|ag|sa|sl|sas|lda|ltda)\b/;

/** A department, team or practice line ("Retail Network", "Unidad de Recursos Humanos"), not an organisation. */
export function isUnitName(folded: string): boolean {
  return UNIT_WORD.test(folded) && !ORG_TYPE.test(folded);
}

/** Words that a name of an organisation carries; used to prefer it over a bare place or unit. */
export function hasOrgType(folded: string): boolean {
  return ORG_TYPE.test(folded);
}

// Parts of an organisation that sit under a parent ("Eastmere Business School" under "University of
// Eastmere", "Faculte de medecine", "Department of Physics", "Corvane Internal Mobility"): the parent
// is who a reply names. A "School District" or "School Board" is itself the employer.
const SUBUNIT = /\b(?:school|faculty|faculte|facultad|faculdade|fakultat|department|departamento|departement|institute|instituto|institut|centre|center|centro|zentrum|division|unit|unidad|unidade|unite|ufr|escuela|escola|ecole|laboratory|laboratoire|laboratorio|library|biblioteca|internal mobility|mobilite interne|movilidad interna|mobilidade interna)\b/;
const PARENT = /\b(?:university|universidad|universite|universitat|universidade|hospital|hopital|klinikum|group|grupo|groupe|gruppe|bank|banco|banque|district|board)\b/;

export function isSubunit(folded: string): boolean {
  return SUBUNIT.test(folded) && !PARENT.test(folded);
}

// "Unidad de", "Servico de Gestao de", "Direction des": a phrase cut before its noun.
const DANGLING =
  /\s(?:de|del|da|do|dos|das|des|du|la|le|les|los|las|el|of|the|and|for|to|at|in|y|e|et|und|fur|von|der|die|das|den|dem|zu|a|en|em|na|no|au|aux|&)$/;

export function isDangling(folded: string): boolean {
  return DANGLING.test(folded);
}

// A person with a title before the name: "Lic. Guadalupe Arreola Montes", "Ing. Ramiro Villa",
// "Prof. Dr. Anke Roth", "Me Julie Caron", "Eng.ª Sofia Mota". Original case: "Me" only as a title.
const PERSON_TITLE =
  /^(?:(?:lic|licda|licdo|ing|inga|dr|dra|dres|prof|profa|profe|mtro|mtra|arq|abog|psic|c\.p|sr|sra|srta|dna|don|mr|mrs|ms|mx|mme|mlle|herr|frau|dipl\.?-ing|mag|eng|eng\.?[ªº]|me)\.?(?:ª|º)?\s+)+[A-ZÀ-ÖØ-ÞĀ-ž]/i;

export function hasPersonTitle(text: string): boolean {
  return PERSON_TITLE.test(text);
}

// Job titles the shared title lexicon leaves out, mostly academic and public-sector ranks and a
// founder's ("Professeure des universites", "Maitre de conferences", "Catedratica", "Privatdozentin",
// "Co-founder & CEO", "Cofundadora", "Geschaftsfuhrer").
const EXTRA_TITLE =
  /\b(?:co-?founder|founder|ceo|cto|coo|cfo|chief [a-z]+ officer|co-?fundador(?:a)?|fundador(?:a)?|co-?fondat(?:eur|rice)|fondat(?:eur|rice)|(?:mit)?grunder(?:in)?|geschaftsfuhrer(?:in)?|professeure?|maitre(?:sse)? de conferences|catedratic[oa]|docente|dozent(?:in)?|chercheu(?:r|se)|investigador(?:a)?|pesquisador(?:a)?|vorsitzender?|president[ae]?|decan[oa]|doyen(?:ne)?|dekan(?:in)?|dean|rector(?:a)?|recteur|reitor(?:a)?)\b/;

export function hasExtraTitle(folded: string): boolean {
  return EXTRA_TITLE.test(folded);
}

// A name ends at its legal form: "Halden & Pike Recruitment Ltd. We process...", "Monteverde, S.A. de
// C.V.". Case-sensitive so that an ordinary word ("Sa", "Ag") is not taken for one. Never the first word.
const AFTER_LEGAL = /\S\s(?:Ltd|LTD|Limited|Inc|INC|LLC|LLP|PLC|plc|GmbH|gGmbH|AG|SAS|SARL|Lda|LDA|Ltda|LTDA|S\.A|S\.L|S\.A\.S|B\.V|N\.V|Pty|Corp|E\.P\.E)\.?(?=[\s,;:])/;

export function cutAfterLegal(raw: string): string {
  const m = AFTER_LEGAL.exec(raw);
  return m ? raw.slice(0, m.index + m[0].length) : raw;
}

// What follows "on behalf of" / "en nombre de" / "au nom du" when it is the writer's own side, not a
// client: "on behalf of the search committee", "en nombre del comité de selección", "im Namen des Teams".
const OWN_SIDE =
  /^(?:(?:the|our|my|el|la|los|del|de la|de los|du|de l'|des|le|les|da|do|das|dos|der|des|dem|unseres?|unserer|nuestr[oa]s?|notre|nos|noss[oa]s?)\s+)?(?:[a-z]+\s+){0,2}(?:committee|comite|comision|comissao|kommission|ausschuss|panel|team|teams|equipo|equipe|jury|board|department|departamento|departement|abteilung|school|faculty|facultad|faculte|faculdade|university|universidad|universite|universidade|hiring manager|company|empresa|entreprise|firma|unternehmen)\b/;

/** The words after a client cue name the writer's own side ("the search committee"), not a client. */
export function notClientAfterCue(foldedAfter: string): boolean {
  return OWN_SIDE.test(foldedAfter);
}

// A signature title that only an agency's consultant carries: "Consultant recrutement", "Senior
// Consultant – Hotels", "Consultora de selección", "Personalberaterin", "Headhunter", a staffing
// firm's "Staffing Specialist". An employer's own recruiter is a "Talent Partner" or "Recruiter"; a
// consultancy's "Senior Consultant" is harmless because a client must still be named next to the job
// to be chosen over the sender. A hospital's "Consultant Dermatologist" or "Consultant in Emergency
// Medicine" is a doctor.
const AGENCY_TITLE =
  /^(?:(?:senior|principal|associate|lead|managing|executive)\s+)?(?:recruitment\s+|recruiting\s+|search\s+)?consultant(?:e)?(?:\s+(?:en\s+)?recrutement)?\b(?!\s+(?:in\s|[a-z]+(?:ist|ian|eon)\b))|\bconsultor(?:a)?\s+(?:de\s+)?(?:seleccion|selecao|recrutamento|rrhh|talento)\b|\bpersonalberater(?:in)?\b|\bheadhunter\b|^staffing (?:specialist|consultant|recruiter)\b/;

/** A signature line whose title says the writer is an agency consultant (accent-folded). */
export function saysAgencyTitle(foldedLine: string): boolean {
  return AGENCY_TITLE.test(foldedLine);
}
