// Invitations worded the way owners, founders and recruiters write when they are in a hurry: a trial
// shift at the shop, "on se cale un call ?", "kannst du vorbeikommen?", "bora marcar um café?", a
// reschedule or a confirmation in one line. And near-misses that share their words. Mails invented
// for these tests.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import { from } from './helpers/mail';

const invitations: [string, string, string, string, string][] = [
  // [lang, writer, address, subject, body]
  [
    'en',
    'Dougie Barr',
    'dougie@barrbrothersbakery.example',
    'Your CV – weekend baker',
    "Hi Aoife,\n\nThanks for dropping off your CV on Tuesday. We're short-staffed on weekends and need a baker for the early shift. Could you pop into the bakery Saturday around 6 for a paid trial shift? Bring a pair of non-slip shoes.\n\nCheers,\nDougie",
  ],
  [
    'en',
    'Priya Raman',
    'priya@tallyhq.example',
    'Re: Backend Engineer',
    "Hey Marcus,\n\nThe team loved your take-home. Next up is a 90-minute pairing session with two of our engineers. How's your Thursday looking? Flick me a couple of windows and I'll send the invite.\n\nPriya\nCo-founder, Tally",
  ],
  [
    'en',
    'Jo Whitfield',
    'jo.whitfield@harwoodsearch.example',
    'Re: Re: Operations Manager – Harwood client',
    "Hi Sean,\n\nSomething's come up on the client's side, so can we bump Wednesday's chat to Friday at 11? Same Teams link.\n\nThanks,\nJo\n\n> Wednesday 2pm works for me. Looking forward to it.\n> Sean",
  ],
  [
    'es',
    'Martín Sosa',
    'martin@cafeterialaesquina.example',
    'Tu CV para la barra',
    'Hola Lucía,\n\nVimos tu CV y andamos buscando alguien para la barra los fines de semana. ¿Podés darte una vuelta por el local el jueves a la tarde para una jornada de prueba? Avisame qué día te queda mejor.\n\nAbrazo,\nMartín',
  ],
  [
    'es',
    'Karla Ibarra',
    'karla.ibarra@nodosoft.example',
    'Re: Desarrolladora Frontend',
    'Hola Daniela,\n\nUna disculpa, se nos complicó la agenda del jueves. ¿Podemos pasarlo al viernes a las 12? Te mando la liga de Meet en cuanto me confirmes.\n\nSaludos,\nKarla\nTalent Acquisition',
  ],
  [
    'es',
    'Elena Prieto',
    'elena.prieto@grupolumbre.example',
    'Re: Entrevista – Técnico de Mantenimiento',
    'Perfecto, Jorge: queda apuntado para el martes a las 9:30 en la nave de Getafe. Pregunta por mí en recepción.\n\nUn saludo,\nElena\n\n> El martes a las 9:30 me viene bien.\n> Jorge',
  ],
  [
    'fr',
    'Théo Marchal',
    'theo@studiomarchal.example',
    'Ta candidature – designer junior',
    "Salut Inès,\n\nJ'ai regardé ton portfolio, super boulot. On cherche un designer junior pour la rentrée : on se cale un call cette semaine ? Dis-moi ce qui t'arrange, mardi ou jeudi en fin de journée.\n\nThéo",
  ],
  [
    'fr',
    'Sandrine Gauthier',
    'sandrine.gauthier@boulangeriegauthier.example',
    'Votre candidature – vendeuse',
    "Bonjour Camille,\n\nMerci pour votre candidature au poste de vendeuse. Je vous propose une journée d'essai samedi matin à la boutique, de 7 h à 12 h. Est-ce que ça vous convient ?\n\nSandrine Gauthier",
  ],
  [
    'fr',
    'Olivier Tremblay',
    'olivier.tremblay@groupenordik.example',
    'Re: Entretien – Technicien en automatisation',
    "Bonjour Maxime,\n\nPetit imprévu de mon côté : on décale à jeudi 14 h ? Même lien Teams. Si ça adonne pas, propose-moi tes dispos.\n\nOlivier",
  ],
  [
    'de',
    'Jens Kohlmann',
    'jens@kohlmann-tischlerei.example',
    'Deine Bewerbung – Tischler (m/w/d)',
    'Hallo Leon,\n\ndanke für deine Bewerbung. Kannst du am Donnerstag mal in der Werkstatt vorbeikommen? Dann machen wir einen Probetag und du lernst das Team kennen. Sag mir kurz Bescheid, ob 8 Uhr passt.\n\nGruß\nJens',
  ],
  [
    'de',
    'Ursula Brändli',
    'ursula.braendli@alpenmed.example',
    'Re: Vorstellungstermin – Pflegefachfrau HF',
    'Liebe Frau Keller\n\nMir ist leider etwas dazwischengekommen, genau zur Zeit unseres Gesprächs über die Stelle auf der Station 3. Könnten wir auf Freitag, 10 Uhr, ausweichen? Ein Ersatztermin wäre auch Montag um 14 Uhr.\n\nFreundliche Grüsse\nUrsula Brändli, HR',
  ],
  [
    'de',
    'Nina Albers',
    'nina.albers@flinkdata.example',
    'Re: Data Engineer – kurzer Call?',
    'Hi Tobias,\n\nsuper, Donnerstag 15 Uhr ist eingetragen. Dann bis Donnerstag, ich schicke dir gleich den Link.\n\nViele Grüße\nNina\n\n> Donnerstag um 15 Uhr passt mir gut.',
  ],
  [
    'pt',
    'Rafa Moreira',
    'rafa@cafemoreira.example',
    'Vaga de barista',
    'Oi Júlia, tudo bem?\n\nVi teu currículo e a gente tá precisando de barista. Bora marcar um café? Dá uma passada aqui na loja na quinta de manhã pra um dia de experiência, fica bom pra você?\n\nAbraço,\nRafa',
  ],
  [
    'pt',
    'Inês Barata',
    'ines.barata@tejoconsulting.example',
    'Re: Entrevista – Analista de Dados',
    'Olá Pedro,\n\nSurgiu-me um imprevisto na quarta. Podemos passar para sexta às 10h? Se não der, indica-me outro dia.\n\nCumprimentos,\nInês Barata\nRecrutamento',
  ],
  [
    'pt',
    'Camila Torres',
    'camila.torres@vitrinedigital.example',
    'Re: Designer UX – bate-papo',
    'Oi Bruno,\n\nCombinado, até quinta às 16h então! Te mando o link do Meet na véspera.\n\nAbs,\nCamila\n\n> Quinta às 16h fica ótimo pra mim.',
  ],
  [
    'es',
    'Nuria Sanz',
    'nuria@hornodelbarrio.example',
    'Lo del puesto de ayudante de obrador',
    '¡Hola Daniel! Te escribe Nuria, del Horno del Barrio. Nos ha llegado tu currículum por Marta.\n\n¿Podrías venirte el sábado a las 7:00 y hacemos una prueba de unas horas en el obrador? Te las pagamos, por supuesto. Si el sábado te viene mal, dime otro día.\n\nUn beso,\nNuria',
  ],
];

describe('casual and small-business invitations', () => {
  it.each(invitations)('[%s] %s: %s', (_lang, name, email, subject, body) => {
    const d = detectInvitation({ from: from(name, email), subject, body });
    expect(d.invite).toBe(true);
  });
});

describe('near-misses that use the same words', () => {
  it('a regular customer asked to swing by the shop to collect an order is not an invitation', () => {
    const d = detectInvitation({
      from: from('Dougie Barr', 'dougie@barrbrothersbakery.example'),
      subject: 'Your cake order',
      body: "Hi Aoife,\n\nYour birthday cake is ready. Could you pop into the bakery Saturday around 10 to collect it? We're open till 2.\n\nCheers,\nDougie",
    });
    expect(d.invite).toBe(false);
  });

  it('a rejection after a trial shift is not an invitation', () => {
    const d = detectInvitation({
      from: from('Sandrine Gauthier', 'sandrine.gauthier@boulangeriegauthier.example'),
      subject: 'Suite à votre journée d’essai',
      body: "Bonjour Camille,\n\nMerci d'être venue pour la journée d'essai samedi. Nous avons malheureusement retenu une autre candidate pour le poste de vendeuse. Je vous souhaite bonne continuation.\n\nSandrine Gauthier",
    });
    expect(d.invite).toBe(false);
  });

  it('a friend moving a coffee is not an interview reschedule', () => {
    const d = detectInvitation({
      from: from('Clara', 'clara@correo.example'),
      subject: 'café',
      body: 'Oi Júlia! Surgiu um imprevisto, podemos passar para sexta o nosso café? Bora marcar às 10h? Beijo, Clara',
    });
    expect(d.invite).toBe(false);
  });

  it('an offer that confirms the first day is not an invitation', () => {
    const d = detectInvitation({
      from: from('Jens Kohlmann', 'jens@kohlmann-tischlerei.example'),
      subject: 'Dein Arbeitsvertrag – Tischler (m/w/d)',
      body: 'Hallo Leon,\n\nwir möchten dir die Stelle als Tischler anbieten! Anbei dein Arbeitsvertrag, dein Eintrittsdatum ist der 1. März. Dann bis Montag um 7 Uhr in der Werkstatt.\n\nGruß\nJens',
    });
    expect(d.invite).toBe(false);
  });

  it('a podcast host asking to reschedule a recording is not an invitation', () => {
    const d = detectInvitation({
      from: from('Mateo Ruiz', 'mateo@podcastoficios.example'),
      subject: 'Re: Entrevista para el podcast',
      body: 'Hola Karla,\n\nse nos complicó la agenda del estudio. ¿Podemos pasarlo al viernes a las 12? La grabación del episodio dura una hora.\n\nSaludos,\nMateo\nPodcast Oficios',
    });
    expect(d.invite).toBe(false);
  });
});
