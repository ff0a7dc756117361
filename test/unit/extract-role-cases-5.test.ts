// Role titles: a subject's question after the dash, a clipped word the body spells out, a civil-service
// "Classification:" line (not a document's), a tool's "following role:" line, and a subject bracket that
// names a place where the body's bracket qualifies the title. Every mail here is invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

function role(fromName: string, fromEmail: string, subject: string, body: string) {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body }).role;
}

describe('role: titles written two ways', () => {
  it('does not take a question after the subject\'s dash for a qualifier', () => {
    expect(
      role(
        'Jana Köhler',
        'jana@kreislauf-energie.example',
        'Werkstudent Controlling – Kurzes Telefonat?',
        'Hallo Tim,\n\ndanke für deine Bewerbung als Werkstudent Controlling (m/w/d) bei Kreislauf Energie! Hast du Donnerstag um 14 Uhr Zeit für ein kurzes Telefonat?\n\nViele Grüße\nJana',
      ),
    ).toBe('Werkstudent Controlling (m/w/d)');
  });

  it('prefers the body\'s spelled-out title to the subject\'s clipped word', () => {
    expect(
      role(
        'Inès Caradec',
        'ines@marinel.example',
        'Un appel ? (Dev Front-end Confirmé chez Marinel)',
        "Bonjour Hugo,\n\nOn cherche un·e Développeur·se Front-end Confirmé (React) pour l'équipe produit. Un appel de 20 minutes jeudi, ça te dirait ?\n\nBelle journée,\nInès",
      ),
    ).toBe('Développeur·se Front-end Confirmé (React)');
  });

  it('reads a civil-service classification line, not a document marking', () => {
    expect(
      role(
        'Harlow County Personnel',
        'personnel-noreply@harlowcounty.example',
        'Oral Board Notice',
        'Dear Applicant,\n\nYou are scheduled for an oral board interview on March 4 at 9:00 AM.\n\nClassification: Building Inspector II\nLocation: County Annex, Room 12\n\nHarlow County Personnel',
      ),
    ).toBe('Building Inspector II');
    expect(
      role(
        'Tomas Greer',
        'tomas.greer@fernbank.example',
        'Interview – Risk Analyst',
        'Hi Ada,\n\nThanks for your interest in the Risk Analyst vacancy. Could you do Tuesday at 10:00 for the interview?\n\nKind regards,\nTomas\n\nClassification: INTERNAL',
      ),
    ).toBe('Risk Analyst');
  });

  it('reads the title a tool lists under "the following role:"', () => {
    expect(
      role(
        'Corvid Labs via CodeRoom',
        'invites@coderoom.example.com',
        'Corvid Labs has invited you to a coding interview',
        'Hi Sam,\n\nCorvid Labs has invited you to a live coding interview on CodeRoom for the following role:\n\nPlatform Engineer, Developer Tooling\n\nWhen: Monday, 10:00 CET\n\nYou received this email because Corvid Labs scheduled an interview with you.',
      ),
    ).toBe('Platform Engineer, Developer Tooling');
  });

  it('takes the body\'s bracket when the subject\'s names a place the body mentions', () => {
    expect(
      role(
        'Morag Lindsay',
        'morag.lindsay@heathercare-recruitment.example',
        'Interview booked – Band 5 Staff Nurse (Glasgow)',
        "Hi Erin,\n\nAs discussed, I've put you forward to my client, a private hospital in south Glasgow, for the Band 5 Staff Nurse (Theatres, Day Surgery) post. They'd like to meet you on Friday at 11:00.\n\nBest,\nMorag",
      ),
    ).toBe('Band 5 Staff Nurse (Theatres, Day Surgery)');
  });

  it('reads "application for X and would like to meet you" without an article', () => {
    expect(
      role(
        'Brookfield Grocers Careers',
        'careers-noreply@ats.example.com',
        'Brookfield Grocers: book your in-store interview',
        "Hi Dana,\n\nThanks for your interest in Brookfield Grocers! The team at Store #31 reviewed your application for Early Morning Bakery Associate and would like to meet you. Pick a time here: https://ats.example.com/b/31\n\nBrookfield Grocers Talent Team",
      ),
    ).toBe('Early Morning Bakery Associate');
  });

  it('reads "the X onsite" as the title of an onsite visit', () => {
    expect(
      role(
        'Priya Nair',
        'priya.nair@corvenbio.example',
        'Fwd: Your itinerary – Corven onsite, Thursday',
        'Hi Leo,\n\nForwarding your itinerary below. Everything for Thursday is now set for the Principal Scientist, Cell Line Development onsite in Oxford.\n\nBest,\nPriya',
      ),
    ).toBe('Principal Scientist, Cell Line Development');
  });

  it('prefers the body\'s capitalised title to a casual lower-case subject for the same job', () => {
    expect(
      role(
        'Rhian Pryce',
        'rhian@tidepoolstudio.example',
        'Contract illustration designer – 4 weeks, remote',
        "Hi Cal,\n\nI'm a producer at Tidepool Studio. We've got a 4-week contract coming up for a Freelance Illustration Designer (Procreate / Illustrator) to help with a picture-book app. Would you be free for a quick call on Monday?\n\nThanks,\nRhian",
      ),
    ).toBe('Freelance Illustration Designer (Procreate / Illustrator)');
  });

  it('reads a Portuguese internship programme title and skips a job number before the invitation', () => {
    expect(
      role(
        'Capivara Seguros',
        'talentos-noreply@hire.example.com',
        'Próxima etapa: grave suas respostas em vídeo – Estágio em Análise de Riscos 2026',
        'Olá, Bruna!\n\nParabéns, você avançou no processo seletivo do Estágio em Análise de Riscos 2026 da Capivara Seguros!\n\nAcesse aqui: https://hire.example.com/capivara/video/1',
      ),
    ).toBe('Estágio em Análise de Riscos 2026');
    expect(
      role(
        'Dunmore County Human Resources',
        'hr-noreply@dunmorecounty.example',
        'Next step',
        'Dear Applicant,\n\nYour application for Benefits Technician II (Job #2025-0112) has been reviewed and you are invited to a one-way video interview.\n\nDunmore County Human Resources',
      ),
    ).toBe('Benefits Technician II');
  });

  it('does not take "Inside IR35" after a dash for a qualifier', () => {
    expect(
      role(
        'Owen Carver',
        'owen@carverit.example',
        'Contract – SAP Basis Consultant',
        "Hi Mo,\n\nI'm working with Hallam Water on a 6-month contract for an SAP Basis Consultant (RISE migration) — Inside IR35, £550/day. Free for a call tomorrow?\n\nOwen",
      ),
    ).toBe('SAP Basis Consultant (RISE migration)');
  });

  it('drops the recruiting process word before a subject title', () => {
    expect(
      role(
        'Ander Etxeberria',
        'ander@norteselecciona.example',
        'RE: Proceso Jefe de Mantenimiento - Lácteos Urdaibai',
        'Hola Maite:\n\nBuenas noticias: Lácteos Urdaibai quiere conocerte el martes a las 10:00. ¿Te encaja?\n\nUn saludo,\nAnder',
      ),
    ).toBe('Jefe de Mantenimiento');
  });
});
