// German cues. Format (see lexicon/index.ts): "#cue" starts a section, then one regular-expression
// fragment per line, matched on accent-folded lower-case text. Groups are plain "( )": only whether a
// cue matches counts, never what a group captured.
export const de = String.raw`
#interview
vorstellungsgesprach
bewerbungsgesprach
kennenlerngesprach
(erstes|zweites|personliches|telefonisches|fachliches|ein|das|zum|unser|kurzes) gesprach
gesprachstermin
telefoninterview
videointerview
interview
assessment-?center
probearbeit
kennenlern-?(call|termin|gesprach)
lehrprobe
probevortrag
schnupper(tag|tage|lehre|termin|woche|arbeit|tages)
probe(arbeitstag|tag|schicht)
(fach|zweit|folge|auswahl|einstellungs|erst)gesprach(e|s)?
(vorstellungs|bewerbungs|auswahl)termin(e)?
(eignungs|einstellungs)test
hospitation(stag)?
(probeaufgabe|fallstudie)
#invite
(wurden|wurde) (uns|mich) [^\n]{0,50}uber (ein|einen|das|ihren|deinen) (\w+ )?(telefonat|gesprach|kennenlernen|termin|austausch|anruf)
(mochten|wurden|mochte|wurde) (sie|dich|euch) (gerne |gern )?(zu \w+ )?(einladen|kennenlernen|treffen|sprechen)
einladung zum
laden (sie|dich) (gerne |herzlich )?(zu|ein)
kennenlernen
nachste(n)? (schritt|runde)
lass uns sprechen
engere auswahl
einzuladen
vorbei(kommen|zukommen|schauen|zuschauen)
(komm|kommen sie|schau|schauen sie) (doch )?(gerne |einfach |mal )?(bei uns )?vorbei
lade (dich|sie|euch) (gerne |herzlich )?(zu|ein)
kennen ?zu ?lernen
(dich|sich|euch) (bei uns |personlich )?vorzustellen
(zweite|dritte|finale|letzte) (runde|auswahlrunde|gesprachsrunde)
#slots
(passt|passen) (ihnen|dir|es)
(hatten|hattest|hattet|haben|hast|habt) (sie|du|ihr) ([^\n]{0,30})?(zeit|lust)
(wurde|wurden) [^\n]{0,25}passen
passt (es )?(dir|ihnen)
zeitfenster
terminvorschlag
termine? (vorschlagen|nennen|auswahlen|buchen)
wann (passt|haben sie|hast du)
welche(r)? termin
verfugbarkeit
geben sie mir (kurz )?bescheid
gib mir (kurz )?bescheid
(wahlen|buchen) sie
zu uns kommen
(kannst|konntest|konnten|konnen|konnt) (du|sie|ihr) [^\n?]{0,40}(vorbeikommen|vorbeischauen|vorbei|reinschauen)
wie (sieht|schaut)('s|s| es) (bei (dir|ihnen|euch)|mit)
(ginge|geht) (es |das )?(bei (dir|ihnen) )?(am|diesen|nachsten|morgen|montag|dienstag|mittwoch|donnerstag|freitag)
(zeit|lust) (fur|auf) (ein|einen) (kurzes |kurzen )?(gesprach|telefonat|kaffee|call|austausch|kennenlernen)
(welcher|welche) (tag|uhrzeit|zeit|wochentag) (passt|passen|ware|wurde|geht)
(bist|warst|waren|sind|seid) (du|sie|ihr) [^\n?]{0,30}(verfugbar|erreichbar|frei)\?
(terminvorschlage|terminoptionen|zeitslots?)
#confirm
bestatig\w*
wie (telefonisch )?besprochen
findet [^\n]{0,30}statt
erinnerung
(dein|ihr|der) termin (steht|ist bestatigt|ist gebucht)
was (dich|sie) erwartet
(dann|also) bis (montag|dienstag|mittwoch|donnerstag|freitag|samstag|morgen|nachsten|nachste|zum|um \d)
(termin|gesprach|treffen|telefonat|call) (ist |wurde )?(fix|fixiert|eingetragen|notiert|reserviert|eingeplant)
(passt|geht) (mir|uns|fur mich|fur uns) (gut|perfekt|super|prima)
(abgemacht|gebongt)
(erwarten|erwarte) (dich|sie|euch) (dann |also |gerne )?(am|um|morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|zum)
(melden sie sich|melde dich|fragen sie|frag) (bitte )?(am|beim|an der) (empfang|rezeption|pforte)
#reschedule
verschieb\w*
terminverschiebung
neue(n|r)? termin
verlegen
stattdessen
anderen termin
dazwischen(ge)?(kommen|gekommen)
(ausweich|ersatz|alternativ)termin(e)?
(umlegen|umplanen|umbuchen|vorziehen|vorverlegen|ausweichen)
#followUp
nach(zu)?haken
kurze nachfrage
ich komme zuruck auf
meine(r)? (letzten|vorherigen) (e-?mail|nachricht)
nachfassen
(kurz|nochmal|nochmals|noch einmal|wollte) nachfragen
(meine|unsere) (nachricht|mail|e-mail) (gesehen|erhalten|bekommen)
noch keine (ruckmeldung|antwort)
#callAsk
\d+-?minutig\w* (call|videocall|gesprach|telefonat|austausch)
anruf
telefonieren
(kurzes|erstes|vertrauliches|unverbindliches) (gesprach|telefonat)
telefonat
videocall
kaffee
austausch
(quatschen|plaudern|schnacken)
(kurzen|kurzer|ersten|erster|lockeren|lockerer|informellen|informeller) (call|videocall|austausch|anruf|kaffee|videotermin|telefontermin)
(lockeres|informelles) (gesprach|telefonat|kennenlernen|treffen)
(telefon|video|zoom|teams)-?termin(e)?
(anrufen|zuruckrufen)
#hiring
stelle
vakanz
besetzung
m/w/d\)
w/m/d\)
personalberatung
recruiting
(ihre|deine) bewerbung
(ihr|dein) (profil|werdegang|lebenslauf)
wir suchen
mandant
berufungs(verfahren|kommission)
professur
(m/f/d|m/w/x|w/m/x|d/m/w|m/w/i)\)
(lehrstelle|ausbildungsplatz|ausbildungsstelle|praktikumsplatz)
(personalvermittlung|direktansprache|headhunter)
(suchen|brauchen) (verstarkung|unterstutzung)
#application
(ihre|deine) bewerbung
(ihr|dein) (profil|werdegang|lebenslauf|portfolio)
(hast dich|habt euch|dass sie sich|sie haben sich) [^\n]{0,50}beworben
(ihre|deine) (bewerbungsunterlagen|initiativbewerbung|kurzbewerbung)
#rejection
~andere(n)? (kandidat\w*|bewerber\w*)
~absage
nicht (weiter )?berucksichtig\w*
mussen wir ihnen leider mitteilen
anderweitig besetzt
fur eine andere (kandidat\w*|bewerber\w*|person)
(uns|wir haben uns) (fur|zugunsten) (eine|einen) andere
(anderen|andere) (kandidat\w*|bewerber\w*) (entschieden|ausgewahlt|den vorzug)
#offer
vertragsangebot
~arbeitsvertrag
angebot (machen|unterbreiten)
~eintrittsdatum
(ihnen|dir) ein angebot
#ack
~eingangsbestatigung
~bewerbung (ist )?(bei uns )?eingegangen
~wir melden uns
~(unterlagen|bewerbung) (sorgfaltig )?prufen
~(bestatigen|bestatige) (wir )?den eingang
~eingang (ihrer|deiner) (unterlagen|bewerbung)
~sollte (ihr|dein) profil
~wie geht es weiter
#bulk
neue (stellen|jobs)
jobalarm
~abmelden
~tipps
#event
karrieremesse
jobmesse
~anmeldung
#press
~sendung
live-sendung
~horer(innen)?
~folge
~redaktion
~artikel
~zeitung
~magazin
~aufnahme
ich bin (journalistin|journalist|redakteurin|redakteur|reporterin|reporter)
#research
nutzerstudie
~gutschein
~ihre meinung
~umfrage
#admission
~zulassung
~studiengang
promotionsprogramm
#interviewer
~gefuhrt haben
~(ihre|deine) bewertung
bitte feedback
(mit|von|bei|zu) der kandidatin
~der kandidatin
~des kandidaten
~dem kandidaten
~interview mit (frau|herrn)
als interviewer
~gesprach mit (frau|herrn|herr)
(kannst du|konnen sie|konntest du|konnten sie|kannst du bitte|konnen sie bitte)[^\n.?]{0,40} dabei sein
gesprachsleitfaden
einspringen
~vorstellungsgesprach mit (frau|herrn|herr)
im vorstellungsgesprach vertreten
(das|den) (gesprach|termin|interview) [^\n.]{0,60}ubernehmen
interviewleitfaden
(zwei|drei|vier|funf|mehrere|\d) (bewerber\w*|kandidat\w*) (zum|zu|fur)
bewertungsbogen
hatten (dich|sie) als [a-z]+ gerne (mit )?dabei
~hatten (dich|sie) gerne (mit )?dabei
#reference
referenzgesprach
~als referenz
#exit
austrittsgesprach
exit-gesprach
exit-interview
(ihres|deines) austritts
(uns|das unternehmen) (verlassen|verlasst)
#mock
probeinterview
bewerbungstraining
probe-?vorstellungsgesprach
bewerbungswerkstatt
~career service
#info
informationsgesprach
#community
talent-?pool
talentnetzwerk
#cancel
absagen
abgesagt
storniert
entfallt
ausgesetzt
#internal
mitarbeitergesprach
jahresgesprach
zielvereinbarung
~jour fixe
~teammeeting
#personal
~wie lief
`;
