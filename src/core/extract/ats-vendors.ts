// Names and mail domains of applicant-tracking products (Workday, Greenhouse, Personio, …).

// Applicant-tracking products send mail under their own name; the employer is never the vendor.
const ATS_VENDOR =
  /^(?:workable|greenhouse|lever|workday|smartrecruiters|icims|teamtailor|personio|bamboohr|jazzhr|recruitee|ashby|hirevue|taleo|successfactors|jobvite|breezy(?: hr)?|pinpoint|gupy|kenoby|softgarden|join|welcome to the jungle|talentsoft|cornerstone)$/i;

// ATS_VENDOR's names: a lower-case match is necessary for the pattern's, so it is asked only for one.
const ATS_NAMES = new Set(ATS_VENDOR.source.slice(4, -2).replace('breezy(?: hr)?', 'breezy|breezy hr').split('|'));
export function isAtsVendor(c: string): boolean {
  return ATS_NAMES.has(c.toLowerCase()) && ATS_VENDOR.test(c);
}

// An applicant-tracking product's own domain: "myworkday", "greenhousemail", "ashbyhq".
export const isAtsDomain = (label: string): boolean => {
  if (label === '') return false;
  const bare = label.startsWith('my') || label.endsWith('mail') || label.endsWith('hq') || label.endsWith('hire') ? label.replace(/^my|(?:mail|hq|hire)$/g, '') : label;
  return isAtsVendor(bare);
};
