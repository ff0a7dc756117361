// Postal address lines, which a signature puts where a name or a company could stand.
import { fold } from '../text/fold';
import { hasDigit } from '../text/datetime';
import { firstWord } from './word-split';

// Words that open an address line in five languages, accent-folded: "Polígono Las Labradas, 31500
// Tudela", "Calle Mayor", "Rua Augusta", "Avenue Foch", "Gewerbegebiet Nord", "Zona Industrial
// Sur". None is anyone's given name ("Paz" is no "Plaza"): a signature line they open is no person.
const STREET_WORD = new Set(
  'c/|avenida|avda|av|avenue|paseo|plaza|pza|placa|poligono|carretera|ctra|glorieta|travesia|urbanizacion|urb|bulevar|boulevard|blvd|bd|parque|parc|zona|zone|rua|travessa|praca|rodovia|chemin|allee|impasse|quai|piazza|viale|gewerbegebiet|industriegebiet|industriepark|gewerbepark|strasse|str'.split('|'),
);
// Street words that are also given names ("Rue McClanahan", "Calle Lindqvist", "Camino Ortega"): an
// address only with a connector or a number after them ("Rue de la Paix", "Calle de Alcalá", "Via
// dei Mille", "Place du Marché", "Rue 12").
const STREET_WORD_IF_LINKED = new Set(['rue', 'via', 'place', 'route', 'largo', 'cours', 'calle', 'camino']);
const LINKED = /^\s(?:de|del|della|dei|degli|des|du|da|do|dos|das|la|le|les|d['’]|\d)/;
// German street compounds opening the line ("Hauptstraße", "Lindenallee", "Marktplatz").
const STREET_END = /(?:strasse|str\.?|gasse|allee|platz|weg|damm|ufer)$/;
// English street places written after their name: "Harbour Business Park", "Calder Industrial Estate".
const PLACE_AFTER = /\s(?:business park|industrial estate|trading estate|retail park|science park|technology park|industrial park)\b/;
// A line ending in a postcode and town: "31500 Tudela", "1000-001 Lisboa", "01310-100 São Paulo",
// "D-10115 Berlin", "Leeds LS1 4AP", "Austin, TX 78701", "C.P. 66220" (not a phone number's last
// digits before a word: the postcode opens the line or follows a comma or a word).
const POSTCODE_TOWN =
  /(?:(?:^|,\s*|[A-Za-zÀ-ž.]\s)(?:[A-Z]{1,2}-)?(?:\d{4,5}(?:-\d{3,4})?|\d{2}-\d{3})\s+[A-ZÀ-ÖØ-ÞĀ-ž][^\d,@]{1,40}|\s[A-Z]{2}\s\d{5}(?:-\d{4})?|\bC\.?\s?P\.?\s?\d{4,5}|\s[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})\s*$/;

// English street names end in their street word, before a comma or the line's end: "Harbour View
// Road, Cork", "12 Mill Lane". (A comma or a number must come with it: "Sam Way" alone is a person.)
const STREET_NAME = String.raw`[A-Z][A-Za-z'’.-]*(?:\s[A-Z][A-Za-z'’.-]*){0,3}\s(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Drive|Dr|Way|Boulevard|Blvd|Close|Crescent|Terrace|Square|Quay|Wharf|Row|Parkway|Pkwy|Highway|Hwy)\.?`;
const STREET_AFTER = new RegExp(String.raw`^(?:\d+[a-z]?\s)?${STREET_NAME},`);
const NUMBERED_STREET = new RegExp(String.raw`^\d+[a-z]?\s${STREET_NAME}$`);

// A town and its state or province: "Port Alberni, BC", "Round Rock, TX" (not MD, PA, MA, MS or DE,
// which follow a person's name as degrees or posts too).
const TOWN_REGION =
  /^[A-Z][A-Za-z'’.-]+(?:\s[A-Z][A-Za-z'’.-]+){0,2},\s(?:AL|AK|AZ|AR|CA|CO|CT|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|MI|MN|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|BC|AB|SK|MB|ON|QC|NB|NS|NL|YT|NT|NU|NSW|VIC|QLD|TAS|ACT)$/;

/** A signature line that is a postal address ("Polígono Las Labradas, 31500 Tudela"), not a person. */
export function isAddressLine(line: string): boolean {
  const t = line.trimStart();
  const lead = firstWord(t).replace(/,$/, '');
  const w = fold(lead).replace(/\.$/, '');
  if (STREET_WORD.has(w)) return true;
  if (STREET_WORD_IF_LINKED.has(w) && LINKED.test(t.slice(lead.length))) return true;
  if (w.length >= 7 && STREET_END.test(w)) return true;
  if (STREET_AFTER.test(t) || NUMBERED_STREET.test(t) || TOWN_REGION.test(t.trimEnd())) return true;
  // (Only a line with a digit can end in a postcode; only one with a space holds a place after a name.)
  return (hasDigit(line) && POSTCODE_TOWN.test(line)) || (line.includes(' ') && PLACE_AFTER.test(fold(line)));
}
