// French cues. Format (see lexicon/index.ts): "#cue" starts a section, then one regular-expression
// fragment per line, matched on accent-folded lower-case text. Groups are plain "( )": only whether a
// cue matches counts, never what a group captured.
export const fr = String.raw`
#interview
entretiens?
auditions?
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
#confirm
(je vous )?confirme (votre|notre|l.|le)
confirmation de (votre|notre|l.)
(aura|se tiendra|se deroulera) (lieu )?(le|a|au|dans)
rappel
est (bien )?(confirme|programme|planifie)
c.est (bon|ok|note|parfait) pour
a (lundi|mardi|mercredi|jeudi|vendredi|samedi|demain)\b
on se voit
#reschedule
decaler
reporter (l.|notre|votre|le|la|a|au|nos|vos|cet|cette|ce)
report de
deplacer
nouvel(le)? (date|horaire|creneau)
reprogrammer
(changer|modifier) (l.heure|la date|l.horaire)
#followUp
je reviens vers vous
je me permets de (revenir|relancer)
relance
suite a mon (precedent )?(message|mail|e-mail)
sans nouvelles
#callAsk
echange (telephonique|rapide)
(court|rapide|premier) (echange|appel)
appel
en discuter
visio
un (cafe|call)
appel(er|ions|ons|iez)
(trentaine|vingtaine|quinzaine|dizaine) de minutes
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
#application
votre candidature
votre profil
votre parcours
votre cv
avoir postule
(ta|ton) (candidature|profil|cv|parcours)
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
