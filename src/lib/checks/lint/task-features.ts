import type { Problem } from '../../model/problems.ts';
import { nearest } from '../../shared/suggest.ts';
import { TASK_FEATURES, TASKS, type Task } from '../../snippets/tasks.ts';
import type { LintContext, LintRule } from './types.ts';

/**
 * Every task is shown on the page of a feature it proves and checked against that feature's
 * cells, so each feature a task names must exist: a renamed or removed feature would otherwise
 * make the task's code vanish from the site without a word.
 */
export const taskFeatures = {
  id: 'task-features',
  description: 'every feature a snippet task proves (src/lib/snippets/tasks.ts) is a feature in content/features.yaml',
  check({ features, featureIds }: LintContext, tasks: Record<Task, readonly string[]> = TASK_FEATURES) {
    const ids = featureIds ?? features.map((f) => f.id);
    // No features at all means features.yaml itself failed, and that is already reported once.
    if (ids.length === 0) return [];
    return TASKS.flatMap((task) =>
      tasks[task]
        .filter((id) => !ids.includes(id))
        .map((id): Problem => {
          const guess = nearest(id, ids, 1)[0];
          return {
            file: 'content/features.yaml',
            field: id,
            received: 'no such feature',
            expected: `a feature "${id}" for the ${task} task to prove (src/lib/snippets/tasks.ts)${guess ? `, or the task pointed at "${guess}"` : ''}`,
          };
        }),
    );
  },
} satisfies LintRule;
