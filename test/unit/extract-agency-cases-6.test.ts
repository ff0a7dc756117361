// Agencies that name their client without a possessive: "Estoy apoyando a X en la búsqueda", a subject
// whose client also heads another name in the text ("… Gin" and "… Distillery"), and an agency known
// only by its signature line ("Ferncliff Trades Recruitment") naming the client in a forwarded subject.
// Every mail here is invented for these tests.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

function company(fromName: string, fromEmail: string, subject: string, body: string) {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body }).company;
}

describe('company: agency clients named without a possessive', () => {
  it('reads "apoyando a X en la búsqueda" as the client', () => {
    expect(
      company(
        'Lorena Vidal',
        'lorena.vidal@nortetalento.example',
        'Jefe de Calidad – empresa de alimentos en Monterrey',
        'Hola Andrés,\n\nSoy Lorena, consultora en Norte Talento. Estoy apoyando a Conservas Sierra Alta en la búsqueda de un Jefe de Calidad para su planta de Apodaca.\n\n¿Tendrías 15 minutos el martes para una llamada?\n\nSaludos,\nLorena Vidal\nConsultora | Norte Talento',
      ),
    ).toBe('Conservas Sierra Alta');
  });

  it("takes the subject's client when its word heads another of the client's names in the text", () => {
    expect(
      company(
        'Owen Pask',
        'owen.pask@heronrecruitment.example',
        'Second stage – Brand Manager, Quillbrook Cider',
        'Hi Maya,\n\nGreat news — they loved your session on Tuesday. The founders would like to see you again at the Quillbrook Orchard, Mill Road, Ledbury, on Thursday 4 July at 10:00.\n\nDoes that work?\n\nOwen\n\nOwen Pask\nDirector | Heron Recruitment',
      ),
    ).toBe('Quillbrook Cider');
  });

  it('keeps the agency when the subject segment is no proper name the text bears out', () => {
    expect(
      company(
        'Owen Pask',
        'owen.pask@heronrecruitment.example',
        'Second stage – Brand Manager, Premium Cider',
        'Hi Maya,\n\nGreat news — they loved your session on Tuesday and would like to see you again on Thursday 4 July at 10:00 at their offices. Premium cider is growing fast.\n\nDoes that work?\n\nOwen\n\nOwen Pask\nDirector | Heron Recruitment',
      ),
    ).toBe('Heron Recruitment');
  });

  it("reads the client from the subject when only the signature's name says agency", () => {
    expect(
      company(
        'Dev Mistry',
        'dev.mistry@ferncliff.example',
        'FW: Interview confirmation – Quantity Surveyor – Ashcombe Builders',
        "Hi Tom,\n\nSee below from Ashcombe — you're confirmed for Tuesday at 9am.\n\nDev\n\nDev Mistry | Consultant | Ferncliff Trades Recruitment\n\n---------- Forwarded message ---------\nFrom: Jan Holt <jan.holt@ashcombebuilders.example>\nSubject: Interview confirmation – Quantity Surveyor\n\nHi Dev,\n\nHappy to confirm Tom for Tuesday 9am at our Frome yard.\n\nJan Holt\nAshcombe Builders Ltd",
      ),
    ).toBe('Ashcombe Builders');
  });

  it('reads a "Staffing Specialist" signature as an agency and names the client that wants to see you', () => {
    expect(
      company(
        'Rosa Vega - ShiftReady',
        'rvega@shiftready.example',
        'Picker job – interview Tuesday',
        "Hey Jamal, it's Rosa from ShiftReady. Good news, Oakvale Foods wants to see you for the Picker/Packer – Night Shift spot.\n\nInterview is Tuesday at 10:00am at their plant. Bring your ID.\n\nThanks!\nRosa Vega\nStaffing Specialist | ShiftReady – North Branch",
      ),
    ).toBe('Oakvale Foods');
  });
});
