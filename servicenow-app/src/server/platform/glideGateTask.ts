import { GlideFilter, type GlideRecord } from '@servicenow/glide';
import type { GateTaskView } from '../gate/GateTaskView';

/**
 * The gate's view of the business rule's `current`: values as this update will save them, and
 * encoded queries evaluated in memory by `GlideFilter.checkRecord` (a database query would see the
 * values before the update).
 */
export const glideGateTask = (current: GlideRecord<string>): GateTaskView => ({
  table: current.getTableName(),
  hasField: (field) => current.isValidField(field),
  value: (field) => String(current.getValue(field) ?? ''),
  matchesEncodedQuery: (query) => Boolean(GlideFilter.checkRecord(current, query, true)),
});
