import type { LanguageLexicon } from './types';

export const de: LanguageLexicon = {
  negative: [
    'toxisch*', 'feindselig*', 'chaotisch*', 'chaos', 'unorganisiert*', 'desorganisiert*', 'katastroph*', 'schrecklich*', 'furchtbar*', 'grauenhaft*', 'grausam*',
    'grottig*', 'miserabel*', 'miserable*', 'mies*', 'lausig*', 'schlimmste*', 'albtraum*', 'alptraum*', 'zumutung*', 'saftladen', 'sauhaufen', 'irrenhaus',
    'schlecht* (bewert*|ruf|rufs|erfahrung*|bezahl*|gefuhrt*|management|fuhrung|arbeitsklima|betriebsklima|stimmung|kritik*|rezension*|organisiert*|arbeitsbedingung*|konditionen|angebot)',
    '(negativ*|miese*|schlimme*) (bewertung*|rezension*|erfahrung*|kritik*|ruf)', 'kununu', 'glassdoor', 'mikro ?manag*', 'micro ?manag*', 'ausbeut*', 'ausgebeutet',
    'missbrauch*', 'unethisch*', 'unserios*', 'betrug*', 'betruger*', 'abzock*', 'unehrlich*', 'gelogen', 'lugner*', 'lugen', 'inkompeten*', 'unprofessionell*',
    'amateurhaft*', 'dilettant*', 'lacherlich*', 'absurd*', 'beleidig*', 'frechheit*', 'unverschamt*', 'armselig*', 'peinlich*', 'enttausch*', 'frustrier*', 'nervig*',
    'genervt', 'arrogan*', 'herablassend*', 'uberheblich*', 'langweilig*', 'mittelmassig*', 'geizig*', 'knauserig*', 'unterbezahl*', 'unterdurchschnittlich*', 'hungerlohn*',
    'lohndumping', 'dumpinglohn*', 'billiglohn*', '(gehalt|angebot|vergutung|bezahlung|lohn)(sangebot)? (ist |war |viel |zu |einfach |total |echt |so )*(niedrig|lacherlich|ein witz|mies|schlecht|unverschamt|beleidigend|armselig)',
    'ein witz', 'witzlos', 'zeitverschwendung', '(meine|unsere) zeit (verschwendet|verschwenden|gestohlen|stehlen)', 'hohe fluktuation', 'hasse*', 'hassen', 'ekelhaft*',
    'scheiss*', 'scheis*', 'mist', 'blod*', 'dumm*', 'idiot*', 'nutzlos*', 'beschwer(de|den|en|e)', 'unbezahlte uberstunden', 'sklav*', 'sekte', 'respektlos*', 'unfair*',
    'unrealistisch*', 'burokratisch*', 'ineffizient*', 'uberqualifiziert*', 'unter meinem niveau', 'unter meiner wurde', 'keine zukunft', 'sackgasse', 'warnsignal*', 'rote flagge*',
    'irrefuhrend*', 'gierig*', 'chef (ist|war) (ein )?(idiot|tyrann|choleriker)', 'cholerisch*', 'tyrann*', 'mobbing',
    'schlecht(e|er|en|es)? (firma|unternehmen|arbeitgeber|angebot|stelle|team|chef*|vorgesetzt*|arbeitsatmosphare)', 'frech', 'inakzeptabel*', 'skandal*', 'emporend*',
    'unhoflich*', 'unfreundlich*', 'lohnt sich nicht', 'zu wenig (geld|gehalt|lohn)', 'burn ?out', 'ausgebrannt', 'knebelvertrag*', 'fluktuation', 'diskriminier*',
    'sexistisch*', 'rassistisch*', 'belastigung', 'unzumutbar*', 'katastrophal*',
    'witz', '(zahlen|zahlt|bezahlen|bezahlt|entlohnen) (einfach |viel |deutlich |echt |leider )?(zu )?(wenig|schlecht|mies)',
    'unter (dem )?(markt*|durchschnitt)', 'viel schlechtes', 'nichts gutes', 'schlechtes', 'zermurbend*', 'erschopf*', 'unzuverlassig*', 'unangenehm*', 'unattraktiv*', 'unglucklich*',
    'unertraglich*', 'schikan*', 'ausgenutzt', 'herabwurdig*', 'grauenvoll*', 'furchtbar', 'entsetzlich*',
  ],
  bridge: [
    '(kontaktieren|schreiben|rufen) sie mich (bitte )?(nie|nicht|niemals) (mehr|wieder)', '(nie|niemals) (mehr|wieder) kontaktieren', 'keine (weitere )?kontaktaufnahme',
    'hor(en|t) sie auf,? mich', 'lassen sie mich (in ruhe|zufrieden)', '(loschen|entfernen|streichen) sie (mich|meine daten)', 'kein(erlei)? interesse an ihre(m|r) (unternehmen|firma|laden|haus|konzern)',
    'ihr(e)? (unternehmen|firma|laden|haus) interessiert mich (nicht|nicht mehr|uberhaupt nicht)', '(nie|niemals) (fur|bei) (sie|euch|ihnen|ihr unternehmen|ihre firma) arbeiten',
    'wurde (nie|niemals) (fur|bei) (sie|euch|ihnen|ihnen)', 'spam*', 'belastig*', 'das werden sie bereuen', 'ihr pech', 'selbst schuld', 'nie wieder', 'auf keinen fall',
    'vergessen sie mich', '(loschen|entfernen) sie (bitte )?(sofort |umgehend |unverzuglich )?(mich|meine daten|meine kontaktdaten|mein profil)', 'ich werde (andere|alle) warnen', 'kein interesse,? (fur|bei) (sie|ihnen|euch) zu arbeiten',
  ],
  thanks: ['dank*', 'bedank*', 'dankbar*'],
  decline: [
    'absag*', 'abzusagen', 'sage (ich )?[^.!?\\n]{0,80} ab', 'zuruckzieh*', 'zuruckzuziehen', 'ziehe [^.!?\\n]{0,60} zuruck', 'zuruckgezogen', 'ablehn*', 'abzulehnen', 'lehne [^.!?\\n]{0,60} ab',
    'nicht (weiter )?(verfolgen|wahrnehmen|fortsetzen|fortfuhren|teilnehmen)', 'verzichte*',
  ],
  emphasis: ['nie', 'niemals', 'nicht', 'nein', 'kein', 'keine', 'stop', 'schluss'],
  salaryWords: ['gehalt*', 'vergutung*', 'lohn*', 'bezahlung', 'brutto*', 'netto*', 'jahresgehalt', 'monatlich*', 'im jahr', 'pro jahr', 'p a', 'angebot', 'fixum', 'tausend'],
};
