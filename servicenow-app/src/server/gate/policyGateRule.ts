import { gs, type GlideRecord } from '@servicenow/glide';
import { glideGateTask } from '../platform/glideGateTask';
import { glideVerificationRecords } from '../platform/glideVerificationRecords';
import { nowIso } from '../platform/nowIso';
import { platformSettings } from '../platform/platformSettings';
import { CALLER_FIELDS } from '../verify/CALLER_FIELDS';
import { decidePolicyGate } from './decidePolicyGate';
import { isClosingUpdate } from './isClosingUpdate';

/**
 * Before-update business rule on task: refuses to resolve or close a task the gate condition
 * holds (`x_hdv_verify.gate_condition_type` and its property) unless the latest verification of the
 * task for its current caller passed within `x_hdv_verify.gate_max_age_minutes`.
 */
export function policyGateRule(current: GlideRecord<string>, previous: GlideRecord<string>): void {
  const settings = platformSettings();
  const table = current.getTableName();
  if (!settings.gate.enabled || settings.taskTables.indexOf(table) < 0) return;
  const closing = isClosingUpdate({
    table,
    previous: { active: previous.getValue('active'), state: previous.getValue('state') ?? '' },
    current: { active: current.getValue('active'), state: current.getValue('state') ?? '' },
  });
  if (!closing) return;
  const callerField = CALLER_FIELDS[table] ?? (current.isValidField('caller_id') ? 'caller_id' : '');
  const decision = decidePolicyGate({
    gate: settings.gate,
    task: glideGateTask(current),
    closing,
    callerSysId: callerField ? current.getValue(callerField) || null : null,
    verifications: glideVerificationRecords().listForTask({ table, sysId: current.getUniqueValue() }),
    now: new Date(nowIso()),
  });
  if (decision.allow) return;
  gs.addErrorMessage(decision.message);
  current.setAbortAction(true);
}
