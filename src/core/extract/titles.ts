// What a job title looks like: a head noun ("Engineer", "Analista", "Chargé", "-entwickler").
// Matched on accent-folded lower-case text.

const HEADS = [
  // English
  'engineer|developer|programmer|architect|manager|analyst|designer|director|coordinator|specialist|nurse|teacher|technician|associate|lead|head|officer|consultant|scientist|editor|cook|chef|operator|driver|barista|accountant|veterinarian|writer|producer|supervisor|adjuster|planner|researcher|estimator|professor|lecturer|hospitalist|physician|translator|owner|agent|assistant|representative|administrator|intern|executive|advisor|adviser|controller|president|vp|attorney|lawyer|paralegal|pharmacist|therapist|counselor|clerk|cashier|receptionist|electrician|mechanic|welder|pilot|actuary|auditor|economist|strategist|copywriter|marketer|recruiter|buyer|negotiator|hygienist|dentist|surgeon|librarian|server|bartender|housekeeper|guard|worker|foreman|installer|inspector|surveyor|chemist|biologist|statistician|tutor|instructor|fellow|postdoc|sre|devops|partner|principal|generalist|artist|animator|photographer|journalist|tester|expert|apprentice|trainee|graduate|caregiver|aide|dispatcher|mover|picker|packer|stocker|leader|superintendent|captain|first officer|steward|attendant|educator|coach|fundraiser|officer|secretary|bookkeeper|underwriter|broker|trader|banker|teller|manager',
  // Spanish
  'ingenier[oa]|desarrollador|jefe|jefa|responsable|analista|tecnic[oa]|coordinador|director|directora|gerente|consultor|consultora|especialista|planificador|programador|disenador|administrativ[oa]|comercial|contable|enfermer[oa]|medic[oa]|profesor|profesora|camarer[oa]|cociner[oa]|recepcionista|dependiente|asesor|asesora|auxiliar|operari[oa]|becari[oa]|dependienta|encargad[oa]|conductor|mozo',
  // French
  'ingenieur|ingenieure|developpeur|developpeuse|chef|directeur|directrice|charge|chargee|consultante|analyste|actuaire|comptable|technicien|technicienne|commerciale|assistante|gestionnaire|conseiller|conseillere|infirmier|infirmiere|juriste|acheteur|acheteuse|controleur|controleuse|responsable|stagiaire|alternant|vendeur|vendeuse|serveur|cuisinier|employe',
  // German (whole words; compounds are caught by the suffix rule below)
  'leiter|leiterin|konstrukteur|referent|referentin|berater|beraterin|sachbearbeiter|entwickler|entwicklerin|ingenieur|ingenieurin|techniker|meister|planer|kaufmann|kauffrau|assistenz|spezialist|pta|mitarbeiter|mitarbeiterin|werkstudent|azubi|fachkraft|pfleger|pflegefachkraft|erzieher|lehrer',
  // Portuguese
  'engenheir[oa]|desenvolvedor|desenvolvedora|coordenador|coordenadora|diretor|diretora|assistente|vendedor|vendedora|product owner|estagiari[oa]|auxiliar|supervisora|enfermeir[oa]|professora|contador|contadora|advogad[oa]|gestor|gestora',
].join('|');

const HEAD = new RegExp(`(?:^|[^a-z])(?:${HEADS})(?:e|es|s|\\(e\\)|\\(a\\)|/a|/e|\\(in\\)|in)?(?![a-z])`);
/** German compounds: "Projektingenieur", "Braumeister", "Frontend-Entwickler", "Personalreferentin". */
const DE_COMPOUND = /[a-z]{3,}(?:ingenieur|entwickler|leiter|meister|referent|berater|techniker|planer|kaufmann|kauffrau|assistent|spezialist|konstrukteur|manager|fachkraft|pfleger)(?:in)?(?![a-z])/;

export function hasTitleHead(folded: string): boolean {
  return HEAD.test(folded) || DE_COMPOUND.test(folded);
}
