// English cues. Format (see lexicon/index.ts): "#cue" starts a section, then one regular-expression
// fragment per line, matched on accent-folded lower-case text ("~fragment": a weak near-miss word,
// counted for less). Groups are plain "( )": only whether a
// cue matches counts, never what a group captured.
export const en = String.raw`
#interview
next up is (a|an) ([a-z-]+ ){0,2}(case|exercise|task|chat|call|interview)
(last|final|next) (step|stage|round) (is|will be) (a |an )?([a-z0-9-]+ ){0,2}(dinner|lunch|breakfast|coffee|drinks)
case (exercise|interview|presentation)s?
(technical|tech|coding|pairing|system design|firmware|case) (session|deep dive|deep-dive)
(technical|tech) (conversation|discussion)
your trial (tomorrow|tmrw|today|shift|on (mon|tues|wednes|thurs|fri|satur|sun)day)
(last|final|next) (step|stage|round) (is|will be) (a|an) ([a-z0-9-]+ ){0,3}(chat|call|conversation|meeting|session|interview|visit)
walk-?in (drive|interview)s?
(hr|technical|operations|managerial|telephonic|aptitude|final) round
interview(s|ed|ing)?
oral board
phone screen(ing)?
screening call
superday
(virtual )?on-?site
assessment (centre|center|day)
campus visit
working (interview|shift)
one-way (video|recorded)
record(ed|ing)? (your |a |short )?(video )?(answers|responses)
record yourself (answering|introducing|talking)
(short )?recorded videos?
video (round|screen)\b
meet(-| and | & )greet
pair(ing|-programming| programming) (session|interview|exercise)
(paid |unpaid )?(trial|tryout) (shift|day|service)
work(ing)? trial
take-?home (task|test|exercise|assignment|challenge)
(technical|tech|coding|system design|culture|values|competency) (round|screen|assessment|exercise|challenge)
(psychometric|aptitude|cognitive|skills|trade|practical) (test|assessment)s?
portfolio (review|walkthrough|presentation)
(demo|sample|model) lesson
teaching (demo|demonstration)
meet(-| )the(-| )team (day|session|lunch|afternoon|morning|visit)
selection (day|centre|center)
chemistry (call|meeting|chat)
ride[- ]?along
shadow shift
record (a |a few |some |three |two |3 |2 )?(short )?(videos?|video (answers|responses|introductions?))
one-way video
#invite
(can|could) (u|you) (come|pop) (back|in|by|down)\b
(want|like|keen|free|able|available|happy) to (do|come (in )?for|work) (a|an|your) (paid |unpaid |short |quick |[a-z]+ )?(trial|tryout|working interview|stage)
(having|hosting|welcoming) you (in|on-?site|over|at our|to our)
(like|love|pleased|happy|delighted|want|glad) to (invite|have) you
invite you (to|for|in|back)
invit(e|ation) to (an? )?(\w+ )?interview
interview invitation
(like|love|want|keen) (you |us )?to (meet|speak|talk|chat|set up|schedule|arrange|book|move you)
move you (forward|to)
next (step|stage|round)
advanc(e|ed|ing) to (the|our)
you('ve| have) been shortlisted
you are shortlisted
(shortlisted|selected) to (attend|appear)
shortlisted (you|for)
you('ve| have) been selected
selected (to|for) (a|an|the|participate)
(come|stop|swing) (in|by|out|over)\s
come on (out|over|down|in|by|round)\b
meet the team
you('ll| will) (be )?meet(ing)? (with )?
complete your (\w+ )?(video|recorded|one-way|online) (interview|assessment)
(upload|submit) (here|it|them|your (video|videos|answers|responses|recordings?))( here)? by
interview (is|has been) (scheduled|set|booked|arranged)
interview set with
(set up|schedule|arrange|book) (a|an|your|some) (\d+[- ]minute )?(call|interview|phone|video|time|chat|conversation|meeting)
get you in front of
(got|booked|scheduled|arranged|set up|lined up) you (an|a) (interview|call|meeting|chat)
(i'd|we'd|i would|we would) like to (do|have|hold|set up|schedule|arrange|book|conduct) (a|an|your|some|the interview)
(get|have|bring) you (in|back|over)
(set|setting) (something|a time|a meeting|that|it) up
(like|love|want)s? (about |roughly |around )?(\d+|a few|forty|thirty|twenty|fifteen) minutes with you
put you forward
(like|love|want) you to come
(get|put|find) (\d+ min(ute)?s?|some time|a time|time|something) (in|on) the calendar
wants? to (meet|see|speak with|talk to|interview) you
(they|he|she|we) want(s)? you (in|to come)
(sorted|set up|arranged|booked|lined up|got) you (a|an) ([a-z]+ )?(meet(-| and | & )greet|trial|chat|interview|call)
(you to|could you|can you|would you|will you|up for|free to|able to) (come|coming|pop|swing|stop) (in|by|over) (to|and) (meet|chat|talk|see)
get you submitted
(go|move|progress|proceed|come) forward to the (last|final|next) (stage|step|round)
(last|final) (stage|step|round) of the (process|selection|recruitment)
(pop|drop|call|head|swing|stop|come) (in|into|by|round|over|down) (to )?(the|our|my) (shop|store|office|studio|kitchen|site|yard|restaurant|cafe|bar|salon|clinic|garage|workshop|bakery|warehouse|depot|farm|showroom|practice|surgery|branch|factory|lab)
(come|pop|drop) (in|by|down|over|along) for (a|an) (chat|trial|trial shift|informal chat|quick chat|coffee|tryout|meet)
(pencil|slot|squeeze|book|fit) you in (for|on|at)
(made it|moved|progressed|advanced|gone|going|put you|take you) through to (the )?(next|final|second|third|last|onsite|on-site)
keen to (meet|speak with|speak to|chat with|chat to|talk to|talk with) you
(come|pop) (meet|see) (us|me|the team|the crew)
(submit|submitted|present|presented|introduce) you to (my|the|our) (client|hiring manager)
(fancy|fancied) (coming|popping|dropping|swinging) (in|by|over|down|round)
(are|been|is) invited to (appear|attend|come|take part|participate|sit|present)
(has|have) invited you to (complete|take|do|an?|the)
get you on the calendar
(you're|ur|you are|u r) on (the|our) shortlist
(can|could) (you|u) meet (with )?(me|us)\b
pop (in|by|round|over) (on )?((mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|this|next)\b
(like|love|want|wanted) to interview (you|u)\b
come (to|into|down to|by) (the|our) (shop|store|office|site|yard|restaurant|salon|kitchen|warehouse|plant|studio|garage|depot|bakery|cafe|bar|clinic)\b
(get|put|lock) (your|our|the|a) [^.\n]{0,50}? (in|on) the (calendar|diary)
need to move (tomorrow's|today's|our|the|your|this) ([a-z]+ )?(interview|session|call|chat|meeting)
(the )?(last|final|next) step (for|in|of) (the|your|this|our)
(have been|are|'ve been) invited to (the|an?|your) ([a-z-]+ ){0,2}(interview|oral board|panel|assessment|board|session|round)
#slots
(let me know|lmk|tell me) and (we'll|we will|i'll|i will) (move|change|shift|rearrange) it
just (tell|let) me when\b
my calendar('s| is) (here|below|linked|attached)
(would|do|could) you have (\d+(-\d+)?|a few|some|five|ten|fifteen|twenty|thirty) (spare )?minutes
(you|u|ur|you're) (free|around|available) (on|at|this|next|for|tomorrow|tmrw|today|tonight|(mon|tue|wed|thu|fri)[a-z]*)
free (tmrw|tomorrow|today|tonight) (at |@ |around )?\d{1,2}([:.]\d\d)? ?(am|pm)?
here are (some )?(new |other |a few )?(options|times|slots|dates)
(shall|should|can) i (lock|book|pencil|put) (one|it|that|a time|a slot) in
(she|he|they) can do (mon|tues|wednes|thurs|fri|satur|sun)day
(i've|i have|we've|we have) (held|pencilled|penciled|blocked|reserved) [^.\n]{0,40}for (now|you)
your availability
what('s| is) a good time
good time to (call|reach|talk|speak)
(are|would|will) you be (available|free|around|open)
are you (available|free|around)
what (time|day|date)s? (work|suit)
(do|does|would|could|will|can) [^\n?]{0,50}(work|suit) (for )?(you|instead)
(works?|suits?|convenient) for you
(a time|a day|whenever (is|it's)) (that('s| is) )?convenient to you
(coordinate|co-ordinate|align) (our |your )?(diaries|calendars)
(both|either( one| day)?|any of (those|these)) (work|works|suit|suits) (on my side|on my end|for me|for us)
which (of (these|those|the) )?(dates?|times?|days?|slots?|options?)
(could|can) you (tell|let) me (which|when|what)
(work|suit)s?( for you| best)?\?
(pick|choose|select|book|grab|reserve) (a |your |an |the |any |one )?([\w-]+ )?(time|slot|date|day)
let me know (what|which|when|if|a good)
(could|can) you (do|make)
(could|can|would) you (come|stop|swing|pop) (in|by|over|round)
send (me|us) (a few|some|two|three) (times|slots|dates|options)
send (me|us) your (availability|times|preferred|free)
when (are|would) you (be )?(free|available)
(have|got) (\d+|ten|fifteen|twenty|thirty|a few) (minutes|mins)
(be )?up for (a|an)\s
open to (a|an)\s
please (confirm|let me know|reply)
reply (yes|to confirm)
(could|can|shall) we (do|have|set up|schedule|find|book|arrange|meet|talk|chat)
confirm your (attendance|availability|slot|interview)
(want|wanna|like|care|able) to grab
grab (\d+|a few|some|a bit of) (min|mins|minutes|time)
i('m| am) (around|free|available) (most|all|on|this|tomorrow|today|next|after|before|any)
(would|could|does|will) [^\n?]{0,50}\b(suit|work)\b[^\n?]{0,40}\?
(any|every) (afternoon|morning|day|time) (next|this) week works
(held|holding|blocked|reserved|kept) (\w+ ){0,3}for you
(holding|held|reserved|blocked) [^.\n]{0,60} for you\b
your preferred (date|time|day|slot|option)s?
(text|email|call|message) me (back )?to confirm
(chance|possible|way) you could (do|make)
could do [^\n?]{0,30} instead
send (me|us) (a couple of|a few|some|two|three) (times|slots|dates|options|windows)
(has|have) (some )?time (open|available|free) (this|next|on|for)
i can do (mon|tues|wednes|thurs|fri|satur|sun)day
i can do (today|tomorrow|this|next|any|early|late)
here's my (cal|calendar|calendly)
when (can|could|would) you (come|pop|swing|stop|drop|make it) (in|by|over|down|round|along)
(when|what time)('s| is| would be) (good|best|convenient|easiest) for you
how('s| is| does| do) (your )?((mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next week|this week) (look|looking)
what('s| does| is) your (week|diary|calendar|schedule|availability) (look|looking)
(shoot|drop|ping|flick) (me|us) (a few|some|your|a couple of) (times|slots|dates|windows|options|availability)
(lmk|let me know) (your|ur) (availability|avail|schedule|free times)
lmk (what|when|which|if)
(available|free) for (a|an) (quick |short |brief |informal )?(call|chat|interview|phone call|video call|coffee)
(which|what) (one )?(suits|works|would suit|would work) (you )?(best|better)
(any|which) (day|time|afternoon|morning)s? (this|next) week (work|suit)s?
(here are|below are) (some|a few|the|two|three) (alternatives|alternative (times|slots|dates)|options|new times)
(reply|respond|let me know) with whichever (suits|works)
whichever (suits|works) (you )?best
which (is|works|one is|would be|one works) better for you
can meet you (at|on|in) (the )?(store|office|shop|site|restaurant|clinic|plant|yard|lot|dealership|branch)
(is|are) also (open|free|available)
(slots?|times?|options?|dates?) (below|above) (are|is) (still )?(open|available|free)
(can|could) add (some )?more (slots|times|options|dates)
(we'll|we will|let's|lets) lock in a (time|slot|date)
(once|when|after) you pick\b
reply with a (time|day|slot)
book (straight |directly )?into my (diary|calendar)
(this|it) could be in person
(i'm|i am) (pretty |quite |fairly |very )?flexible (this|next|on)
suggest whatever('s| is)? (good|works|suits)
would be ideal
#confirm
updated (calendar )?invite (is )?on (its|the) way
(just )?confirming (mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|tmrw|tmr)\b
((mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)( at)? \d{1,2}(:\d\d)? ?(am|pm)? it is
ring the (second |third |front |top |office )?(buzzer|bell|doorbell)
here('s| is) the (meeting |video |zoom |teams |meet )?(link|invite|invitation|dial-in|details) for (the |our |your )?((video|phone|zoom|teams) )?((mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|interview|call|chat)
it('ll| will) be (just )?me and [a-z]+ from
see you (at|on) [^.\n]{2,40} (at \d{1,2}|tomorrow|today|on (mon|tues|wednes|thurs|fri|satur|sun)day)
accept · tentative · decline
yes · no · maybe
(booked|scheduled|pencil+ed|put) you (in )?(for|on) ((mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|next week|the \d)
(booked|scheduled|pencil+ed|put|set) you (in |up )?with [^.\n]{1,60} (for|on) ((mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|next week|the \d)
looking forward to (having|welcoming|seeing|meeting|hosting) you
(look|looking) forward to [a-z]+ing [^.\n]{0,30}with you (on|this|tomorrow|next) 
confirm(s|ing)? (your|the|our) (\w+ )?(interview|call|meeting|appointment)
you('re| are) (confirmed|all set|booked|scheduled)
locked in
(i'll|we'll|i will|we will) (meet|see) you
confirmed
reminder
your (upcoming )?interview (tomorrow|today|on|is)
details for your interview
your interview details
here are (the|your) (\w+ )?details
see you (then|on|there|tomorrow|soon|tuesday|monday|wednesday|thursday|friday|saturday|sunday)
invited you to an event
(is|are) scheduled for
will call you
(just )?confirming (tomorrow|today|\w+day|our|your|the|that)
works for me
see you (at )?\d
see (u|ya) (at )?\d{1,2}(:\d\d)? ?(am|pm)?
see (u|ya) (then|there|tmrw|tmr|tomorrow|tonight|at \d|on (mon|tues|wednes|thurs|fri|satur|sun)day)\b
see (you|u|ya) (tmrw|tmr)\b
((mon|tues|wednes|thurs|fri|satur|sun)day|noon|morning|\d{1,2}(am|pm)?) (is|works) (fine|perfect|great|good)
confirmation of your
your scheduled (interview|call|appointment|session)
see you (mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b
sounds good
let's (do|go with|say) (mon|tue|wed|thu|fri|sat|sun|\d)
(i'll|we'll|i will|we will) (call|ring|phone) you
(will|shall) take place (on|at)
ask for [a-z]+ [^\n.]{0,30}(front|reception|desk|gate|office|counter)
(\d{1,2}(:\d{2})?( ?(am|pm))?|(mon|tues|wednes|thurs|fri|satur|sun)day) works[.!]
come to the (front office|front desk|reception|lobby|main office)
(mon|tues|wednes|thurs|fri|satur|sun)day it is
ask for me
(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)( \d{1,2}(:\d\d)? ?(am|pm)?)? it is
(i'll|i will|we'll|we will) send (you )?(a|the|over a|over the) (meet|zoom|teams|calendar|cal) (link|invite|invitation)
(pencilled|penciled|slotted) (you |it |that )?in
(that's|thats) you (all )?booked in (for|on)
(you're|you are) (all )?booked in (for|on)
set for (tomorrow|today|(mon|tues|wednes|thurs|fri|satur|sun)day|next)
(calendar|diary|meeting|teams|zoom) (invite|invitation|hold) (to follow|sent|on its way|coming your way|incoming)
(thanks|thank you) for (booking|scheduling|selecting|choosing|confirming) (your|a|the) (\w+ )?(interview|slot|time|call)
(mon|tue|wed|thu|fri|sat|sun)[a-z]*( at)? \d{1,2}(:\d\d)? ?(am|pm)? (suits|works|then|is perfect|is great|is good|is fine)
(look|looking) forward to (chatting|speaking|talking) (with|to) you (on|then|tomorrow|at|next|this)
(speak|talk|chat) (to|with) you (then|tomorrow|(mon|tues|wednes|thurs|fri)day)
(head|report|come|go) (to|round to|straight to) (the )?(front desk|reception|back door|kitchen door|service entrance|loading dock|site office|gatehouse)
bring (your |a |some )?(photo id|knives|knife roll|work boots|steel caps|apron|non-slip shoes|portfolio|right to work)
#reschedule
(i've|i have|we've|we have) moved (you|it|the interview|your interview) to
pick up where we left off
(is|are|role is|search is) (open|live|back on) again
(push|move|bump|shift) (it |this |our chat |the call )?to \d{1,2}(:\d\d)? ?(am|pm)? instead
(could|can|shall) we (instead )?(do|make it|move it to|meet on|meet) ((mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next)
this event has been (changed|updated|rescheduled|moved)
updated invitation
sorry for the (move|change|reshuffle|shuffle|switch)
(move|moving|push|pushing|shift) (tomorrow|today|\w+day)'?s (\S+ )?(call|interview|meeting|chat|session|slot)
re-?schedul\w*
(move|moving|push|shift|change|bump) (our|your|the) (\w+ )?(call|interview|meeting|chat|conversation|time|session)
(new|different|alternative|another) (time|date|slot|day|option)s?
(been|was) moved
moved to
instead\?
postpone
(do|make it|move it to) [^\n]{1,12} instead of
will now (take place|be held|be on|start)
push (it |this |our chat |the call )?to (mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|next|tomorrow|later)
re-?arrang(e|ed|ing) (the|your|our|this|that) (interview|meeting|call|appointment|session)s?
re-?organi[sz]ed the interviews?
(bump|bumped|shift|shifted|slide|swap) (it|this|that|us|you|our chat|the call|things|(mon|tues|wednes|thurs|fri)day's \w+) (to|back to|until|over to)
(push|pushed|pushing|move|moved|moving) (it |this |that |things |you )?back (to|a day|an hour|a week|by)
(bring|pull|move) (it|this|that|things) forward (to|a day|an hour|by)
(something|a conflict|an emergency|a clash)('s| has)? (come|came) up
(swap|switch) (our|your|the|this|that) (\w+ )?(slot|time|day|call|interview|chat|session)s?
(swap|switch) (slots|days|times)
#followUp
following up
follow(ing)? up on
just checking in
circling back
(haven't|have not|didn't|did not) heard? back
bumping this
(my|our) (previous|last|earlier) (email|message|note)
as promised
(back )?to the top of your inbox
(check|see|make sure) (if|whether) you (saw|got|received|had a chance)
(get|had|have) a chance to (look|review|check|read|consider|think)
(gentle|friendly|quick|polite) (nudge|ping|bump|follow-?up)
(resurfacing|resending|nudging) this
(are you|if you're|you) still (interested|keen)
#callAsk
(a|for a) proper (sit[- ]down|chat|catch-up)
give me a (quick )(call|ring|shout|buzz|bell)
give you a (quick |little )(call|ring|bell|buzz)
happy to (chat|talk|hop on a call|jump on a call) (for )?(\d+|a few|ten|fifteen) minutes
(wanna|want to|fancy|keen to) (grab|hop on|jump on|have) a (quick )?(call|chat)
(\d+|a few|ten|fifteen|twenty|thirty) minutes (to|for a|this|next)
time to (talk|chat|speak)
(quick|short|brief|intro|introductory|exploratory|confidential|initial|informal|first|friendly) (\d+[- ]min(ute)? )?(phone |video )?(call|chat|conversation|catch-up)
\d+[- ]min(ute)? (phone |video |intro )?(call|chat|conversation)
(hop|jump) on a call
coffee
a call (today|tomorrow|this|next)
call (this|next) (week|afternoon|morning)
time for a (call|chat)
(phone|video) (conversation|call)
chat about
for a (chat|call|conversation|coffee)
(we'll|we will|we can|we'd) (chat|talk|meet|sit down)
(\d+|ten|fifteen|twenty|thirty) min(ute)?s? on the phone
(worth|got|have|spare) (\d+|a few|ten|fifteen|twenty|thirty) min
free for (a )?(\d+|a few|ten|fifteen|twenty|thirty)[- ]?min(ute)?s?
give me a (call|ring|shout|buzz)
our (chat|call|conversation)
(would|do|will) you have (half an hour|an hour|a few minutes|some time|\d+ min\w*)
talk it through
on the phone
(still )?interested in (talking|speaking|chatting) (with|to) you
(would|will) you be up for
if you('re| are) up for it
(a|one|quick|short) (zoom|teams|meet|google meet|hangout|facetime)( call| chat)?
call or text me
(text|call) me (at|on|back)
go over (it|the role|the details|this) with you
a call first
(quick|short|brief|informal|casual|intro) (natter|yarn|chinwag|convo|video chat|phone chat|coffee chat|sit-down|sit down)
cuppa
give you a (call|ring|bell|buzz)
give me a bell
(ring|phone|call) you (tomorrow|this (afternoon|morning|evening)|(mon|tues|wednes|thurs|fri)day|at \d|around \d|between)
(hop|jump|get) on (a|the) (quick )?(zoom|teams|google meet|video call|phone|facetime)
(talk|speak|chat) (more|further|in more detail) about (the|this) (role|position|job|opportunity|opening)
connect (for|over) (a|an) (quick |short |brief )?(call|chat|coffee|zoom|intro)
let's sit down
lets sit down
fancy a (quick )?(call|chat|coffee|catch-up)\b
(keen|happy|love|like|want) to tell you more about
(even|just) (\d+|five|ten|fifteen|twenty) min(ute)?s? (would|will) (do|work)
keep it to (\d+|ten|fifteen|twenty) min
(can|could|may|shall) (i|we) (call|ring|phone) (you|u)\b
(wants?|like|love|wanna|going|hoping) to sit down with (you|u)\b
(interested in|up for|open to) a (quick |short |brief )?(call|chat|conversation)
a call to (talk|discuss|chat|go) (about|through|over)
(get|put|pop) (a|the|our) (call|chat) (on|in) the (books|calendar|diary)
(love|like|keen) to have a (quick |short |proper )?(conversation|chat|call) with you
#hiring
(might|may|could) be hiring
open headcount
(you'd|you would|you'll) be a (great|good|strong|perfect|brilliant) fit\b
(need|needs|needing) (someone|somebody|a person|an extra pair of hands) (for|to|on|who)\b
(getting|get|bring|bringing|take|taking) (someone|somebody|a person) (in|on)\b
(taking on|take on|hiring) (one|an|a|two) ([a-z]+ ){0,2}(apprentice|trainee)
(called|asked|wrote|enquired|inquired|applied) (about|for) the [^.\n]{1,50} (ad|advert|posting|listing)\b
for the ([a-z]+ ){1,3}contract\b
(you|u) (need|needed|want|wanted|were after) (work|a job|some work|shifts)
application (for|to) (the |a |an |our )?
(we('re| are)|is|are) (hiring|recruiting|looking for|growing)
hiring (a|an|our|for)
(retained|engaged|mandated) by
(open|new|exciting) (role|position|opening)
opening
vacancy
role
position
job
opportunity
recruit(er|ing|ment)
talent (acquisition|partner|team)
hiring (manager|team|committee|panel)
(contract|freelance|locum|permanent) (role|position|need)
hire
your (cv|resume|background|experience|portfolio|reel|work)
(and|now|currently|also) (hiring|looking for (a|an))
looking for (a|an) (founding|senior|junior|lead|head|part-time|full-time|freelance|contract|new)
gig
for the [^\n]{1,40} spot
re:? the [^\n]{1,40} (spot|job|role|position|opening|vacancy|gig)
(working|partnering) with [^\n]{1,60} on (a|an|their|the) 
(asked|commissioned|appointed|briefed) by (a|an|the|one of)
your first (few )?(months|weeks|90 days|100 days) (here|in the role|with us)
looking to (hire|add|bring on|take on) (a|an|another|two|some|new)
short-?staffed
(apprentice|apprenticeship|traineeship) (role|position|spot|place|opening|vacancy)
shifts? (available|going|up for grabs)
requisition
(building|growing|scaling|expanding) (out )?(our|my|the) (\w+ )?(team|crew|kitchen)
people (&|and) culture
(looking|want|need|hoping) to take (someone|somebody|a person|an apprentice|a new starter) on
looking for work
#application
bring (yourself and |along )?(a copy of )?(a|your) (cv|resume)\b
your (job |internal )?application
(thanks?|thank you) for (applying|your application|your interest)
you applied
applying (for|to)
your candidacy
your (resume|cv|profile)
reach(ing)? out (to you )?(about|regarding)
(came|come|stumbled) across your
your (linkedin|github|gitlab|dribbble|behance)
(saw|seen|read|loved|liked|reviewed|went through|looked at|checked out) your (cv|resume|profile|portfolio|application|work|background|github|linkedin|website)
(dropped|handed|brought) (off |in |over )?your (cv|resume|application)
your (cover letter|covering letter|application form|writing sample|work sample)
#rejection
(role|position|job|vacancy|opening)[^.\n]{0,60} (was|has been) filled
decided to (go|move forward|proceed) with (a|an|another) [a-z-]+ who (has|had|brings)
(won't|will not|are not|aren't|am not|not) (be )?progressing your application
(panel|team|committee|we|they) (chose|selected|picked|went with) (a|another) candidate
(know|realise|realize|understand) (that's|that is|this is|it's) disappointing
(we've|we have|we) (just )?filled (it|the (role|position|vacancy|opening|post)) internally
(decided|decision) to close (the|this) ([a-z-]+ ){0,3}(search|requisition|req|vacancy|opening)
(sorry|afraid) (it|this) (isn't|is not|wasn't) (better|good|the news)
(decided|chosen) to offer the (post|position|role|job) to (a |another |the other )?(candidate|applicant|someone)
(we've|we have|we) (gone|went) with (someone|somebody|another (candidate|applicant|person))
(move|moving|go|going|proceed|proceeding) (forward|ahead) with (another|other|a different|someone)
(decided|decision) (not )?to (proceed|pursue|go) with (another|other)
not (to |be )?(move|moving) forward
not (to )?proceed(ing)? with your (application|candidacy)
will not be (inviting|moving|progressing|proceeding)
(unable|not able) to offer you (a |an |the |this )?([a-z]+ )?(position|role|job|post|place|employment|contract|opportunity)
~(unable|not able) to offer you
(sorry|sad|regret) to (tell|say|let you know|inform)( you)?( that)?,? (on this occasion|following|after careful|we.ve decided|we have decided|we decided|we.re not|we are not|we will not|we won.t|we cannot|we can.t|we.re unable|we are unable|you (were|have|are) not|you (haven.t|didn.t|weren.t|aren.t)|your application|unfortunately)
~regret to (inform|let you know)
(position|role) has (now )?been filled
~unsuccessful (candidates|applicants)
unsuccessful(?! (applications?|applicants?|candidates?|candidacies) (is|are|will be|shall be) (retained|kept|held|stored|deleted|destroyed))
not been selected
(were|was|are|is) not selected
~not selected
pursue other (candidates|applicants)
decided to go with (another|a different|someone|other|an? ([a-z]+ )?(candidate|applicant))
keep your (details|resume|cv|information) on file
wish(ing)? you (the best|every success|all the best|success|well) (in|with) your (job )?search
forward with (a|another|other|one|the other|a different|someone)\b[^\n.]{0,30}(candidate|applicant|person|profile)s?
stay in touch for future
not (to )?take your (application|candidacy)[^\n.]{0,60} further
(won't|will not|wont) be (moving|going|taking (this|it|you|your application)) (forward|further|ahead)
(won't|will not) (move|proceed|go) forward
not be offering you
~(sorry|sad|regret) to (tell|say|let you know|inform)
~another candidate's
(selected|chosen|hired|appointed|gone with|going with) (another|a different|an other|the other) (candidate|applicant|person)
(selected|chosen|shortlisted) other (candidates|applicants)
(will not|won't) be (advanced|moved|progressed)
(decided|chosen|going) to (offer|extend) (the|this|our) [^\n]{0,60}(position|role|job|offer) to ((a|another|an other|the other|a different) (candidate|applicant|person)|someone|somebody)
(decided|chosen|opted) to (proceed|continue|move forward|go forward|go ahead) with (a|another|one|the other|a different) (candidate|applicant|person)
(isn't|is not|wasn't|was not) the news you (were|had been) hoping (for|to hear)
(does|did|will) not place you (within|in|among)
(does not|doesn't|will not|won't) prevent you from (re-?applying|applying again)
~(welcome|free|encouraged) to (re-?apply|apply again)
not (been )?(shortlisted|short-listed) (for|on|this|at)
(decided|decision) not to (progress|advance|shortlist|interview|invite|continue with) (you|your)
not (be )?(advancing|progressing|continuing with) (you|your (application|candidacy))
(unable|not able|not in a position) to (invite|progress|shortlist|advance) you
(have|has|were|was) not (been )?successful (in|on|at|this)
(didn't|did not|haven't|have not|won't|will not) (make it|progress|advance|move on) (to|through|into|onto|past) (the )?(next|final|following|interview|shortlist|second)
(whose|with) (experience|skills|background|profiles?|qualifications) (more )?(closely|better|more directly) (match|matches|matched|align|aligns|aligned|fit|fits)
(pursue|pursuing|consider|considering|focus on|focusing on) (other )?(candidates|applicants) whose
(has|had|have) (now |already )?been (offered to|accepted by) (another|a different|an internal|the successful)
(have|has) (now |already )?filled (the|this|that) (position|role|vacancy|post|opening)
(selected|appointed|chosen|hired|gone with|going with|offered the (role|position) to) an internal (candidate|applicant)
(been|being) filled internally
(unable|not able) to (provide|give|offer) (individual|personal|individualised|individualized|detailed|specific) feedback
(best of luck|good luck|every success) (with|in) (your )?(job search|future (endeavou?rs|applications|career|search))
(application|candidacy) (has been|was|is now) (closed|archived|declined|rejected)
not be able to (invite|progress|offer|move|take) you
not (among|one of) the (most|best|highest|top)[^\n]{0,20} (qualified|ranked|scoring|candidates|applicants)
did not meet (the )?(minimum|basic|eligibility|essential|required|necessary)
(found|rated|deemed|determined) (to be )?(ineligible|not qualified)
(decided|chosen|going) to pass on (you|your)
(profile|candidature|application|resume|cv) (has )?(not been|was not|is not|isn't) (found )?(suitable|shortlisted|considered|taken forward|progressed)
~(was|were|made) (a )?(difficult|tough|hard|not an easy) (decision|choice)
~keep you in mind for (future|other|upcoming)
~after (careful|much|thorough) (consideration|review|deliberation)
~regretfully
~regrettably
~on this occasion
#offer
(you|u)('ve)? got the job
the job('s| is) (yours|urs)
(so happy|glad|thrilled|delighted) you accepted
onboarding (call|buddy|session)
(pleased|happy|delighted|thrilled|excited) to (formally |officially )?(offer you (employment|(a|the|this) ([a-z,/&-]+ ){0,5}(position|role|job|post|contract|assignment|engagement|placement|appointment))|extend (you )?(an?|the|this|our) ([a-z-]+ ){0,2}offer)
~(pleased|happy|delighted|thrilled|excited) to (formally |officially )?(offer|extend)
offer letter
(like|love|want) to (formally )?offer you (employment|(a|the|this) ([a-z,/&-]+ ){0,5}(position|role|job|post|contract|assignment|engagement|placement|appointment))
~(like|love|want) to (formally )?offer you
offer you the (position|role|job)
offer details
offer of employment
~job offer
(extend|extending) (you )?an offer
your (job |written |formal )?offer (letter|package|pack|documents?|paperwork|details|expires|deadline|is|from)
~your offer
~signed copy
accept (the|this|our) offer
welcome (to the team|aboard)
(the|our|your) offer (for|of)
(conditional|verbal|written|formal) offer
~(accepted|accepting|received) (an?|our|the|your) (\w+ )?offer
(sign|signed|countersign|countersigned|e-?sign)( and return)? (the|your|this|a copy of the|our) (offer|contract|employment (agreement|contract)|letter of appointment)
(attached|enclosed) (is |please find |are )?(your|the|our) (offer|employment (contract|agreement)|contract of employment|letter of appointment)
your offer (is|will be) (contingent|conditional)
~(contingent|conditional) (upon|on) (successful|satisfactory)
offering you (the|a|this) (position|role|job|post)
(offering|offer) (u|ya) (the|a|this) ([a-z-]+ ){0,3}(position|role|job|post|spot|shift)
(love|like|happy|pleased) to offer (u|you) the ([a-z-]+ ){0,3}(position|role|job|post|spot)
offer you (the|a) (post|contract)
make you an offer
~(make|making|put together|prepare|preparing) an offer
(having|welcoming|have) you (on board|onboard|aboard)
(discuss|walk you through|go over|go through|talk through|review) (the|your|this|our) (offer|offer letter|offer package)
~(discuss|walk you through|go over|go through) (the|your) (compensation|package|salary)
congratulations on (your|the) (new )?(role|position|offer|appointment|job)
(been|were) (successful in securing|chosen for|appointed to) (the|this) (role|position|post|job)
~(proposed|confirmed|tentative) start date
(complete|start|begin) (your|the) onboarding
release (the|your) offer
(send|sending|issue|issuing) (you )?(your|the|a) (contract of employment|employment contract|statement of (main )?terms)
statement of main terms
offer (expires|is valid until|remains open until)
(?<!(current|previous|last|present|existing|old|relieving) )(appointment letter|letter of (appointment|offer))
#ack
~(shortlisted|successful|selected) (candidates|applicants) will be (invited|contacted|notified)
(it's|it has|it|your application|your cv|your application has) arrived safely
(you('ll| will)) (receive|get) (an? )?(email|e-mail|invitation|invite|message|link) (inviting you|to (book|schedule|arrange|choose|select))
if (you're|you are) shortlisted,? (you'll|you will|we'll|we will|i'll|i will)
~(we('ve| have)|has been|we) received your application
~application (has been )?received
~confirms that we have received
~will (contact|reach out to) you (within|if|to arrange|to schedule)
~if (your|there is a|there.s a) (experience|profile|background|match)
~what happens next
~review (it|your application) (shortly|carefully)
~track your application
~(we'll|we will) be (reaching out|in touch) (to|with)
~still (collecting|reviewing|accepting) applications
~passed (it|your (resume|cv|application)) (along|on)
~hear from us either way
~if you are shortlisted
~(was|been|is) received
~closing date
~(once|after|when) the (vacancy|advert|posting) (has )?closed
~not (heard|hear) (from us|back)
~(due to|because of|given) the (high|large|overwhelming|significant|sheer) (volume|number) of (applications|applicants|responses|candidates)
only (shortlisted|successful|selected) (candidates|applicants) will be (contacted|notified)
(unable|not able) to (respond|reply) (to (each|every|all)|individually|personally)
~(application|candidacy) is (now )?(being|under) (reviewed|review|considered|consideration)
~application (was|has been) (successfully )?submitted
~on a rolling basis
~received your (cv|resume|details|submission|job application)
~(check|view|monitor) the (status|progress) of your application
~(shortlisting|short-listing|screening) (will take place|is expected|will be completed|takes place)
#bulk
in (this|last) (month's|week's) ([a-z-]+ ){0,2}(insights|newsletter|digest|roundup|edition|issue)
in this (issue|edition):?
read the full (issue|edition|newsletter|article)
our newsletter for
(receiving|getting) this (email |message |alert )?because you (created|set up|subscribed|signed up|saved|opted)
(receiving|getting) [a-z' ]{2,40} because you (subscribed|signed up)
issue #?\d+\b
reader perks?
(today's|this week's) (job )?(matches|picks|recommendations)
\d+ new ([a-z]+ ){0,4}(jobs|roles|openings|vacancies)
(teams|companies|customers|clients|businesses|recruiters) like yours
plugs? (in|into|straight into) your (ats|hris|calendar|stack|crm)
(show|give) you a (quick |short |live )?(product )?demo
(free|14-day|30-day|7-day) trial
(book|grab|schedule|see) a (quick |short |free |\d+[- ]min(ute)? )?demo
\d+[- ]min(ute)? demo
(cut|reduce|slash|halve) (your )?(interview )?no-shows
(this month's|this week's|weekly|monthly) (interview )?(drill|challenge|tips|digest)
interview (drill|primer|prep guide|cheat ?sheet|question of the week)
alumni wins
job alert
jobs? matching
new jobs
saved search
~unsubscribe
~digest
~newsletter
top (remote )?jobs
recommended jobs
~viewed your profile
companies (are )?hiring
easy apply
~apply (now|today|this week)
manage (your )?(alerts|subscription|email preferences)
~checklist
~questions to ask
~how to (ace|prepare|answer|nail)
~\d+% off
~coaching
apply in one click
see all (matches|jobs|roles)
(roles|jobs) that match
~people like you
jobs? near
(pause|edit|switch|manage) (your )?(job )?alerts?
view all jobs
new (jobs|roles) this week
(companies|employers|teams|startups|who are|that are)( are)? interviewing now
reader question
this week's (issue|edition|question|tip)
~coming next week
~most candidates
~template here
(weekly|monthly|daily|fortnightly) (roundup|round-up|digest|newsletter|edition|briefing)
(this|next|last) (week|month)'?s (roundup|round-up|issue|edition|newsletter)
(sponsored|promoted) (jobs?|listings?|posts?)
(jobs|roles|openings) you (may|might) (like|be interested in)
(update|change) your (email |job )?(preferences|alert settings)
(job search|career) (tips|hacks|mistakes|secrets)
~interview (tips|hacks|mistakes)
~(\d+|top|five|ten|seven) (tips|ways|mistakes|secrets|habits)
early applicant
(forward|share) (this|it) (to|with) a friend
#event
(information|info|careers?) (event|evening|session)s? and not part of
(speed-?networking|cv clinic)
(talk|session|cfp|speaker) proposal
shortlisted speakers?
call for (papers|proposals|speakers)
your place is confirmed on the (following )?course
webinar
(?<!(meeting you|meet you|met you|met|chat|chatted|chatting|talking|speaking|spoke|stand) at (the |our |our stand at the )?([a-z]+ ){0,2})career fair
job fair
~(save|reserve) your (seat|spot)
~regist(er|ration)
~info session
~workshop
~hiring (day|event|fair)s?
(?<!(meeting you|meet you|met you|met|chat|chatted|chatting|talking|speaking|spoke|stand) at (the |our |our stand at the )?([a-z]+ ){0,2})careers? (fair|day|expo|week)
on-the-spot interviews?
walk-?ins? (are )?welcome
(employers|companies|recruiters) (will be|are) (attending|there|exhibiting|on site)
open house
~(you're|you are) registered
live (event|workshop|q&a|training)
~live session
registrants
the replay
call for (papers|proposals|speakers|abstracts|submissions)
(your|the) (talk|abstract|paper) (has been|was|is) (accepted|selected)
speaker (slot|lineup|line-up|pack|guidelines|kit|portal|bio)
(speak|speaking|present) at (our|the) ([a-z]+ ){0,2}(conference|summit|meetup|symposium|congress)
~panel discussion
(open|taster) (day|evening)s?
~(spaces|places|seats) are limited
~rsvp
(webinar|event|workshop) (recording|replay|slides)
replay will be (shared|sent|available|emailed)
~slides will be (shared|sent|available|emailed)
virtual (fair|booth|expo)
free to attend
#press
(feature|profile|cover) [^.\n]{0,60} in (our|the) ([a-z]+ )?(issue|edition|magazine|newsletter)
(i'm|i am) (the )?(editor|reporter|journalist|correspondent|features editor) (of|at|for)
~(i'm|i am) (a|the) (producer|presenter|host) (at|for|of|on)
~(community|local) radio
have you on (the|our) ([a-z]+ ){0,4}(hour|show|programme|program|podcast|hour)\b
i (write|run|host|edit|produce) (the |a |an |my )?([a-z'&-]+ ){0,3}(newsletter|blog|podcast|channel|show|column|substack)
(youtube|twitch|tiktok) (channel|interview|video|series)
\d+k? (subscribers|readers|listeners|viewers)
i (write|run|host|edit|produce) [^.\n]{0,40}, (a|an|the) ([a-z-]+ ){0,2}(newsletter|blog|podcast|column|magazine|show)\b
(newsletter|podcast|blog|magazine|column) for (about |over |around |nearly |some )?[\d,.]+k? ([a-z-]+ )?(engineers|readers|developers|designers|founders|marketers|people|subscribers|professionals)
draft q&a
(interview you|have you on|talk to you) live
(breakfast|morning|drive-?time) (show|programme|program)
~reporter
~journalist
~magazine
(a|the|our) (article|feature|segment) (on|about)
~(a|the|our) (story|piece) (on|about)
~podcast
~episode
~listeners?
(radio|tv|television|on-air|press|media) (interview|show|segment)
~live (interview|show|segment)
~newspaper
my deadline
~(as|be) (a|our) guest
q&a interview
~on (the )?air
~(our|the) (show|broadcast)
~radio (show|station|programme|program|segment)
~interview you (about|on) 
guest (spot|appearance|slot)
~(a|our|my) (weekly |daily |monthly )?podcast
~(i|we) host (a|an|the)
(i'm|i am|as) (a|an) ([a-z]+ ){0,2}(journalist|reporter|correspondent) (at|for|with|from|on)
(weekend|sunday|print|online|morning) edition
~a feature for
~(media|press) (request|enquiry|inquiry)
~correspondent
interview you for (a|the|his|her|their|our) (piece|story|article|feature|podcast|segment|documentary|programme|program|show)
~media relations
(comment|quote|quotes) for (a|an|my|our|the) (story|piece|article|feature|report|segment)
~(on|off) the record
(before|until) (we|it) (go|goes) to (print|press|air)
~(press office|press officer|newsroom|news desk)
(book|booking|have) you on (the|our) (show|podcast|programme|program|episode|segment)
~(producer|host|presenter) of (the|our) ([a-z]+ ){0,2}(show|podcast|programme|program)
(will|due to|set to) (air|be broadcast)
profile (piece|story)
(alumni|staff|member|employee|volunteer|student|customer) (spotlight|profile series)
staff writer
(working on|writing) (a|an) (feature|story|piece|article|profile) (for|about|on)
our photographer
for our (january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|next|upcoming|print) (issue|edition)
#research
user (interview|test|testing session)s?\b
(months?|weeks?) of (the|our) [a-z]+ plan free
~(clinical|research) (study|trial)
screening (visit|call|interview) [^.\n]{0,40}(study|trial)
meet the study criteria
customer (discovery|development) interviews?
(run|take|cover|do) (two|one|some|the|a couple) (of the )?customer interviews
(survey|census) (telephone |phone |household )?interview
labou?r force survey
household survey
(statistics|statistical) (office|agency|bureau|authority)
(interviewing|interview|talking to|speaking to|speaking with) (a few|some|several|\d+|a handful of) people [^\n.]{0,60}(for|as part of) (my|our) (dissertation|thesis|research|study|master's|masters|phd)
(this|it) (isn't|is not|isnt|won't be|will not be) (about|for) a (job|role|position|vacancy)
user research
research (study|session)
~research team
~paid (study|research|session)
gift card
thank-you (gift|payment)
~participants?
~screener
~help (us )?shape
~usability
~incentive
~user researchers?
~vouchers?
~(a|our) series of ([a-z-]+ )?(interviews|sessions|conversations)
~not a sales (call|pitch)
~understand how (you|your|practices|people|teams)
(take part|taking part|participate|participating) in (a|an|our|this) ([a-z]+ ){0,2}(study|trial|focus group)
focus groups?
~(market|consumer|customer|product|ux|design) research
~(honorarium|honoraria)
~as a (small )?(thank you|thank-you|token of (our )?(thanks|appreciation))
(amazon|visa|prepaid) (gift|voucher|e-gift)
~informed consent
~(no|there are no) (right|wrong)( or (right|wrong))? answers
~(test|try|testing|trying) (out )?(a|an|our|the|some) (new )?(prototypes?|concepts?|designs?|features?)
how you use (our|the) (app|product|platform|service|tool|website|site)
how you use [^.\n]{0,40} in (the|our) ([a-z-]+ )?app
(testing|test) (the|our) (app|product|site|website|prototype|design|service), not you
(research|study) (participants?|panel)
(diary study|card sort|tree test|usability test(ing)?)
(paid|compensated) (focus group|survey|feedback session|research study|user study)
as a (small )?(thank you|thank-you|token of (our )?(thanks|appreciation)),? (you('ll| will) (receive|get)|we('ll| will) (send|give|offer) you)
#admission
viva voce
(oral examination|viva) of your (doctoral |phd )?thesis
~(project |research )?grants? (round|scheme|panel|programme|program)
your (grant )?application [^.\n]{0,60}has been shortlisted for the [^.\n]{0,40}(grant|fellowship|award|prize)
(accelerator|incubator) (program|programme|batch|interview|application)s?
(winter|summer|spring|fall|autumn) (20\d\d|w\d\d|s\d\d) batch
(both|all) (co-?)?founders (should|must|need to|will) (attend|join)
finalists? (for|of) the (\d{4} )?([a-z-]+ ){0,5}fellowship
\b(delf|dalf|siele|celpe-bras|testdaf|toefl|ielts)\b
\bdele (a1|a2|b1|b2|c1|c2)\b
goethe-zertifikat
(residency|fellowship) (program|programme|match|application|interview season)
\b(nrmp|carms)\b
scholarship (interview|programme|program|selection|committee|panel|foundation)
(stipendi(um|en)|auswahlseminar|studienstiftung)
scholarship (interview|panel|finalists?|committee|selection|recipients?)
(the|our|this) scholarship (covers|pays|includes)
(?<!(unexpected|emergency|acute|surgical|medical|patient|unplanned|elective|daily|new|two|three|hospital|ward) )admissions?
~scholarships?
(executive|full-time|part-time|global|online) mba
mba (program|programme|class|cohort|admissions?|applicants?|candidates?|interview|\d{4})
(phd|doctoral|master.?s|undergraduate|degree|graduate) (program|programme) in
~phd (program|programme)
interview weekend
~prospective students?
(master.?s|phd|doctoral|undergraduate|postgraduate|graduate school|mba) (application|applicants|admissions?)
(admitted|incoming|accepted) (students?|applicants?|scholars?)
(statement of purpose|common app)
alumni (interview|interviewer)s?
~studentships?
~class of 20\d\d
#interviewer
(like|want|need) you to (run|conduct|lead) the ([a-z-]+ ){0,3}interview
thumbs up/down
\(([a-z-]+ )?(candidate|applicant)\)
thanks? (you )?(both|all|everyone|team),? for interviewing
(send|give|tell) me (ur|your) thoughts after
(his|her|their) (portfolio|resume|cv)('s| is) in the
interviewers? needed
(short|need|needs|looking for) (one|an|another|one more|a second) interviewer
(she|he|they)('s| is| are|'re) interviewing (for|with) (the|our|us)\b
(and|with) the (interview )?rubric
intake (call|meeting|session)
on your (new )?([a-z-]+ ){0,5}requisition
headcount (approved|approval|sign-off|signed off)
(start|begin) sourcing
(send|sending|forward|forwarding|attach|attached|share|sharing)[^.\n]{0,25} (his|her|their) (resume|cv|profile|portfolio|notes)
(an )?(outside|second|fresh) opinion on (one of (them|the finalists)|him|her|a candidate|the candidate)
(feedback|thoughts|comments) on (the|my|our) shortlist
for your ([a-z-]+ ){0,3}(vacancy|requisition)\b
(is|are|'s) available (for|to) (an )?interview (on|from|this|next|any)
(came|come|coming) to the job talks
submit your feedback on the (two|three|four|five|\d+) candidates
(recruiting|recruitment) meeting [^.\n]{0,40}prospect
prospect interviews?
(review|grade|mark|score) (the|their|his|her) take-?home
run the (\d+-min(ute)? )?(follow-up )?(coding |technical |system design )?interview with (them|him|her|the candidate)
interviewer (certification|pool|training|shadow(ing)?)
reverse-?shadow
before you can interview candidates
bar raiser
interview(ing)? skills (for|training) (managers|interviewers|panel)
recruitment (and|&) selection (training|course)
safer recruitment (training|course)
(join|joining) our (on-campus |alumni |campus )?interview(ing)? (team|panel|volunteers)
alumni interview(er|ers|s)?
you('re| are) (interviewing (him|her|them|the|our|a|an|two|three|\d)|an interviewer|on the interview panel)
you interviewed (him|her|them|the candidate|this candidate|[a-z]+ (yesterday|today|on|last|this))
~you interviewed
(interview|your) scorecard
(interview|hiring) rubric
(you're|you are) (now )?on the (hiring |interview |selection |search )?committee
hiring committee (sync|meeting|review|huddle)
~(interview|your) (feedback|notes)
(?<!(build|built|building|develop|developed|developing|credit|risk|behavioural|behavioral|application|fraud) )scorecards?(?! (strategy|strategies|development|models?|modell?ing|design|build))
~debrief
you(.ll|.d| to| can| could| will| would)? (cover|sit in on|shadow|conduct) (an|the|this|a|our) ([a-z]+ ){0,3}interview
~(cover|sit in on|shadow|conduct) (an|the|this|a|our) ([a-z]+ ){0,3}interview
interview (someone|a candidate|him|her)
~interview candidates
~submit (your )?feedback
~interview loop
~calibration
(his|her) (interview|candidacy|application)
bring (him|her) back
thoughts on (him|her|his|the candidate)
~(the|this) candidate (is|was|has|will)
^feedback (on|for|about)
(you|u|to|you'd|you'll) (sit|take (her|his|their|my) seat) on (a|the|our) (interview|panel|interview panel)
~interview guide
scoring (sheets?|forms?|rubrics?)
(submit|enter|add) your (ratings|scores|scorecard|feedback|notes|evaluation)
~finalists
~(two|three|four|five|\d) candidates (for|coming|are)
~(two|three|four|five|\d) finalists (for|coming|are)
(serve|act|sit) as (a|an|the) [^\n]{0,30}(rater|panelist|panel member|assessor|interviewer|evaluator)
~raters?
interview training
trained interviewers
candidates in \d+-minute
~(for|with|meet|interviewing) (the|this|our) ([a-z]+ ){0,2}candidate\b
~(a|one|our) (strong|great|promising|good) candidate (for|coming)
candidates from (last|this) week
(added|assigned) (you )?to (an|the|this) interview (panel|loop|schedule)
co-panel(ist|lists|ists)
the candidate's (application|resume|cv|profile)
(nominated|volunteered) (you |your name )?(for|to join|to be on|to sit on) the ([a-z]+ )?(interview )?panel
(selected|asked) (you |your name )?(to be on|to sit on) the ([a-z]+ )?(interview )?panel
~(selected|asked) (you |your name )?(for|to join) the ([a-z]+ )?(interview )?panel
your name has been nominated
evaluation sheets?
(\d+) min(ute)?s? per candidate
fill (in |out )?the feedback
(serve|sit|you be|to be) on the (hiring|interview|selection) (committee|panel)
(finalize|finalise|agree|draft) the interview questions
which candidates (passed|made|got through)
(sit|serve) on (the )?panels
you( would| will|.d|.ll) be interviewing (candidates|applicants|someone|a candidate|the candidates?|(two|three|four|five|\d+) )
interviewer briefing
short of (one|an?|two) (partner|interviewer|panell?ist|panel member|assessor)
which slots you (could|can) cover
(you|to) (be|sit) on the [a-z]+ panel
~(your|the) ratings
~(the|a) feedback form
your read on (her|him|them|the candidate)
~(serve|sit|serving|sitting) on the (search|hiring|selection|interview) (committee|panel)
(thank you|thanks) for agreeing to (serve|sit|be on|join (the|our|a) ([a-z]+ )?(panel|committee))
~application packets?
interviewer feedback
(outstanding|overdue) (interview )?(feedback|scorecards?)
feedback (is )?(due|outstanding|overdue) (for|on|by|from)
drop your (ratings|scores?|notes|feedback|scorecard)( and (ratings|scores?|notes|feedback|scorecard))? (in|into|on)
(join|joining|joined) (the|our) (interview|hiring|selection|search) (panel|loop|committee)
(shortlisted|candidate|candidates') (cvs|resumes|profiles|packs)
(rate|score|rank) (each|all|both|\d+) (candidates|applicants|finalists)
panell?ist (briefing|pack|packs|guide)
interviewer (pack|packs|guide|kit|rota)
interview kits?
~(following|after) (the|our) (shortlisting|longlisting|sift) (meeting|session|process|panel|exercise)
(shortlisting|longlisting|moderation|wash-?up) (meeting|session|call|scores)
calibration (meeting|session|call)
~debrief (meeting|session|call)
hire ?/ ?no[- ]hire
(assigned|added) as (an? )?(interviewer|panell?ist|assessor|rater)
(can|could) you (interview|screen) (a|one|two|our|this|the|both) (candidate|applicant|finalist)s?
interview (two|three|four|five|\d+) (candidates|applicants|finalists)
(feedback|notes|thoughts) on (today|yesterday|this morning|last week)'s (candidate|interviewee)s?
(thanks|thank you) for (sitting|sit) in on
candidates' (cvs|resumes|applications|packets|files|scores)
(sit|serve) on (the|our|a|an) ([a-z]+ ){0,2}(panel|committee|board) (for|to|next|this|on)
(sit|serve|be) on (the|our|a|an) ([a-z0-9-]+ ){0,4}(interview|selection|hiring) panel
(putting|put|pulling) (the |our )?(interview )?panels? together
scoring (matrix|grid)
(we've|we have) shortlisted (two|three|four|five|six|seven|eight|\d+) (candidates|applicants)
help (us )?with (the )?(sift|shortlisting|interviews)
act as (the|a|an|our) panell?ist
interviewers? (are|is) (needed|wanted|required) (for|to|on)
(sit|sitting|sat) in on ([a-z-]+ ){0,3}interviews
(each|all|both) of the (two |three |four |five |six |\d+ )?(candidates|applicants|finalists|interviewees)
(can|could) you sit in
(take|cover|fill) my (seat|place|spot|slot) on (this|the|our) (panel|interview|loop)
(need|needs|looking for) (a|one|another|an extra|a third|a second|a fourth) (person|interviewer|panell?ist|panel member|manager) (on|for) the panel
(send|share|forward) (you )?the (cvs|resumes|candidate packs?)
(interview )?question bank
you'd take the (section|questions|part) on
(cvs|candidates|profiles|resumes) for your ([a-z]+ ){0,4}(vacancy|role|position|opening|requirement)
(attached|enclosed) ([a-z]+ ){0,2}(shortlisted )?(candidates|cvs|profiles)
book them in
~we have (two|three|four|five|six|seven|eight|several|a few|some|\d+) ([a-z-]+ ){0,2}interviews (next|this|on|tomorrow|today|lined|booked|scheduled|coming)
~(with|for|meet|greet|to) (the|all the|our) (two |three |four |five |six |\d+ )?(candidates|applicants)\b
#reference
referencing stage
(speak|speaking|talk|talking) (with|to) (her|his|their) (former|previous) (managers|manager|colleagues)
consented to (us|me) (speaking|talking|contacting)
(gave|given|provided) (us |me )?your (name|details|number) as (a |her |his |their )?(reference|referee)
(move|moving|go|going) (ahead|forward) with (your )?references
(give|let) (them|your referees) (a )?heads-?up
(named|listed|given|put|nominated) you as (a |his |her |their )?(professional )?reference
as (a |his |her |their )?professional reference
~as (a |his |her |their )?reference
reference (check|call)
~referee
(listed|put down) your name
~(given|gave|provided) your name
~subject to (satisfactory )?references
~(previous|former) (line )?manager
(you were|you've been|you have been) (listed|named|given|put down) as (a |his |her |their )?(personal |professional |character )?reference
reference interview
~background investigat(or|ion)
(who )?is an applicant for (the|a|our) (position|role|post)
(provide|give|write|act as) (a )?(reference|referee) (for|on)
reference (request|questionnaire|survey) (for|about|regarding|on)
(confidential|character) reference (for|on|about)
(candid|honest|frank) (assessment|view|opinion) of (him|her|them)
(how long|in what capacity) (did )?you (work|worked|know|knew|manage|managed)
(would you )?re-?hire (him|her|them)
eligible for re-?hire
(referee|reference) (report|check form|questionnaire|form for)
verify (his|her|their) (employment|dates of employment|role)
has (listed|named|given|nominated|put) you (as|down as)
(gave|provided|listed) your (name|details|contact details) as
reference (for|on) (him|her|them|your former)
request(ing)? a reference (for|on|about)
(listed|named|given|put) you (down )?as (a |his |her |their )?(referee|reference)
#exit
exit interview
~last day
~offboarding
exit[- ]interview
leavers?'?s? (interview|survey|questionnaire|form|checklist|meeting)
exit (survey|questionnaire|conversation|form)
(before|ahead of) your (departure|last day|final day|leaving date|last working day)
(accept|accepted|received|acknowledge) your resignation
~leaving date
~return (your )?(laptop|equipment|company property|company laptop)
(sorry|sad) to see you (go|leave)
what prompted your decision to leave
(offboarding|leaver) (checklist|process|meeting|call|form)
decision to (leave us|leave the company|resign)
#mock
(free )?interview clinics?
~practi[cs]e questions
(grill|quiz|drill) me with (some )?(practice|mock|interview) questions
mock( [a-z]+)? interviews?
~(this|it) is practice
~it's practice
~bootcamp
practice interview
~career (center|centre|services)
~career coach
mock (assessment|case|panel|board|oral board|exam|session|round)s?
(practice|rehearsal|dry) run (of|for) (your|my|the) (interview|panel|presentation)
~(practice|rehearsal) (session|round|panel|run)
~dry[- ]run
(practi[sc]e|brush up) (your )?interview(ing)? skills
~interview (practice|coaching)
volunteer (interviewers|recruiters|employers|hiring managers)
(not|isn't) a real (interview|job)
no (real )?job (is )?(on the line|at stake)
(practice|mock) (interviewer|interviewee|candidate)s?
interview (prep|preparation) (workshop|clinic|night|evening)
#info
(we're|we are) not hiring
(don't|do not) have any ([a-z-]+ ){0,3}(openings|vacancies|open roles|positions) (on my team|right now|at the moment)
(purely|just|only) (be )?a chat about the (field|industry|function|career)
how i got into (it|the field|the industry|this field)
(isn't|is not|wouldn't be|won't be|not) (linked|tied|connected) to (any|an|your) (application|hiring|recruitment|selection)
(wouldn't|won't|isn't|is not|not) (be )?part of (any|a|the|our) (hiring|selection|recruitment|interview) process
(don't|do not) have (any )?(open )?(openings|roles|positions|vacancies|headcount) (on|in) (my|our|the) team
purely a chat
(i )?(don't|do not) have (a|any) (specific|particular|concrete|live) (role|position|opening|vacancy|brief)
no (specific|particular|concrete) role (this time|today|right now|at the moment)
(swap|share|compare) notes on the market
(my|our) usual round of catch-ups
~pick your brain
share what i('ve)? learned
~about your (path|career|journey)
~career (advice|change|switch)
informational (interview|chat|call)s?
(i'm|i am) a (student|junior|sophomore|freshman|senior studying)
~any advice
chat about how you (got|became|ended up|started|broke|moved|made)
how you (got|broke|moved|transitioned) into
how you (ended up|landed) (at|in)
~(learn|hear) (more )?about your (career path|career journey|path into)
(exploring|considering) (a )?(career (change|switch|move)|a move) (into|to)
not (asking|looking) (you )?for a (job|referral|position)
(advice|insights?) (on|about) (breaking|getting|transitioning) into
~(alumna|alumnus|fellow alum|alumni network)
~career conversation
questions about (the|your) (field|industry|career path)
#community
(joining|joined|join) (the |our )?([a-z&]+ ){0,4}talent (network|community|pool|circle)
(you haven't|you have not) applied (for|to) (a|any)
unless you apply
talent (network|community) membership
~talent (community|network|pool)
(joined|joining) our talent (community|network|pool|hub)
~join our talent (community|network|pool|hub)
(future|upcoming|relevant) (opportunities|openings|roles|vacancies) (that|which) (match|fit|align)
keep your profile (up to date|current|updated)
(talent|careers) (newsletter|insider|hub)
(alumni|boomerang) (network|community|program|programme)
be the first to (hear|know|learn)
welcome to (the|our) ([a-z]+ ){0,3}talent (community|network|pool)
(stay|remain) in (our|the) (talent )?pool
keep (you|your cv|your details|your profile|your resume) in (our|the) talent (pool|community|network)
#cancel
~(if you (need|want|wish) to|should you (need|wish) to|please|you can|you may) (change(,)? or |reschedule or |change, reschedule or )?cancel
~cancel or (reschedule|change|move)
~(reschedule|change) or cancel
cancel(led|ed|ing|lation)?
on hold
no longer (hiring|recruiting|available)
budget freeze
(vacancy|role|position|req) (has been|was|is) (withdrawn|closed|pulled)
(decision|decided) not to (recruit|hire|fill)
hiring (restraint|freeze)
(suspend|suspended|suspending) (all )?(external |internal )?(staffing|hiring|recruitment|recruiting)
competition is (therefore |now )?closed
(positions?|roles?|vacanc(y|ies)|requisitions?|openings?) (has|have) been (frozen|put on hold|paused)
call(ed|ing)? off
no longer (going ahead|taking place|proceeding|moving forward|be (taking place|going ahead|proceeding|moving forward|filling|hiring|recruiting|pursuing))
(will not|won't) (be )?(go(ing)? ahead|tak(e|ing) place)
(postponed|deferred|paused|suspended|delayed) (indefinitely|until further notice|for the foreseeable)
(paused|pausing|pause) (the|this|our|all) (search|hiring|recruitment|recruiting|process|role|position|requisition)
headcount (has been |was )?(frozen|cut|reduced|removed|eliminated|pulled|withdrawn)
(lost|losing|loss of) (the )?headcount
(funding|budget) (for (the|this) (role|position|post) )?(has been|was|is) (cut|withdrawn|pulled|frozen|not approved|lost)
(role|position|vacancy|post|requisition|req|opening) (has been|was|is being|will be) (eliminated|removed|rescinded|retracted|deprioritised|deprioritized)
hiring (pause|moratorium|embargo)
pause on (all )?(hiring|recruitment|recruiting)
(recruitment|vacancy|headcount) (freeze|moratorium|embargo)
freeze on (all )?(hiring|recruitment|new (hires|positions|roles))
not (be )?filling (the|this) (role|position|vacancy)
if (the|this) (role|position|vacancy|search) (re-?opens|is re-?opened|becomes available)
withdraw(n|ing)? (the|this|our) (vacancy|role|position|offer|advert|posting|requisition)
~(organisational|organizational|internal) restructur\w+
#internal
(internal )?audit (walkthrough|walk-through|fieldwork|interview)s?
walk-?through (interview|meeting|session)s?
~(performance|annual|mid-year|year-end) review
~self-(assessment|evaluation)
~1:1
~all-hands
~town hall
~standup
~offsite
~hiring (plan|pipeline|tracker)
~(open )?requisitions
~time-to-fill
interview capacity
hi (team|all|everyone|folks),
(hi|hey|hello|morning|dear) ([a-z]+ ){0,2}(team|all|everyone|folks)[,!]
(hiring|recruiting|interview) (retro|retrospective|post-mortem|postmortem)
(don't|do not) (email|contact|call|message) (the )?candidates
candidate holding room
interviewer no-shows?
~(open|opening|close|closing|fill|filling) (the |our |two |three |four |\d+ )?([a-z-]+ )?reqs\b
~hi both,
(agree|agreeing) (a|the|on a|on the) shortlist
booking the candidates
(score|scores|scoring) the applications
~huddle(?! (room|space|pod|area))
~(one|two|three|\d+|any|some|a couple|each) of you (senior |junior |[a-z]+ )?(guys|folks|to|can|could|will|need)
~(coffee|donuts|doughnuts|pizza|lunch|breakfast|bagels|drinks)( (and|&) [a-z]+)? (is |are )?on me
(annual|mid-?year|year-?end|probation(ary)?|performance|staff) appraisals?
(review|appraisal|performance) (cycle|calibration|window)
(self|peer|upward|360)[- ](review|appraisal|feedback)s?
complete your self[- ](review|assessment|evaluation|appraisal)
~(objectives|goals) for the (next|coming) (year|quarter|period|cycle)
stay interviews?
performance improvement plan
(probation|probationary) (review|period review|meeting|check-?in)
~(salary|pay|merit) (review|round)
~skip[- ]level
(hiring|recruiting) (sync|huddle|stand-?up|kick-?off|intake)
(headcount|requisition) (approval|planning|review)
(weekly|monthly) (pipeline|recruiting|hiring) (review|sync)
periodic reinvestigation
(security )?clearance (renewal|review|reinvestigation|upgrade)
subject interview
has no effect on your (current )?(position|role|employment)
~(top secret|secret) eligibility
(review|redesign|rethink|calibrate|improve|revamp) (the |our )?(interview|hiring) (loop|process|rubric|panel)s?
interview loop redesign
pass-through rates?
(hiring|recruiting|headcount) plan (sync|review|meeting)
#personal
~nanny agency
(full|whole) story (about|of|on) (the|your) interview
~birthday
talent (search|show|contest|competition)
contestant (number|numbers|no\.?)
(tfp|time for prints)
this is unpaid on both sides
~adoption (services|agency|assessment)
home study
assessing social worker
volunteer befriender
nanny (interview|match|share)
(interview|interviewing) (a|your|the) (nanny|babysitter|sitter|dog walker|walker|tutor|cleaner|contractor|caregiver|au pair)
pet parents?
roommate (interview|search)s?
(flatmate|housemate|roommate)s?\b
(club|society) membership
prospective members?
membership (committee|secretary)
moot court
mortgage (interview|appointment)
your mortgage (application|meeting)
(business |small business |personal )?loan (application|officer|file)
pre-?(assessment|operative|op|admission) (telephone |phone )?(interview|appointment|clinic|call)
parent-?teacher (interview|conference|meeting)s?
(membership|housing co-?op|co-?op board) interview
housing co-?op(erative)?
tenant (interview|screening|referencing|application)s?
holding deposit
rent (is )?(due|late|overdue)
(smoke|carbon monoxide|co) (detector|alarm) (inspection|check|test)
let myself in
(apply|applying|applied) to volunteer
volunteer (screening|training|shift)s?
~volunteer orientations?
volunteer roles? (are|is) (unpaid|voluntary)
~how did (the|your) interview go
~good luck (on|with|tomorrow|today)
love you (so|lots|too|all|guys)
any tips\?
(are we|we're|we are) still on for
love you[!.]
how('d| did) it go
~(?<!(your|or|and|&) )(mom|dad|mum)
~xo
i (got|have) (the|an|a|my) ([a-z]+ )?interview
practice run with (me|us)
love u
omg
good luck (man|mate|bro|dude|buddy)
~bro
~lol
(my|his|her) (brother|sister|son|daughter|cousin|husband|wife|partner|roommate) (got|has|just|had)
is (this|it) (legit|a scam|real)
scam
(so |very |really )?proud of you
miss you (so|lots|loads|guys|all)
~(sis|babe|sweetie|hun|hon)
(what|which) should i wear
(wish|wishing) me luck
~(haha|hahaha|lmao|xoxo)
my (job )?interview (is|was|went|tomorrow|today|on|at)
(prospective|new|upstairs|downstairs) tenants?
gas safety (check|certificate)
i('ve| have)? (finally |just )?(got|have|had|landed) (an|the|my) interview
love you( (so much|lots|loads|xx?|heaps))?[,!.]
mum says hi
fancy a drink
my round
guess who (has|got|is)
don't tell anyone
(do|should) i wear
inside scoop
#hearing
(mid-?year|year-end|end-of-year|quarterly|annual) check-?ins?
~(conversation|meeting|check-?in|1:1|one-to-one|catch-up) with your line manager
(substantive )?asylum interview
claim for protection
vendor (interview|presentation|demonstration|evaluation)s?
request for proposals?
\brfp\b
shortlisted along with (two|three|four|\d+) other (vendors|suppliers|bidders)
recorded statement
adjuster on your
(auto|insurance|your) claim (#|number|no\.?)
jury (service|summons|duty)
juror
(your|the) promo(tion)? packet
~jobcentre( plus)?
work search (interview|review|appointment)
your work coach
claimant commitment
your (benefit|pension credit|universal credit|housing benefit|jobseeker's allowance) claim
as part of your (benefit )?claim
(prosecution|defence|defense) witness
witness (warning|summons|care unit)
~(crown|magistrates'?|county|family) court
compliance (check|interview) (into|regarding|about|on) your
your (self assessment|tax) return
(consultation|redundancy) (interview|consultation|meeting)
(this isn't|this is not|it isn't|it is not) a selection interview
your (mid-year|annual|year-end|performance|probation) review
promotion (cycle|panel|round|board|committee)s?
~(disciplinary|investigation|investigatory|grievance|fitness to practise|fitness-to-practise|misconduct) (hearing|meeting|interview|investigation|case|process|panel)s?
(your|this) (disciplinary|fitness to practise|fitness-to-practise|misconduct|grievance) (hearing|meeting|interview|investigation|case|process|panel)s?
(invite|invited|invitation|required|asked) (you )?to (attend )?(a |an )?(disciplinary|investigation|investigatory|grievance|witness|fact-finding) (meeting|interview|hearing)
investigating officer
witness (interview|statement|meeting)s?
(attend|invite you to|invitation to) (a |an )?(investigation|disciplinary|witness|grievance) (meeting|interview|hearing)
(clearance|vetting) (review|investigation|renewal|interview)
naturali[sz]ation (interview|appointment|ceremony|test)
citizenship (interview|test|ceremony|application)
immigration (interview|appointment|officer)
visa (interview|appointment)s?
(consulate|embassy)( general)? of
consular (section|interview|appointment|officer)
`;
