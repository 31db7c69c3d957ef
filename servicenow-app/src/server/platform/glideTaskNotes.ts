import type { TaskNotes } from '../ports';
import { glideRecordOf } from './glideRecordOf';

/**
 * `TaskNotes` over GlideRecord: appends to the task's `work_notes` journal. `update()` answers null
 * when a business rule aborted the write or an ACL / cross-scope check refused it: that throws, so
 * the webhook receiver releases the claim and the service retries.
 */
export const glideTaskNotes = (): TaskNotes => ({
  addWorkNote(task, text) {
    const gr = glideRecordOf(task.table);
    if (!gr.get(task.sysId)) return false;
    gr.setValue('work_notes', text);
    if (!gr.update()) throw new Error('The work note on ' + task.table + ' ' + task.sysId + ' was not saved');
    return true;
  },
});
