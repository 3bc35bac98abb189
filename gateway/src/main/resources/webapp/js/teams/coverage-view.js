// A team's coverage and portfolio in the app's words: who doubles an evening, whom nobody goes for, who goes where.
// Pure: the page draws what these return (text and the plans to link to), and node --test checks them.
import {about, count, dayOf, hours, period, profile, sentence} from '../wording/format.js';

/** "ana and ben", "ana, ben and cai". */
export function names(people) {
  if (people.length <= 1) return people.join('');
  return `${people.slice(0, -1).join(', ')} and ${people[people.length - 1]}`;
}

/** The headline of the page: how many overlaps and gaps. */
export function atAGlance(coverage, now = new Date()) {
  const overlaps = coverage.overlaps.length;
  const gaps = coverage.gaps.length;
  if (!overlaps && !gaps) {
    return `No two of you go anywhere for the same people, and every kind of person you look for has a platform `
      + `between ${dayOf(`${coverage.from}T12:00:00Z`, now)} and ${dayOf(`${coverage.to}T12:00:00Z`, now)}.`;
  }
  const parts = [];
  if (overlaps) parts.push(`${count(overlaps, 'evening')} spent twice`);
  if (gaps) parts.push(`${count(gaps, 'kind', 'kinds')} of person nobody goes for`);
  return `${parts.join(', ')}.`;
}

/** One line per overlap: "CFO Breakfast, Wed 10 Jun: ana and ben both go for CFO." with the plans to link. */
export function overlapLines(coverage, now = new Date()) {
  const startOf = Object.fromEntries(coverage.platforms.map((platform) => [platform.platformId, platform.programStartsAt]));
  return coverage.overlaps.map((overlap) => ({
    text: `${overlap.name || 'A platform'}, ${dayOf(startOf[overlap.platformId], now)}: ${names(overlap.members)} `
      + `${overlap.members.length === 2 ? 'both' : 'all'} go for ${profile(overlap.profile)}.`,
    plans: overlap.members.map((member, index) => ({member, planId: overlap.planIds[index]}))
      .filter((plan) => plan.planId),
  }));
}

/** One entry per gap: whom nobody goes for, who looks for them, and the best upcoming platforms. */
export function gapLines(coverage, now = new Date()) {
  return coverage.gaps.map((gap) => ({
    text: `Nobody goes for ${profile(gap.profile)}: ${names(gap.members)} ${gap.members.length === 1 ? 'looks' : 'look'} `
      + 'for them.',
    suggestions: gap.platforms.map((platform) => `${platform.name}, ${dayOf(platform.programStartsAt, now)}: `
      + `${about(platform.expectedPeople)} of them expected.`),
  }));
}

/** A row per member: their plans (to link, named by period) and hours. */
export function memberRows(coverage) {
  return coverage.members.map((member) => ({
    member: member.memberId,
    plans: member.plans.map((plan) => ({planId: plan.planId, label: period(plan.periodStart, plan.periodEnd)})),
    hours: `${hours(member.hoursPlanned)} of ${hours(member.hoursBudgeted)} planned, ${hours(member.hoursSpent)} spent`,
  }));
}

/** Who goes where in the proposal, with why, and per member what they would change. */
export function proposalLines(portfolio, now = new Date()) {
  return {
    assignments: portfolio.assignments.map((assignment) => ({
      member: assignment.memberId,
      text: `${assignment.memberId}: ${assignment.name}, ${dayOf(assignment.programStartsAt, now)}`,
      reason: assignment.reason,
    })),
    changes: portfolio.members.flatMap((member) => member.instead.map((change) => ({
      member: member.memberId,
      planId: change.planId,
      text: `${member.memberId} could skip ${change.name || 'a platform'}: ${change.reason}`,
    }))),
    summary: portfolio.membersOwnValue < portfolio.value
      ? `Together you meet more people than if each of you picked alone (${about(portfolio.distinctTargetPeople)} `
        + 'of the people you look for).'
      : `${sentence(about(portfolio.distinctTargetPeople))} of the people you look for.`,
  };
}
