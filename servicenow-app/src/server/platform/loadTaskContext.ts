import { gs, type GlideRecord } from '@servicenow/glide';
import type { TaskRef } from '../ports';
import { CALLER_FIELDS } from '../verify/CALLER_FIELDS';
import { glideRecordOf } from './glideRecordOf';

/** A task with its caller and the agent, read for the Verify identity dialog and action. */
export interface TaskContext {
  task: TaskRef;
  taskUrl: string;
  caller: { sysId: string | null; name: string; email: string | null; phone: string | null };
  agent: { sysId: string; name: string; email: string | null };
}

const callerRecord = (task: GlideRecord<string>, table: string): GlideRecord<string> | null => {
  const path = (CALLER_FIELDS[table] ?? (task.isValidField('caller_id') ? 'caller_id' : '')).split('.').filter(Boolean);
  let current: GlideRecord<string> | null = path.length > 0 ? task : null;
  for (const field of path) {
    if (!current || !current.getValue(field)) return null;
    current = current.getElement(field).getRefRecord() as unknown as GlideRecord<string>;
  }
  return current && current.isValidRecord() ? current : null;
};

/** The task `table`/`sysId` with its caller (from the table's caller field) and the current user; null when there is no such task. */
export const loadTaskContext = (table: string, sysId: string): TaskContext | null => {
  const task = glideRecordOf(table);
  if (!task.get(sysId)) return null;
  const caller = callerRecord(task, table);
  const agent = glideRecordOf('sys_user');
  agent.get(gs.getUserID());
  const instance = gs.getProperty('glide.servlet.uri', '');
  return {
    task: { table, sysId, number: task.getValue('number') || sysId },
    taskUrl: `${instance.replace(/\/+$/, '')}/${table}.do?sys_id=${sysId}`,
    caller: {
      sysId: caller ? caller.getUniqueValue() : null,
      name: caller ? caller.getDisplayValue('name') : '',
      email: caller?.getValue('email') || null,
      phone: caller ? caller.getValue('mobile_phone') || caller.getValue('phone') || null : null,
    },
    agent: {
      sysId: gs.getUserID(),
      name: gs.getUserDisplayName(),
      email: agent.isValidRecord() ? agent.getValue('email') || null : null,
    },
  };
};
