// Bar charts drawn as SVG (no chart library): grouped bars per category, with a text alternative.
import {h, number} from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = ['#1b5e8c', '#e07b00', '#2e8b57'];
const WIDTH = 640;
const BAR_AREA = 180;
const LABEL_SPACE = 48;
const TOP = 16;

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, String(value)));
  children.flat().forEach((child) => element.append(child instanceof Node ? child : document.createTextNode(String(child))));
  return element;
}

/**
 * A grouped bar chart. series: [{name, values:[...]}] aligned with categories. The figure's caption and the
 * svg's title describe it; the same numbers are always in a table beside it.
 */
export function barChart(title, categories, series) {
  const max = Math.max(1, ...series.flatMap((one) => one.values.map((value) => Number(value) || 0)));
  const groupWidth = (WIDTH - 20) / Math.max(1, categories.length);
  const barWidth = Math.max(4, Math.min(40, (groupWidth - 12) / series.length));
  const bars = [];
  categories.forEach((category, index) => {
    const left = 10 + index * groupWidth + (groupWidth - barWidth * series.length) / 2;
    series.forEach((one, seriesIndex) => {
      const value = Number(one.values[index]) || 0;
      const height = (value / max) * BAR_AREA;
      const x = left + seriesIndex * barWidth;
      const y = TOP + BAR_AREA - height;
      bars.push(svg('rect', {x, y, width: barWidth - 2, height, fill: COLOURS[seriesIndex % COLOURS.length]},
        svg('title', {}, `${category}, ${one.name}: ${number(value)}`)));
      bars.push(svg('text', {x: x + (barWidth - 2) / 2, y: y - 3, 'text-anchor': 'middle', 'font-size': 11}, number(value)));
    });
    const label = String(category).length > 14 ? `${String(category).substring(0, 13)}…` : String(category);
    bars.push(svg('text', {x: 10 + index * groupWidth + groupWidth / 2, y: TOP + BAR_AREA + 16,
      'text-anchor': 'middle', 'font-size': 12}, label));
  });
  const chart = svg('svg', {viewBox: `0 0 ${WIDTH} ${TOP + BAR_AREA + LABEL_SPACE}`, role: 'img',
    'aria-label': `${title}: ${series.map((one) => one.name).join(', ')} per ${categories.length} entries; the numbers are in the table`},
  svg('title', {}, title),
  svg('line', {x1: 0, x2: WIDTH, y1: TOP + BAR_AREA, y2: TOP + BAR_AREA, stroke: '#8795a3'}),
  bars);
  return h('figure', {class: 'chart'},
    h('figcaption', {}, title),
    chart,
    h('div', {class: 'legend', 'aria-hidden': 'true'}, series.map((one, index) =>
      h('span', {}, h('span', {class: `swatch s${index % COLOURS.length}`}), one.name))));
}
