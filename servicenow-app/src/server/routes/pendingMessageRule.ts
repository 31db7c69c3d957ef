import { gs, type GlideRecord } from '@servicenow/glide';
import { glideVerificationRecords } from '../platform/glideVerificationRecords';
import { platformSettings } from '../platform/platformSettings';
import { pendingMessage } from '../verify/pendingMessage';

/** Display business rule on task: while the newest verification is pending, says so on the form. */
export function pendingMessageRule(current: GlideRecord<string>): void {
  const table = current.getTableName();
  if (!platformSettings().taskTables.includes(table) || !gs.hasRole('x_hdv_verify.agent')) return;
  const latest = glideVerificationRecords().latestForTask({ table, sysId: current.getUniqueValue() });
  const message = latest ? pendingMessage(latest) : null;
  if (message) gs.addInfoMessage(message);
}
