import type { GateCondition } from './GateCondition';
import type { GateTaskView } from './GateTaskView';

/**
 * Whether the gate holds this task. A condition that names nothing (no categories, no pairs, an
 * empty query) holds nothing; a field the table lacks never matches, so one condition can be shared
 * by incidents, request items and HR cases.
 */
export const taskMatchesGate = (condition: GateCondition, task: GateTaskView): boolean => {
  if (condition.kind === 'category') {
    if (!task.hasField('category')) return false;
    const category = task.value('category').trim().toLowerCase();
    return category !== '' && condition.categories.indexOf(category) >= 0;
  }
  if (condition.kind === 'field') {
    for (let i = 0; i < condition.pairs.length; i += 1) {
      const pair = condition.pairs[i] as { field: string; value: string };
      const field = pair.field.split('.')[0] as string;
      if (task.hasField(field) && task.value(pair.field).trim().toLowerCase() === pair.value.trim().toLowerCase())
        return true;
    }
    return false;
  }
  return condition.query.trim() !== '' && task.matchesEncodedQuery(condition.query.trim());
};
