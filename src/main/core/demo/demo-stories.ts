// The demo team: six reps and the last six months of their 1:1s, as stories. Each rep has a
// recognisable thread a manager would want the app to surface:
// - Maya Okafor: senior AE, strong; the Acme pricing approval is the manager's overdue promise.
// - Daniel Reyes: AE, overdue 1:1; deals stall after the demo — an open, recurring challenge.
// - Priya Nair: new SDR ramping fast; her 1:1 is due today.
// - Tom Becker: AE behind on his number, overdue 1:1, no recognition for two months (a drought).
// - Sofia Lindqvist: account manager on renewals; her multi-threading goal has no target yet.
// - Kwame Mensah: senior SDR on the way to an AE role; a planned 1:1 is on the calendar.
import type { RepStory } from './demo-story-types'
import { bulletList, heading, labelled, paragraph } from './tiptap'

const maya: RepStory = {
  key: 'maya',
  name: 'Maya Okafor',
  role: 'Senior Account Executive',
  email: 'maya.okafor@example.com',
  tags: ['Enterprise'],
  cadence: 'weekly',
  startDaysAgo: 1220,
  time: '09:30',
  sessionCount: 24,
  nextSessionInDays: 2,
  pulse: { usual: 4 },
  accounts: [
    { name: 'Acme Logistics', contact: 'Dana Whitfield' },
    { name: 'Northwind Health', contact: 'Raj Patel' },
    { name: 'Brightline Bank', contact: 'Elena Sorensen' },
    { name: 'Halcyon Retail', contact: 'Marcus Lee' },
    { name: 'Orbital Freight', contact: 'Ines Carvalho' },
    { name: 'Crestview Insurance', contact: 'Paul Andersen' }
  ],
  goals: [
    {
      key: 'arr',
      title: 'Close $450k new ARR this half',
      metric: 'Closed-won new ARR',
      unit: 'currency',
      currency: 'USD',
      baseline: 0,
      target: 450_000,
      startDaysAgo: 150,
      dueInDays: 32,
      shape: 'cumulative',
      current: 352_000,
      status: 'on_track',
      periodic: true
    },
    {
      key: 'coverage',
      title: 'Keep enterprise pipeline coverage at 3x',
      metric: 'Pipeline coverage (open pipeline ÷ remaining quota)',
      unit: 'percent',
      baseline: 210,
      target: 300,
      startDaysAgo: 120,
      dueInDays: 32,
      shape: 'level',
      current: 265,
      status: 'at_risk'
    },
    {
      key: 'meddicc',
      title: 'Complete MEDDICC on every stage-3+ deal',
      metric: 'Stage-3+ deals with complete MEDDICC fields',
      unit: 'percent',
      baseline: 40,
      target: 100,
      startDaysAgo: 165,
      dueInDays: -60,
      shape: 'level',
      current: 100,
      status: 'achieved'
    }
  ],
  challenges: [
    {
      text: 'Legal redlines on enterprise MSAs take three weeks or more and push close dates',
      support: 'I set up a standing weekly slot with legal ops and escalate anything waiting more than five days.',
      mentions: [
        { ago: 15, comment: 'The Northwind MSA has been with legal for 19 days.' },
        { ago: 13, comment: 'Standing slot with legal ops agreed; first review on Thursday.' },
        { ago: 11, comment: 'Brightline redlines came back in six days — better.' },
        { ago: 10, comment: 'Two MSAs through in under a week. Resolved; keep the standing slot.' }
      ],
      resolved: true
    },
    {
      text: 'Acme Logistics needs a 22% discount — above both our approval limits',
      support: 'I take the business case to finance and the deal desk; Maya builds the three-year ROI model.',
      mentions: [
        { ago: 3, comment: 'Acme asked for 22% off list for a three-year term.' },
        { ago: 2, comment: 'Deal desk wants an ROI model before they look at it.' },
        { ago: 1, comment: 'ROI model done. The finance review slipped — that one is on me.' },
        { ago: 0, comment: 'Still waiting on finance. Escalated to the CRO for sign-off.' }
      ],
      resolved: false
    }
  ],
  recognitions: [
    {
      ago: 19,
      what: 'Closed Northwind Health — $86k ARR',
      behaviour: 'Kept the CFO involved from the first call with a mutual action plan; no surprises at signature.',
      goal: 'arr'
    },
    {
      ago: 12,
      what: 'Forecast accuracy',
      behaviour: 'Called her quarter within 4% three months out and explained every risk in MEDDICC terms.'
    },
    {
      ago: 8,
      what: 'MEDDICC discipline on every stage-3 deal',
      behaviour: 'Filled in champion and decision process before the forecast call, and shared her template with the team.',
      goal: 'meddicc'
    },
    {
      ago: 4,
      what: 'Brightline Bank signed — $120k ARR',
      behaviour: 'Ran the security review in parallel with legal instead of one after the other, which saved three weeks.',
      goal: 'arr'
    },
    {
      ago: 1,
      what: 'Coaching Priya',
      behaviour: 'Sat in on two of Priya’s calls without being asked and gave her written, specific feedback on her discovery questions.'
    }
  ],
  talkingPoints: [
    { text: 'Territory split for next quarter — does Maya keep Halcyon Retail?', raisedBy: 'manager', discussedAgo: 9 },
    { text: 'Maya wants to lead the enterprise pricing workshop at sales kickoff', raisedBy: 'rep', discussedAgo: 5 },
    { text: 'Forecast call: move Orbital Freight to commit or not?', raisedBy: 'manager', discussedAgo: 2 },
    { text: 'Acme: who presents the ROI model to their CFO — Maya or me?', raisedBy: 'manager', addedDaysAgo: 2 },
    { text: 'Interested in the strategic accounts role opening next quarter', raisedBy: 'rep', addedDaysAgo: 1 }
  ],
  moments: [
    {
      ago: 3,
      agreements: [
        { text: 'Build the three-year ROI model for Acme Logistics with Dana’s numbers', owner: 'rep', dueInDays: 6, outcome: 'done' },
        { text: 'Take the Acme discount request to the deal desk', owner: 'manager', dueInDays: 2, outcome: 'done' }
      ]
    },
    {
      ago: 1,
      agreements: [
        { text: 'Send Dana the ROI model and book a call with Acme’s CFO', owner: 'rep', outcome: 'done' },
        {
          text: 'Get pricing approval from finance for the Acme deal by Friday',
          owner: 'manager',
          dueWeekday: 5,
          outcome: 'missed',
          missedReason: 'Finance wanted the CRO’s sign-off first, and I did not chase it before the offsite.'
        }
      ]
    },
    {
      ago: 0,
      pulse: 4,
      checkIn: 'Good, slightly anxious — everything on Acme hinges on the pricing answer.',
      note: [
        heading('Acme Logistics'),
        paragraph(
          'Dana confirmed budget; the only blocker is pricing. Acme wants 22% off list for a three-year term, which needs finance approval above my limit too.'
        ),
        bulletList([
          labelled('ROI model (Maya):', ' done — payback in seven months on their own numbers.'),
          labelled('Pricing approval (me):', ' CRO sign-off first, then finance. Overdue on my side.'),
          labelled('Order form:', ' ready to send the same day the discount is approved.')
        ]),
        heading('Rest of the pipeline'),
        bulletList([
          labelled('Orbital Freight:', ' technical validation next; Ines is bringing their IT lead.'),
          labelled('Halcyon Retail:', ' discovery call next week, Priya shadowing.')
        ])
      ],
      privateNote: 'I owe Maya the Acme pricing answer and I have slipped once already. Call the CRO’s office first thing Monday.',
      agreements: [
        { text: 'Send Acme the revised order form as soon as pricing is approved', owner: 'rep' },
        { text: 'Book the technical validation with Orbital Freight’s IT team', owner: 'rep' },
        { text: 'Get CRO sign-off and final pricing approval for Acme by Monday', owner: 'manager', dueWeekday: 1 }
      ]
    }
  ],
  phrases: {
    notesHeading: 'Pipeline',
    pipeline: [
      '{account}: business case with {contact} is done; next step is the security review.',
      '{account}: procurement asked for a three-year price hold — check with the deal desk.',
      '{account}: champion confirmed budget; paper process still unclear (MEDDICC gap).',
      '{account}: technical validation booked, their IT lead joins.',
      '{account}: their legacy vendor contract ends in the summer — that is our compelling event.',
      '{account}: quiet since the proposal; Maya will go through {contact} to reach the CFO.',
      '{account}: stage 4, commit for this month if legal turns the MSA around in a week.'
    ],
    focus: [
      'Talked about how Maya decides which deals get her time. She is at her best when she qualifies hard early; the risk this month is spreading across too many late-stage deals.',
      'Reviewed the forecast call together. Her commit was accurate within 5% again — worth keeping her method and sharing it with the team.',
      'Her interest in strategic accounts came up. The next step is a second large deal closed and leading the pricing workshop.',
      'Maya wants fewer internal meetings. Agreed she can skip the Wednesday pipeline sync if the CRM is up to date by Tuesday night.',
      'Went through the enterprise deals by MEDDICC gap. Economic buyer is the weak spot on two of them.'
    ],
    repAgreements: [
      'Send {account} a mutual action plan with dates through signature',
      'Get {contact} to introduce the economic buyer at {account}',
      'Update the MEDDICC fields for {account} before Thursday’s forecast call',
      'Book the security review for {account} with their IT team',
      'Draft the executive summary for the {account} proposal',
      'Ask {contact} for the paper process at {account}: who signs, and how long legal takes',
      'Line up a customer reference call for {account}',
      'Share the {account} story at the team meeting'
    ],
    managerAgreements: [
      'Ask legal ops for a turnaround date on the {account} MSA redlines',
      'Join the {account} executive call as executive sponsor',
      'Get deal desk sign-off on payment terms for {account}',
      'Introduce Maya to our VP Product for the {account} roadmap question'
    ],
    privateNotes: [
      'Maya is ready for a bigger patch. Talk to the VP about the strategic accounts opening before someone else takes it.',
      'She is carrying Priya informally — recognise that, and make sure it does not eat her selling time.',
      'Slight frustration with finance turnaround times. Fair.',
      'Do not over-manage her forecast; her numbers have been right for three quarters.'
    ]
  }
}

const daniel: RepStory = {
  key: 'daniel',
  name: 'Daniel Reyes',
  role: 'Account Executive',
  email: 'daniel.reyes@example.com',
  tags: ['Mid-market'],
  cadence: 'biweekly',
  startDaysAgo: 610,
  time: '14:00',
  sessionCount: 12,
  nextSessionInDays: -9,
  pulse: { usual: 3, recent: [3, 3, 4] },
  accounts: [
    { name: 'Pinecrest Dental Group', contact: 'Laura Kim' },
    { name: 'Lumen Analytics', contact: 'Oliver Grant' },
    { name: 'Harbor & Finch', contact: 'Sam Oduya' },
    { name: 'Quarry Labs', contact: 'Nina Petrova' },
    { name: 'Tidewater Foods', contact: 'Greg Holloway' },
    { name: 'Copperleaf Software', contact: 'Aisha Rahman' }
  ],
  goals: [
    {
      key: 'win-rate',
      title: 'Lift win rate from 18% to 25%',
      metric: 'Win rate (closed-won ÷ closed, rolling 90 days)',
      unit: 'percent',
      baseline: 18,
      target: 25,
      startDaysAgo: 120,
      dueInDays: 60,
      shape: 'level',
      current: 20.5,
      status: 'at_risk'
    },
    {
      key: 'discovery',
      title: 'Hold 40 first discovery calls',
      metric: 'First discovery calls held',
      unit: 'count',
      baseline: 0,
      target: 40,
      startDaysAgo: 80,
      dueInDays: 20,
      shape: 'cumulative',
      current: 31,
      status: 'on_track',
      periodic: true
    }
  ],
  challenges: [
    {
      text: 'Losing hours building a custom deck for every prospect',
      support: 'Asked marketing for a modular mid-market deck and got Daniel into the pilot.',
      mentions: [
        { ago: 9, comment: 'About four hours a week go into decks.' },
        { ago: 8, comment: 'Marketing pilot starts next week; Daniel is in it.' },
        { ago: 7, comment: 'Using the modular deck — prep is down to 30 minutes.' }
      ],
      resolved: true
    },
    {
      text: 'Deals stall after the demo: no dated next step and only one contact engaged',
      support: 'A deal review before every demo, role-playing the next-step close together, and Maya’s mutual action plan template.',
      mentions: [
        { ago: 4, comment: 'Three of the last five demos ended without a next meeting booked.' },
        { ago: 3, comment: 'Role-played the close; Tidewater still stalled after the demo.' },
        { ago: 2, comment: 'Harbor & Finch: next step booked in the room — first success.' },
        { ago: 1, comment: 'Quarry Labs stalled again: single-threaded with an IT manager.' },
        { ago: 0, comment: 'Pinecrest is multi-threaded before the demo. Better, not solved yet.' }
      ],
      resolved: false
    }
  ],
  recognitions: [
    {
      ago: 9,
      what: 'Won Lumen Analytics — $38k ARR',
      behaviour: 'Re-opened a deal lost last year by sending their new VP a one-page business case.',
      goal: 'win-rate'
    },
    {
      ago: 5,
      what: 'Discovery call quality',
      behaviour: 'Asked about decision process and paper process on every first call this fortnight — it shows in his CRM notes.',
      goal: 'discovery'
    },
    {
      ago: 2,
      what: 'An honest forecast',
      behaviour: 'Moved Tidewater out of commit himself when the champion went quiet, before the forecast call.'
    },
    {
      ago: 0,
      what: 'Multi-threaded Pinecrest',
      behaviour: 'Got the CFO and the practice operations lead onto the same call before the demo — a first for him.'
    }
  ],
  talkingPoints: [
    { text: 'Demo-to-proposal conversion is at 30% — what happens after our demos?', raisedBy: 'manager', discussedAgo: 3 },
    { text: 'Is there budget for MEDDICC training?', raisedBy: 'rep', discussedAgo: 1 },
    { text: 'Copperleaf Software: still a real opportunity after three no-shows?', raisedBy: 'manager', addedDaysAgo: 6 }
  ],
  moments: [
    {
      ago: 1,
      agreements: [
        {
          text: 'Close every demo this week with a dated next step in the calendar invite',
          owner: 'rep',
          outcome: 'missed',
          missedReason: 'The Quarry Labs demo ended early — their IT manager dropped off before we could book the next step.'
        },
        { text: 'Send Harbor & Finch the pilot success criteria', owner: 'rep', dueInDays: 4, outcome: 'done' },
        { text: 'Share two recordings of strong demo closes from the team', owner: 'manager', dueInDays: 3, outcome: 'done' }
      ]
    },
    {
      ago: 0,
      pulse: 3,
      checkIn: 'Okay. Pinecrest feels different — two people engaged for once — but Quarry Labs stalled again.',
      agreements: [
        { text: 'Send Pinecrest a mutual action plan with dates through signature', owner: 'rep' },
        { text: 'Find the economic buyer at Quarry Labs before the demo', owner: 'rep', dueInDays: 7 },
        { text: 'Join the Pinecrest demo and run the next-step close with Daniel', owner: 'manager' },
        { text: 'Share Maya’s mutual action plan template with Daniel', owner: 'manager', dueInDays: 1, outcome: 'done' }
      ]
    }
  ],
  phrases: {
    notesHeading: 'Deals',
    pipeline: [
      '{account}: demo went well but there is no date for the next step yet.',
      '{account}: only talking to {contact}; we need a second contact before the proposal.',
      '{account}: discovery done — the pain is manual reporting, about ten hours a week.',
      '{account}: proposal sent, decision expected at the end of the month.',
      '{account}: asked for a trial; agreed a 14-day pilot with success criteria instead.',
      '{account}: a competitor is in the deal; {contact} says price is the main objection.'
    ],
    focus: [
      'Focused on what happens right after a demo. Daniel tends to end with “let me know what you think”; we practised closing for a dated next step instead.',
      'Went through two lost deals. Common thread: single-threaded with a manager who could not sign. Discovery has to find the economic buyer earlier.',
      'Daniel is holding more discovery calls than ever, and better ones. The gap is conversion after the demo, not activity.',
      'Talked about MEDDICC: strong on pain and metrics, weaker on decision process and paper process.'
    ],
    repAgreements: [
      'Find a second contact at {account} before sending the proposal',
      'Send {contact} the recap email with pain, metrics and next step within 24 hours',
      'Qualify out {account} or get a decision date from {contact}',
      'Fill in decision process and paper process for {account} in the CRM',
      'Book five first discovery calls from the SDR handovers',
      'Prepare three cost-of-doing-nothing questions for {account}',
      'Ask {contact} who else needs to see the demo at {account}'
    ],
    managerAgreements: [
      'Role-play the post-demo close with Daniel before the {account} demo',
      'Join the {account} call and take notes on the next-step close',
      'Ask marketing when the modular mid-market deck ships'
    ],
    privateNotes: [
      'He gets defensive when we look at lost deals. Frame it around the next deal, not the last one.',
      'Daniel learns by watching — more call recordings, fewer lectures.',
      'Ask how the new baby is doing; he mentioned sleep has been rough.',
      'He is improving faster than the win rate shows. It is a lagging indicator — be patient through next quarter.'
    ]
  }
}

const priya: RepStory = {
  key: 'priya',
  name: 'Priya Nair',
  role: 'Sales Development Representative',
  email: 'priya.nair@example.com',
  tags: ['Outbound', 'SDR'],
  cadence: 'weekly',
  startDaysAgo: 148,
  time: '11:00',
  sessionCount: 19,
  nextSessionInDays: 0,
  pulse: { usual: 4, recent: [5, 4, 4, 5] },
  accounts: [
    { name: 'Greystone Manufacturing', contact: 'Helen Brandt' },
    { name: 'Vantage Payroll', contact: 'Chris Owusu' },
    { name: 'Elmwood Clinics', contact: 'Dr. Fiona Walsh' },
    { name: 'Sparrow Logistics', contact: 'Mateo Ruiz' },
    { name: 'Keystone Legal', contact: 'Hannah Cole' },
    { name: 'Meridian Hotels', contact: 'James Whitaker' }
  ],
  goals: [
    {
      key: 'meetings',
      title: 'Book 18 qualified meetings a month',
      metric: 'Qualified meetings booked per month',
      unit: 'count',
      baseline: 6,
      target: 18,
      startDaysAgo: 125,
      dueInDays: 20,
      shape: 'level',
      current: 15,
      status: 'on_track'
    },
    {
      key: 'reply-rate',
      title: 'Lift sequence reply rate to 8%',
      metric: 'Reply rate on outbound sequences',
      unit: 'percent',
      baseline: 3.5,
      target: 8,
      startDaysAgo: 90,
      dueInDays: 45,
      shape: 'level',
      current: 6.8,
      status: 'on_track'
    }
  ],
  challenges: [
    {
      text: 'Nervous on cold calls; leans on email instead',
      support: 'A 20-minute call blitz together every Tuesday, and recordings of good openers to copy.',
      mentions: [
        { ago: 15, comment: 'Twelve dials last week, all before 9 am when nobody picks up.' },
        { ago: 13, comment: 'First Tuesday blitz: two conversations, one meeting.' },
        { ago: 11, comment: 'Calling on her own now, 40 dials a day.' },
        { ago: 9, comment: 'Phone is her best channel this month. Resolved.' }
      ],
      resolved: true
    },
    {
      text: 'Unsure which accounts to prioritise in the new territory',
      support: 'Build an ICP tier list together, using marketing’s intent data.',
      mentions: [
        { ago: 5, comment: '400 accounts and no order to work them in.' },
        { ago: 4, comment: 'Intent data is in; first draft of tier 1 has 40 accounts.' },
        { ago: 3, comment: 'Tier list done and agreed with the AEs.' }
      ],
      resolved: true
    }
  ],
  recognitions: [
    {
      ago: 16,
      what: 'First meeting with a 1,000+ employee company',
      behaviour: 'Researched Greystone’s plant expansion and opened with it; Helen took the meeting on the spot.'
    },
    {
      ago: 11,
      what: 'Picked up the phone',
      behaviour: 'Did every morning call block for two weeks straight, including the days she did not feel like it.'
    },
    {
      ago: 7,
      what: 'Best reply rate on the team this month',
      behaviour: 'Rewrote first lines per account instead of per industry.',
      goal: 'reply-rate'
    },
    {
      ago: 3,
      what: '15 qualified meetings in a month',
      behaviour: 'Confirmed every meeting the day before — no-shows fell from five to one.',
      goal: 'meetings'
    },
    {
      ago: 0,
      what: 'Meridian Hotels research',
      behaviour: 'Found the new CRO’s podcast interview and built the whole sequence around his three priorities.'
    }
  ],
  talkingPoints: [
    { text: 'How the AEs rate the meetings Priya books', raisedBy: 'manager', discussedAgo: 12 },
    { text: 'Could I shadow an enterprise discovery call?', raisedBy: 'rep', discussedAgo: 6 },
    { text: 'Sequence A/B test: personalised vs. industry first lines', raisedBy: 'manager', discussedAgo: 2 },
    { text: 'What would a promotion to AE need, and when?', raisedBy: 'rep', addedDaysAgo: 3 },
    { text: 'No-shows creeping up again — keep the confirm-the-day-before habit', raisedBy: 'manager', addedDaysAgo: 1 }
  ],
  moments: [
    {
      ago: 18,
      pulse: 3,
      checkIn: 'Nervous but excited. Still learning the product and the tools.'
    },
    {
      ago: 0,
      pulse: 5,
      checkIn: 'Great — 15 meetings last month and Meridian replied to the first email.',
      agreements: [
        { text: 'Confirm the Meridian Hotels meeting and send James the agenda', owner: 'rep', dueInDays: 1, outcome: 'done' },
        { text: 'Write personalised first lines for the next ten tier-1 accounts', owner: 'rep' },
        { text: 'Set up a shadow session for Priya on one of Maya’s enterprise discovery calls', owner: 'manager' }
      ]
    }
  ],
  phrases: {
    notesHeading: 'Outbound',
    pipeline: [
      '{account}: {contact} replied to step 3 of the sequence — meeting booked for Daniel.',
      '{account}: the gatekeeper blocks calls; try a LinkedIn voice note to {contact}.',
      '{account}: new VP Sales started — a trigger event, moved to tier 1.',
      '{account}: meeting no-show; rebook and confirm the day before.',
      '{account}: wrong persona — {contact} pointed us to their revenue operations lead.'
    ],
    focus: [
      'Practised the cold-call opener again. She is much more relaxed; next is handling the “just send me an email” brush-off.',
      'Went through her sequence stats. Personalised first lines double the reply rate — worth the extra ten minutes per account.',
      'Talked about the AEs’ feedback on meeting quality. They rate her meetings highly because she confirms the pain before booking.',
      'Priya asked how to prioritise her day. Agreed: tier-1 accounts first thing every morning, before email.'
    ],
    repAgreements: [
      'Run a 45-minute call block every morning before opening email',
      'Research ten tier-1 accounts and write personalised first lines',
      'Confirm every booked meeting the day before, starting with {account}',
      'Try the new opener on twenty calls and note what happens',
      'Ask Daniel for feedback on the {account} meeting she booked',
      'Rebuild step 2 of the sequence around the reporting pain point',
      'Send {contact} at {account} a LinkedIn voice note'
    ],
    managerAgreements: [
      'Share three recordings of good cold-call openers',
      'Ask marketing for intent data on Priya’s territory',
      'Get Priya access to the sequence analytics dashboard'
    ],
    privateNotes: [
      'Confidence is everything for her right now. Keep feedback specific and mostly positive.',
      'She is ahead of where Kwame was at the same point. Mention it at calibration.',
      'Watch meetings held, not just booked — no-shows are creeping up.',
      'She already wants the AE path. Too early, but give her a clear picture of what it takes.'
    ],
    checkIns: {
      high: [
        'Great week — four meetings off the new {account} sequence.',
        'Confident on the phone now; the opener we practised works.',
        'Good. Two AEs thanked me for well-qualified meetings.'
      ],
      mid: [
        'Okay. Lots of dials, few connects — {account} keeps sending me to voicemail.',
        'Steady. Reply rates are flat but meetings are holding.',
        'Busy building lists for the new territory; less time calling.'
      ],
      low: ['Tough week: three no-shows, including {account}.', 'Drained. Rejection piled up on Thursday’s call block.']
    }
  }
}

const tom: RepStory = {
  key: 'tom',
  name: 'Tom Becker',
  role: 'Account Executive',
  email: 'tom.becker@example.com',
  tags: ['Mid-market'],
  cadence: 'biweekly',
  startDaysAgo: 915,
  time: '15:30',
  sessionCount: 12,
  nextSessionInDays: -2,
  pulse: { usual: 3, recent: [3, 2, 2, 3, 3, 4] },
  accounts: [
    { name: 'Redwood Veterinary', contact: 'Karen Mills' },
    { name: 'Summit Fitness', contact: 'Leo Martins' },
    { name: 'Bluewater Marine', contact: 'Anders Holm' },
    { name: 'Oakridge Schools', contact: 'Patricia Nguyen' },
    { name: 'Falcon Couriers', contact: 'Dev Sharma' },
    { name: 'Juniper Dental', contact: 'Rosa Delgado' }
  ],
  goals: [
    {
      key: 'arr',
      title: 'Close $240k new ARR this half',
      metric: 'Closed-won new ARR',
      unit: 'currency',
      currency: 'USD',
      baseline: 0,
      target: 240_000,
      startDaysAgo: 150,
      dueInDays: 32,
      shape: 'cumulative',
      current: 118_000,
      status: 'off_track',
      periodic: true
    },
    {
      key: 'pipeline',
      title: 'Build $720k of qualified pipeline',
      metric: 'Open qualified pipeline',
      unit: 'currency',
      currency: 'USD',
      baseline: 310_000,
      target: 720_000,
      startDaysAgo: 100,
      dueInDays: 20,
      shape: 'level',
      current: 455_000,
      status: 'at_risk'
    }
  ],
  challenges: [
    {
      text: 'Prospecting time gets eaten by admin and inbound triage',
      support: 'Asked ops to route small inbound leads to the SDR team; two protected prospecting blocks a week.',
      mentions: [
        { ago: 6, comment: 'Less than three hours of prospecting last week.' },
        { ago: 5, comment: 'Ops agreed to route sub-20-seat leads to the SDRs from next month.' },
        { ago: 4, comment: 'Routing live. Prospecting blocks held on Tuesday, not Thursday.' },
        { ago: 2, comment: 'Both blocks held for three weeks running. Resolved.' }
      ],
      resolved: true
    },
    {
      text: 'Losing late-stage deals on price against Corvid',
      support: 'Getting the Corvid battlecard from product marketing, and I join the next pricing conversation with Tom.',
      mentions: [
        { ago: 1, comment: 'Redwood Veterinary went to Corvid at 30% below our price.' },
        { ago: 0, comment: 'Battlecard in hand; Falcon Couriers is the next test.' }
      ],
      resolved: false
    }
  ],
  recognitions: [
    {
      ago: 10,
      what: 'Closed Bluewater Marine — $42k ARR',
      behaviour: 'Negotiated on scope instead of price and kept the discount at 8%.',
      goal: 'arr'
    },
    {
      ago: 7,
      what: 'A clean pipeline',
      behaviour: 'Qualified out four zombie deals himself and wrote down why in the CRM.',
      goal: 'pipeline'
    },
    {
      ago: 3,
      what: 'Strong demo at Oakridge Schools',
      behaviour: 'Tailored the demo to the district’s three use cases and kept it to 25 minutes.'
    }
  ],
  talkingPoints: [
    { text: 'Two accounts moved to the enterprise team without warning', raisedBy: 'rep', discussedAgo: 5 },
    { text: 'Which stage-2 deals are real?', raisedBy: 'manager', discussedAgo: 1 },
    { text: 'Recognise how Tom rescued Summit Fitness after their champion left', raisedBy: 'manager', addedDaysAgo: 4 },
    { text: 'Workload: inbound triage is still landing on me', raisedBy: 'rep', addedDaysAgo: 2 }
  ],
  moments: [
    {
      ago: 2,
      agreements: [
        { text: 'Block 9–11 on Tuesday and Thursday for prospecting, no meetings', owner: 'rep', outcome: 'done' },
        {
          text: 'Shadow two of Tom’s discovery calls and give written feedback',
          owner: 'manager',
          dueInDays: 10,
          outcome: 'missed',
          missedReason: 'I was in kickoff preparation all week and did not make the time. My miss.'
        }
      ]
    },
    {
      ago: 1,
      pulse: 2,
      checkIn: 'Low. Lost Redwood to Corvid on price and the quarter is slipping away.',
      agreements: [
        { text: 'Book a debrief call with Redwood Veterinary on why they chose Corvid', owner: 'rep', outcome: 'done' },
        { text: 'Get the Corvid battlecard from product marketing', owner: 'manager', dueInDays: 5, outcome: 'done' },
        { text: 'Shadow two of Tom’s discovery calls and give written feedback', owner: 'manager', dueInDays: 10, outcome: 'open' }
      ]
    },
    {
      ago: 0,
      pulse: 3,
      checkIn: 'Better than last time. Still worried about the number, but the prospecting blocks help.',
      privateNote: 'Tom seemed flat again. I still owe him the shadowed calls — fix that before asking anything more of him.',
      agreements: [
        { text: 'Quantify the cost of doing nothing with Falcon Couriers before the pricing call', owner: 'rep' },
        { text: 'Qualify out three stale opportunities and update the forecast by Friday', owner: 'rep', dueWeekday: 5 },
        { text: 'Join the Falcon Couriers pricing conversation', owner: 'manager' }
      ]
    }
  ],
  phrases: {
    notesHeading: 'Deals',
    pipeline: [
      '{account}: stuck in stage 2 for five weeks; decide whether to qualify out or push.',
      '{account}: {contact} wants a reference customer in their industry.',
      '{account}: verbal yes, waiting on signature — Tom chases on Friday.',
      '{account}: new inbound lead, discovery next week.',
      '{account}: Corvid is in the deal; {contact} is comparing price per seat.'
    ],
    focus: [
      'Pipeline was the main topic. Coverage is below 2x and Tom knows it. We agreed to protect prospecting time rather than add activity targets.',
      'Reviewed the Corvid losses. We lose on price late because value is not established early; discovery needs to put a number on the cost of doing nothing.',
      'Tom was quieter than usual. Spent the first ten minutes on how he is doing, not on the number.',
      'Talked about which deals to qualify out so the forecast is honest.'
    ],
    repAgreements: [
      'Build a list of 30 target accounts in mid-market healthcare',
      'Ask {contact} which reference customer would convince {account}',
      'Send {account} the ROI one-pager before the pricing conversation',
      'Update close dates on every stage-3 deal',
      'Book discovery with the new inbound lead at {account}'
    ],
    managerAgreements: [
      'Ask ops to route sub-20-seat inbound leads to the SDR team',
      'Join the {account} pricing conversation',
      'Find Tom a reference customer for {account}'
    ],
    privateNotes: [
      'Risk of Tom disengaging. He needs a win and some credit for what he did on Summit Fitness.',
      'Talk to HR about the territory change — he feels it was done to him, not with him.',
      'Check how he is doing outside work before we get to numbers.'
    ]
  }
}

const sofia: RepStory = {
  key: 'sofia',
  name: 'Sofia Lindqvist',
  role: 'Account Manager',
  email: 'sofia.lindqvist@example.com',
  tags: ['Enterprise', 'Renewals'],
  cadence: 'monthly',
  startDaysAgo: 1480,
  time: '10:00',
  sessionCount: 6,
  nextSessionInDays: 12,
  pulse: { usual: 4, recent: [4, 4, 3] },
  accounts: [
    { name: 'Atlas Shipping', contact: 'Henrik Dahl' },
    { name: 'Greenfield Energy', contact: 'Moira Byrne' },
    { name: 'Nordic Outdoor', contact: 'Liv Eriksen' },
    { name: 'Beacon Credit Union', contact: 'Tony Alvarez' },
    { name: 'Pioneer Labs', contact: 'Grace Liu' },
    { name: 'Cobalt Media', contact: 'Femi Adeyemi' }
  ],
  goals: [
    {
      key: 'retention',
      title: 'Renew 95% of the ARR due this half',
      metric: 'Gross revenue retention on renewals due',
      unit: 'percent',
      baseline: 88,
      target: 95,
      startDaysAgo: 170,
      dueInDays: 10,
      shape: 'level',
      current: 93.5,
      status: 'on_track'
    },
    {
      key: 'expansion',
      title: 'Close $80k expansion ARR',
      metric: 'Expansion ARR closed',
      unit: 'currency',
      currency: 'USD',
      baseline: 0,
      target: 80_000,
      startDaysAgo: 140,
      dueInDays: 40,
      shape: 'cumulative',
      current: 52_000,
      status: 'at_risk',
      periodic: true
    },
    {
      // Deliberately "not measurable yet": no target agreed.
      key: 'multi-thread',
      title: 'Multi-thread every top-10 account',
      metric: 'Top-10 accounts with 3+ engaged contacts',
      unit: 'count',
      baseline: 4,
      target: null,
      startDaysAgo: 60,
      dueInDays: 90,
      shape: 'level',
      current: 6,
      status: 'on_track'
    }
  ],
  challenges: [
    {
      text: 'Atlas Shipping’s champion left — the renewal is at risk',
      support: 'I joined the executive sponsor call and asked our VP Customer Success to reach their COO.',
      mentions: [
        { ago: 3, comment: 'Henrik’s predecessor left; nobody owns the renewal on their side.' },
        { ago: 2, comment: 'Met the COO with our VP Customer Success; Henrik named as new owner.' },
        { ago: 1, comment: 'Renewal terms agreed. Resolved.' }
      ],
      resolved: true
    },
    {
      text: 'QBR preparation takes a full day per account',
      support: 'Ops builds an automatic usage report; I review the first two with Sofia.',
      mentions: [
        { ago: 1, comment: 'Five QBRs next month means five lost selling days.' },
        { ago: 0, comment: 'Ops has a first version of the usage report; not reviewed yet.' }
      ],
      resolved: false
    }
  ],
  recognitions: [
    {
      ago: 4,
      what: 'Greenfield Energy renewed early at +7%',
      behaviour: 'Started the renewal 120 days out and tied the uplift to their new usage.',
      goal: 'retention'
    },
    {
      ago: 2,
      what: 'Handled the Atlas Shipping champion departure',
      behaviour: 'Mapped the new organisation within a week and got a meeting with the COO before the renewal talk.'
    },
    {
      ago: 0,
      what: 'Atlas Shipping renewed for two years',
      behaviour: 'Turned an at-risk renewal into a two-year term with the analytics add-on — $18k of expansion.',
      goal: 'expansion'
    }
  ],
  talkingPoints: [
    { text: 'Uplift policy for renewals under $50k', raisedBy: 'manager', discussedAgo: 2 },
    { text: 'Could I mentor the next account manager we hire?', raisedBy: 'rep', discussedAgo: 1 },
    { text: 'Set a target for the multi-threading goal', raisedBy: 'manager', addedDaysAgo: 5 }
  ],
  moments: [
    {
      ago: 0,
      pulse: 4,
      checkIn: 'Good. Atlas is signed and I finally have time to plan instead of firefight.',
      agreements: [
        { text: 'Write a one-page account plan for each top-10 account', owner: 'rep', dueInDays: 21 },
        { text: 'Propose the analytics add-on to Nordic Outdoor with a usage-based business case', owner: 'rep' },
        { text: 'Ask Henrik at Atlas Shipping to be a reference for the Nordic Outdoor expansion', owner: 'rep', dueInDays: 10, outcome: 'done' },
        { text: 'Review the first two automatic usage reports with Sofia', owner: 'manager' },
        { text: 'Agree a target for the multi-threading goal with Sofia', owner: 'manager', dueInDays: 14 }
      ]
    }
  ],
  phrases: {
    notesHeading: 'Accounts',
    pipeline: [
      '{account}: renewal in 60 days; usage healthy, executive sponsor is {contact}.',
      '{account}: asked about the analytics add-on — expansion opportunity.',
      '{account}: usage down 20% since their reorganisation; plan a health check.',
      '{account}: QBR scheduled; bring the adoption report.',
      '{account}: pushing back on the uplift; {contact} wants to lock a two-year term.'
    ],
    focus: [
      'Walked through the renewal calendar for the next 90 days. Two accounts need executive attention; the rest are healthy.',
      'Sofia wants to move from reactive renewals to planned expansion. We agreed on a simple account plan for each top-10 account.',
      'Talked about multi-threading: most top accounts still hang on one champion. That is the risk behind the Atlas scare.',
      'Discussed pricing uplift. Sofia holds the standard 7% unless usage is down, and flags exceptions to me before the call.'
    ],
    repAgreements: [
      'Send {account} the adoption report before the QBR',
      'Map three new contacts at {account} beyond {contact}',
      'Start the renewal conversation with {account} 90 days out',
      'Book an executive sponsor call between {contact} and our VP Customer Success',
      'Confirm the renewal paperwork path with {account}’s procurement'
    ],
    managerAgreements: [
      'Get finance approval for a two-year price lock for {account}',
      'Bring the {account} uplift exception to the pricing committee'
    ],
    privateNotes: [
      'Sofia is the most reliable person on the team; easy to forget to recognise her because nothing goes wrong.',
      'She would make a strong team lead for account management. Start giving her a mentoring role.',
      'She hesitates to push on price. Support, not pressure — role-play the uplift call.'
    ],
    checkIns: {
      high: [
        'Good — {account} renewed early and wants to talk about the analytics add-on.',
        'Great month. Every renewal due is signed or in paperwork.'
      ],
      mid: ['Fine. QBR season is heavy; preparing {account} took all of Tuesday.', 'Okay. Renewals are on track, expansion is slow.'],
      low: ['Worried: {account}’s usage dropped 30% and nobody told me why.']
    }
  }
}

const kwame: RepStory = {
  key: 'kwame',
  name: 'Kwame Mensah',
  role: 'Senior Sales Development Representative',
  email: 'kwame.mensah@example.com',
  tags: ['Inbound', 'SDR'],
  cadence: 'biweekly',
  startDaysAgo: 700,
  time: '13:00',
  sessionCount: 12,
  nextSessionInDays: 5,
  plannedNext: true,
  pulse: { usual: 4 },
  accounts: [
    { name: 'Ridgeway Consulting', contact: 'Beth Morgan' },
    { name: 'Clearwater Utilities', contact: 'Ravi Menon' },
    { name: 'Halden Robotics', contact: 'Jonas Weber' },
    { name: 'Marigold Foods', contact: 'Claire Dubois' },
    { name: 'Ironbridge Capital', contact: 'Victor Hale' },
    { name: 'Solstice Travel', contact: 'Amara Nwosu' }
  ],
  goals: [
    {
      key: 'conversion',
      title: 'Convert 35% of inbound leads to meetings',
      metric: 'Inbound lead-to-meeting conversion',
      unit: 'percent',
      baseline: 24,
      target: 35,
      startDaysAgo: 160,
      dueInDays: 20,
      shape: 'level',
      current: 33,
      status: 'on_track'
    },
    {
      key: 'sourced',
      title: 'Source $300k of pipeline for the AEs this half',
      metric: 'SDR-sourced pipeline',
      unit: 'currency',
      currency: 'USD',
      baseline: 0,
      target: 300_000,
      startDaysAgo: 150,
      dueInDays: 32,
      shape: 'cumulative',
      current: 262_000,
      status: 'on_track',
      periodic: true
    },
    {
      key: 'discovery-led',
      title: 'Lead 6 discovery calls end to end',
      metric: 'Discovery calls led (manager shadowing)',
      unit: 'count',
      baseline: 0,
      target: 6,
      startDaysAgo: 60,
      dueInDays: 45,
      shape: 'cumulative',
      current: 3,
      // His first led call was the one recognised three 1:1s ago.
      latestValues: [3, 2, 1, 1],
      status: 'on_track'
    }
  ],
  challenges: [
    {
      text: 'Inbound leads wait four hours or more during team meetings',
      support: 'Moved the SDR standup and asked ops for round-robin routing.',
      mentions: [
        { ago: 8, comment: 'Tuesday leads waited until after lunch twice.' },
        { ago: 7, comment: 'Standup moved to 8:45; round-robin requested from ops.' },
        { ago: 6, comment: 'Round-robin live; median response under ten minutes. Resolved.' }
      ],
      resolved: true
    },
    {
      text: 'Wants the AE role but the promotion criteria are not written down',
      support: 'I write the criteria with the VP, then we map the gaps together.',
      mentions: [
        { ago: 4, comment: 'Kwame asked directly what it takes. Fair question, no written answer.' },
        { ago: 3, comment: 'Draft criteria with the VP; discovery and forecasting are the gaps.' },
        { ago: 2, comment: 'Criteria agreed and shared. Plan: lead six discovery calls. Resolved.' }
      ],
      resolved: true
    }
  ],
  recognitions: [
    {
      ago: 10,
      what: 'Speed-to-lead under ten minutes',
      behaviour: 'Set up his own alert rules and answered every demo request within ten minutes for a month.',
      goal: 'conversion'
    },
    {
      ago: 6,
      what: 'Best handover notes on the team',
      behaviour: 'AEs say his notes let them skip the first discovery call — pain, budget and timeline are all there.'
    },
    {
      ago: 3,
      what: 'Led his first discovery call',
      behaviour: 'Ran the Halden Robotics call end to end and got a dated demo before hanging up.',
      goal: 'discovery-led'
    },
    {
      ago: 1,
      what: 'Coached Priya on objection handling',
      behaviour: 'Spent his lunch on a role-play with Priya, without being asked.'
    }
  ],
  talkingPoints: [
    { text: 'Path to AE: what are the criteria?', raisedBy: 'rep', discussedAgo: 4 },
    { text: 'Webinar leads convert at half the rate — a different follow-up?', raisedBy: 'manager', discussedAgo: 2 }
  ],
  moments: [
    {
      ago: 4,
      agreements: [
        { text: 'Write down the AE promotion criteria with the VP', owner: 'manager', dueInDays: 12, outcome: 'done' },
        { text: 'List the three skills to build first for the AE role', owner: 'rep', outcome: 'done' }
      ]
    },
    {
      ago: 0,
      pulse: 4,
      checkIn: 'Good. Excited about the AE criteria — I know what to work on now.',
      agreements: [
        { text: 'Lead the Clearwater Utilities discovery call, with you shadowing', owner: 'rep' },
        { text: 'Book a mock discovery call with Daniel', owner: 'rep', dueInDays: 7, outcome: 'done' },
        { text: 'Ask the VP for a date for Kwame’s AE readiness review', owner: 'manager' }
      ]
    }
  ],
  phrases: {
    notesHeading: 'Inbound',
    pipeline: [
      '{account}: inbound demo request, qualified on the call — handed to Maya.',
      '{account}: downloaded the pricing guide twice; {contact} booked for Tuesday.',
      '{account}: not a fit (under 20 seats) — routed to self-serve.',
      '{account}: {contact} asked for a security questionnaire before meeting.',
      '{account}: webinar attendee with strong forecasting pain — meeting booked.'
    ],
    focus: [
      'Kwame wants the AE role. We talked about what that takes: running discovery end to end, not only qualifying.',
      'Reviewed speed-to-lead. Median response is under ten minutes; the remaining gap is leads that arrive during team meetings.',
      'Talked about the handover to AEs. His notes are the best on the team; he will share his template.',
      'Went through inbound conversion by source. Webinar leads convert at half the rate of demo requests — they need a different follow-up.'
    ],
    repAgreements: [
      'Share the handover-notes template with the SDR team',
      'Follow up every webinar lead within an hour with a tailored question',
      'Send {contact} at {account} the security questionnaire before Thursday',
      'Write up what made the {account} handover work for the AE',
      'Review the last 20 disqualified leads for patterns'
    ],
    managerAgreements: [
      'Give written feedback on Kwame’s discovery call with {account}',
      'Ask ops why {account}’s lead was routed to self-serve'
    ],
    privateNotes: [
      'Kwame will leave if the AE path stays vague. Get the criteria written this month.',
      'Strong with customers, a bit short with ops. Coach him on escalating the routing issue.',
      'Ready for an AE role within two quarters if the discovery calls go well.',
      'He is quietly coaching Priya on calls — make that visible.'
    ],
    checkIns: {
      high: ['Good. Inbound is busy and the handovers are landing well.', 'Great fortnight — {account} turned into a real opportunity for Maya.'],
      mid: ['Okay. A lot of unqualified inbound this week; {account} was the only good one.', 'Fine, a bit bored with the routine.'],
      low: ['Frustrated. Routing broke again and leads sat for hours.']
    }
  }
}

/** In the order they are created. */
export const DEMO_TEAM: readonly RepStory[] = [maya, daniel, priya, tom, sofia, kwame]
