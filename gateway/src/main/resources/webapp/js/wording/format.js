// How the app writes numbers, hours, dates, people and platforms: as people read them, never as the API stores them.
// Pure (no DOM), so the unit tests run it in Node. Times are shown in the browser's time zone.

const NOTHING = '–';
const LOCALE = 'en-GB';
const MINUTES_PER_HOUR = 60;
const DAY_MS = 86400000;

let parts = null;
/** The clock's parts of an instant in the local time zone (made on first use, so a test can set the zone first). */
function partsOf(instant) {
  parts = parts || new Intl.DateTimeFormat(LOCALE, {weekday: 'short', day: 'numeric', month: 'short', year: 'numeric',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23'});
  const found = {};
  for (const part of parts.formatToParts(instant)) found[part.type] = part.value;
  return found;
}

const trimmed = new Intl.NumberFormat(LOCALE, {maximumFractionDigits: 2});
const whole = new Intl.NumberFormat(LOCALE, {maximumFractionDigits: 0});
const oneDecimal = new Intl.NumberFormat(LOCALE, {maximumFractionDigits: 1});

export function number(value) {
  return value === null || value === undefined || Number.isNaN(Number(value)) ? NOTHING : trimmed.format(value);
}

/** Hours as a budget reads them: "6.75 h", "8 h". */
export function hours(value) {
  return value === null || value === undefined ? NOTHING : `${trimmed.format(value)} h`;
}

/** A stretch of minutes: "30 min", "1 h", "1 h 15 min". */
export function minutes(value) {
  if (value === null || value === undefined) return NOTHING;
  const total = Math.round(value);
  if (total < MINUTES_PER_HOUR) return `${total} min`;
  const rest = total % MINUTES_PER_HOUR;
  return `${Math.floor(total / MINUTES_PER_HOUR)} h${rest ? ` ${rest} min` : ''}`;
}

/** "1 objective", "3 objectives"; plural defaults to singular + "s". */
export function count(amount, singular, plural = `${singular}s`) {
  return `${whole.format(amount)} ${amount === 1 ? singular : plural}`;
}

/** An estimate in whole people: "about 62"; below one, "fewer than 1". */
export function about(value) {
  if (value === null || value === undefined) return NOTHING;
  return value > 0 && value < 1 ? 'fewer than 1' : `about ${whole.format(value)}`;
}

/** A rate: "0.8", "12" (one decimal below ten). */
export function rate(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) return NOTHING;
  return value < 10 ? oneDecimal.format(value) : whole.format(value);
}

export function percent(fraction) {
  return fraction === null || fraction === undefined ? NOTHING : `${Math.round(fraction * 100)} %`;
}

/** An instant of an ISO string, a Date or epoch milliseconds. */
function instantOf(value) {
  return value instanceof Date ? value : new Date(value);
}

function dayWords(found, now) {
  const sameYear = found.year === partsOf(instantOf(now)).year;
  return `${found.weekday} ${found.day} ${found.month}${sameYear ? '' : ` ${found.year}`}`;
}

/** A calendar day (ISO date "2026-12-21") as "Mon 21 Dec" (the year only when it is not this year's). */
export function day(isoDate, now = new Date()) {
  if (!isoDate) return NOTHING;
  const [year, month, dayOfMonth] = isoDate.split('-').map(Number);
  // noon local time: the same calendar day in every zone's daylight-saving shift
  return dayWords(partsOf(new Date(year, month - 1, dayOfMonth, 12)), now);
}

/** A calendar day with its year, as periods read: "7 Dec 2026". */
export function longDay(isoDate) {
  if (!isoDate) return NOTHING;
  const [year, month, dayOfMonth] = isoDate.split('-').map(Number);
  const found = partsOf(new Date(year, month - 1, dayOfMonth, 12));
  return `${found.day} ${found.month} ${found.year}`;
}

/** A plan's period: "7 Dec 2026 – 7 Jun 2027", or "1 Mar – 30 Jun 2027" within one year. */
export function period(startDate, endDate) {
  if (!startDate || !endDate) return NOTHING;
  const start = longDay(startDate);
  const end = longDay(endDate);
  return startDate.substring(0, 4) === endDate.substring(0, 4)
    ? `${start.substring(0, start.lastIndexOf(' '))} – ${end}` : `${start} – ${end}`;
}

/** The clock time of an instant: "07:30". */
export function time(instant) {
  if (!instant) return NOTHING;
  const found = partsOf(instantOf(instant));
  return `${found.hour}:${found.minute}`;
}

/** An instant's day: "Mon 21 Dec". */
export function dayOf(instant, now = new Date()) {
  return instant ? dayWords(partsOf(instantOf(instant)), now) : NOTHING;
}

/** An instant: "Mon 21 Dec, 07:30". */
export function moment(instant, now = new Date()) {
  return instant ? `${dayOf(instant, now)}, ${time(instant)}` : NOTHING;
}

/** From one instant to another: "Mon 21 Dec, 07:30–10:15", the day written once when both fall on it. */
export function range(start, end, now = new Date()) {
  if (!start || !end) return NOTHING;
  return dayOf(start, now) === dayOf(end, now)
    ? `${moment(start, now)}–${time(end)}` : `${moment(start, now)} – ${moment(end, now)}`;
}

/** The local calendar day of an instant, as an ISO date. */
export function isoDay(instant = new Date()) {
  const when = instantOf(instant);
  const pad = (value) => String(value).padStart(2, '0');
  return `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
}

/** An ISO date plus some days (calendar arithmetic, no time zone involved). */
export function addDays(isoDate, days) {
  const [year, month, dayOfMonth] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, dayOfMonth + days)).toISOString().substring(0, 10);
}

/** Whole days from one ISO date to another (negative when the second lies before the first). */
export function daysBetween(fromDate, toDate) {
  const [a, b] = [fromDate, toDate].map((iso) => {
    const [year, month, dayOfMonth] = iso.split('-').map(Number);
    return Date.UTC(year, month - 1, dayOfMonth);
  });
  return Math.round((b - a) / DAY_MS);
}

/** When something falls due, from today: "due today", "due in 3 days", "2 days overdue". */
export function due(isoDate, today) {
  const days = daysBetween(today, isoDate);
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  if (days > 1) return `due in ${days} days`;
  return days === -1 ? '1 day overdue' : `${-days} days overdue`;
}

/** A day relative to today: "today", "tomorrow", "in 3 days", "yesterday", "5 days ago". */
export function fromToday(isoDate, today) {
  const days = daysBetween(today, isoDate);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 1 ? `in ${days} days` : `${-days} days ago`;
}

/** An instant as the value of a datetime-local input (local time). */
export function toLocalInput(instant) {
  const when = instantOf(instant);
  const pad = (value) => String(value).padStart(2, '0');
  return `${isoDay(when)}T${pad(when.getHours())}:${pad(when.getMinutes())}`;
}

/** A datetime-local input's value as an ISO instant; null when empty or unreadable. */
export function fromLocalInput(value) {
  if (!value) return null;
  const when = new Date(value);
  return Number.isNaN(when.getTime()) ? null : when.toISOString();
}

/** An instant shifted by minutes. */
export function plusMinutes(instant, amount) {
  return new Date(instantOf(instant).getTime() + amount * 60000).toISOString();
}

const KINDS = {
  ASSOCIATION_MEETING: 'Association meeting', CHAMBER_MEETING: 'Chamber meeting', SEMINAR: 'Seminar',
  CONFERENCE: 'Conference', MEETUP: 'Meetup', TRADE_SHOW: 'Trade show', OTHER: 'Other event',
};
export const PLATFORM_KINDS = Object.keys(KINDS);

export function kind(code) {
  return KINDS[code] || 'Event';
}

const CHANNELS = {PHONE: 'Phone call', EMAIL: 'E-mail', IN_PERSON: 'In person'};
export const OUTREACH_CHANNELS = Object.keys(CHANNELS);

export function channel(code) {
  return CHANNELS[code] || 'Contact';
}

const PLAN_STATUS = {OPEN: 'Just started', FOCUSED: 'Objectives set', SCHEDULED: 'Platforms chosen', ACTIVE: 'Under way',
  CLOSED: 'Closed'};

export function planStatus(code) {
  return PLAN_STATUS[code] || 'In progress';
}

/** A plan's hours as its head and its card read them: "11.75 h of 40 h planned · 2.5 h spent". */
export function hoursLine({budgeted, planned, spent}) {
  return `${hours(planned)} of ${hours(budgeted)} planned · ${hours(spent)} spent`;
}

const OBJECTIVE_STATUS = {ACTIVE: 'Active', ACHIEVED: 'Achieved', ABANDONED: 'Abandoned'};

export function objectiveStatus(code) {
  return OBJECTIVE_STATUS[code] || code;
}

/** A kind of person: "Procurement Director in Retail"; "anyone" when nothing is said. */
export function profile(kindOfPerson) {
  const {function: work, position, industry} = kindOfPerson || {};
  const who = [work, position].filter(Boolean).join(' ');
  if (who && industry) return `${who} in ${industry}`;
  return who || (industry ? `anyone in ${industry}` : 'anyone');
}

/** A person: "Karin Lund (Nordic Grocers)"; someone whose name was erased or never given reads so. */
export function person(someone) {
  if (!someone) return 'someone';
  const name = someone.name || someone.personName || 'someone';
  return someone.company ? `${name} (${someone.company})` : name;
}

/** An entry fee: "free", or the amount as the catalog gives it. */
export function fee(cost) {
  if (cost === null || cost === undefined) return NOTHING;
  return Number(cost) === 0 ? 'free' : `fee ${number(cost)}`;
}

/** Who is expected at a platform: "Procurement Director in Retail: 50 %, about 30 people". */
export function audience(segment, expectedAttendance) {
  const people = expectedAttendance ? `, ${about(segment.share * expectedAttendance)} people` : '';
  return `${profile(segment)}: ${percent(segment.share)}${people}`;
}

/** Capitalises the first letter of a sentence. */
export function sentence(text) {
  if (!text) return '';
  return text.charAt(0).toUpperCase() + text.substring(1);
}
