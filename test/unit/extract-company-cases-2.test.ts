// A degree or licence written after the writer's name in the signature ("Name, BSN") is no company.
// Every mail here is invented for these tests (not taken from the corpus).
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

function extract(fromName: string, fromEmail: string, subject: string, body: string) {
  return extractInvitation({ from: { name: fromName, email: fromEmail }, subject, body });
}

describe('company: credentials after the signer\'s name', () => {
  it('skips "MSN, CCRN" or "Ph.D." after the name and names the organisation line', () => {
    const rn = extract(
      'Maren Oyelaran',
      'moyelaran@stcuthberthealth.example',
      'ICU opening – could we talk?',
      "Hi Lee,\n\nWe're hiring an ICU Staff Nurse (Nights). Would you have 15 minutes on Thursday for a call?\n\nThanks,\nMaren\n\nMaren Oyelaran, MSN, CCRN\nNurse Recruiter | Saint Cuthbert Health\nOffice (555) 555-0100",
    );
    expect(rn.company).toBe('Saint Cuthbert Health');
    const phd = extract(
      'Tomas Reyes',
      'treyes@nvu-bio.example',
      'Postdoctoral Researcher – Soil Ecology: interview',
      'Dear Dr. Kim,\n\nI would like to invite you to interview for the Postdoctoral Researcher position in my lab. Could you do Tuesday at 10?\n\nBest wishes,\n\nTomas Reyes, Ph.D.\nAssociate Professor, Department of Biology\nNorth Valley University',
    );
    expect(phd.company).toBe('North Valley University');
  });
});
