// Plans: start one, or open one (recently used in this browser, or by its id; the API has no list of plans).
import {post} from '../api.js';
import {announce, h, isoDate} from '../dom.js';
import {field, onSubmit, text} from '../forms.js';
import {recentPlans, rememberPlan} from '../session.js';

const DEFAULT_MONTHS = 6;
const DEFAULT_HOURS = 40;

export function plansPage(main) {
  const create = h('form', {id: 'create-plan-form', novalidate: true},
    field('Title', 'title', {required: true, maxlength: 200}),
    h('div', {class: 'row'},
      field('First day', 'periodStart', {type: 'date', required: true, value: isoDate()}),
      field('Last day', 'periodEnd', {type: 'date', required: true, value: isoDate(0, DEFAULT_MONTHS)}),
      field('Hours budget', 'hoursBudget', {type: 'number', min: 1, step: 0.5, required: true, value: DEFAULT_HOURS},
        'Time is limited: platforms are chosen within it.')),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Start plan')));
  onSubmit(create, async (data) => {
    const title = text(data, 'title');
    const hours = text(data, 'hoursBudget');
    const answer = await post('/api/v1/plans', {title, periodStart: text(data, 'periodStart'),
      periodEnd: text(data, 'periodEnd'), hoursBudget: hours === null ? null : Number(hours)});
    rememberPlan(answer.planId, title);
    announce('Plan started');
    window.location.hash = `#/plans/${answer.planId}`;
  });

  const open = h('form', {id: 'open-plan-form', novalidate: true},
    field('Plan id', 'planId', {required: true, autocomplete: 'off', spellcheck: 'false'},
      'run-local.sh prints the demo plan\'s id.'),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Open plan')));
  onSubmit(open, async (data) => {
    const planId = text(data, 'planId');
    if (!planId) throw new Error('Enter a plan id.');
    window.location.hash = `#/plans/${encodeURIComponent(planId)}`;
  });

  const recent = recentPlans();
  main.replaceChildren(
    h('h1', {tabindex: -1}, 'Your networking plans'),
    h('div', {class: 'grid two'},
      h('section', {class: 'card', 'aria-labelledby': 'open-heading'},
        h('h2', {id: 'open-heading'}, 'Open a plan'),
        recent.length
          ? h('ul', {class: 'plain', id: 'recent-plans', 'aria-label': 'Recently opened'}, recent.map((plan) =>
            h('li', {}, h('a', {href: `#/plans/${plan.planId}`}, plan.title || plan.planId))))
          : h('p', {}, 'No plan opened in this browser yet.'),
        open),
      h('section', {class: 'card', 'aria-labelledby': 'create-heading'},
        h('h2', {id: 'create-heading'}, 'Start a plan'),
        h('p', {class: 'hint'}, 'Then: why (objectives), who (targets), where (platforms), attend, follow up.'),
        create)));
}
