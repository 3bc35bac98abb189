// A plan as GET /api/v1/plans/{id} serves it, built step by step for the tests of the plan's pure modules.
export const OBJECTIVE = 'objective-1';
export const SECOND_OBJECTIVE = 'objective-2';
export const DIRECTORS = 'target-directors';
export const MANAGERS = 'target-managers';
export const LENA = 'target-lena';
export const BREAKFAST = 'platform-breakfast';
export const CONFERENCE = 'platform-conference';

export function emptyPlan() {
  return {planId: 'plan-1', title: 'Grow retail accounts', periodStart: '2026-12-07', periodEnd: '2027-06-07',
    status: 'OPEN', ownerId: 'demo-rep', version: 0, hours: {budgeted: 40, planned: 0, spent: 0},
    objectives: [], targets: [], outreach: [], platforms: [], attendance: [], followUps: []};
}

export function objective(id = OBJECTIVE, changes = {}) {
  return {objectiveId: id, statement: 'Learn from procurement directors in Nordic retail what they budget for',
    outcome: 'Three discovery meetings', metric: 'directors met', target: 6, deadline: '2027-04-07', warnings: [],
    status: 'ACTIVE', progress: {peopleMet: 0, outreach: 0, manual: 0, total: 0, target: 6, percent: 0}, ...changes};
}

export function profileTarget(id = DIRECTORS, objectiveId = OBJECTIVE, position = 'Director') {
  return {targetId: id, objectiveId, contactId: null, priority: 1,
    profile: {function: 'Procurement', position, industry: 'Retail'}};
}

export function namedTarget(id = LENA, contactId = 'contact-lena', objectiveId = OBJECTIVE) {
  return {targetId: id, objectiveId, contactId, profile: null, priority: 2};
}

export function chosen(id = BREAKFAST, targetIds = [DIRECTORS], programStartsAt = '2026-12-21T07:00:00Z',
  programEndsAt = '2026-12-21T08:30:00Z', name = 'Retail Procurement Leaders Breakfast') {
  return {platformId: id, platformName: name, targetIds, programStartsAt, programEndsAt,
    arriveEarlyMinutes: 30, stayLateMinutes: 45, plannedHours: 2.75};
}

export function attended(platformId = BREAKFAST, people = [], changes = {}) {
  return {platformId, arrivedAt: '2026-12-21T06:30:00Z', leftAt: '2026-12-21T09:15:00Z', minutesBeforeProgram: 30,
    minutesAfterProgram: 45, hoursInvested: 2.75, contactsMet: people, followUps: [], ...changes};
}

export function met(name, targetId = null) {
  return {contactId: null, name, company: 'Nordic Grocers', targetId};
}

export function followUp(id, dueOn, status = 'OPEN', changes = {}) {
  return {followUpId: id, personName: 'Olof Berg', dueOn, action: 'ask who owns the category review', status, ...changes};
}
