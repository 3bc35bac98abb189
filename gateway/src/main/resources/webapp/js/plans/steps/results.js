// Step 7, results: the return on the rep's own time. Hours spent, target people met per hour, per objective and per
// platform, the money the platforms cost, and arriving early and staying late against the people met: this plan's
// figures (plans/returns.js), the forecast and the cost per target person of each objective (GET /returns, the
// catalog's), the people met by name (GET /people), and the rep's bands across plans (analytics).
import {get} from '../../api/client.js';
import {platformsById} from '../../catalog/catalog-data.js';
import {barChart} from '../../ui/charts.js';
import {figures, h, replace, table} from '../../ui/dom.js';
import {count, hours, minutes, number, person, range, rate} from '../../wording/format.js';
import {earlyAndLateEffect, planReturns, withForecastAndCost} from '../returns.js';
import {loadPeople} from '../plan-data.js';

const num = (label, value) => ({label, numeric: true, value});

function overall(returns) {
  return figures([
    ['Hours budgeted', hours(returns.hours.budgeted), 'budgeted'],
    ['Hours planned', hours(returns.hours.planned), 'planned'],
    ['Hours spent', hours(returns.hours.spent), 'spent'],
    ['People met', number(returns.peopleMet), 'people-met'],
    ['Target people met', number(returns.targetPeopleMet), 'target-people-met'],
    ['Target people per hour', rate(returns.targetPeoplePerHour), 'per-hour'],
    returns.cost.spent !== null ? ['Platform costs', number(returns.cost.spent), 'cost'] : null,
    returns.cost.perTargetPerson !== null ? ['Cost per target person', number(Math.round(returns.cost.perTargetPerson)),
      'cost-per-person'] : null,
  ], {id: 'results-figures'});
}

function byObjective(returns, people, plan, server) {
  const rows = withForecastAndCost(returns.byObjective, server);
  const namesFor = (row) => {
    const targets = new Set(plan.targets.filter((target) => target.objectiveId === row.objectiveId)
      .map((target) => target.targetId));
    return people.filter((someone) => targets.has(someone.targetId)).map((someone) => person(someone));
  };
  return h('section', {'aria-labelledby': 'per-objective-heading'},
    h('h3', {id: 'per-objective-heading'}, 'Per objective'),
    barChart('Target people met and hours spent, per objective', returns.byObjective.map((row) => row.statement), [
      {name: 'target people met', values: returns.byObjective.map((row) => row.targetPeopleMet)},
      {name: 'hours spent', values: returns.byObjective.map((row) => row.hoursSpent)}], {tableId: 'per-objective'}),
    table('Per objective', [
      {label: 'Objective', value: (row) => row.statement},
      {label: 'Progress', value: (row) => `${row.progress?.total ?? 0} of ${row.target}`},
      num('Hours spent', (row) => hours(row.hoursSpent)),
      num('Target people met', (row) => number(row.targetPeopleMet)),
      num('Per hour', (row) => rate(row.targetPeoplePerHour)),
      num('Expected there', (row) => (row.forecastTargetPeople === null ? '–' : number(Math.round(row.forecastTargetPeople)))),
      num('Cost per target person', (row) => (row.costPerTargetPersonMet === null ? '–'
        : number(Math.round(row.costPerTargetPersonMet)))),
      num('Outreach', (row) => number(row.outreach)),
      {label: 'Who', value: (row) => namesFor(row).join(', ') || '–'},
    ], rows, {id: 'per-objective'}),
    h('p', {class: 'hint'}, 'A platform chosen for the targets of two objectives counts its hours for both.'));
}

function byPlatform(returns) {
  if (!returns.byPlatform.length) return null;
  return h('section', {'aria-labelledby': 'per-platform-heading'},
    h('h3', {id: 'per-platform-heading'}, 'Per platform'),
    barChart('People met per platform', returns.byPlatform.map((row) => row.name), [
      {name: 'people met', values: returns.byPlatform.map((row) => row.peopleMet)},
      {name: 'target people met', values: returns.byPlatform.map((row) => row.targetPeopleMet)}], {tableId: 'per-platform'}),
    table('Per platform, best return first', [
      {label: 'Platform', value: (row) => row.name},
      num('Hours spent', (row) => hours(row.hoursSpent)),
      num('People met', (row) => number(row.peopleMet)),
      num('Target people met', (row) => number(row.targetPeopleMet)),
      num('Target people per hour', (row) => rate(row.targetPeoplePerHour)),
      num('Cost', (row) => (row.cost === null ? '–' : number(row.cost))),
    ], returns.byPlatform, {id: 'per-platform'}));
}

function timing(returns) {
  if (!returns.timing.length) return null;
  const effect = earlyAndLateEffect(returns.timing);
  return h('section', {'aria-labelledby': 'timing-heading'},
    h('h3', {id: 'timing-heading'}, 'Arrive early, stay late'),
    effect ? h('p', {class: 'finding'}, `With at least ${effect.minutes} min before and after the programme you met `
      + `${rate(effect.earlyAndLate)} people per event; otherwise ${rate(effect.others)}.`) : null,
    barChart('Minutes before and after the programme, and people met', returns.timing.map((row) => row.name), [
      {name: 'minutes early', values: returns.timing.map((row) => row.minutesBeforeProgram)},
      {name: 'minutes late', values: returns.timing.map((row) => row.minutesAfterProgram)},
      {name: 'people met', values: returns.timing.map((row) => row.peopleMet)}], {tableId: 'timing'}),
    table('Each attendance', [
      {label: 'Platform', value: (row) => row.name},
      {label: 'When', value: (row) => range(row.arrivedAt, new Date(Date.parse(row.arrivedAt) + row.hoursInvested * 3600000))},
      num('Before the programme', (row) => minutes(row.minutesBeforeProgram)),
      num('After it', (row) => minutes(row.minutesAfterProgram)),
      num('People met', (row) => number(row.peopleMet)),
      num('Target people met', (row) => number(row.targetPeopleMet)),
    ], returns.timing, {id: 'timing'}));
}

/** The rep's own bands over every plan (analytics), to set this plan's timing against. */
function acrossPlans(plan) {
  const box = h('section', {'aria-labelledby': 'across-heading', 'aria-busy': 'true'},
    h('h3', {id: 'across-heading'}, 'Across all your plans'), h('p', {}, 'Loading…'));
  get(`/api/v1/analytics/arrival-timing?scope=rep&subject=${encodeURIComponent(plan.ownerId)}`).then((answer) => {
    const rows = (bands) => bands.filter((band) => band.attendances > 0);
    const bandTable = (caption, bands) => table(caption, [
      {label: 'Minutes', value: (row) => (row.band === 'none' ? 'none' : `${row.band} min`)},
      num('Attendances', (row) => number(row.attendances)),
      num('People met per attendance', (row) => rate(row.peopleMetPerAttendance))], rows(bands));
    replace(box, h('h3', {id: 'across-heading'}, 'Across all your plans'),
      h('div', {class: 'grid two'}, bandTable('Arriving early', answer.earlyArrival), bandTable('Staying late', answer.lateStay)));
  }).catch(() => replace(box, h('h3', {id: 'across-heading'}, 'Across all your plans'),
    h('p', {class: 'meta'}, 'Not available right now.'))).finally(() => box.setAttribute('aria-busy', 'false'));
  return box;
}

export function resultsStep(context) {
  const {plan} = context;
  const box = h('div', {id: 'results', 'aria-busy': 'true'}, h('p', {}, 'Adding up…'));
  if (!plan.attendance.length) {
    replace(box, h('p', {}, 'Nothing measured yet: the return on your time shows once you log an attendance.'),
      overall(planReturns(plan)));
    box.setAttribute('aria-busy', 'false');
    return box;
  }
  Promise.all([platformsById(plan.attendance.map((entry) => entry.platformId)).catch(() => ({})),
    loadPeople(plan).catch(() => ({peopleMet: []})),
    get(`/api/v1/plans/${encodeURIComponent(plan.planId)}/returns`).catch(() => null)]).then(([catalog, people, server]) => {
    const returns = planReturns(plan, catalog);
    replace(box,
      h('p', {class: 'finding'}, `${hours(returns.hours.spent)} at ${count(returns.byPlatform.length, 'platform')}: `
        + `${count(returns.targetPeopleMet, 'target person', 'target people')} met, `
        + `${rate(returns.targetPeoplePerHour)} per hour.`),
      overall(returns), byObjective(returns, people.peopleMet, plan, server), byPlatform(returns), timing(returns), acrossPlans(plan));
    box.setAttribute('aria-busy', 'false');
  });
  return box;
}
