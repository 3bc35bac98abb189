// Dashboards for a rep (own figures), a manager (the team and its members) and an admin (the org, platform ROI,
// arrival timing). Data from /api/v1/analytics (events-catalog-service projections); every table also as CSV.
import {download, get} from '../api/client.js';
import {announce, h, replace, table} from '../ui/dom.js';
import {barChart} from '../ui/charts.js';
import {field} from '../ui/forms.js';
import {hours, kind, number, percent, rate} from '../wording/format.js';
import {user} from '../session/session.js';

const GRANULARITIES = ['month', 'quarter', 'year'];
const ROI_LIMIT = 20;

const ROW_COLUMNS = [
  {label: 'Plans', key: 'plans'}, {label: 'Objectives', key: 'objectivesDefined'},
  {label: 'Objectives fully SMART', key: 'smartPassRate', format: percent},
  {label: 'Average progress', key: 'averageProgress', format: percent},
  {label: 'Objectives achieved', key: 'objectivesAchieved'}, {label: 'Hours budgeted', key: 'hoursBudgeted'},
  {label: 'Hours planned', key: 'hoursPlanned'}, {label: 'Hours spent', key: 'hoursSpent'},
  {label: 'Platforms chosen', key: 'platformsChosen'}, {label: 'Platforms attended', key: 'platformsAttended'},
  {label: 'People met', key: 'peopleMet'}, {label: 'Target people met', key: 'targetPeopleMet'},
  {label: 'Follow-ups scheduled', key: 'followUpsScheduled'}, {label: 'Follow-ups done', key: 'followUpsDone'},
];

function numeric(column) {
  return {label: column.label, numeric: true, value: (row) => (column.format || number)(row[column.key])};
}

function csvLink(path, name) {
  const separator = path.includes('?') ? '&' : '?';
  const link = h('a', {href: `${path}${separator}format=csv`, class: 'button secondary csv'}, `Download ${name} (CSV)`);
  link.addEventListener('click', async (event) => {
    event.preventDefault();
    try {
      await download(link.getAttribute('href'), `${name}.csv`);
      announce(`${name} downloaded`);
    } catch (error) {
      announce('The download failed; try again in a moment');
    }
  });
  return link;
}

function totals(total) {
  return h('dl', {class: 'figures', id: 'totals'}, ROW_COLUMNS.map((column) =>
    h('div', {'data-key': column.key}, h('dt', {}, column.label), h('dd', {}, (column.format || number)(total?.[column.key])))));
}

/** Target people met per hour spent, the return on the time invested. */
function perHour(row) {
  return row && row.hoursSpent > 0 ? rate(row.targetPeopleMet / row.hoursSpent) : '–';
}

function failure(error) {
  return h('p', {class: 'alert'}, error.status === 403 ? 'Your role may not see these figures.'
    : 'These figures cannot be read right now; try again in a moment.');
}

async function summaryCard(scope, subject, filters) {
  const query = new URLSearchParams({scope, granularity: filters.granularity});
  if (subject) query.set('subject', subject);
  if (filters.from) query.set('from', filters.from);
  if (filters.to) query.set('to', filters.to);
  const path = `/api/v1/analytics/summary?${query}`;
  const card = h('section', {class: 'card', 'aria-labelledby': 'summary-heading'},
    h('h2', {id: 'summary-heading'}, `Summary: ${subject || scope}`));
  try {
    const answer = await get(path);
    const periods = answer.rows.map((row) => row.period);
    card.append(
      totals(answer.total),
      h('div', {class: 'grid two'},
        barChart('Hours per period', periods, [
          {name: 'budgeted', values: answer.rows.map((row) => row.hoursBudgeted)},
          {name: 'planned', values: answer.rows.map((row) => row.hoursPlanned)},
          {name: 'spent', values: answer.rows.map((row) => row.hoursSpent)}], {format: hours, tableId: 'per-period'}),
        barChart('People met per period', periods, [
          {name: 'people met', values: answer.rows.map((row) => row.peopleMet)},
          {name: 'target people met', values: answer.rows.map((row) => row.targetPeopleMet)}], {tableId: 'per-period'})),
      table(`Per ${answer.granularity}`, [{label: 'Period', value: (row) => row.period},
        {label: 'Target people per hour', numeric: true, value: perHour}, ...ROW_COLUMNS.map(numeric)],
      answer.rows, {id: 'per-period'}),
      h('div', {class: 'actions'}, csvLink(path, 'summary')));
  } catch (error) {
    card.append(failure(error));
  }
  return card;
}

async function membersCard(team) {
  const path = `/api/v1/analytics/team-members?team=${encodeURIComponent(team)}`;
  const card = h('section', {class: 'card', 'aria-labelledby': 'members-heading'},
    h('h2', {id: 'members-heading'}, `Team members of ${team}`));
  try {
    const answer = await get(path);
    card.append(
      barChart('People met per member', answer.members.map((member) => member.userId), [
        {name: 'people met', values: answer.members.map((member) => member.peopleMet)},
        {name: 'target people met', values: answer.members.map((member) => member.targetPeopleMet)}],
      {tableId: 'team-members'}),
      table('Members, all time', [{label: 'Member', value: (row) => row.userId},
        ...ROW_COLUMNS.map(numeric), {label: 'Target people per hour', numeric: true, value: perHour}], answer.members,
      {id: 'team-members'}),
      h('div', {class: 'actions'}, csvLink(path, 'team-members')));
  } catch (error) {
    card.append(failure(error));
  }
  return card;
}

async function roiCard() {
  const path = `/api/v1/analytics/platform-roi?limit=${ROI_LIMIT}`;
  const card = h('section', {class: 'card', 'aria-labelledby': 'roi-heading'},
    h('h2', {id: 'roi-heading'}, 'Platform ROI: target people met per hour'));
  try {
    const answer = await get(path);
    card.append(
      barChart('Target people met per hour', answer.platforms.map((one) => one.name), [
        {name: 'target people per hour', values: answer.platforms.map((one) => one.targetPeoplePerHour)}],
      {format: rate, tableId: 'platform-roi'}),
      table('Platforms, best first', [
        {label: 'Platform', value: (row) => row.name},
        {label: 'Kind', value: (row) => kind(row.kind)},
        ...[['Attendances', 'attendances'], ['Hours spent', 'hoursSpent'], ['People met', 'peopleMet'],
          ['Target people met', 'targetPeopleMet'], ['Target people per hour', 'targetPeoplePerHour'],
          ['Forecast target people', 'forecastTargetPeople'], ['Actual target people', 'actualTargetPeople']]
          .map(([label, key]) => numeric({label, key})),
        numeric({label: 'Forecast accuracy', key: 'forecastAccuracy', format: percent}),
        numeric({label: 'Cost', key: 'cost'}),
        numeric({label: 'Cost per target person', key: 'costPerTargetPersonMet', format: rate})], answer.platforms,
      {id: 'platform-roi'}),
      h('div', {class: 'actions'}, csvLink(path, 'platform-roi')));
  } catch (error) {
    card.append(failure(error));
  }
  return card;
}

async function timingCard(scope, subject) {
  const query = new URLSearchParams({scope});
  if (subject) query.set('subject', subject);
  const path = `/api/v1/analytics/arrival-timing?${query}`;
  const card = h('section', {class: 'card', 'aria-labelledby': 'timing-heading'},
    h('h2', {id: 'timing-heading'}, 'Arrive early, stay late: people met per attendance'));
  try {
    const answer = await get(path);
    const bandTable = (caption, rows) => table(caption, [{label: 'Minutes', value: (row) => row.band},
      numeric({label: 'Attendances', key: 'attendances'}), numeric({label: 'People met', key: 'peopleMet'}),
      numeric({label: 'People met per attendance', key: 'peopleMetPerAttendance'})], rows);
    card.append(h('div', {class: 'grid two'},
      h('div', {}, barChart('Arriving early: minutes before the programme', answer.earlyArrival.map((row) => row.band),
        [{name: 'people met per attendance', values: answer.earlyArrival.map((row) => row.peopleMetPerAttendance)}],
        {format: rate}),
      bandTable('Minutes before the programme', answer.earlyArrival)),
      h('div', {}, barChart('Staying late: minutes after the programme', answer.lateStay.map((row) => row.band),
        [{name: 'people met per attendance', values: answer.lateStay.map((row) => row.peopleMetPerAttendance)}],
        {format: rate}),
      bandTable('Minutes after the programme', answer.lateStay))),
    h('div', {class: 'actions'}, csvLink(path, 'arrival-timing')));
  } catch (error) {
    card.append(failure(error));
  }
  return card;
}

const TITLES = {rep: 'Your networking figures', team: 'Team dashboard', org: 'Organisation dashboard'};

/** scope: rep | team | org. */
export async function dashboardPage(main, {scope, params}) {
  const me = user();
  const subject = scope === 'rep' ? (params.subject || me.sub) : scope === 'team' ? (params.team || me.team) : null;
  const filters = {granularity: GRANULARITIES.includes(params.granularity) ? params.granularity : 'month',
    from: params.from || '', to: params.to || ''};
  const form = h('form', {class: 'card', id: 'dashboard-filters', 'aria-label': 'Filters'},
    h('div', {class: 'row'},
      scope === 'rep' ? field('Rep (user id)', 'subject', {value: subject}) : null,
      scope === 'team' ? field('Team', 'team', {value: subject}) : null,
      field('Per', 'granularity', {tag: 'select', options: GRANULARITIES.map((value) =>
        ({value, label: value, selected: value === filters.granularity}))}),
      field('From', 'from', {type: 'date', value: filters.from}),
      field('To', 'to', {type: 'date', value: filters.to})),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Show')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams([...new FormData(form)].filter(([, value]) => value !== ''));
    window.location.hash = `#/dashboard/${scope}?${query}`;
  });
  const cards = h('div', {id: 'dashboard', 'aria-busy': 'true'}, h('p', {}, 'Loading figures…'));
  replace(main, h('h1', {tabindex: -1}, TITLES[scope]), form, cards);
  const parts = [summaryCard(scope, subject, filters)];
  if (scope === 'team') parts.push(membersCard(subject));
  if (scope === 'org') parts.push(roiCard());
  parts.push(timingCard(scope, subject));
  replace(cards, await Promise.all(parts));
  cards.setAttribute('aria-busy', 'false');
}
