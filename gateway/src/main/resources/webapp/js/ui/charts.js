// Bar charts drawn as SVG by the app itself (no chart library: grouped bars, a legend, a tooltip per group are all
// they need). Each group answers hover, touch and keyboard focus with a tooltip; the same numbers are always in a
// table beside the chart, which screen readers are pointed to.
import {append, h} from './dom.js';
import {number} from '../wording/format.js';

const SVG = 'http://www.w3.org/2000/svg';
const SERIES_CLASSES = 3;
const WIDTH = 640;
const BAR_AREA = 180;
const LABEL_SPACE = 40;
const TOP = 20;
const LEFT = 8;
const LABEL_CHARACTERS = 14;

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, String(value)));
  children.flat(Infinity).forEach((child) => element.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return element;
}

function shortLabel(category) {
  const text = String(category);
  return text.length > LABEL_CHARACTERS ? `${text.substring(0, LABEL_CHARACTERS - 1)}…` : text;
}

/** Places the tooltip over the group, inside the figure (never past its edges: the page must not scroll sideways). */
function showTooltip(figure, tooltip, group, text) {
  tooltip.textContent = text;
  tooltip.hidden = false;
  const area = figure.getBoundingClientRect();
  const box = group.getBoundingClientRect();
  const width = tooltip.offsetWidth;
  const left = Math.max(0, Math.min(area.width - width, box.left - area.left + box.width / 2 - width / 2));
  tooltip.style.left = `${left}px`;
  tooltip.style.top = `${Math.max(0, box.top - area.top - tooltip.offsetHeight - 4)}px`;
}

/**
 * A grouped bar chart.
 * @param title      the caption
 * @param categories the groups' names (periods, platforms, members)
 * @param series     [{name, values: [...]}] aligned with the categories
 * @param format     how a value reads in labels and tooltips (default: a plain number)
 * @param tableId    the id of the table with the same numbers (the chart's text alternative points to it)
 */
export function barChart(title, categories, series, {format = number, tableId = null} = {}) {
  const max = Math.max(1, ...series.flatMap((one) => one.values.map((value) => Number(value) || 0)));
  const groupWidth = (WIDTH - 2 * LEFT) / Math.max(1, categories.length);
  const barWidth = Math.max(4, Math.min(48, (groupWidth - 12) / series.length));
  const tooltip = h('div', {class: 'chart-tooltip', hidden: true, 'aria-hidden': 'true'});
  const figure = h('figure', {class: 'chart'});
  const groups = categories.map((category, index) => {
    const x0 = LEFT + index * groupWidth;
    const left = x0 + (groupWidth - barWidth * series.length) / 2;
    const words = `${category}: ${series.map((one) => `${one.name} ${format(Number(one.values[index]) || 0)}`).join(', ')}`;
    const group = svg('g', {class: 'group', tabindex: 0, role: 'img', 'aria-label': words},
      svg('rect', {class: 'hit', x: x0, y: TOP, width: groupWidth, height: BAR_AREA}),
      series.map((one, seriesIndex) => {
        const value = Number(one.values[index]) || 0;
        const height = (value / max) * BAR_AREA;
        const x = left + seriesIndex * barWidth;
        const y = TOP + BAR_AREA - height;
        return [svg('rect', {class: `column s${seriesIndex % SERIES_CLASSES}`, x, y, width: barWidth - 2, height}),
          svg('text', {class: 'value', x: x + (barWidth - 2) / 2, y: y - 4, 'text-anchor': 'middle'}, format(value))];
      }),
      svg('text', {class: 'category', x: x0 + groupWidth / 2, y: TOP + BAR_AREA + 18, 'text-anchor': 'middle'},
        shortLabel(category)));
    const show = () => showTooltip(figure, tooltip, group, words);
    const hide = () => { tooltip.hidden = true; };
    group.addEventListener('pointerenter', show);
    group.addEventListener('pointerleave', hide);
    group.addEventListener('focus', show);
    group.addEventListener('blur', hide);
    return group;
  });
  const chart = svg('svg', {viewBox: `0 0 ${WIDTH} ${TOP + BAR_AREA + LABEL_SPACE}`, role: 'group',
    'aria-label': `${title}${tableId ? '; the numbers are also in the table below' : ''}`},
  svg('line', {class: 'axis', x1: 0, x2: WIDTH, y1: TOP + BAR_AREA, y2: TOP + BAR_AREA}),
  svg('line', {class: 'grid', x1: 0, x2: WIDTH, y1: TOP, y2: TOP}),
  svg('text', {class: 'scale', x: WIDTH - 2, y: TOP - 6, 'text-anchor': 'end'}, `top ${format(max)}`),
  groups);
  return append(figure, [
    h('figcaption', {}, title),
    h('ul', {class: 'legend', 'aria-label': 'Legend'}, series.map((one, index) =>
      h('li', {}, h('span', {class: `swatch s${index % SERIES_CLASSES}`, 'aria-hidden': 'true'}), one.name))),
    chart, tooltip]);
}
