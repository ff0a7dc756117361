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
#invite
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
(on aimerait|on voudrait|j.aimerais|je voudrais|on souhaite|on souhaiterait) (bien )?(te|vous) (rencontrer|voir|parler|recevoir|inviter)
(te|vous) (proposer|propose|proposons) (un|une) (entretien|echange|rencontre|rendez-vous|rdv|appel|visio|cafe|journee)
(te|vous) (recevoir|accueillir) (dans nos locaux|en agence|a l.agence|au bureau|a la boutique)
(rencontrer|faire connaissance avec) (l.equipe|le gerant|la gerante|nos equipes|le chef|le patron)
convoquee? (a|pour) (un|une|l.)
#slots
(pourriez|pouvez|voudriez)-vous (passer|venir)
disponibilites?
(seriez|etes|serez|pourriez|pouvez)-vous (etre )?(disponible|libre)
creneaux?
conviendrai(t|ent)
(pourriez|pouvez)-vous (m.indiquer|me (confirmer|proposer|dire))
(choisi(r|ssez)|reserve(r|z)) (votre|un) (creneau|horaire|date|rendez-vous)
quand (seriez|etes)
vous convient
confirmer votre presence
ca te dirait
ca vous dirait
(on se cale|caler|se caler) (un|une)
accepteriez-vous
(seriez|etes)-vous (d.accord|partant|ouvert)
ce qui (t'|vous )arrange
on pourrait (faire ca|se voir|en parler)
(t.es|tu es|tu serais|vous seriez|vous etes) (dispo|disponible|libre)s?
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
c.est (bon|ok|note|parfait) pour
a (lundi|mardi|mercredi|jeudi|vendredi|samedi|demain)\b
on se voit
(entendu|cale|valide|note) pour (le |ce )?(lundi|mardi|mercredi|jeudi|vendredi|samedi|demain)
(je te|je vous|on se|nous vous) (retrouve|retrouvons|attends|attendons) (donc )?(le|lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|a \d)
(va|ok|d.accord|parfait|top) pour (le )?(lundi|mardi|mercredi|jeudi|vendredi|samedi|demain)
au plaisir de (vous|te) (voir|rencontrer|recevoir|accueillir) (le|lundi|mardi|mercredi|jeudi|vendredi|demain|a \d)
(rendez-vous|rdv) (est )?(pris|fixe|confirme|cale)
#reschedule
decaler
reporter (l.|notre|votre|le|la|a|au|nos|vos|cet|cette|ce)
report de
deplacer
nouvel(le)? (date|horaire|creneau)
reprogrammer
(changer|modifier) (l.heure|la date|l.horaire)
(decale|decalons|decalez|repousse|repoussons|repousser|repoussez|deplace|deplacons|deplacez) (a|au|le|notre|votre|l.|la|nos|vos|ca|d)
(changement|modification) (de date|d.horaire|d.heure|de creneau|de rendez-vous)
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
(on s.appelle|on s.en parle|on en parle|on en discute|on se parle|qu.on se parle|qu.on s.appelle)
(petit|petite|court|courte|bref|breve) (call|visio|echange|discussion|appel|cafe)
(echanger|discuter|parler) (par|au) (telephone|tel|visio)
#hiring
poste
offre d.emploi
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
(ta|votre) (lettre de motivation|demande d.emploi|postulation)
(as|avez) postule
(ton|votre) dossier de candidature
(j.ai|nous avons|on a) (vu|lu|regarde|parcouru|consulte) (ton|votre|ta) (cv|profil|candidature|parcours|dossier|portfolio)
#rejection
~(autre|un autre|d.autres) (candidat\w*|profil)
ne pas (donner suite|retenir)
pas (ete )?retenue?
~suite (favorable|defavorable)
~regret(ons|te) de vous (informer|annoncer)
~ne correspond pas
(retenu|choisi|privilegie|poursuivre avec|continuer avec) (un autre|une autre|d.autres) (candidat\w*|profil\w*)
(poursuivre|continuer) (le processus |notre processus )?avec (un autre|une autre|d.autres)
#offer
proposition d.embauche
proposer le poste
promesse d.embauche
lettre d.offre
~prise de poste
~remuneration annuelle
(vous|te) (faire|proposer) une offre
~(vous|te) (faire|proposer) une proposition
#ack
~(bien )?recu votre candidature
~accuse de reception
~nous reviendrons vers vous
~etudier(ons)? votre candidature
#bulk
nouvelles offres
alertes? (emploi|e-mail)
~desinscri\w*
~desabonner
~conseils
~astuces
#event
webinaire
salon de l.emploi
forum (emploi|entreprises)
inscrivez
~inscription
~atelier
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
#research
carte cadeau
~votre avis
~equipe design
(etude|recherche) (utilisateur|ux)
~chercheuse? ux
~nos etudes
#admission
admission
~doctorat
~(master|licence) en
#interviewer
~(faire passer|mener|conduire) (un|l.|cet) ?entretien
votre (avis|evaluation|retour) sur (le|la) candidat\w*
evaluer (le|la) candidat\w*
grille d.evaluation
(saisir|completer|remplir|renseigner) votre evaluation
(avoir|avez) mene (hier |ce matin )?l.entretien
#reference
prise de references
~references? (pour|concernant|sur)
(cite|indique|donne|mentionne) comme reference
~comme reference
qui a postule
#exit
entretien de (depart|sortie)
#mock
entretien (blanc|fictif|d.entrainement)
simulation d.entretien
#info
entretien (informatif|d.information)
enquete metier
#community
vivier
communaute de talents
#cancel
annul\w+
suspendu
gele
#internal
entretien (annuel|professionnel|individuel annuel)
auto-evaluation
~point hebdo
~reunion d.equipe
entretiens? (annuels?|professionnels?|d'evaluation)
~entretiens? individuels?
campagne (des|d') ?entretiens
#personal
~bisous
~maman
~comment s.est passe
je te (raconte|raconterai)
(alors|et) (cet|ton) entretien
~tu m'as (laisse|dit|raconte)
(appelle|rappelle)-moi ce soir
`;
