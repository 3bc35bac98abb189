// The return on the time a plan invested: hours spent, target people met per hour, per objective and per
// platform, and the minutes before and after each programme against the people met there. Pure (no DOM), computed
// from the plan as the API serves it (and the catalog's costs, when known); unit-tested in Node.

function sum(values) {
  return values.reduce((total, value) => total + (Number(value) || 0), 0);
}

/** Per hour, or null when no time was spent (a rate of nothing is not zero). */
function perHour(amount, hoursSpent) {
  return hoursSpent > 0 ? amount / hoursSpent : null;
}

function isTargetPerson(person) {
  return Boolean(person.targetId);
}

/**
 * @param plan      the plan as GET /plans/{id} serves it
 * @param platforms optional: catalog platforms by id ({platformId: {cost, ...}}), for the money spent
 * @returns {hours, peopleMet, targetPeopleMet, targetPeoplePerHour, cost, byObjective, byPlatform, timing}
 */
export function planReturns(plan, platforms = {}) {
  const attendance = plan.attendance;
  const spent = sum(attendance.map((entry) => entry.hoursInvested));
  const everyoneMet = attendance.flatMap((entry) => entry.contactsMet);
  const targetPeopleMet = everyoneMet.filter(isTargetPerson).length;
  const targetsOf = (objectiveId) => new Set(plan.targets.filter((target) => target.objectiveId === objectiveId)
    .map((target) => target.targetId));
  const choiceOf = (platformId) => plan.platforms.find((platform) => platform.platformId === platformId);

  const byObjective = plan.objectives.map((objective) => {
    const targets = targetsOf(objective.objectiveId);
    // an evening chosen for targets of two objectives counts its hours for each: both were served by it
    const serving = attendance.filter((entry) => (choiceOf(entry.platformId)?.targetIds || []).some((id) => targets.has(id)));
    const hoursSpent = sum(serving.map((entry) => entry.hoursInvested));
    const met = attendance.flatMap((entry) => entry.contactsMet).filter((person) => targets.has(person.targetId)).length;
    return {
      objectiveId: objective.objectiveId, statement: objective.statement, status: objective.status,
      progress: objective.progress, target: objective.target, hoursSpent, targetPeopleMet: met,
      targetPeoplePerHour: perHour(met, hoursSpent),
      outreach: plan.outreach.filter((entry) => targets.has(entry.targetId)).length,
    };
  });

  const attendedIds = [...new Set(attendance.map((entry) => entry.platformId))];
  const byPlatform = attendedIds.map((platformId) => {
    const entries = attendance.filter((entry) => entry.platformId === platformId);
    const hoursSpent = sum(entries.map((entry) => entry.hoursInvested));
    const met = entries.flatMap((entry) => entry.contactsMet);
    const cost = platforms[platformId]?.cost;
    return {
      platformId, name: choiceOf(platformId)?.platformName || platforms[platformId]?.name || 'A platform',
      hoursSpent, peopleMet: met.length, targetPeopleMet: met.filter(isTargetPerson).length,
      targetPeoplePerHour: perHour(met.filter(isTargetPerson).length, hoursSpent),
      cost: cost === undefined ? null : cost * entries.length,
    };
  }).sort((a, b) => (b.targetPeoplePerHour ?? -1) - (a.targetPeoplePerHour ?? -1));

  const timing = attendance.map((entry) => ({
    platformId: entry.platformId, name: choiceOf(entry.platformId)?.platformName || 'A platform',
    arrivedAt: entry.arrivedAt, minutesBeforeProgram: entry.minutesBeforeProgram,
    minutesAfterProgram: entry.minutesAfterProgram, peopleMet: entry.contactsMet.length,
    targetPeopleMet: entry.contactsMet.filter(isTargetPerson).length, hoursInvested: entry.hoursInvested,
  })).sort((a, b) => a.arrivedAt.localeCompare(b.arrivedAt));

  const costs = byPlatform.map((row) => row.cost);
  const costKnown = costs.length > 0 && costs.every((cost) => cost !== null);
  const money = costKnown ? sum(costs) : null;
  return {
    hours: {budgeted: plan.hours.budgeted, planned: plan.hours.planned, spent},
    peopleMet: everyoneMet.length, targetPeopleMet, targetPeoplePerHour: perHour(targetPeopleMet, spent),
    cost: {spent: money, perTargetPerson: money !== null && targetPeopleMet > 0 ? money / targetPeopleMet : null},
    byObjective, byPlatform, timing,
  };
}

/**
 * Whether arriving early and staying late went with meeting more people in this plan: the attendances with both
 * at least `minutes` before and after, against the others (people met per attendance); null when one side is empty.
 */
export function earlyAndLateEffect(timing, minutes = 30) {
  const both = timing.filter((row) => row.minutesBeforeProgram >= minutes && row.minutesAfterProgram >= minutes);
  const others = timing.filter((row) => !both.includes(row));
  if (!both.length || !others.length) return null;
  const average = (rows) => sum(rows.map((row) => row.peopleMet)) / rows.length;
  return {minutes, earlyAndLate: average(both), others: average(others), attendances: [both.length, others.length]};
}

/**
 * The plan's rows per objective with what the catalog counts of them (GET /plans/{id}/returns): the recommendation's
 * forecast of the target people against those met, and what the platforms cost per target person met. A row the
 * catalog does not know yet (its projection is behind) keeps nulls.
 */
export function withForecastAndCost(rows, server) {
  const byId = Object.fromEntries((server?.objectives || []).map((one) => [one.objectiveId, one]));
  return rows.map((row) => ({
    ...row,
    forecastTargetPeople: byId[row.objectiveId]?.forecastTargetPeople ?? null,
    costPerTargetPersonMet: byId[row.objectiveId]?.costPerTargetPersonMet ?? null,
  }));
}
