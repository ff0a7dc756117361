// System mail that shows its employer only as a logo's alt text ("[Image: Cobalt Finch]") under a
// display name that is a function ("Interview Scheduling") or "Careers", with a footer of links
// ("Privacy policy | Terms"); a founder writing from a personal mailbox, signed "Co-founder & CEO" above
// the company's line; an owner signing under a short closing sentence ("Let me know!"). Invented mails.
import { describe, expect, it } from 'vitest';
import { extractInvitation } from '../../src/core/extract/index';

const company = (name: string, email: string, subject: string, body: string) => extractInvitation({ from: { name, email }, subject, body }).company;

describe('company: a logo line in system mail', () => {
  it('reads "[Image: X]" under a display name that is a function, not the footer links', () => {
    expect(
      company(
        'Interview Scheduling',
        'scheduling@ats.example.com',
        'Confirmed: Monday, March 3, 2:00 PM',
        '[Image: Larkspur Outfitters]\n\nHi Ben,\n\nYour interview is confirmed.\n\nPosition: Store Manager - Flagship\nDate: Monday, March 3\nTime: 2:00 PM\n\nNeed to reschedule? Contact your coordinator, Tess Moran.\n\nPrivacy policy | Terms',
      ),
    ).toBe('Larkspur Outfitters');
  });

  it('reads "[Logo: X]" when the display name is "Careers"', () => {
    expect(
      company(
        'Careers',
        'no-reply@ats.example.com',
        'Next step: choose a time for your interview',
        '[Logo: Whitcombe & Reyes]\n\nHi Dana,\n\nThanks for applying for the Legal Secretary opening. Pick a slot for a 30-minute video interview here: https://ats.example.com/c/wr-1/slots\n\nKind regards,\nRecruiting',
      ),
    ).toBe('Whitcombe & Reyes');
  });
});

describe('company: a founder signing from a personal mailbox', () => {
  it('passes over "Co-founder & CEO" to the company line', () => {
    expect(
      company(
        'Mina Patel',
        'mina.patel@mail.example',
        'The ops role',
        "Hi Leo,\n\nThanks for your note. I'd love to talk about the Operations Lead role - could you do a call Thursday afternoon?\n\nMina\n\n--\nMina Patel\nCo-founder & CEO\nFernleaf Tea Co\nLoose-leaf tea, packed in Leeds",
      ),
    ).toBe('Fernleaf Tea Co');
  });
});

describe('contact: a name under a short closing sentence', () => {
  it('reads "Let me know! / <Name> / Owner, <Company>"', () => {
    const x = extractInvitation({
      from: { name: 'Marlowe Street Deli', email: 'jobs@marlowestreetdeli.example' },
      subject: 'Line Cook - trial & chat',
      body: "Hi Sam,\n\nThanks for applying! Could you come in Saturday at 7am for a short chat and a paid two-hour trial shift? Bring your own knives if you have them.\n\nLet me know!\nGreta\nOwner, Marlowe Street Deli",
    });
    expect(x.contactFirstName).toBe('Greta');
  });
});
