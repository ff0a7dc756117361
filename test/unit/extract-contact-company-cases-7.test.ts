// A signature's postal address is no person ("Polígono …, 31500 Tudela", "Gewerbegebiet Nord",
// "Lagoa Park, 2740-244 Porto Salvo"), while a person whose name starts like a street word keeps it;
// "escribir a", "escrever para", "écrire à", "schreiben Sie an" name whom to contact; a department
// in any of five languages ("Atracción de Talento", "Gestão de Pessoas", "Acquisition de talents")
// is no company, and a title whose department the cleaning removes still is a title. Every mail
// here is invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

function extract(fromName: string, fromEmail: string, subject: string, body: string) {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body });
}

describe('contact: address lines and "write to" in five languages', () => {
  it('takes the person to write to, not the industrial-estate line under the team sign-off (es)', () => {
    expect(
      extract(
        'Conservas Moncayo – Selección',
        'no-reply@ats.example.com',
        'Entrevista: Operario/a de Línea de Envasado',
        'Hola, Lucía:\n\nGracias por tu candidatura a Operario/a de Línea de Envasado. Queremos conocerte en una entrevista en nuestra fábrica.\n\nReserva tu hora aquí: https://ats.example.com/moncayo/citas/OLE-44\n\nPara cualquier consulta, puedes escribirle a Itziar Zubiri, de Personas, a personas@moncayo.example.\n\nUn saludo,\nEquipo de Selección\nConservas Moncayo, S.A.\nPolígono Los Ángeles Norte, 50540 Borja',
      ).contactFirstName,
    ).toBe('Itziar');
  });

  it('reads no one from a "Gewerbegebiet" address and takes the person named after "schreiben Sie an" (de)', () => {
    expect(
      extract(
        'Spedition Hallberg – Karriere',
        'noreply@bewerbung.example.com',
        'Einladung zum Vorstellungsgespräch – Disponent (m/w/d)',
        'Guten Tag Herr Brandt,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie gern zu einem Vorstellungsgespräch ein. Bitte wählen Sie einen Termin: https://bewerbung.example.com/hallberg/termin/DIS-7\n\nBei Fragen schreiben Sie bitte an Frau Greta Albers.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\nSpedition Hallberg GmbH\nGewerbegebiet Nord, 74078 Heilbronn',
      ).contactFirstName,
    ).toBe('Greta');
  });

  it('names no one when the only name-shaped line is an address ending in a postcode and town (pt)', () => {
    expect(
      extract(
        'Navalis Engenharia – Recrutamento',
        'nao-responder@ats.example.com',
        'Convite para entrevista – Engenheiro/a de Projeto',
        'Olá, Rui:\n\nObrigado pela sua candidatura. Gostaríamos de o convidar para uma entrevista. Escolha o horário que lhe for mais conveniente aqui: https://ats.example.com/navalis/agenda/EP-12\n\nCom os melhores cumprimentos,\nEquipa de Recrutamento\nNavalis Engenharia, S.A.\nLagoa Park, 2740-244 Porto Salvo',
      ).contactFirstName,
    ).toBe(null);
  });

  it('takes the person after "pode escrever para" (pt) and "vous pouvez écrire à" (fr)', () => {
    expect(
      extract(
        'Navalis Engenharia – Recrutamento',
        'nao-responder@ats.example.com',
        'Convite para entrevista – Engenheiro/a de Projeto',
        'Olá, Rui:\n\nGostaríamos de o convidar para uma entrevista. Escolha o horário aqui: https://ats.example.com/navalis/agenda/EP-12\n\nSe tiver alguma dúvida, pode escrever para a Teresa Vilaça, da equipa de Pessoas.\n\nCom os melhores cumprimentos,\nEquipa de Recrutamento',
      ).contactFirstName,
    ).toBe('Teresa');
    expect(
      extract(
        'Transports Vidal – Recrutement',
        'ne-pas-repondre@ats.example.com',
        'Invitation à un entretien – Exploitant transport (H/F)',
        'Bonjour Karim,\n\nNous souhaitons vous rencontrer pour un entretien. Choisissez votre créneau ici : https://ats.example.com/vidal/rdv/EXP-3\n\nPour toute question, vous pouvez écrire à Solène Marchal, chargée de mission RH.\n\nCordialement,\nService Recrutement\nTransports Vidal\nRue des Frères Lumière, 69800 Saint-Priest',
      ).contactFirstName,
    ).toBe('Solène');
  });

  it('keeps a signer whose given name is also a street word ("Calle", "Rue") or whose surname is one', () => {
    expect(
      extract(
        'Nordvik Marine Careers',
        'careers@nordvik.example',
        'Interview invitation – Marine Electrician',
        'Hi Jonas,\n\nWe would like to invite you to an interview for the Marine Electrician role on Thursday at 13:00.\n\nBest regards,\nCalle Lindqvist\nTalent Partner\nNordvik Marine',
      ).contactFirstName,
    ).toBe('Calle');
    expect(
      extract(
        'Harlan Foods Talent',
        'no-reply@harlanfoods.example',
        'Interview invitation – Quality Technician',
        'Hi Maya,\n\nWe would like to invite you to an interview for the Quality Technician role on Monday at 10:00.\n\nBest,\nRue Whitfield\nTalent Coordinator\nHarlan Foods',
      ).contactFirstName,
    ).toBe('Rue');
    expect(
      extract(
        'Hoteles Albariza – Selección',
        'seleccion@albariza.example',
        'Entrevista – Recepcionista',
        'Hola, Sergio:\n\nNos gustaría conocerte en una entrevista el martes a las 11:00.\n\nUn saludo,\nPaz Plaza\nResponsable de Selección\nHoteles Albariza\nPlaza de la Constitución 3, 29601 Marbella',
      ).contactFirstName,
    ).toBe('Paz');
  });
});

describe('company: departments in five languages', () => {
  it('takes the company after "Atracción de Talento |", not the department (es)', () => {
    expect(
      extract(
        'Renata Olvera',
        'renata.olvera@ferrovia-kinal.example',
        'Vacante Jefe de Almacén – ¿platicamos?',
        'Hola Iván,\n\nVi tu perfil y me pareció ideal para la vacante de Jefe de Almacén. ¿Te late una llamada el jueves a las 12:00?\n\nSaludos,\n\nRenata Olvera\nAtracción de Talento | Transportes Tikal\nCel. +52 33 5550 7788',
      ).company,
    ).toBe('Transportes Tikal');
  });

  it('skips "Aquisição de Talentos", "Acquisition de Talents" and "Capital Humano" lines (pt, fr, es)', () => {
    expect(
      extract(
        'Beatriz Lameiras',
        'beatriz.lameiras@vla.example',
        'Entrevista – Técnico/a Comercial',
        'Olá Pedro,\n\nGostaríamos de o convidar para uma entrevista na quinta-feira às 15h00.\n\nCumprimentos,\n\nBeatriz Lameiras\nAquisição de Talentos | Vinhos Lameiras do Douro',
      ).company,
    ).toBe('Vinhos Lameiras do Douro');
    expect(
      extract(
        'Hugo Berthier',
        'h.berthier@mvn.example',
        'Entretien – Technicien de maintenance (H/F)',
        'Bonjour Léa,\n\nNous aimerions vous rencontrer mardi à 14h pour un entretien.\n\nBien à vous,\n\nHugo Berthier\nAcquisition de Talents – Groupe Morvan',
      ).company,
    ).toBe('Groupe Morvan');
    expect(
      extract(
        'Diana Quesada',
        'dquesada@orbe.example',
        'Entrevista – Analista Contable',
        'Hola Mario,\n\nTe propongo una entrevista el miércoles a las 9:00.\n\nSaludos,\n\nDiana Quesada\nCapital Humano | Laboratorios Cenit',
      ).company,
    ).toBe('Laboratorios Cenit');
  });

  it('takes a department ending off a team display name ("… Capital Humano", "… Personalabteilung")', () => {
    expect(
      extract(
        'Financiera Tolsa Capital Humano',
        'no-reply@ats.example.com',
        'Entrevista – Ejecutivo/a de Cobranza',
        'Hola Andrea,\n\nTe invitamos a una entrevista. Elige tu horario aquí: https://ats.example.com/tolsa/agenda/77\n\nSaludos,\nEquipo',
      ).company,
    ).toBe('Financiera Tolsa');
    expect(
      extract(
        'Kessler Werkzeugbau Personalabteilung',
        'noreply@ats.example.com',
        'Einladung zum Vorstellungsgespräch – Werkzeugmechaniker (m/w/d)',
        'Guten Tag Herr Yilmaz,\n\nwir laden Sie zu einem Vorstellungsgespräch ein. Bitte wählen Sie einen Termin: https://ats.example.com/kessler/termin/4\n\nMit freundlichen Grüßen\nIhr Team',
      ).company,
    ).toBe('Kessler Werkzeugbau');
  });

  it('reads a title whose department the cleaning takes off as a title, preferring the company line after it', () => {
    expect(
      extract(
        'Owen Marsh',
        'owen.marsh@hwd.example',
        'Interview – Store Manager',
        'Hi Priya,\n\nThanks for your interest in the Store Manager role at Harwood Stores. Could you do a call on Friday at 11:00?\n\nBest,\n\nOwen Marsh\nHead of Talent Acquisition – Retail\nHarwood Stores',
      ).company,
    ).toBe('Harwood Stores');
  });

  it('keeps a company named after a street word ("Calle & Co", "Plaza Hoteles")', () => {
    expect(
      extract(
        'Marta Ruiz',
        'marta.ruiz@mrz.example',
        'Entrevista – Diseñador/a Gráfico',
        'Hola Leo,\n\nNos gustaría conocerte el lunes a las 10:00.\n\nUn saludo,\n\nMarta Ruiz\nTalent Acquisition | Calle & Co',
      ).company,
    ).toBe('Calle & Co');
    expect(
      extract(
        'Plaza Hoteles – Selección',
        'seleccion@plazahoteles.example',
        'Entrevista – Camarero/a de pisos',
        'Hola Ana,\n\nTe invitamos a una entrevista el viernes a las 12:00.\n\nUn saludo,\nEquipo de Selección\nPlaza Hoteles',
      ).company,
    ).toBe('Plaza Hoteles');
  });
});
