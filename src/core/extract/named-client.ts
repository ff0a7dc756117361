// The client an agency's mail names: cue phrases ("my client, X", "working with X") score a name,
// the client acting in a sentence or named again in the subject scores more, and the best score
// above a threshold wins.
import { allMatches } from '../text/matches';
import { fold } from '../text/fold';
import type { PreparedEmail } from '../text/prepare';
import { senderDomain } from './sender-person';
import { compact, isSpace, nonEmptyMatches, withoutTrailingPunct } from './names';
import { hasTitleHead } from './titles';
import { hasPersonTitle, isUnitName } from './company-words';
import { agencyClientCues, introducedByPost, subjectClient } from './agency-client';
import { cleanCompany, hasCapital, usable } from './company-clean';
import { domainMatch } from './domain-match';
import { firstWord } from './word-split';
import { HAS_IT_IS } from './company-gates';
import { afterTitleDash, isCommonNoun, isPlace, namedWithJob, rankedList } from './not-client';

// "…working with Corvid Robotics", "Interview set with Ironbark Freight", "avec les Boulangeries Maubert".
const CLIENT_PHRASE =
  /\b(?:(?:[Oo]ur|[Mm]y|[Nn]otre|[Mm]on|[Mm]a|[Nn]uestr[oa]|[Nn]oss[oa]|[Uu]nser(?:em|en)?) (?:client|cliente|[Mm]andant|[Kk]unde)(?:e|en|in|n)?,?\s(?:l'entreprise |la société |la empresa |a empresa |die Firma |die |der |la |le |el |a |o |l')?|working(?: exclusively| directly| closely)? with|partnering(?: exclusively| directly| closely)? with|helping|supporting|on behalf of|(?:shared|sent|submitted|forwarded|introduced|put) (?:you|your (?:profile|CV|cv|details|application|résumé|resume))(?: forward)? (?:with|to)|(?:proceso|processo|búsqueda|busca|recrutement|recherche) (?:de selección |de seleção |seletivo )?(?:para|pour)|(?:recruiting|hiring) for(?: with| at)?|(?:role|position|opening|vacancy|opportunity|contract|assignment) (?:with|at)|(?:llevando|conduzindo|gestionando|gerindo)(?: en exclusiva| em exclusividade| en exclusividad)? (?:un |o |el |a |uma )?(?:proceso|processo|búsqueda|busca)(?: de selección| seletivo)? (?:para|de|da|do|del)|(?:retained|engaged|mandated) by|(?:presentad[oa]|present[ée]|enviad[oa]|envi[ée]|compartid[oa]|transmis|envoy[ée]|[Aa]present(?:ei|ado|amos)|[Ee]nviei|[Ee]ncaminh(?:ei|ado|amos)) (?:su |tu |votre |ton |sua |seu |a sua |o seu )?(?:candidatura|candidature|perfil|profil|CV|cv|currículo|curriculum|dossier) (?:a |à |al |ao |chez |auprès de |para a |para o |para )(?:la |el |los |las |les |l')?|(?:Unterlagen|Profil|Lebenslauf|Bewerbung) (?:an|bei) (?:die |den |das )?|ayudando a|apoyando a|apoiando a|colaborando con|trabajando con|accompagn(?:e|ons) (?:actuellement |en ce moment )?|pour le compte de |im Auftrag (?:von |der |des )|ajudando a |trabalhando com |[Ii]nterview(?:s)? (?:set |booked |confirmed |arranged )?with|(?:[Ii]nterview|[Ee]ntretien|[Ee]ntrevista|[Gg]espräch) (?:at|chez|en|na|no|bei)|chez (?:les |la |le |l')?|meet(?:ing)? with|avec (?:les |la |le |l')?|aux |auprès (?:de |des |du )|com a |com o |con |bei |für )\s*((?:[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’&-]*)(?:\s(?:&|of|de|del|des|du|da|do|la|los|las|el|le|les|y)?\s?[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’&-]*){0,5})/g;

const IT_IS =
  /\b(?:[Ii]t['’]s|[Ii]t is|[Cc]['’]est|[Ss]e trata de|handelt es sich um|[Tt]rata-se d[ao])\s(?:la |le |les |l['’]|el |die |der |das |a |o )?((?:[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’&-]*)(?:\s(?:&|of|de|del|des|du|da|do|la|y)?\s?[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’&-]*){1,4})/g;

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

// A contract's terms written capitalised in an agency's subject or brackets: "Outside IR35", "Day Rate".
const CONTRACT_TERMS = /\b(?:IR35|PAYE|Umbrella|Day Rate|Per Day|Fully Remote|Hybrid)\b/i;

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

function repeats(text: string, name: string): boolean {
  const i = text.indexOf(name);
  return i >= 0 && text.indexOf(name, i + name.length) >= 0;
}

/** The client of an agency, when the mail names one; null for "a tier-one bank" or "client confidential". */
export function findClient(p: PreparedEmail, mainText: string, agencyKey: string, writerName: string | null, gatesOf: () => number, agencyByName: boolean): string | null {
  const scores = new Map<string, number>();
  const bump = (c: string, by: number) => scores.set(c, (scores.get(c) ?? 0) + by);
  const writer = writerName ? compact(writerName) : '';
  const own = senderDomain(p);
  const ok = (c: string): boolean => {
    if (NOT_CLIENT_START.test(c) || !usable(c) || hasTitleHead(fold(c)) || CONTRACT_TERMS.test(c)) return false;
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
    // "a FTSE 250 manufacturing group", "a Fortune 500 retailer": a ranking describes the client, never names it.
    if (sc > bestScore && rankedList(c, body)) continue;
    // "with Gilbert Ochoa (2nd shift supervisor)", "avec Geneviève, la directrice": a person.
    if (sc > bestScore && (namedWithJob(c, body) || introducedByPost(body, c))) continue;
    if (sc > bestScore || (sc === bestScore && best && c.length > best.length)) {
      best = c;
      bestScore = sc;
    }
  }
  return best;
}
