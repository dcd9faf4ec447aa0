import type { Rule } from '../rule';
import { reportLabel } from '../classify/rule-support';

/** A Key Result that reads like a deliverable or project: it belongs in the objective's initiatives. */
const rule: Rule = {
  meta: {
    id: 'kr-is-task',
    layer: 'change',
    defaultSeverity: 'warning',
    description: 'A Key Result should be a measurable outcome, not a task, deliverable or project.',
    fixable: true,
    scope: 'file',
    messages: {
      isTask: 'This Key Result reads like a task: it {reason}. Write the change in a result this work should cause, and move the work itself to the objective\'s initiatives.',
      mayBeTask: 'This Key Result may be a task: it {reason}. If it is work to deliver, state the result it should change and move the work to the objective\'s initiatives.',
    },
  },
  check(ctx) {
    reportLabel(ctx, 'task', 'isTask', 'mayBeTask');
  },
};
export default rule;
