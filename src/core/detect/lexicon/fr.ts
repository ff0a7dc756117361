// French cues. Format (see lexicon/index.ts): "#cue" starts a section, then one regular-expression
// fragment per line, matched on accent-folded lower-case text. Groups are plain "( )": only whether a
// cue matches counts, never what a group captured.
export const fr = String.raw`
#interview
entretiens?
auditions?
(journee|demi-journee|matinee|jour) d.(essai|immersion)
mise en situation
(test|tests) (techniques?|psychotechniques?|de personnalite|de logique)
(cas pratique|etude de cas)
(deuxieme|second|dernier|prochain) tour
entrevues?( telephoniques?| virtuelles?| en personne)?
#invite
on (discutera|parlera) (du poste|de ton profil|de votre profil)
passe(z)? (au|a la|a l') (garage|boutique|magasin|atelier|restaurant|bureau|salon|cabinet|chantier)
(planifier|organiser|fixer|programmer|caler|prevoir|convenir d'|convenons d') ?(un|une|votre|ton|le|la) (premier |premiere |court |bref |breve |petit |nouvel |nouveau )?(entretien|echange|rendez-vous|rdv|appel|visio)
(fassions|faire) (votre )?connaissance
(souhaiterions|souhaitons|souhaite|aimerions|aimerais|serions ravis de|ai le plaisir de|avons le plaisir de) (vous )?(inviter|convier|rencontrer|recevoir|convoquer)
vous (inviter|convier|convoquer|rencontrer)
invitation a (un|l.)entretien
souhaitent vous rencontrer
(prochaine|nouvelle) etape
etape suivante
retenue? pour
ete (selectionne|retenu|preselectionne)
(tu verras|vous verrez|vous rencontrerez|tu rencontreras)
retenu votre candidature
votre passage est prevu
passer a (la|une) (derniere|prochaine|nouvelle) etape
entretien final
(je t'|je vous )envo(ie|errai) l'invitation
(passe|passez|viens|venez) (nous|me) (voir|rencontrer)
(passe|passez|viens|venez|passer|venir) (faire un tour )?(a la|au|a l.) (boutique|magasin|atelier|bureau|restaurant|agence|salon|cuisine|chantier|cabinet|local)
(on aimerait|on voudrait|j'aimerais|je voudrais|on souhaite|on souhaiterait) (bien )?(te|vous) (rencontrer|voir|parler|recevoir|inviter)
(te|vous) (proposer|propose|proposons) (un|une) (entretien|echange|rencontre|rendez-vous|rdv|appel|visio|cafe|journee)
(te|vous) (recevoir|accueillir) (dans nos locaux|en agence|a l'agence|au bureau|a la boutique)
(rencontrer|faire connaissance avec) (l'equipe|le gerant|la gerante|nos equipes|le chef|le patron)
convoquee? (a|pour) (un|une|l.)
#slots
quand (ca|cela) vous (arrange|convient)
(pourriez|pouvez|voudriez)-vous (passer|venir)
disponibilites?
(seriez|etes|serez|pourriez|pouvez)-vous (etre )?(disponible|libre)
creneaux?
conviendrai(t|ent)
(pourriez|pouvez)-vous (m'indiquer|me (confirmer|proposer|dire))
(choisi(r|ssez)|reserve(r|z)) (votre|un) (creneau|horaire|date|rendez-vous)
quand (seriez|etes)
vous convient
confirmer votre presence
ca te dirait
ca vous dirait
(on se cale|caler|se caler) (un|une)
accepteriez-vous
(seriez|etes)-vous (d'accord|partant|ouvert)
ce qui (t'|vous )arrange
on pourrait (faire ca|se voir|en parler)
(t'es|tu es|tu serais|vous seriez|vous etes) (dispo|disponible|libre)s?
dispos? (quand|cette semaine|la semaine|lundi|mardi|mercredi|jeudi|vendredi|demain)
(es-tu|serais-tu|seras-tu) (dispo|disponible|libre)
ca (te|vous) (va|irait|convient|conviendrait|dit|joue|jouerait)
ca (t.|vous )adonne(rait)?
quand (es-tu|serais-tu|est-ce que tu|est-ce que vous|peux-tu|pourrais-tu)
(quel|quelle|quels) (jour|heure|moment|creneau)s? (te|vous) (convient|conviendrait|arrange|irait|va)
(propose|proposez|envoie|envoyez|donne|donnez)-(moi|nous) (tes|vos|quelques|des|deux|trois) (dispos|disponibilites|creneaux|horaires)
(tes|vos) dispos
#confirm
(je vous )?confirme (votre|notre|l.|le)
confirmation de (votre|notre|l.)
(aura|se tiendra|se deroulera) (lieu )?(le|a|au|dans)
rappel
est (bien )?(confirme|programme|planifie)
c'est (bon|ok|note|parfait) pour
a (lundi|mardi|mercredi|jeudi|vendredi|samedi|demain)\b
on se voit
(entendu|cale|valide|note) pour (le |ce )?(lundi|mardi|mercredi|jeudi|vendredi|samedi|demain)
(je te|je vous|on se|nous vous) (retrouve|retrouvons|attends|attendons) (donc )?(le|lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|a \d)
(va|ok|d'accord|parfait|top) pour (le )?(lundi|mardi|mercredi|jeudi|vendredi|samedi|demain)
au plaisir de (vous|te) (voir|rencontrer|recevoir|accueillir) (le|lundi|mardi|mercredi|jeudi|vendredi|demain|a \d)
(rendez-vous|rdv) (est )?(pris|fixe|confirme|cale)
nous vous confirmons (votre|ton) (entrevue|entretien|rendez-vous|rencontre)
#reschedule
decaler
reporter (l.|notre|votre|le|la|a|au|nos|vos|cet|cette|ce)
report de
deplacer
nouvel(le)? (date|horaire|creneau)
reprogrammer
(changer|modifier) (l'heure|la date|l'horaire)
(decale|decalons|decalez|repousse|repoussons|repousser|repoussez|deplace|deplacons|deplacez) (a|au|le|notre|votre|l.|la|nos|vos|ca|d)
(changement|modification) (de date|d'horaire|d'heure|de creneau|de rendez-vous)
(petit|un|dernier) (empechement|imprevu|contretemps)
#followUp
je reviens vers vous
je me permets de (revenir|relancer)
relance
suite a mon (precedent )?(message|mail|e-mail)
sans nouvelles
je reviens (vers toi|aux nouvelles)
(as-tu|avez-vous) (eu le temps|pu) (de )?(regarder|voir|lire|consulter)
(mon|notre) (dernier|precedent) (message|courriel|mail|e-mail)
#callAsk
(je peux|puis-je|pourrais-je) vous (appeler|telephoner) (demain|ce|cet|lundi|mardi|mercredi|jeudi|vendredi|samedi)
echange (telephonique|rapide)
(court|rapide|premier) (echange|appel)
appel
en discuter
visio
un (cafe|call)
appel(er|ions|ons|iez)
(trentaine|vingtaine|quinzaine|dizaine) de minutes
coup de (fil|telephone)
(jasette|jaser)
(on s'appelle|on s'en parle|on en parle|on en discute|on se parle|qu'on se parle|qu'on s'appelle)
(petit|petite|court|courte|bref|breve) (call|visio|echange|discussion|appel|cafe)
(echanger|discuter|parler) (par|au) (telephone|tel|visio)
#hiring
poste
offre d'emploi
opportunite
recrut\w+
cabinet
votre (candidature|profil|parcours|cv)
nous recherchons
recherche (un|une)
mission
on (cherche|recherche|recrute)
(je|nous) (cherche|cherchons) (un|une)
(on|nous) (embauche|embauchons|engage|engageons)
(renforcer|agrandir|completer) (notre|l.|mon) equipe
#application
votre candidature
votre profil
votre parcours
votre cv
avoir postule
(ta|ton) (candidature|profil|cv|parcours)
(ta|votre) (lettre de motivation|demande d'emploi|postulation)
(as|avez) postule
(ton|votre) dossier de candidature
(j'ai|nous avons|on a) (vu|lu|regarde|parcouru|consulte) (ton|votre|ta) (cv|profil|candidature|parcours|dossier|portfolio)
#rejection
~(autre|un autre|d'autres) (candidat\w*|profil)
ne pas (donner suite|retenir)
pas (ete )?retenue?
~suite (favorable|defavorable)
~regret(ons|te) de vous (informer|annoncer)
~ne correspond pas
(retenu|choisi|privilegie|poursuivre avec|continuer avec) (un autre|une autre|d'autres) (candidat\w*|profil\w*)
(poursuivre|continuer) (le processus |notre processus )?avec (un autre|une autre|d'autres)
(choisi|decide|prefere) de (poursuivre|continuer|avancer|aller de l'avant) avec (un|une) (candidat\w*|profil\w*|personne)
(pas|pu) donner (une )?suite (favorable )?a (votre|ta)
(candidature|dossier) n'a pas (abouti|ete retenue?|ete selectionnee?)
pas (ete )?selectionnee?s?
(profils?|candidatures?) (qui )?(correspond(ai)?ent|repond(ai)?ent) (davantage|mieux|plus)
(davantage|plus) en adequation
(poste|offre) (a ete|est) (pourvu|pourvue|attribue)e?
(avons|a) (pourvu|attribue) (le|ce) poste
(bonne|pleine) (continuation|reussite|chance) dans (vos|tes|votre|ta) (recherches|demarches|projets|recherche)
~bonne continuation
(conserverons|conservons|garderons|gardons) (votre|ton) (cv|candidature|dossier|profil)
pas (retenir|poursuivre avec|aller de l'avant avec) (votre|ta)
(aller de l'avant|avancer) avec (d'autres|un autre|une autre)
pas en mesure de (donner suite|retenir|vous proposer le poste|poursuivre)
(n'avez|n'as|n'etes|n'es) pas (ete )?(retenue?s?|selectionnee?s?)
#offer
(on|nous) (te|vous) (prend|prends|prenons) pour le poste
(le poste|la place) (est|sera) (a toi|pour toi|a vous|pour vous)
proposition d'engagement
(souhaitons|souhaiterions|avons decide de|sommes heureux de) vous (engager|embaucher|recruter)
vous engager (en qualite de|comme|au poste)
proposition d'embauche
proposer le poste
(on|nous) (te|vous) (propose|proposons) le poste
promesse d'embauche
lettre d'offre
~prise de poste
~remuneration annuelle
(vous|te) (faire|proposer) une offre
(vous|te) (presenter|faire parvenir|adresser) (notre|une|la) (proposition|offre) (pour|de|d') ?(le|la)? ?(poste|fonction)
~(vous|te) (faire|proposer) une proposition
(offrir|vous offrir|confier) (le|ce) poste
(signer|signature de|signature du) (votre |le |du |la )?(contrat|promesse)
~contrat de travail
~date d.(entree|embauche)
bienvenue (dans l'equipe|parmi nous|a bord|dans la famille)
~(salaire|remuneration) (annuel|brut|fixe|de base)
offre (ferme|formelle|officielle|ecrite)
offre d'embauche
lettre d'engagement
(accepter|acceptation de) (l'offre|notre offre|cette offre)
~(accepter|acceptation de) (la|notre|cette) proposition
(proposition|offre) (salariale|financiere|de remuneration)
~(detail|details|modalites|conditions) de (l'offre|notre offre|notre proposition)
#ack
~(bien )?recu votre candidature
~accuse de reception
~nous reviendrons vers vous
~etudier(ons)? votre candidature
~(examinerons|examinons|analyserons|analysons) (attentivement |avec attention )?(votre|ta) (candidature|dossier|profil)
~(si|dans le cas ou) (votre|ton) profil (correspond|retient|repond)
~sans (reponse|nouvelles) de (notre|nous) part
(seule?s? les|seuls les) (candidat\w*|personnes|profils) (retenu|preselectionn|selectionn)\w* (seront|serons)
~(candidature|dossier) (a bien ete|est bien|a ete) (enregistre|recu|transmis|prise en compte)e?
#bulk
nouvelles offres
alertes? (emploi|e-mail)
~desinscri\w*
~desabonner
~conseils
~astuces
(offres|annonces|emplois) (qui pourraient vous interesser|pour vous|recommandees|correspondant a votre)
(decouvrez|voir|consultez|autres) (des |les |d')?(offres|annonces|emplois) similaires
~(offres|annonces|emplois) similaires
(infolettre|lettre d'information)
(gerer|modifier|gerez|modifiez) (vos|mes) (alertes|preferences|abonnements)
~(nos|quelques|\d+) conseils pour (reussir|preparer|decrocher|booster)
#event
webinaire
salon de l'emploi
job ?days?
entretiens? (flash|express|eclair)s?
(employeurs|recruteurs|exposants) (seront )?presents
forum (emploi|entreprises)
inscrivez
~inscription
~atelier
~job ?dating
table ronde
(inscription|inscrivez-vous|reservez votre place) (gratuite|obligatoire|en ligne|ici)
~(replay|rediffusion)
appel a (communications|contributions|propositions)
portes? ouvertes?
(forum|salon|afterwork|matinale|atelier) (emploi|recrutement|carriere|des metiers|de l'alternance|alternance)
#press
~en direct
~auditeurs
~antenne
~journaliste
reportage
~article
~emission
~redaction
je suis (journaliste|reporter|redactrice?|correspondante?)
(portrait|reportage|article|chronique) (pour|dans) (notre|le|la|l.) (magazine|journal|quotidien|hebdo|emission|podcast|rubrique|supplement|newsletter)
(parution|diffusion) (prevue|le|dans|du|en)
~(service|attachee?|relations?) (de )?presse
(invitee?s?) (de|dans|sur) (notre|l.|mon|cette) (emission|podcast|episode)
~(bouclage|pigiste)
(quelques )?(questions|mots) pour (un|notre|mon) (article|papier|dossier|portrait)
(interview|entretien) pour notre (magazine|journal|quotidien|hebdo|emission|podcast|rubrique|supplement|newsletter)
j'anime (un|une|le|la|notre) (podcast|emission|chronique|newsletter|chaine)
creneau d'enregistrement
(interview|entretien|episode) enregistre(e)?
(un|notre) podcast (francophone|sur|consacre|dedie)
#research
carte cadeau
~votre avis
~equipe design
(etude|recherche) (utilisateur|ux)
~chercheuse? ux
~nos etudes
(etude|enquete|recherche) (aupres|avec) (des|de nos|de) (utilisateurs|clients|patients|usagers|participants)
(participer|participation) a (une|un|notre) (etude|enquete|groupe de discussion|session de test|test utilisateur)
(groupe de discussion|tests? utilisateurs?|entretiens? utilisateurs?)
bon d'achat
~(dedommagement|indemnisation)
consentement eclaire
#admission
~epreuve (orale|individuelle)
bourses? (d'etudes|de merite|d'excellence)
admission
~doctorat
~(master|licence) en
(candidature|dossier) (en|au|pour le) (master|doctorat|licence|bachelor|mba|cursus|programme grande ecole)
(parcoursup|campus france)
~(futurs?|nouveaux?|futures|nouvelles) (etudiants?|etudiantes?|eleves)
frais de scolarite
#interviewer
(faire|mener|conduire|assurer|prendre) l'entretien (de|du|avec) (la |le |cette |ce |l')?candidat\w*
(merci d'avoir|tu as|vous avez) (mene|conduit|fait|realise) [^.\n]{0,30}l'entretien avec
(encoder|saisir|remplir|renseigner) (ton|votre) (evaluation|feedback|retour)
(ton|votre) evaluation de l'entretien
(faire|mener|conduire|assurer|prendre) l'entretien [^.\n]{0,20}avec (la|le|cette|ce) candidat\w*
entretien [^.\n]{0,20}avec (la|le|cette|ce) candidat\w*
~(faire passer|mener|conduire) (un|l.|cet) ?entretien
votre (avis|evaluation|retour) sur (le|la) candidat\w*
evaluer (le|la) candidat\w*
grille d'evaluation
(saisir|completer|remplir|renseigner) votre evaluation
(avoir|avez) mene (hier |ce matin )?l.entretien
(faire partie|sieger) (du|au|d'un|au sein du) (jury|comite de selection|panel)
~membres? du jury
(vos|tes) (impressions|retours|notes) sur (le|la|les) candidat\w*
~fiche d'evaluation
grille d'entretien
(evaluer|auditionner|recevoir) (les|deux|trois|\d+) (candidat\w*|finalistes)
(faire passer|mener|conduire) (les|des|ces) entretiens
(debrief|debriefing) (des|du|de l.) ?(entretiens?|candidat\w*|jury)
remplacer (pour|a|lors de) (l.|un|cet) ?entretien
(me|nous) remplacer (au|dans le|pour le) jury
(avez|as) (rencontre|recu|vu|interviewe) (le|la) candidat\w*
en tant que (membre du jury|intervieweur|evaluat(eur|rice)|examinat(eur|rice))
candidat\w* (que )?(vous avez|tu as) (rencontre|recu|vu|interviewe)
(saisir|remplir|deposer) (votre|ta) (feedback|scorecard|grille)
accepte de (sieger|faire partie|participer au jury)
(participer|assister) a l'entretien ([a-z]+ )?d'(une|un) candidat(e)?
#reference
echanger sur son parcours
nous a (communique|transmis|donne) (vos|tes) coordonnees
(a|ayant) travaille sous (votre|ta) (responsabilite|direction|supervision)
demande de reference
prise de references
~references? (pour|concernant|sur)
(cite|indique|donne|mentionne) comme reference
~comme reference
qui a postule
(vous|t) a (cite|indique|designe|mentionne|donne)e? comme (reference|referent\w*)
(donne|transmis|indique) (vos|tes) coordonnees comme
~(verification|controle) des references
~en quelle qualite
(reembaucher|reengager|reembaucheriez|reengageriez|reembaucherais)
reference (sur|concernant) (m\.?|mme|monsieur|madame|votre ancien)
#exit
entretien de (depart|sortie)
questionnaire de (depart|sortie)
~(votre|ton) depart de
(votre|ton) (dernier jour|demission)
solde de tout compte
~restitution (du|de votre|des) (materiel|ordinateur|badge)
entretien de fin de (contrat|collaboration|mission)
#mock
entretien (blanc|fictif|d'entrainement)
simulation d'entretien
simulations? d'entretiens?
entretiens (blancs|fictifs)
~(atelier|coaching) (de preparation )?(aux|a l.) ?entretiens?
ce n'est pas un (vrai|veritable) entretien
#info
(vous )?poser quelques questions sur (votre|ton|leur) (metier|parcours|travail|experience|quotidien)
entretien (informel|d'information|exploratoire)
entrevues? d'information
(je termine|je finis|je complete) mon (baccalaureat|bac|master|diplome|dec)
(je )?n'ai pas de poste (precis|particulier|concret)
faire un point sur le marche
(avoir|recueillir|demander) (vos|tes) conseils
m'accorder (un entretien|quelques minutes|un moment|un peu de (votre|ton) temps)
(je suis|en tant qu'?) ?etudiant
entretien (informatif|d'information)
enquete metier
entretien (conseil|reseau|de reseautage)
comment (vous etes|tu es) (arrive|devenu|entre)\w*
je ne (cherche|demande) pas (de|un) (poste|emploi|travail)
(me parler|m'en dire plus|me raconter) (un peu )?(de|sur) (votre|ton) (parcours|metier|quotidien|experience)
(je ne suis pas|sans etre) en recherche active
mieux comprendre (le|votre|ton) metier
~reconversion
#community
vivier
communaute de talents
(rejoignez|rejoindre|rejoint|integre|integrer) notre (vivier|communaute|reseau)
(futures|prochaines) (opportunites|offres|ouvertures de postes) (qui|correspondant|en lien)
#cancel
annul\w+
suspendu
gele
(reporte|reportee|repousse|repoussee|reportes) (a une date ulterieure|sine die|jusqu.a nouvel ordre|indefiniment)
sine die
gel des (recrutements|embauches|postes)
mis en (pause|attente|suspens|veille)
(interrompu|interrompre|interrompons|arrete|arreter|arretons) (le|notre|ce) (processus|recrutement)
n'aura (pas|plus) lieu
ne pourra (pas|plus) avoir lieu
ne (recrutons|recrute|recherchons|cherchons) plus
n'est plus (ouvert|disponible|d'actualite|a pourvoir)
(poste|offre|recrutement) (a ete|est) (retire|supprime|ferme|gele)e?
(contraintes|restrictions|coupes) budgetaires
affichage (a ete |est )?(retire|ferme)
~(pour|afin de) (modifier ou annuler|annuler ou modifier|annuler)
#internal
entretien (annuel|professionnel|individuel annuel)
auto-evaluation
~point hebdo
~reunion d'equipe
entretiens? (annuels?|professionnels?|d'evaluation)
~entretiens? individuels?
campagne (des|d') ?entretiens
(campagne|cycle) d.(evaluation|appreciation)s?
entretiens? de (fin d'annee|mi-annee|mi-parcours)
revue (annuelle|de performance|des talents|de personnel)
(bilan|point) (annuel|semestriel|de mi-annee)
(fixation|definition) des objectifs
evaluation (du|de) rendement
appreciation (annuelle|du personnel)
entretien (de fonctionnement|d'appreciation)
#personal
(concours|emission|casting) [^.\n]{0,30}(saison \d+|auditions? a l'aveugle)
auditions? a l'aveugle
bilan (epargne|patrimonial|financier|retraite)
(votre|ton|avec (un|une|le|la|votre)) conseill(er|ere) (bancaire|clientele|patrimonial|en patrimoine)
~bisous
~maman
~comment s'est passe
je te (raconte|raconterai)
(alors|et) (cet|ton) entretien
~tu m'as (laisse|dit|raconte)
(appelle|rappelle)-moi ce soir
(je t'embrasse|gros bisous|grosse bise)
~bonne chance pour (demain|ton entretien|aujourd.hui|ton rdv)
(fier|fiere) de toi
~(tu vas|tu va) (gerer|assurer|cartonner|tout dechirer)
mon entretien (d'embauche )?(est|etait|demain|aujourd'hui|de demain|chez)
je suis (trop |tellement |super )?stresse
#hearing
(france travail|pole emploi)
conseill(er|ere) (referent|referente|emploi)
~entretien de suivi
entretien information retraite
votre (dossier|demande) de retraite
(caisse (regionale )?de retraite|cpam|caf)\b
entretien prealable (a|au|a une)
sanction disciplinaire
(procedure|mesure) disciplinaire
entretien (consulaire|de visa)
rendez-vous (consulaire|au consulat|a l'ambassade)
(consulat|ambassade) (general )?de
`;
