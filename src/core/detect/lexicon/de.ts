// German cues. Format (see lexicon/index.ts): "#cue" starts a section, then one regular-expression
// fragment per line, matched on accent-folded lower-case text. Groups are plain "( )": only whether a
// cue matches counts, never what a group captured.
export const de = String.raw`
#interview
vorstellungsgesprach(e|en|es|s)?
bewerbungsgesprach(e|en|es|s)?
kennenlerngesprach(e|en|es|s)?
(erstes|zweites|personliches|telefonisches|fachliches|ein|das|zum|unser|kurzes|abschliessendes|abschliessenden|finales|finalen|letztes|letzten) gesprach
gesprachstermin(e|en)?
telefoninterview
videointerview
interview
assessment-?center
probearbeit
probetraining
kennenlern-?(call|termin|gesprach)
lehrprobe
probevortrag
schnupper(tag|tage|lehre|termin|woche|arbeit|tages)
probe(arbeitstag|tag|schicht)
(fach|zweit|folge|auswahl|einstellungs|erst|schluss|abschluss)gesprach(e|s)?
(vorstellungs|bewerbungs|auswahl)termin(e)?
(eignungs|einstellungs)test
hospitation(stag)?
(probeaufgabe|fallstudie)
#invite
(mit ihnen|mit dir|uns) (gern |gerne )?(zu einem|zum) (kurzen |personlichen |ersten )?gesprach (zusammensetzen|treffen)
(komm|kommen sie|schau|schauen sie) [^.\n]{0,50}vorbei
(mochten|wurden|mochte|wurde) (sie|dich|euch) ([a-z]+ ){0,2}(gerne |gern )?zu [^.\n]{0,60}einladen
(mochten|wurden|mochte|wurde) (sie|dich|euch) ([a-z]+ ){0,2}(gerne |gern )?zu (einem|einer|unserem|unserer) [^\n!?]{0,120}?einladen
(vorstellungsgesprach|kennenlerngesprach|bewerbungsgesprach|gesprach|telefonat|telefoninterview|interview|termin|kennenlernen)[^.!?\n]{0,60} (zu )?(vereinbaren|ausmachen|einplanen|abstimmen)
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
ob (der|dieser|ein) termin (passt|geht|moglich ist)
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
geben sie mir (kurz |einfach |bitte )?bescheid
gib mir (kurz |einfach |bitte )?bescheid
(welcher|welche|welches) (ihnen|dir|euch) (am besten )?(passt|passen|zusagt)
(termine?|zeiten|slots?) [^.\n]{0,40}(sind|ist) (beide |alle )?noch (frei|verfugbar|offen)
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
um \d{1,2}( uhr)? (passt|geht)( mir| uns)? (gut|perfekt|super|prima)
bestatig\w*
wie (telefonisch )?besprochen
findet [^\n]{0,30}statt
erinnerung
(dein|ihr|der) termin (steht|ist bestatigt|ist gebucht)
was (dich|sie) erwartet
(dann|also) bis (montag|dienstag|mittwoch|donnerstag|freitag|samstag|morgen|nachsten|nachste|zum|um \d)
(dann |also )?sehen wir uns (am|um|morgen|nachste|dann|montag|dienstag|mittwoch|donnerstag|freitag|samstag|zum|beim)
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
(hatten|haben) sie interesse,? (sich|uns|mit mir)\b
telefonisch (mit (mir|uns) )?(auszutauschen|zu sprechen|zu unterhalten|kennenzulernen)
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
(position|stelle)[^.\n]{0,80} (mit|an) (einer|einem) (anderen )?(kandidatin|kandidaten|bewerberin|bewerber)[^.\n]{0,80} (zu )?besetzen
keine positivere nachricht
mit (einer|einem) (anderen|weiteren) (kandidat\w*|bewerber\w*|person) (fortzusetzen|fortsetzen|fortzufuhren|fortfuhren|weiterzugehen|weiterzumachen|weiterzufuhren)
~andere(n)? (kandidat\w*|bewerber\w*)
~absage
nicht (weiter )?berucksichtig\w*
mussen wir ihnen leider mitteilen
anderweitig besetzt
fur eine andere (kandidat\w*|bewerber\w*|person)
(uns|wir haben uns) (fur|zugunsten) (eine|einen) andere
(anderen|andere) (kandidat\w*|bewerber\w*) (entschieden|ausgewahlt|den vorzug)
nicht (in die |fur die )?(engere|nahere) (auswahl|wahl)
nicht weiter (verfolgen|fortsetzen|in betracht ziehen)
(fur|zugunsten) (eines|einer|eine|einen) (anderen|andere|anderer|anderes) (kandidat|bewerber|profil)
vorzug gegeben
(keine|nicht) (positive|positiven|erfreuliche|erfreulichen) (nachricht|ruckmeldung|bescheid|antwort)
(stelle|position|vakanz) (ist|wurde|wurde bereits|ist bereits|haben wir|konnten wir) (bereits |inzwischen |mittlerweile )?(besetzt|vergeben)
(alles gute|viel erfolg|erfolg)[^\n.]{0,20} (fur|bei) (ihren|deinen|ihre|deine|ihrer|deiner) (weiteren|weitere|zukunftigen|zukunftige|stellensuche|jobsuche)
~(unterlagen|bewerbungsunterlagen) [^\n.]{0,40}(geloscht|vernichtet|zuruck)
keine zusage
(uns|sich) (gegen|nicht fur) (ihre|deine|sie|dich)
(negativ|negativen) (bescheid|entscheid|antwort|ruckmeldung)
nicht (mehr|weiter) (im|am) (rennen|auswahlverfahren|bewerbungsverfahren|verfahren)
(passendere|passenderen|geeignetere|geeigneteren|besser passende|besser passenden) (kandidat|bewerber|profil|person)
#offer
vertragsangebot
~arbeitsvertrag
angebot (machen|unterbreiten)
~eintrittsdatum
(ihnen|dir) ein angebot
(vertragsunterlagen|vertragsentwurf|einstellungszusage|stellenzusage|vertragsofferte|dienstvertrag|dienstzettel)
(zusage|zuschlag) (fur|zur) (die|diese|der) (stelle|position)
(ihnen|dir) die (stelle|position) (anbieten|anzubieten|zu geben)
stelle anbieten
~(jahresgehalt|bruttojahresgehalt|bruttomonatsgehalt)
willkommen (im team|an bord|in unserem team)
(angebot|vertrag|arbeitsvertrag) (anzunehmen|annehmen|angenommen|unterschreiben|unterzeichnen|unterzeichnet|unterschrieben)
(das|unser) angebot (besprechen|durchgehen|erlautern)
(ihnen|dir) die (stelle|position) [^\n]{0,80}anbieten
den arbeitsvertrag (erhalten|bekommen|schicken|senden)
~eintrittstermin
~zusage
#ack
~eingangsbestatigung
~bewerbung (ist )?(bei uns )?eingegangen
~wir melden uns
~(unterlagen|bewerbung) (sorgfaltig )?prufen
~(bestatigen|bestatige) (wir )?den eingang
~eingang (ihrer|deiner) (unterlagen|bewerbung)
~sollte (ihr|dein) profil
~wie geht es weiter
~(sichten|sichtung|prufung) (ihrer|deiner|der) (unterlagen|bewerbung)
~(sobald|wenn) (wir|die) (alle|samtliche) (bewerbungen|unterlagen)
~(ihre|deine) bewerbung (ist|wurde) (erfolgreich )?(ubermittelt|versendet|eingereicht|abgeschickt)
(ihre )?unterlagen sind ([a-z]+ ){0,3}eingegangen
von sachstandsanfragen abzusehen
#bulk
neue (stellen|jobs)
jobalarm
~abmelden
~tipps
(jobs|stellen|stellenangebote) (fur sie|fur dich|die zu ihnen passen|die zu dir passen|passend zu|in ihrer nahe|in deiner nahe)
(jobagent|suchauftrag|jobletter)
(benachrichtigungen|einstellungen|abonnement|e-mail-einstellungen) (verwalten|andern|anpassen)
#event
karrieremesse
jobmesse
~anmeldung
(karrieretag|firmenkontaktmesse|hochschulmesse|absolventenkongress|tag der offenen tur)
(infoabend|informationsabend|infoveranstaltung|informationsveranstaltung)
(kostenlos|kostenfrei|jetzt) (anmelden|registrieren|teilnehmen)
begrenzte (teilnehmerzahl|platze)
(podiumsdiskussion|vortragsreihe|netzwerkabend)
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
(beitrag|artikel|portrat|bericht) (fur|in) (unser(e|en|em)?|die|den|das|der) (magazin|zeitung|sendung|podcast|blog|ausgabe|rubrik|newsletter|mitarbeiterzeitung)
(erscheint|wird ausgestrahlt|wird gesendet) (am|in der|im|voraussichtlich)
(presseanfrage|medienanfrage|redaktionsschluss)
(gast|zu gast) (in|bei) (unserer|unserem|der|dem) (sendung|podcast|folge|show)
(interview|gesprach) fur (unser(e|en|em)?) (magazin|zeitung|sendung|podcast|blog|ausgabe|rubrik|newsletter|mitarbeiterzeitung)
#research
nutzerstudie
~gutschein
~ihre meinung
~umfrage
(nutzer|anwender)(befragung|studie|tests?)
(teilnahme|teilnehmen) an (einer|unserer|der) (studie|umfrage|befragung|fokusgruppe|nutzerstudie|testsitzung)
fokusgruppen?
#admission
~mundliche prufung
(stipendi(um|en|enprogramm)|auswahlseminar|auswahltagung|studienstiftung|begabtenforderung)
~zulassung
~studiengang
promotionsprogramm
(zulassung|aufnahme) (zum|fur den|fur das) (studium|studiengang|master|bachelor|promotion|promotionsstudium)
(studienplatz|immatrikulation|studienbeginn|masterstudiengang|bachelorstudiengang|studienplatzvergabe)
(auswahlgesprach|auswahlverfahren) (fur den|zum|im) (studiengang|master|bachelor|studium|masterstudiengang)
#interviewer
(vorstellungsgesprach|gesprach|interview) mit [a-z]+ [a-z]+ [^.\n]{0,80}gefuhrt
(ihre|ihr|deine|dein) (bewertung|feedback|einschatzung) (liegt|fehlt|steht)
(reichen|geben) sie (bitte )?ihr (feedback|bewertung)
feedback zum (vorstellungsgesprach|gesprach|interview) mit
einsitz[^.\n]{0,40}(auswahlkommission|auswahlgremium|findungskommission|berufungskommission)
(auswahlkommission|auswahlgremium|findungskommission|berufungskommission) (einsitz|mitwirken|mitarbeiten)
(mit|zu) den (zwei|drei|vier|funf|sechs|\d+) (kandidierenden|kandidatinnen|kandidaten|bewerbenden|bewerberinnen|bewerbern)
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
(mitwirkung|mitarbeit|teilnahme) (in|an) der (auswahl|berufungs|findungs)kommission
als (beisitzer\w*|jurymitglied|kommissionsmitglied) (in|im|fur|bei)
(deine|ihre) (einschatzung|eindrucke|bewertung) (zu|zur|zum|uber) (der|dem|den|die) (kandidat|bewerber)\w*
(bewerber\w*|kandidat\w*) (zu )?(bewerten|einschatzen|beurteilen)
(feedback|bewertung|scorecard) (bitte )?(im|ins) (ats|system|tool|formular)
(fandest|fanden) (du|sie) (den|die) (kandidat|bewerber)\w*
~nachbesprechung
(bewertungsmatrix|bewertungsraster|beurteilungsbogen|interviewbogen)
unterlagen (der|aller|beider) (kandidat|bewerber)\w*
(an|bei) den (vorstellungs|bewerbungs|auswahl)?gesprachen teil(nehmen|zunehmen|genommen)
bewerbungsunterlagen (liegen|findest|finden sie|schicke ich|sende ich|leite ich)
(kannst du|konnen sie|konntest du|konnten sie) (das|den termin|die gesprache) (diesmal |bitte )?ubernehmen
#reference
als referenzperson (angegeben|genannt|benannt)
referenzgesprach
~als referenz
(als|zur) referenz (angegeben|genannt|benannt)
~referenzgeber\w*
~(referenzauskunft|referenzanfrage|referenzabfrage|referenzeinholung)
(auskunft|referenz) uber (herrn|frau|ihren? ehemalige[n]?)
(wieder|erneut) einstellen
(ehemalige[nr]?|fruhere[nr]?) (mitarbeiter\w*|kolleg\w*)[^\n]{0,40}(beworben|bewirbt)
#exit
austrittsgesprach
exit-gesprach
exit-interview
(ihres|deines) austritts
(uns|das unternehmen) (verlassen|verlasst)
(austrittsinterview|austrittsbefragung|exit-befragung|austrittsfragebogen)
(ihr|dein|ihrem|deinem|ihren|deinen) letzte[nrm]? arbeitstag
(ihre|deine|ihrer|deiner) kundigung
ruckgabe (des|der|ihres|ihrer|deines|deiner) (laptops|arbeitsmittel|firmen\w*)
~(arbeitszeugnis|offboarding)
(ausscheiden|ausscheidens) (aus dem|aus unserem|aus der)
#mock
probeinterview
bewerbungstraining
probe-?vorstellungsgesprach
bewerbungswerkstatt
~career service
(ubungsinterview|ubungsgesprach|trainingsinterview|probebewerbungsgesprach)e?
(bewerbungsgesprach|vorstellungsgesprach)e? (uben|trainieren|simulieren|proben)
simulierte[ns]? (vorstellungs|bewerbungs)?(gesprach|interview)
~(bewerbungscoaching|interviewtraining|karriereservice|karrierezentrum)
kein (echtes|richtiges) (gesprach|interview|vorstellungsgesprach)
#info
(ich habe )?(aktuell |derzeit )?keine konkrete (stelle|position|vakanz|vakanzen)
informationsgesprach
wie (sie|du) (zu|in|an) [^\n]{0,30}(gekommen|eingestiegen) (sind|bist)
(suche|frage) (nicht nach|keinen|keine) (job|stelle|arbeitsplatz)
netzwerkgesprach
~orientierungsgesprach
#community
talent-?pool
talentnetzwerk
(unserem|unserer|unseren) (kandidatenpool|karrierenetzwerk|talent community|talent-community)
(uber|bei) (passende|neue) (stellen|positionen|stellenangebote) (informieren|benachrichtigen)
#cancel
absagen
abgesagt
storniert
entfallt
ausgesetzt
(einstellungsstopp|einstellungsstop|personalstopp|stellenstopp|einstellungsmoratorium)
auf eis (gelegt|legen)
(stelle|ausschreibung|vakanz|position|stellenausschreibung|stellenangebot) (wurde |wird |ist |haben wir )?(leider )?(zuruckgezogen|gestrichen|storniert)
nicht (mehr |nach)?besetzt (werden|wird)
wird (vorerst |vorlaufig |derzeit |leider )?nicht (mehr |nach)?besetzt
nicht wie geplant (statt|stattfinden)
auf unbestimmte zeit (verschoben|ausgesetzt|pausiert)
vorerst (pausiert|ausgesetzt|gestoppt|eingestellt)
(budgetaren|finanziellen|wirtschaftlichen) grunden
(haushaltssperre|budgetsperre|stellensperre|budgetkurzung\w*)
(stelle|position) (ist )?nicht mehr (verfugbar|vakant|offen|ausgeschrieben|zu besetzen)
sistiert
#internal
mitarbeitergesprach
jahresgesprach
zielvereinbarung
~jour fixe
~teammeeting
(entwicklungs|beurteilungs|ziel|perspektiv|halbjahres|probezeit|forder|qualifikations)gesprache?
selbsteinschatzung
(beurteilungsrunde|kalibrierungsrunde|gehaltsrunde|beurteilungszyklus)
#personal
(vermieter|eigentumer|mietinteressent|interessenten) 
selbstauskunft
(\d-zimmer-)?wohnung (in der|lindenallee|am|an der)
videosprechstunde
sprechstunde
~wie lief
hab dich (lieb|ganz doll lieb)
~(erzahl|erzahlst) (mir|uns) (dann|alles|wie)
(bussi|bussis|knutscher)
(deine|dein) (mama|papa|oma|opa|schwester|bruder|mutti)
ich vermisse dich
mein(em)? (vorstellungsgesprach|bewerbungsgesprach|interview) (ist|war|morgen|heute|am|bei)
ich bin (total |so |voll )?nervos
ich schulde dir
#hearing
auslanderbehorde
aufenthaltstitel
personliche vorsprache
(agentur fur arbeit|jobcenter|arbeitsvermittlung|eingliederungsvereinbarung|bewerberangebot)
ihre berufliche situation
(rentenversicherung|finanzamt|sozialamt)\b
(anhorung|disziplinarverfahren|disziplinarisch\w*|abmahnung)
(visum|visa)(antrag|termin|interview|gesprach)
termin (bei|in) der (botschaft|konsulat)
(generalkonsulat|botschaft) (von|der)
`;
