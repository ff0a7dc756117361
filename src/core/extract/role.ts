// Finds the job title as written: from "Position:" lines, the subject, and phrases such as
// "for the X role", "puesto de X", "poste de X", "Stelle als X", "vaga de X".
// The subject, body and comparison rules are in the role-*.ts files beside this one.
import { fold } from '../text/fold';
import type { PreparedEmail } from '../text/prepare';
import { signatureOf } from '../text/signature';
import { type Candidate, casualTitles, fromText } from './role-body';
import { cleanTitle } from './role-clean';
import { bareLength, letterKey, refinement, sameWordsIn, shortWords, spelledLine, spellsOut } from './role-forms';
import { lowerSubjectTitles } from './role-lower';
import { plausible } from './role-plausible';
import { fromSubject } from './role-subject';
import { calendarEventName, eventTitle } from './scheduling-tools';
import { hasTitleHead } from './titles';

const LABEL =
  /^[ \t•*-]*(?:position|role|job|job title|vacancy|opening|classification|job classification|puesto|vacante|poste|intitulé du poste|stelle|vaga|cargo|posição)\s*:\s*([^\n]{2,100})$/im;

const FOLLOWING = /following (?:role|position):[ \t]*\n(?:[ \t]*\n)?[ \t]*([^\n:]{2,90}?)[ \t]*$/m;

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
  cands.push(...fromSubject(p.subject, company, p.lang, p.text));
  // A calendar's invitation: the event's name ("Interview: Senior Android Developer | Nimbleway") reads like a subject.
  const named = calendarEventName(p.subject, p.text);
  if (named && named !== p.subject) for (const c of fromSubject(named, company, p.lang, p.text)) cands.push({ text: c.text, weight: Math.min(c.weight, 4) });
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
  // A body bracket in lower case ("(turno de mañana)") is the title's own qualifier even when the
  // text never names the subject's town ("(Zaragoza)") again.
  if (place?.[1] && place[2]) {
    const head = `${place[1]} (`.toLowerCase();
    const other = cands.find((c) => c.weight >= 4 && c.text.toLowerCase().startsWith(head) && c.text !== best.text && c.text.endsWith(')'));
    if (other && (/^[a-zà-ÿ]/.test(other.text.slice(head.length)) || new RegExp(String.raw`\b[a-z]+\s${place[2]}\b`).test(main))) best = other;
  }
  // "Contract motion designer" as a casual subject, "Freelance Motion Designer (After Effects / Cinema 4D)"
  // in the body: the body's capitalised title for the same job is the one the ad uses.
  if (best.weight >= 5 && /^\S+\s[a-z][^A-Z]*$/.test(best.text)) {
    const rest = lb.replace(/^\S+\s/, '');
    const body = cands.find((c) => c.weight >= 3 && c !== best && /^[A-ZÀ-ÖØ-Þ]\S*\s[A-ZÀ-ÖØ-Þ]/.test(c.text) && c.text.toLowerCase().includes(rest));
    if (body && rest.includes(' ')) best = body;
  }
  // "Coordinador(a) de Compras – Monterrey" in the subject, "la vacante de Coordinador(a) de Compras
  // Nacionales" in the body: the body's longer form of the words before the dash is the title.
  const dash = best.weight >= 5 ? /\s[–—-]\s/.exec(best.text) : null;
  if (dash) {
    const stem = best.text.slice(0, dash.index).toLowerCase();
    const longer = cands.find((c) => c.weight >= 4 && c !== best && c.text.length > stem.length + 3 && c.text.toLowerCase().startsWith(`${stem} `) && !/[–—-]/.test(c.text));
    if (longer) best = longer;
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
