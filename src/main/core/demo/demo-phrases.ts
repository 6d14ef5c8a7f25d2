// Team-wide lines the builder draws on when a rep's story does not say more. Text may use
// {account} and {contact}, filled from the rep's accounts.
import type { GoalStatus, Owner } from '@shared/domain'
import type { CheckInLines } from './demo-story-types'

export const ACCOUNT_EXECUTIVE_CHECK_INS: CheckInLines = {
  high: [
    'Good week. {account} moved to proposal and my calendar is full of real meetings.',
    'Feeling sharp — finally had time to prepare properly for {account}.',
    'Energised after the {account} demo; {contact} is selling it internally for us.',
    'Strong. Back on pace after a slow start to the month.',
    'Best week of the quarter so far: two new opportunities from referrals.'
  ],
  mid: [
    'Okay. Busy with {account} paperwork, less time prospecting than I wanted.',
    'Steady. Pipeline looks fine but nothing is closing this week.',
    'A bit scattered — three deals all need attention at once.',
    'Fine, a little tired after the kickoff travel.',
    'Mixed: good calls, but {account} went quiet again.'
  ],
  low: [
    'Rough week. {account} pushed to next quarter and I am worried about the number.',
    'Tired. Too many internal meetings, not enough selling time.',
    'Frustrated — lost a deal to a cheaper competitor at the last step.',
    'Stressed about the forecast; it feels like I am chasing deals that will not close.'
  ]
}

export const MISSED_REASONS: Record<Owner, string[]> = {
  rep: [
    'Got pulled into end-of-month forecast calls and ran out of time.',
    'A customer escalation on {account} took most of the week.',
    'Out sick for two days.',
    'Put it behind the {account} deadline on purpose.',
    'No calendar block for it, so it slipped. Blocked time now.',
    'Underestimated it — it is half done.'
  ],
  manager: [
    'It fell off my list during forecast week.',
    'I was at the leadership offsite and did not get to it.',
    'I underestimated how long it would take and should have said so earlier.',
    'My miss, no excuse. It is first on my list this week.'
  ]
}

export const GOAL_COMMENTS = {
  up: [
    'Most of the gain came from {account}.',
    'Good stretch: {account} moved forward.',
    'The focus on the top accounts is showing.',
    'Steady progress, no single big win.'
  ],
  flat: [
    'A quiet stretch — the time went into {account}.',
    'Holding; the next move depends on {account}.',
    'Expected: this fortnight’s work lands later.'
  ],
  down: [
    '{account} slipped and came out of the number.',
    'Down after a quiet couple of weeks.',
    'Dropped — two things we counted on pushed out.'
  ]
}

export const REP_ASSESSMENTS: Partial<Record<GoalStatus, string[]>> = {
  on_track: [
    'Confident — I can see where the rest comes from.',
    'On pace. {account} is the next one to land.',
    'Comfortable, as long as {account} stays on schedule.'
  ],
  at_risk: [
    'Tight. I need {account} to come through.',
    'A bit behind; I know which two things will fix it.',
    'At risk unless {account} moves this month.'
  ],
  off_track: [
    'Behind, and I know it. Focusing on what can still land.',
    'Not where I want to be. I could use help on {account}.'
  ],
  achieved: ['Done — and I want to keep the habit.', 'Achieved. Proud of this one.']
}

export function fillIn(text: string, account: { name: string; contact: string }): string {
  return text.replaceAll('{account}', account.name).replaceAll('{contact}', account.contact)
}
