/** States of `incident` that resolve or close it; other tasks close when `active` turns false. */
export const INCIDENT_CLOSING_STATES = ['6', '7', '8'];

/** A task's `active` and `state` before and after one update. */
export interface TaskUpdate {
  table: string;
  previous: { active: string; state: string };
  current: { active: string; state: string };
}

/** Whether this update resolves or closes the task (an incident entering Resolved / Closed / Canceled, any task turning inactive). */
export const isClosingUpdate = (update: TaskUpdate): boolean =>
  (update.previous.active === '1' && update.current.active === '0') ||
  (update.table === 'incident' &&
    INCIDENT_CLOSING_STATES.indexOf(update.current.state) >= 0 &&
    INCIDENT_CLOSING_STATES.indexOf(update.previous.state) < 0);
