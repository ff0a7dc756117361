// Fixes from fresh-154..156's first pass (scored at c78e6cf): near-misses ([es] "no podemos proponerte
// otra fecha", an acknowledgement whose application "arrived safely", a recruiter's tips newsletter
// with "interview clinics", a founder's informational interviews, a colleague asked to "run the …
// interview", a role "filled internally") and a reply that moves the interview ("I've moved you to").
// Each mail is a variant with new names.
import { describe, expect, it } from 'vitest';
import { detectInvitation } from '../../src/core/detect/index';
import { mail } from './helpers/mail';

describe('fresh-154..156 verdicts', () => {
  it("[es] a cancellation: 'no podemos proponerte otra fecha'", () => {
    expect(detectInvitation(mail("Inés Calatayud", "icalatayud@grupoalboran.example", "Cancelación de la entrevista del martes", "Hola Jorge:\n\nTe escribo para avisarte de que tenemos que cancelar la entrevista prevista para el martes 14 a las 10:00. La dirección ha decidido congelar la contratación del puesto de Técnico/a de Compras, así que por ahora no podemos proponerte otra fecha.\n\nSiento las molestias. Si el proceso se reactiva, te llamaré.\n\nUn saludo,\nInés Calatayud\nTalento – Grupo Alborán")).invite).toBe(false);
  });
  it("an acknowledgement: 'it's arrived safely … Shortlisted candidates will be invited to interview'", () => {
    expect(detectInvitation(mail("Tamsin Pengelly", "t.pengelly@harbourtram.example", "Your application – Track Maintenance Engineer", "Hi Ravi,\n\nThanks for your application for the Track Maintenance Engineer role at Harbour Tram. Just a quick note to say it's arrived safely and is with the hiring team.\n\nThe closing date is 12 June. Shortlisted candidates will be invited to interview in the week commencing 23 June, so if you can keep some time free that week it would help.\n\nIf you have any questions, feel free to call me on 01872 555 019.\n\nBest wishes,\nTamsin\nResourcing Advisor, Harbour Tram")).invite).toBe(false);
  });
  it("a recruiter's tips newsletter: 'In this month's Candidate Insights … free interview clinics'", () => {
    expect(detectInvitation(mail("Brightside Recruitment", "insights@brightsiderecruitment.example", "How to answer 'why do you want to leave?' + free interview clinic slots", "Hi Grace,\n\nIn this month's Candidate Insights:\n• 'Why do you want to leave?': the answer our consultants recommend\n• Salary questions at first interview\n\nFREE INTERVIEW CLINICS: every Thursday our consultants run 20-minute calls to help you prepare for an upcoming interview. Book your slot here: https://brightsiderecruitment.example/clinic\n\nGood luck with your search,\nThe Brightside Recruitment team\n\nUnsubscribe: https://brightsiderecruitment.example/unsub")).invite).toBe(false);
  });
  it("a founder's 'informational interviews … We're not hiring'", () => {
    expect(detectInvitation(mail("Sigrid Holm", "sigrid@pawplanner.example", "15 minutes of your wisdom? (not a job pitch)", "Hi Marco,\n\nI'm the co-founder of PawPlanner, a tiny startup building booking software for dog groomers. A friend said you ran a grooming salon for ten years.\n\nI'm doing informational interviews with salon owners so we don't build the wrong thing. Would you be open to a 15-minute call next week? We're not hiring and I'm not selling anything.\n\nIf yes, here's my calendar: https://cal.example.com/sigrid/15\n\nThanks either way,\nSigrid")).invite).toBe(false);
  });
  it("'I'd like you to run the system design interview' asks the reader to interview", () => {
    expect(detectInvitation(mail("Omar Siddiqui", "omar.siddiqui@larchwoodhealth.example", "Need you on Thursday's interview – Senior Backend Engineer", "Hey Priya,\n\nWe've got a final-round candidate for the Senior Backend Engineer role on Thursday and I'd like you to run the system design interview (14:00-14:45). You've done it before, so the question set should be familiar.\n\nCan you confirm by EOD? Nadia will send you the calendar invite once you do.\n\nThanks,\nOmar\nDirector of Engineering, Larchwood Health")).invite).toBe(false);
  });
  it("'the … role we spoke about was filled internally, so I won't be setting up the conversations we'd pencilled in'", () => {
    expect(detectInvitation(mail("Corinne Blake", "corinne.blake@tessitura.example", "Keeping in touch", "Hi Daniel,\n\nA quick heads-up: the Data Platform Engineer role we spoke about in April was filled internally, so I won't be setting up the team conversations we'd pencilled in.\n\nI enjoyed our call and I'd like to keep you on my radar; I'll reach out when something fits.\n\nAll the best,\nCorinne\nSenior Technical Recruiter, Tessitura")).invite).toBe(false);
  });
  it("a reply: 'I've moved you to Tuesday 18th at 10:30 … Updated invite on its way'", () => {
    expect(detectInvitation(mail("Ffion Price", "ffion@harrowandhart.example", "Re: Brand Designer interview – could we move it?", "Hi Sam,\n\nNo problem at all. I've moved you to Tuesday 18th at 10:30 with Dylan – same place, our studio on Quay Street. Updated invite on its way.\n\nFfion\nTalent Lead, Harrow & Hart\n\n-----Original Message-----\nFrom: Sam Ortiz\nSubject: Brand Designer interview – could we move it?\n\nHi Ffion, I'm so sorry, I won't be able to make Friday's interview for the Brand Designer role. Could we move it to early next week? Thanks, Sam")).invite).toBe(true);
  });
});
