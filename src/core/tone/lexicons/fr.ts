import type { LanguageLexicon } from './types';

export const fr: LanguageLexicon = {
  negative: [
    'toxique*', 'hostil*', 'chaotique*', 'chaos', 'desorganis*', 'bordel*', 'desastr*', 'catastroph*', 'horribl*', 'terribl*', 'affreu*', 'minable*', 'lamentable',
    'nullissime', "c'est nul", '(est|sont|etait) (vraiment |completement |totalement )?nul(le|s|les)?', 'pire', 'pires', 'cauchemar*',
    'mauvais(e|es)? (avis|reputation|ambiance|gestion|management|retour*|commentaire*|critique*|experience*|echo*|direction|conditions)',
    '(avis|retours|commentaires|critiques) (negatifs|mauvais|desastreux|terribles|catastrophiques)', 'mal (gere*|organise*|paye*|remunere*|dirige*|manage*)',
    'glassdoor', 'micro ?gestion', 'micro ?manag*', 'exploiteur*', 'exploitent', 'abusi(f|ve|fs|ves)', 'contraire a l\'ethique', 'peu ethique', 'arnaque*', 'escroc*', 'escroquerie*',
    'malhonnet*', 'mensong*', 'menteur*', 'menteuse*', 'incompeten*', '(pas|peu|non) professionnel*', 'manque de (professionnalisme|respect|serieux|transparence|organisation)',
    'amateur*', 'ridicul*', 'absurd*', 'insult*', 'offensant*', 'pathetique*', 'honte*', 'honteu*', 'decevant*', 'decu', 'decue', 'decus', 'decues', 'deception*', 'frustr*',
    'agacant*', 'irritant*', 'impoli*', 'arrogan*', 'meprisant*', 'condescendan*', 'ennuyeu*', 'mediocr*', 'radin*', 'pingre*', 'sous ?pay*', 'sous ?remuner*',
    '(salaire|remuneration|offre|package|paie|paye)s? (est |etait |vraiment |trop |tres |si )*(ridicule|derisoire|miserable|bas|basse|minable|insultant*|insuffisant*|faible)',
    'derisoire*', 'misere', 'une blague', 'une plaisanterie', 'perte de temps', 'perdre (mon|notre|votre) temps', 'fait perdre', '(fort |gros |enorme )?turn ?over (eleve|enorme|important)',
    'deteste*', 'hais', 'hait', 'hair', 'degout*', 'merde*', 'pourri*', 'stupid*', 'idiot*', 'debil*', 'inutile*', 'plainte*', 'me plaindre', 'je me plains',
    'heures sup(plementaires)? (non|pas) payees', 'esclav*', 'secte', 'irrespectueu*', 'injust*', 'deraisonnabl*', 'irrealist*', 'bureaucrat*', 'inefficac*',
    'surqualifi*', 'en dessous de mon niveau', 'pas a la hauteur', 'sans avenir', 'voie de garage', 'pas impressionn*', 'drapeau rouge', 'trompeu*', 'cupid*', 'radinerie',
    'inacceptabl*', 'scandaleu*', 'indign*', 'mal eleve*', '(pas|peu) serieu*', 'vaut pas la peine', 'epuisant*', 'burn ?out', 'de misere', 'indecent*', 'foutage', 'mepris',
    'pitoyabl*', 'affligeant*', 'discrimin*', 'sexis*', 'racis*', 'harcelement', 'nulle', 'nuls', 'pas terrible',
  ],
  bridge: [
    'ne (me )?(re)?contactez (plus|jamais|pas)', 'ne (plus|jamais) me (re)?contacter', 'ne plus me (solliciter|deranger|ecrire|appeler)',
    '(cessez|arretez) de me (contacter|solliciter|harceler|ecrire|appeler|deranger|spammer)', 'retirez ?moi de', '(supprimez|effacez) mes (donnees|coordonnees)',
    '(pas|aucunement|nullement) interesse(e|s|es)? par (votre|ton|cette|la) (entreprise|societe|boite|structure|organisation)',
    '(votre|cette) (entreprise|societe|boite|structure) ne m\'interesse (pas|plus|aucunement)', 'aucun interet pour (votre|cette) (entreprise|societe|boite)',
    '(ne )?travaillerai(s)? jamais', 'jamais (je ne )?(travaillerai|travaillerais|postulerai)', '(laissez|fichez|foutez) ?moi (tranquille|la paix)', 'spam*',
    'harcel*', 'vous le regretterez', 'tant pis pour vous', 'quelle honte', 'plus jamais',
    'pas interesse(e|s|es)? (de|par l\'idee de) travailler (pour|chez|avec) vous', 'oubliez ?moi', 'je previendrai',
  ],
  thanks: ['merci*', 'remerci*', 'gratitude', 'reconnaissan*'],
  decline: [
    'declin*', 'renonc*', 'me retirer', 'retirer ma candidature', 'je retire', 'ne (pas|plus) (donner suite|poursuivre|participer|continuer|me presenter)',
    'ne (vais|peux|pourrai|souhaite) pas (donner suite|poursuivre|participer|continuer|me presenter)', 'pas donner suite', 'ne pas y donner suite',
  ],
  emphasis: ['jamais', 'pas', 'non', 'rien', 'stop', 'nul'],
  salaryWords: ['salaire*', 'remuneration*', 'paie', 'paye', 'offre', 'brut*', 'net', 'annuel*', 'par an', 'par mois', 'mensuel*', 'package', 'fixe', 'variable'],
};
