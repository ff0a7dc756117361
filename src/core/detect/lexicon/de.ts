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
#confirm
bestatig\w*
wie (telefonisch )?besprochen
findet [^\n]{0,30}statt
erinnerung
(dein|ihr|der) termin (steht|ist bestatigt|ist gebucht)
was (dich|sie) erwartet
#reschedule
verschieb\w*
terminverschiebung
neue(n|r)? termin
verlegen
stattdessen
anderen termin
#followUp
nach(zu)?haken
kurze nachfrage
ich komme zuruck auf
meine(r)? (letzten|vorherigen) (e-?mail|nachricht)
nachfassen
#callAsk
\d+-?minutig\w* (call|videocall|gesprach|telefonat|austausch)
anruf
telefonieren
(kurzes|erstes|vertrauliches|unverbindliches) (gesprach|telefonat)
telefonat
videocall
kaffee
austausch
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
#application
(ihre|deine) bewerbung
(ihr|dein) (profil|werdegang|lebenslauf|portfolio)
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
