// Finds the person to address: the human who wrote the mail, or for system mail the named
// coordinator. Never the greeting's name (that is the candidate) and never a guess.
import { allMatches } from '../text/matches';
import { signatureOf, splitSignature } from '../text/signature';
import { fold } from '../text/fold';
import type { PreparedEmail } from '../text/prepare';
import { literalScan } from './literal-scan';
import { firstName, isCommonWord, NAME_TOKEN, withoutHonorifics } from './names';
import { isOrgLike, looksLikePersonName, senderDomain, shownName, writerIsPerson } from './sender-person';
import { relayOf, signsForOther } from './scheduling-tools';
import { introducedName, signOffName } from './sign-off';
import { hasTitleHead } from './titles';
import { isAddressLine } from './address-line';

export interface Contact {
  firstName: string | null;
  fullName: string | null;
}

// ("LaToya", "McKenzie", "DiMaggio": one inner capital after the first letters.)
const FULL_NAME = String.raw`([A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+(?:[A-Z][a-z]+)?(?:-[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+)?(?:\s(?:de|da|van|von|del|le|la)?\s?[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+(?:[A-Z][a-z]+)?(?:-[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+)?){1,2})`;

// A rank or courtesy title before the name in system mail: "Sgt. Felicia Grunwald", "Mr. Nitin Deshmukh", "Lic. Ana Ruiz".
const PRE = String.raw`(?:(?:Mr|Mrs|Ms|Mx|Dr|Sgt|Lt|Capt|Cpl|Det|Lic|Licda|Ing|Prof|Mme|Sra|Sr|Srta)\.?\s)?`;

// After "Interviewer:" an academic title is the interviewer's, who is no coordinator: only ranks and courtesy titles.
const PRE0 = String.raw`(?:(?:Mr|Mrs|Ms|Mx|Sgt|Lt|Capt|Cpl|Det|Lic|Licda|Mme|Sra|Sr|Srta)\.?\s)?`;

// "your recruiting coordinator, Marisol Vega", "Your coordinator, Hannah Brooks", "contact Ben Adler",
// "Votre chargée de recrutement : Sandrine Lemaire" (French spaces the colon).
const COORDINATOR = [
  new RegExp(
    String.raw`(?:coordinator|recruiter|Coordinator(?=:)|Recruiter(?=:)|With(?=:)|Host(?=:)|Responsável(?=:)|Responsable(?=:)|(?:can|may|could) reach|[Cc]oordinated by|point of contact|contact person|contact|[Ii]nterviewer|directed to|addressed to|[Aa]nsprechpartner(?:in)?|[Kk]ontaktperson|interlocut(?:eur|rice)s?|chargée? de recrutement|persona de contacto|contato|contacto)(?:\s(?:for|on|in|im|bei|pour|para|für)\s[^\n,:]{1,30}?)?(?:\s(?:is|es|est|ist|é|será|will be))?\s?[,:]?\s${PRE0}${FULL_NAME}`,
    'g',
  ),
  // A capitalised post in a sentence, then the person: "contact our HR & Recruitment Coordinator, Tendai
  // Mushonga, on …" (a signature's "Recruiter, Fernhill Robotics" has no "our/your/the" before it).
  new RegExp(
    String.raw`\b(?:our|your|the)\s(?:[A-Z][\w&-]*\s|&\s){0,4}(?:Coordinator|Recruiter|Point of Contact|Contact Person)(?:\s(?:is|will be))?[,:]?\s${PRE}${FULL_NAME}`,
    'g',
  ),
  // System mail that names who sent the invitation: "Nadia Osei from Brightwater has invited you",
  // "Ruth Okafor has proposed a new time".
  new RegExp(String.raw`${FULL_NAME}(?:\s(?:from|de|von|da|do)\s[^\n]{1,60}?)?\s(?:has invited you|invited you|has (?:proposed|suggested) (?:a|an|another) |te invita|le invita|vous invite|lädt Sie|lädt dich|convida)`, 'g'),
  // "conduzida pela Inês Carvalho", "led by Ruth Adler", "menée par Paul Girard", "será recebido pela Inês",
  // a booking card's "Hosted by: Hollie Graves".
  new RegExp(String.raw`(?:conduzid[ao]|realizad[ao]|recebid[ao]|atendid[ao]|conducted|led|[Hh]osted|run|met|welcomed|greeted|menée?|animée?|accueillie?|recibid[ao]|dirigid[ao]|geführt)\s(?:pela|pelo|por|by|par|von):?\s(?:a\s|o\s|la\s|el\s)?${FULL_NAME}`, 'g'),
  // "Farhan Qureshi, our QA Coordinator": a capitalised team or level may stand before the post.
  new RegExp(
    String.raw`${FULL_NAME},\s(?:will be\s|is\s)?(?:your|our)\s(?:[A-Z][\w&-]*\s){0,3}(?:[Rr]ecruiting\s)?(?:[Cc]oordinator|[Pp]oint of [Cc]ontact|[Rr]ecruiter|[Cc]ontact)`,
    'g',
  ),
  // "Contact Rosalind Ferreira, HR Analyst, at …" opens a sentence; "puede dirigirse a Noelia Carrasco",
  // "contactar con Nuria Expósito", "communiquer avec Geneviève Lapointe", "erreichen Sie Frau Jasmin Oberholzer".
  new RegExp(String.raw`(?:[Cc]ontact|reach out to|[Ee]mail|write to|contacter|contactar (?:a|con)|kontaktieren sie|dirigirse a|dir[ií]jase a|communiquer avec|communiquez avec|erreichen Sie(?: Frau| Herrn?)?)\s${PRE}${FULL_NAME}`, 'g'),
  // "comunícate con Itzel Ramírez, de Capital Humano", "entre em contato com Ana Lima", "contactez Paul Girard",
  // "puedes escribir a Nerea Goñi", "pode escrever para Ana Lima", "vous pouvez écrire à Paul Girard",
  // "schreiben Sie an Frau Jana Roth".
  new RegExp(
    String.raw`(?:comun[ií]ca(?:te|rte)? con|comun[ií]quese con|p[oó]n(?:te|gase|erse) en contacto con|escr[ií]bele a|escriba a|escribir(?:le)? a|escribiendo(?:le)? a|escrever(?:-lhe)? (?:para|a)|escreva (?:para|a)|[ée]crire à|ll[aá]ma(?:le)? a|entre em contato com|entra em contato com|contate|contacte|fale com|falar com|contactez|joindre|[ée]crivez à|appelez|prenez contact avec|wenden Sie sich (?:bitte )?(?:direkt )?an|melden Sie sich (?:bitte )?(?:direkt )?bei|schreiben Sie (?:bitte )?(?:direkt )?an|rufen Sie)\s(?:a\s|o\s|la\s|el\s|Frau\s|Herrn?\s|Mme\.?\s|M\.\s)?${FULL_NAME}`,
    'g',
  ),
  // System mail naming who will speak with the candidate: "Marcus Oyelaran from Meridale Health would
  // like to speak with you", "Ana Souza, da Vértice, vai conversar com você", "Paul Girard de X vous appellera".
  new RegExp(
    String.raw`${FULL_NAME},?\s(?:from|at|de|da|do|von|bei|chez)\s[^\n]{1,50}?,?\s(?:would like|wants|will|is looking forward|has|quiere|quisiera|va a|te llamar[aá]|le llamar[aá]|aimerait|souhaite|vous appellera|va vous|möchte|wird|gostaria|vai|quer)\b`,
    'g',
  ),
  // A first name alone after "talk to": "fale com a Patrícia pelo WhatsApp", "ask for Ruth", "pregunta en
  // recepción por Lucía", "Bei Fragen steht Ihnen Frau Katrin Vogel … zur Verfügung".
  /(?:ask for|speak to|pregunt(?:a|e|ar|en) (?:en [a-zñáéíóú]+ )?por|(?:bei|an) (?:Frau|Herrn?)|steht Ihnen(?: Frau| Herrn?)?|talk to|reach out to|fale com|falar com|fala com|hable con|habla con|contacta con|contacte con|s'adresser à|adressez-vous à|wenden Sie sich an)\s(?:a\s|o\s|la\s|el\s)?([A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+)?)/g,
  // A first name alone, then where to reach them: "call Rosalind in HR at …", "Contact Shanice at (920) 555-0177",
  // "Text Rosa, our hiring coordinator, at (503) 555-0161".
  /\b(?:[Cc]all|[Cc]ontact|[Tt]ext|[Rr]ing|[Ee]mail)\s([A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+)?)(?:,\s(?:our|your|the)\s(?:[a-z-]+\s){0,3}(?:coordinator|recruiter|manager|supervisor|lead|partner|officer),)?\s(?:in (?:HR|[A-Z][a-z]+ )?(?:at|on)\s[(+\d]|at\s(?:the\s(?:store|shop|office|front desk|branch|clinic|restaurant|site)[:,]?\s)?[(+]?\d|on\s\+?\(?\d|in (?:HR|Human Resources|[Rr]ecruiting|[Tt]alent|[Pp]eople)\b|on (?:our|the) (?:hiring|recruiting|HR|talent|people) team\b)/g,
  // The name, then the recruiting post: "avec Aurélie Chanal, chargée de recrutement", "mit Jana Roth,
  // Recruiterin", "con Lucía Gil, reclutadora", "Paula Reis, analista de recrutamento".
  new RegExp(
    String.raw`${FULL_NAME},\s(?:(?:our|your|notre|votre|nuestra?|unsere?|nossa|nosso)\s)?(?:[Cc]harg[ée]e? d[eu] recrutement|[Rr]esponsable (?:du |de )?recrutement|[Rr]ecruteu(?:r|se)|(?:[Ss]enior |[Ll]ead )?(?:[Tt]echnical )?[Rr]ecruiter(?:in)?|[Rr]ecruiting [Cc]oordinator|[Tt]alent [Aa]cquisition|[Pp]ersonalreferent(?:in)?|[Rr]eclutador(?:a)?|[Cc]oordinador(?:a)? de [Rr]eclutamiento|[Aa]nalista de (?:[Rr]eclutamiento|[Rr]ecrutamento|[Ss]elecci[óo]n|[Ss]eleç[ãa]o)|[Rr]ecrutador(?:a)?)\b`,
    'g',
  ),
  // "Tomasz from our team will help", "Ana, do nosso time".
  /\b([A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+)?) from (?:our|the) (?:[A-Za-z]+ )?(?:team|office|recruiting|talent|hr|people)\b/g,
  // A post in lower case, then the person in apposition: "contact the recruiting manager for this
  // vacancy, Kevin Marsh, at …", "email our hiring manager, Dana Cole".
  new RegExp(
    String.raw`\b(?:contact|email|call|write to|reach)\s(?:the|our|your)\s(?:[a-z-]+\s){0,3}(?:manager|coordinator|recruiter|officer|adviser|advisor|partner|lead|administrator)(?:\s(?:for|of|on)\s[^\n,:]{1,30}?)?,\s${PRE}${FULL_NAME}`,
    'g',
  ),
  // A first name alone between commas after the post, then where to reach them: "Reply to our resourcing
  // coordinator, Bethan, at resourcing@…" (system mail often gives only the given name).
  /\b(?:[Cc]oordinator|[Rr]ecruiter|[Pp]oint of contact),\s([A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+)?),\s(?:at|on|via)\s/g,
  // A team's mail naming who takes the next step: "Yusuf Karimi, Talent Coordinator, will follow up",
  // "Bettina Kowalczyk from the Internal Mobility team will confirm".
  new RegExp(
    String.raw`${FULL_NAME}(?:,\s[^,\n]{2,70},|\s(?:from|of)\s(?:the|our)\s[^\n,.]{2,40}?)\s(?:will|shall)\s(?:confirm|follow up|contact|be in touch|send|reach out|call|coordinate)\b`,
    'g',
  ),
  // A booking card's person by given name alone: "With: Marcus (Head Coach)", "Contact: Bec".
  /(?:^|\n)[ \t]*(?:With|Host|Contact|Contacto|Contato|Avec|Mit|Con|Com)\s?:[ \t]+([A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+)(?=[ \t]+\(|[ \t]*\n)/g,
  // "Brenda here (GM at Copper Kettle Diner)" opening a system mail she signs on a line of her own.
  /(?:^|\n)([A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+) here\b(?=[\s\S]{0,3000}?\n\1[ \t]*(?:\n|$))/g,
  // A booking tool's "Message from Gianni:" and "Maggie added a note:" name who invites.
  /\b(?:[Mm]essage|[Nn]ote) from ([A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’-]+)\s?:/g,
  /\b([A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’-]+) added a note\b/g,
  // "Bec will be your contact from here on", "Ana será o seu contacto".
  /\b([A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+) (?:will be|is) your (?:main |first )?(?:contact|point of contact)\b/g,
];

// Folded literals one of which a coordinator pattern needs (null: always run); a substring test is
// far cheaper than scanning the mail with a pattern that starts at every capital.
const COORDINATOR_NEEDS: (string[] | 'system' | null)[] = [
  ['coordinator', 'recruiter', 'contact', 'coordinated by', 'interviewer', 'with:', 'host:', 'responsavel:', 'responsable:', 'reach ', 'directed to', 'addressed to', 'ansprechpartner', 'kontaktperson', 'interlocut', 'de recrutement', 'contato'],
  ['coordinator', 'recruiter', 'contact'],
  ['invit', 'ladt', 'convida', 'has proposed', 'has suggested'],
  null,
  ['our'],
  ['contact', 'reach out to', 'email', 'write to', 'kontaktieren', 'dirigirse', 'dirijase', 'communiquer avec', 'communiquez avec', 'erreichen sie'],
  // Folded spellings: "comunícate" -> "comunicate", "póngase" -> "pongase", "écrivez" -> "ecrivez".
  ['comunica', 'comuniquese', 'ponte', 'pongase', 'ponerse', 'escribele', 'escriba', 'escribir', 'escribiendo', 'escrev', 'crire a', 'llama', 'contato com', 'contate', 'contacte', 'fale com', 'falar com', 'contactez', 'joindre', 'crivez', 'appelez', 'prenez contact', 'wenden sie sich', 'melden sie sich', 'schreiben sie', 'rufen sie'],
  // Scanning from every capitalised word is costly: only system mail names its people this way.
  'system',
  ['ask for', 'speak to', 'pregunt', 'bei frau', 'bei herr', 'an frau', 'an herr', 'steht ihnen', 'talk to', 'reach out to', 'fale com', 'falar com', 'fala com', 'hable con', 'habla con', 'contacta con', 'contacte con', "s'adresser a", 'adressez-vous a', 'wenden sie sich an'],
  ['call ', 'contact ', 'text ', 'ring ', 'email '],
  ['recru', 'reclut', 'talent acq', 'personalrefer'],
  [' from our ', ' from the '],
  ['contact ', 'email ', 'call ', 'write to', 'reach '],
  ['coordinator, ', 'recruiter, ', 'point of contact, '],
  ['will follow up', 'will confirm', 'will contact', 'will be in touch', 'will send', 'will reach out', 'will call', 'will coordinate', 'shall '],
  ['with:', 'host:', 'contact:', 'contacto:', 'contato:', 'avec:', 'mit:', 'con:', 'com:', 'with :', 'avec :', 'contact :'],
  [' here'],
  ['message from', 'note from'],
  ['added a note'],
  ['will be your', 'is your'],
];

// All the literal checks in one pass over the folded mail (see literal-scan.ts).
const COORDINATOR_SCAN = literalScan(COORDINATOR_NEEDS.map((n) => (Array.isArray(n) ? n : [])));

// "Im Auftrag", "In Vertretung" (German 'on behalf of') open a line where a name would stand.
const NOT_NAME =
  /^(?:Im|In|Hi|Hello|Dear|Hey|Thanks|Thank|Best|Kind|Regards|Cheers|Hola|Bonjour|Hallo|Olá|Ola|Estimad[oa]|Prezad[oa]|Sehr|Liebe|Lieber|Team|The|Our|Your|Ihr\w*|Eue?r\w*|Dein\w*|Unser\w*|Votre|Notre|Vos|Nos|Su|Sus|Tu|Nuestro|Nuestra|Vuestro|Seu|Sua|Nosso|Nossa|El|La|Le|Les|Los|Las|Das|Die|Der|Talent|Recruiting|Human|People|Please|Interview|Date|Time|Location|Position|Role)$/;

// Starts where an address starts (not inside "e.poulain@"); an initial may stand for the given name.
const ADDRESS = /(?<![\w.+'-])([a-z][a-z'-]{0,30})(?:[._]([a-z][a-z'-]{0,30}))?@[a-z0-9.-]{2,100}/g;

/**
 * Email addresses in the text whose local part names a person: "camille.roux@…" -> "camille";
 * "e.poulain@…" -> the given name written before "Poulain" that starts with an E ("Éloïse").
 */
function addressNames(text: string): string[] {
  const out: string[] = [];
  // The pattern looks behind at every position; a mail without an "@" has no address to read.
  if (!text.includes('@')) return out;
  for (const m of allMatches(ADDRESS, text, 40)) {
    const first = m[1] ?? '';
    const last = m[2] ?? '';
    if (/^(?:no-?reply|noreply|info|jobs|careers|hr|recruiting|talent|team|contact|hello|support|admin|mail|rrhh|empleo|karriere|bewerbung|people)$/.test(first)) continue;
    if (first.length >= 2) out.push(first);
    else if (last.length >= 2) {
      const given = givenBeforeSurname(text, first, last);
      if (given) out.push(fold(given));
    }
    if (out.length > 10) break;
  }
  return out;
}

/** "Éloïse" from "… Mme Éloïse Poulain …" for the initial "e" and the surname "poulain". */
function givenBeforeSurname(text: string, initial: string, surname: string): string | null {
  // The surname is a lookahead so that "Mme Céleste Delacroix" is read as "Mme Céleste", "Céleste Delacroix".
  const re = /([A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+)?)(?=\s([A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’-]+))/g;
  for (const m of allMatches(re, text, 200)) {
    const given = m[1] ?? '';
    if (fold(m[2] ?? '') === surname && fold(given.charAt(0)) === initial && !NOT_NAME.test(given)) return given;
  }
  return null;
}

const LEAD_VERB = /^(?:Call|Text|Phone|Ring|Email|E-mail|Contact|Ask|Message|Llame|Llama|Escriba|Escribe|Appelez|Contactez|Rufen|Ligue|Liga)\s(?=\S)/;

// A courtesy title right before a name: what follows it alone is a surname ("an Frau Lorenz").
const HONORIFIC_BEFORE = /(?:\b(?:Frau|Herrn?|Mme|Mrs?|Ms|Sra?|Dr|Dra|D\.ª|Dña)\.?|\bM\.)\s$/;

/**
 * A coordinator pattern's capture checked as a given name: "Frau Lorenz" alone names the surname, so
 * the given name is the one written before "Lorenz" elsewhere ("Frau Katrin Lorenz"), or nobody.
 */
// "Hollowpine Interactive has invited you": a firm's name shaped like a person's ends in a word no surname is.
const FIRM_LAST = /\s(?:Interactive|Studios?|Labs?|Games|Technologies|Software|Solutions|Systems|Media|Digital|Analytics|Robotics|Logistics|Ventures|Capital|Health|Foods|Hotels|Energy|Group|Partners|Consulting|Bank|Insurance)$/;

function givenFromMatch(text: string, start: number, matched: string): string | null {
  // "Call Priscila Monteverde, our coordinator": a sentence may open with the verb.
  const full = matched.replace(LEAD_VERB, '');
  if (full !== matched) start += matched.length - full.length;
  const f = firstName(full);
  // "Interviewer: Respiratory Care Department Manager": a department word makes it a post.
  if (!f || NOT_NAME.test(f) || hasTitleHead(fold(full)) || full.split(/\s+/).some(isCommonWord) || FIRM_LAST.test(full)) return null;
  // "Frau Lorenz" may be captured whole, or as "Lorenz" after "an Frau".
  const bare = withoutHonorifics(full);
  if (bare.includes(' ') || (bare === full && !HONORIFIC_BEFORE.test(text.slice(Math.max(0, start - 6), start)))) return f;
  // "Frau Katrin Lorenz": the capture was the given name after all.
  if (/^\s[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+/.test(text.slice(start + full.length, start + full.length + 40))) return f;
  const surname = fold(bare);
  const re = /([A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+)?)\s(?=([A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’-]+))/g;
  for (const m of allMatches(re, text, 400)) {
    const given = m[1] ?? '';
    if (fold(m[2] ?? '') === surname && !NOT_NAME.test(given) && !isCommonWord(given) && !HONORIFIC_BEFORE.test(`${given} `)) return given;
  }
  return null;
}

/** Finds "Camille" in the original text for the folded token "camille". */
function nameInText(text: string, token: string): string | null {
  const re = /[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž'’]+)?/g;
  for (const m of allMatches(re, text)) {
    const w = m[0];
    // Cheap first-letter test before folding accents.
    if (w.charAt(0).toLowerCase() !== token.charAt(0) && fold(w.charAt(0)) !== token.charAt(0)) continue;
    if (fold(w) === token || fold(w.split('-')[0] ?? '') === token) return w;
  }
  return null;
}

const NAME_PARTICLES = new Set(['de', 'da', 'van', 'von', 'del', 'le', 'la', 'dos']);

/** /^[-–—~]/.test(line) */
function opensWithDash(line: string): boolean {
  const c = line.charCodeAt(0);
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 126;
}

/** A signature line that is a person's name: "Miriam Vogel", "i. A. Martina Köhler". */
function signaturePerson(lines: string[], orgKey: string): string | null {
  for (const raw of lines.slice(0, 3)) {
    // "- Jess" signs like a name line; "i. A." and "p. p." sign for someone.
    // (Each rewrite runs only when the line has the character its pattern starts with.)
    let cut = opensWithDash(raw) ? raw.replace(/^[-–—~]\s*(?=\S)/, '') : raw;
    const c = cut.charCodeAt(0);
    if (c === 105 || c === 112) cut = cut.replace(/^(?:i\.\s?A\.|i\.\s?V\.|p\.\s?p\.)\s*/, '');
    const line = withoutHonorifics(cut.replace(/[,|–—].*$/, '').trim());
    const toks = line.split(/\s+/);
    if (toks.length < 1 || toks.length > 4) continue;
    // "Chicago, IL", "Austin, TX": a town and state code under a team sign-off.
    if (toks.length === 1 && /^[^,]+,\s?(?!HR\b)[A-Z]{2}\b/.test(raw)) continue;
    if (!toks.every((t) => NAME_TOKEN.test(t) || NAME_PARTICLES.has(t))) continue;
    if (NOT_NAME.test(toks[0] ?? '') || isCommonWord(toks[0] ?? '') || hasTitleHead(fold(line)) || isOrgLike(fold(line))) continue;
    // "Polígono Las Labradas, 31500 Tudela", "Rue de la Paix": an address, shaped like a name.
    if (isAddressLine(raw)) continue;
    // A line starting with a word of the sender's team name or domain is the organisation
    // ("Saltmarsh Logistics"), not a person (a surname may still name the firm: "Markus Vogel").
    // A firm named after its owner ("Ray's Towing", "Chez Marcel") still has Ray sign as a person.
    const first = fold(toks[0] ?? '');
    if (first.length >= 3 && orgKey.includes(first) && !orgKey.includes(`${first}'s`) && !orgKey.includes(`${first}’s`)) continue;
    if (toks.length === 1 && lines.length > 1 && raw === lines[lines.length - 1]) continue;
    return line;
  }
  return null;
}

/**
 * A signature without a closing phrase: a name line right above a job-title line ("Lupita Cervantes /
 * Coordinadora de Reclutamiento y Selección"). The title line is what tells a name from a last short line.
 */
function titledName(lines: string[], orgKey: string): string | null {
  const [name, post] = lines;
  if (!name || !post || name.length > 40 || post.length > 80 || !hasTitleHead(fold(post))) return null;
  const found = signaturePerson([name, post], orgKey);
  return found && name.includes(found) && !post.includes(found) ? found : null;
}

/** "Nuria Castells (Grupo Alcarria Envases)": a bracketed employer, not "(via Vidcue)" or "(Calendar)". */
const EMPLOYER_BRACKET = /\s\((?!via\b|through\b|calendar\b|google\b|outlook\b)[^()]{2,60}\)\s*$/i;

// Given name and one or two surnames, particles aside ("María de la Cruz"); "Harlow Bay Water District" is longer.
const TWO_OR_THREE_NAMES = /^\S+(?:\s(?:de|da|do|dos|del|la|van|von|der|le|di))*(?:\s\S+(?:\s(?:de|da|do|dos|del|la|van|von|der|le|di))*){1,2}$/;

// A closing automated note: "Sent via Tallyhire. Please do not reply to this message."
const AUTO_FOOTER = /do not reply|don't reply|not monitored|sent (?:via|by|from)|automated|automatically|no responda|ne pas r[eé]pondre|nicht (?:auf diese|antworten)|não responda/;

/** Where a "--" footer or a last paragraph of automated-mail notice starts; -1 when there is neither. */
function footerCut(text: string): number {
  const dashes = text.lastIndexOf('\n--');
  if (dashes > 0) return dashes;
  const t = text.trimEnd();
  const j = t.lastIndexOf('\n\n');
  return j > 0 && t.length - j < 200 && AUTO_FOOTER.test(t.slice(j).toLowerCase()) ? j : -1;
}

export function findContact(p: PreparedEmail): Contact {
  const s = p.sender;
  const shown = shownName(p);
  // A scheduling tool or social network relaying for a person ("Name via Tool", "Host: Name (Firm)").
  const relay = relayOf(p);
  // "Brightwater Robotics via CodeLoom" relays for an employer, whose name is shaped like a person's.
  const person = writerIsPerson(p) && !(relay && !relay.person);
  const orgKey = person ? senderDomain(p) : `${fold(shown)} ${senderDomain(p)}`;
  if (relay) {
    const first = firstName(relay.person);
    if (first) return { firstName: first, fullName: relay.person };
  }
  if (person) {
    const first = firstName(shown);
    if (first) {
      // The display name is the writer: trust it when the body also carries it (sign-off or intro).
      const folded = fold(first);
      if (p.folded.includes(folded) || !p.text) return { firstName: first, fullName: s.name };
      // Otherwise a signature name wins (an assistant writing from a shared mailbox).
      const sigName = signaturePerson(signatureOf(p).lines, orgKey);
      const sigFirst = sigName ? firstName(sigName) : null;
      // "Ben" signing for "Benedikt Laurin": a short form of the sender's own given name, who is
      // still the writer; the given name is the first name (the README's rule), not the nickname.
      if (sigName && sigFirst && !(sigFirst.length >= 2 && first.length > sigFirst.length && first.startsWith(sigFirst))) return { firstName: sigFirst, fullName: sigName };
      return { firstName: first, fullName: shown };
    }
  }
  // An applicant-tracking system sending as "Person (Company)" ("Nuria Castells (Grupo X)" at
  // seleccion@ats…) whose body writes the name out: that person is the writer or coordinator. Only
  // the bracket form: a bare "Lanternfish Games" is shaped like a name as much as "Nuria Castells".
  if (!person && s.name.includes(')') && EMPLOYER_BRACKET.test(s.name) && TWO_OR_THREE_NAMES.test(shown) && looksLikePersonName(shown) && p.folded.includes(fold(shown))) {
    const first = firstName(shown);
    if (first) return { firstName: first, fullName: shown };
  }
  // "Baljit – Shiftready", "Ana Ruiz | Talentia", "Bev at QuickStaff": a person, then the firm, on a mailbox that the
  // person's own name opens (baljit@, ana.ruiz@) — the address says who writes.
  // ("Principal – Sunrise Vidya Niketan" at principal.svn@: a post, not a person.)
  const lead = !person && !s.noReply && !s.viaSystem ? (/^(.+?)\s(?:[–—|-]|at|@|from)\s\S/.exec(shown)?.[1] ?? '') : '';
  if (lead && looksLikePersonName(lead) && !hasTitleHead(fold(lead))) {
    const first = firstName(lead);
    const local = (p.clean.fromEmail ?? '').toLowerCase().split('@')[0] ?? '';
    const last = fold(lead.split(/\s+/).pop() ?? '');
    if (first && p.folded.includes(fold(first)) && (local.split(/[._-]/)[0] === fold(first) || (last.length >= 3 && local.includes(last)))) {
      return { firstName: first, fullName: lead };
    }
  }
  // System or team mailbox: the person who signed, else the named coordinator.
  // A "--" separator or a "- Jess" line opens a signature as surely as a closing phrase does.
  const sig = signatureOf(p);
  const all = sig.lines[0] === '--' ? sig.lines.slice(1) : sig.lines;
  // "Recordly, on behalf of Copperkite" in no-reply mail: the sending product signs, not a person.
  const lines = s.noReply && all.some(signsForOther) ? all.filter((l) => !signsForOther(l)) : all;
  const opened = sig.marked || all !== sig.lines || (opensWithDash(lines[0] ?? '') && /^[-–—~]\s*\S/.test(lines[0] ?? ''));
  // "Let me know! / Bridget / Owner, Hannah Street Bakery": a short closing sentence may stand above the name.
  const afterSentence = lines.length > 2 && (lines[0] ?? '').length <= 60 && /[.!?]$/.test(lines[0] ?? '') ? lines.slice(1) : null;
  const sigName = opened ? signaturePerson(lines, orgKey) : (titledName(lines, orgKey) ?? (afterSentence && titledName(afterSentence, orgKey)));
  if (sigName) return { firstName: firstName(sigName), fullName: sigName };
  // A "--" or closing that opens only a footer: the name may sign just above it ("Kevin Duarte /
  // Hiring Coordinator / Bellhaven Logistics", then "-- This email was sent by …").
  const cut = opened ? -1 : footerCut(p.text);
  if (opened || cut > 0) {
    const tail = (opened ? sig.main : p.text.slice(0, cut)).slice(-600);
    const above = titledName(splitSignature(tail, fold(tail)).lines, orgKey);
    if (above) return { firstName: firstName(above), fullName: above };
  }
  const body = p.text;
  const signed = signOffName(p, orgKey) ?? introducedName(body);
  if (signed && !NOT_NAME.test(signed) && !isCommonWord(signed) && !isOrgLike(fold(signed)) && !orgKey.split(/\s+/).includes(fold(signed))) {
    return { firstName: signed, fullName: null };
  }
  const present = COORDINATOR_SCAN.groupsIn(p.folded);
  let interviewer: Contact | null = null;
  for (let k = 0; k < COORDINATOR.length; k++) {
    const re = COORDINATOR[k] as RegExp;
    const needs = COORDINATOR_NEEDS[k];
    if (needs === 'system' ? !(s.noReply || s.viaSystem) : needs && !(present & (1 << k))) continue;
    re.lastIndex = 0;
    for (const m of allMatches(re, body, 20)) {
      // "Sandrine Lemaire\n\nCordialement": a name ends at its line.
      const full = (m[1] ?? '').split('\n')[0] ?? '';
      // "your application for Junior Data Analyst at X has moved": a title, not a person.
      const f = givenFromMatch(body, (m.index ?? 0) + Math.max(0, m[0].indexOf(full)), full);
      // An interviewer ("Interviewer:", a card's "With: Gabe Moreno, Store Manager") is the contact only
      // when no one is named to reach ("Interviewer: Corinne …",
      // then "contact Lucas Ferreira, Recruiting Coordinator, at …" for changes).
      if (f && k === 0 && /^(?:[Ii]nterviewer|With)/.test(m[0])) {
        interviewer ??= { firstName: f, fullName: full };
        continue;
      }
      if (f) return { firstName: f, fullName: full };
    }
  }
  if (interviewer) return interviewer;
  for (const token of addressNames(body)) {
    const w = nameInText(body, token);
    // "resourcing@…" gives "Resourcing" in "our Resourcing Team": a department, not a person.
    if (w && !NOT_NAME.test(w) && !isOrgLike(fold(w))) return { firstName: w, fullName: null };
  }
  return { firstName: null, fullName: null };
}
