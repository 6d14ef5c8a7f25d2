// Word banks and sentence builders for the generated benchmark data set: realistic sales-coaching
// text with a wide vocabulary, so full-text search meets both common and rare words.
import { bulletList, doc, heading, labelled, paragraph, type BlockNode, type DocNode } from '../demo/tiptap'
import type { Prng } from '../demo/prng'

export const FIRST_NAMES = [
  'Aisha', 'Ben', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kavya', 'Liam', 'Mei', 'Nadia', 'Omar',
  'Paula', 'Quentin', 'Rosa', 'Samir', 'Tanya', 'Umar', 'Vera', 'Wes', 'Ximena', 'Yusuf', 'Zoe', 'Arjun', 'Bianca', 'Chidi', 'Dana',
  'Emeka', 'Freya', 'Gustavo', 'Hannah', 'Ivan', 'Julia', 'Kenji', 'Lucia', 'Marcus', 'Nora', 'Oskar', 'Priya', 'Rafael', 'Sofia',
  'Tobias', 'Valentina', 'William', 'Yara', 'Zainab', 'Andre'
]
export const LAST_NAMES = [
  'Adeyemi', 'Bergström', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'García', 'Hoffmann', 'Ibrahim', 'Jansen', 'Kowalski', 'Larsen',
  'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka', 'Ueda', 'Varga', 'Walsh', 'Xu', 'Yilmaz', 'Zimmermann',
  'Alvarez', 'Becker', 'Costa', 'Delgado', 'Evans', 'Fontaine', 'Gupta', 'Haddad', 'Iversen', 'Jovanović', 'Kim', 'Lindqvist', 'Mensah',
  'Nair', 'Olsen', 'Park', 'Reyes', 'Santos', 'Thompson', 'Usman', 'Vogel', 'Weber', 'Young', 'Zhou'
]
export const ROLES = ['Account Executive', 'Senior Account Executive', 'Sales Development Rep', 'Account Manager', 'Enterprise AE']
export const TAGS = ['Enterprise', 'Mid-market', 'SMB', 'EMEA', 'North America', 'APAC', 'New logos', 'Expansion']

const ACCOUNT_HEADS = [
  'Acme', 'Northwind', 'Globex', 'Initech', 'Umbrella', 'Pinecrest', 'Quarry', 'Tidewater', 'Falcon', 'Juniper', 'Bluebird', 'Cobalt',
  'Driftwood', 'Evergreen', 'Foxglove', 'Granite', 'Harbor', 'Ironwood', 'Jasper', 'Kestrel', 'Larkspur', 'Meridian', 'Nimbus', 'Oakridge',
  'Pioneer', 'Quicksilver', 'Redwood', 'Summit', 'Timberline', 'Upland', 'Vantage', 'Willow', 'Yardley', 'Zenith', 'Alder', 'Beacon',
  'Cedar', 'Delta', 'Ember', 'Fjord'
]
const ACCOUNT_TAILS = [
  'Logistics', 'Foods', 'Dental', 'Couriers', 'Labs', 'Health', 'Robotics', 'Freight', 'Analytics', 'Insurance', 'Energy', 'Retail',
  'Pharma', 'Systems', 'Capital', 'Media', 'Hotels', 'Motors', 'Textiles', 'Biotech', 'Software', 'Airlines', 'Telecom', 'Ceramics', 'Outdoors'
]
const CONTACT_ROLES = ['CFO', 'VP Operations', 'Head of IT', 'procurement lead', 'COO', 'CIO', 'finance director', 'VP Sales', 'champion', 'project lead']
const COMPETITORS = ['Stratus', 'Velocity', 'Brightline', 'Corvid', 'Paragon', 'Helix', 'Orbital', 'Keystone', 'Lumen', 'Nexa', 'Solace', 'Trellis']
const PRODUCTS = ['the analytics add-on', 'the reporting module', 'the enterprise tier', 'the workflow bundle', 'the API package', 'premium support', 'the onboarding service', 'the mobile app', 'the data connector', 'the security pack']
const STAGES = ['discovery', 'qualification', 'demo', 'proposal', 'negotiation', 'legal review', 'procurement', 'signature']
const SKILLS = [
  'discovery questions', 'objection handling', 'multi-threading', 'negotiation', 'forecast hygiene', 'MEDDICC', 'mutual action plans',
  'business cases', 'executive presence', 'time blocking', 'cold calling', 'email sequences', 'demo storytelling', 'pricing conversations',
  'champion building', 'territory planning', 'account mapping', 'closing technique', 'active listening', 'follow-up discipline',
  'value selling', 'competitive positioning', 'qualification rigour', 'next-step commitment', 'CRM hygiene', 'social selling',
  'referral asks', 'renewal timing', 'procurement navigation', 'stakeholder alignment'
]
// A long tail of words that each appear in only a fraction of the notes.
const TEXTURE = [
  'budget', 'timeline', 'renewal', 'headcount', 'rollout', 'integration', 'migration', 'pilot', 'workshop', 'roadmap', 'compliance',
  'audit', 'security questionnaire', 'reference call', 'case study', 'trade show', 'webinar', 'board meeting', 'reorg', 'hiring freeze',
  'fiscal year', 'quarter close', 'price increase', 'discount request', 'payment terms', 'multi-year deal', 'upsell', 'cross-sell',
  'churn risk', 'usage dip', 'adoption', 'onboarding', 'training', 'sandbox', 'proof of concept', 'success criteria', 'ROI model',
  'TCO comparison', 'champion left', 'new sponsor', 'steering committee', 'legal redlines', 'DPA', 'SSO', 'data residency',
  'uptime', 'latency', 'support tickets', 'escalation', 'executive sponsor', 'warm intro', 'inbound lead', 'outbound list',
  'territory', 'quota', 'commission', 'spiff', 'president’s club', 'shadowing', 'role play', 'call recording', 'win-loss review',
  'deal desk', 'approval chain', 'paper process', 'purchase order', 'vendor onboarding', 'net-new', 'whitespace', 'tiering',
  'segmentation', 'persona', 'messaging', 'positioning', 'battlecard', 'objection', 'stall', 'ghosting', 'breakup email',
  'voicemail', 'LinkedIn', 'conference', 'offsite', 'kickoff', 'holiday', 'vacation', 'parental leave', 'burnout', 'energy',
  'focus', 'prioritisation', 'calendar', 'admin', 'forecast call', 'pipeline review', 'commit', 'best case', 'upside', 'slippage',
  'pull-in', 'close plan', 'order form', 'countersignature', 'kickback', 'handoff', 'implementation', 'go-live', 'QBR', 'health score'
]
/** Planted deliberately and rarely: the "rare word" of the search benchmark. */
export const RARE_WORD = 'zeppelin'
/** Appears in roughly a third of the shared notes: the "common word" of the search benchmark. */
export const COMMON_WORD = 'pricing'

export interface Account {
  name: string
  contact: string
}

export function accountsFor(prng: Prng, count: number): Account[] {
  const seen = new Set<string>()
  const accounts: Account[] = []
  while (accounts.length < count) {
    const name = `${prng.pick(ACCOUNT_HEADS)} ${prng.pick(ACCOUNT_TAILS)}`
    if (seen.has(name)) continue
    seen.add(name)
    accounts.push({ name, contact: `${prng.pick(FIRST_NAMES)} (${prng.pick(CONTACT_ROLES)})` })
  }
  return accounts
}

export interface TextContext {
  prng: Prng
  accounts: Account[]
  repFirstName: string
}

function fill(template: string, context: TextContext): string {
  const { prng } = context
  const account = prng.pick(context.accounts)
  return template
    .replaceAll('{account}', account.name)
    .replaceAll('{contact}', account.contact)
    .replaceAll('{other}', prng.pick(context.accounts).name)
    .replaceAll('{competitor}', prng.pick(COMPETITORS))
    .replaceAll('{product}', prng.pick(PRODUCTS))
    .replaceAll('{stage}', prng.pick(STAGES))
    .replaceAll('{skill}', prng.pick(SKILLS))
    .replaceAll('{texture}', prng.pick(TEXTURE))
    .replaceAll('{texture2}', prng.pick(TEXTURE))
    .replaceAll('{amount}', `$${prng.int(8, 240)}k`)
    .replaceAll('{n}', String(prng.int(2, 14)))
    .replaceAll('{rep}', context.repFirstName)
}

const DEAL_LINES = [
  '{account} moved to {stage}; {contact} wants the {texture} sorted before anything else.',
  '{account} is stuck in {stage}. The blocker is {texture}, and we have not met the economic buyer yet.',
  '{contact} at {account} asked about pricing for {product}; we agreed to send options by Friday.',
  'Lost {account} to {competitor} on pricing. The win-loss notes say we never quantified the pain.',
  '{account} is a {amount} opportunity if {product} is in scope; {contact} is supportive but not the signer.',
  'Good call with {account}: {contact} brought two colleagues and asked for a {texture} next.',
  '{account} pushed to next quarter because of a {texture}. Keep it in best case, not commit.',
  '{competitor} is in the {account} deal with a lower price; we lead with the {texture} and the case study.',
  'Pricing came up again at {account}: they want a multi-year discount and net-60 payment terms.',
  '{account} signed the order form — {amount}, with {product} added at the last step.',
  '{account} went quiet after the demo. {rep} will try the breakup email and a call to {contact}.',
  'The {account} {texture} is done; procurement is next, expected in {n} days.',
  'Mapped the buying group at {account}: {n} people, only one engaged so far.',
  '{other} referred us to {account}; first meeting booked with {contact}.'
]
const COACHING_LINES = [
  'We practised {skill} with a role play on the {account} objection about {texture}.',
  '{rep} wants to get better at {skill}; we picked one call to review together next week.',
  'Talked about {skill}: strong on the basics, less consistent when the {texture} comes up.',
  'Reviewed a call recording: the discovery was solid, but the close asked for no dated next step.',
  'We agreed to block two hours a week for prospecting, protected from {texture} and admin.',
  'Feedback on {skill}: ask one more question before presenting {product}.',
  '{rep} ran the pricing conversation at {account} alone for the first time, and held the price.',
  'Discussed the forecast: {n} deals in commit, two of them without a signed mutual plan.',
  'The {texture} is taking time away from selling; I will raise it with operations.',
  'We compared this quarter with last: more meetings, fewer opportunities created from them.',
  'Talked through the career plan: {skill} and {texture} are the two areas to grow in this half.',
  'Energy is {energy}; {rep} mentioned the {texture} and the {texture2} as the main drains this week.'
]
const BULLETS = [
  'Send the {account} recap to {contact}',
  'Draft the business case for {product}',
  'Ask {contact} for an intro to the economic buyer',
  'Update the close plan for {account}',
  'Prepare the {texture} for {account}',
  'Check pricing approval for the {account} discount',
  'Book the {account} reference call',
  'Share the {competitor} battlecard',
  'Review {skill} notes before the next call'
]
const ENERGY = ['high', 'steady', 'a bit low', 'good', 'mixed', 'up after a win']

const CHECK_INS = [
  'Good week, {account} is moving and the calendar is full.',
  'Steady. Pipeline looks fine but nothing closed.',
  'Tired after the {texture}, otherwise fine.',
  'Frustrated — {account} slipped again.',
  'Energised after the {account} demo.',
  'Busy with {texture} work, less selling time than I want.',
  'Mixed: good calls, but {competitor} keeps showing up.',
  'Feeling sharp; finally had time to prepare properly.'
]

/** A sentence chosen from a weighted mix of deal updates and coaching, with rare words sometimes. */
function sentence(context: TextContext): string {
  const line = context.prng.chance(0.55) ? context.prng.pick(DEAL_LINES) : context.prng.pick(COACHING_LINES)
  return fill(line.replaceAll('{energy}', context.prng.pick(ENERGY)), context)
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length

/** Shared notes of 80–200 words: a few paragraphs, sometimes a heading and a bullet list. */
export function sharedNotes(context: TextContext, options: { plantRareWord: boolean }): DocNode {
  const { prng } = context
  const target = prng.int(80, 200)
  const blocks: BlockNode[] = []
  let words = 0
  if (prng.chance(0.4)) {
    blocks.push(heading('Deals'))
    words += 1
  }
  let plant = options.plantRareWord
  while (words < target) {
    const sentences = Array.from({ length: prng.int(2, 3) }, () => sentence(context))
    if (plant) sentences.push(`${context.repFirstName} called the ${prng.pick(context.accounts).name} rollout a slow ${RARE_WORD}; we laughed, then planned it.`)
    plant = false
    const text = sentences.join(' ')
    blocks.push(prng.chance(0.25) ? labelled(`${prng.pick(context.accounts).name}: `, text) : paragraph(text))
    words += wordCount(text)
    if (words < target && prng.chance(0.3)) {
      const items = Array.from({ length: prng.int(2, 4) }, () => fill(prng.pick(BULLETS), context))
      blocks.push(bulletList(items))
      words += items.reduce((sum, item) => sum + wordCount(item), 0)
    }
  }
  return doc(blocks)
}

/** Private notes: the manager's own observations, shorter. */
export function privateNotes(context: TextContext): DocNode {
  const { prng } = context
  const lines = [
    `Observation: ${fill(prng.pick(COACHING_LINES).replaceAll('{energy}', prng.pick(ENERGY)), context)}`,
    fill(prng.pick(['Watch the {texture} — it may affect the quarter.', 'Consider {rep} for the {skill} workshop.', 'Ask HR about the {texture} policy.', 'Mention {skill} in the mid-year review.']), context)
  ]
  if (prng.chance(0.5)) lines.push(sentence(context))
  return doc(lines.map(paragraph))
}

export function checkInLine(context: TextContext): string {
  return fill(context.prng.pick(CHECK_INS), context)
}

const REP_AGREEMENTS = [
  'Send {contact} a recap with the dated next steps',
  'Build the mutual action plan for {account}',
  'Book discovery with two new contacts at {account}',
  'Update the {account} opportunity with the close plan',
  'Prepare the business case for {product} at {account}',
  'Ask {contact} for the intro to the economic buyer',
  'Run the {texture} with {account} before the demo',
  'Add ten new accounts to the outbound list',
  'Get the security questionnaire for {account} back to IT',
  'Practise the pricing conversation before the {account} call',
  'Qualify or close out the stalled {account} deal',
  'Share the {competitor} comparison with {contact}',
  'Block two prospecting hours on Tuesday and Thursday',
  'Write up the {account} win for the team channel'
]
const MANAGER_AGREEMENTS = [
  'Join the {account} call and support the pricing conversation',
  'Get a decision on the {account} discount from finance',
  'Introduce {rep} to the {account} sponsor',
  'Find budget for the {skill} course',
  'Review {rep}’s call recording and send written feedback',
  'Raise the {texture} issue with operations',
  'Ask marketing for a {product} case study',
  'Set up a shadowing session on {skill}'
]
export function agreementText(context: TextContext, owner: 'rep' | 'manager'): string {
  return fill(context.prng.pick(owner === 'rep' ? REP_AGREEMENTS : MANAGER_AGREEMENTS), context)
}

const CHALLENGES = [
  'Deals stall after the demo with no dated next step',
  '{account} keeps asking for a discount above the approval limit',
  'Too much admin: the {texture} eats prospecting time',
  'Only one contact engaged in most enterprise deals',
  'Procurement at {account} restarts the process every quarter',
  '{competitor} undercuts on price in every mid-market deal',
  'Inbound lead quality dropped after the website change',
  'Struggling to reach economic buyers without a warm intro',
  'Forecast keeps slipping because close dates are guesses',
  'The {texture} at {account} is blocking the rollout'
]
const SUPPORT = [
  'A deal review before every demo and a role play on the next-step close.',
  'I will take the discount question to finance this week.',
  'Moved two internal meetings off the calendar; will ask ops about the {texture}.',
  'Account mapping session together and an intro from our exec sponsor.',
  'Shared the battlecard and a reference customer who switched from {competitor}.',
  'Pairing on two calls and a {skill} workshop next month.'
]
export function challengeText(context: TextContext): { text: string; support: string } {
  return { text: fill(context.prng.pick(CHALLENGES), context), support: fill(context.prng.pick(SUPPORT), context) }
}

const RECOGNITIONS = [
  ['Held the price at {account}', 'Walked {contact} through the value instead of discounting.'],
  ['Great discovery call with {account}', 'Asked about the cost of the {texture} before showing anything.'],
  ['Closed {account}', 'Kept a dated mutual plan from demo to signature.'],
  ['Helped a teammate', 'Shared the {account} business case as a template for the team.'],
  ['Multi-threaded {account}', 'Brought in finance and IT before the proposal.'],
  ['Honest forecast', 'Moved {account} out of commit early, with a clear reason.'],
  ['Strong follow-up', 'Sent the {account} recap within the hour with owners and dates.']
]
export function recognitionText(context: TextContext): { what: string; behaviour: string } {
  const [what, behaviour] = context.prng.pick(RECOGNITIONS)
  return { what: fill(what!, context), behaviour: fill(behaviour!, context) }
}

const TALKING_POINTS = [
  'Pricing approval for {account}',
  'Holiday cover in {n} weeks',
  'Interested in the {skill} training',
  'Territory split with the new hire',
  'Commission question on the {account} deal',
  'Feedback on the new {texture} process',
  'Could I lead the {account} QBR?',
  'Workload: the {texture} keeps landing on me'
]
export function talkingPointText(context: TextContext): string {
  return fill(context.prng.pick(TALKING_POINTS), context)
}
