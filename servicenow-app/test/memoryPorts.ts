import type { TrustCheckEvent } from '@helpdesk-verify/core-client/schemas';
import type { TaskNotes, TaskRef, VerificationRecord, VerificationRecords, WebhookReceipts } from '../src/server/ports';

/**
 * In-memory stand-ins for the Glide tables the logic writes, so tests can read what changed.
 * `failNextNote()` makes the next work note throw, as `GlideRecord.update()` answering null does
 * in the platform adapter (a business rule aborting, an ACL or a cross-scope check refusing).
 */
export function memoryPorts() {
  const rows = new Map<string, VerificationRecord>();
  const notes: { table: string; sysId: string; text: string }[] = [];
  const receiptIds = new Set<string>();
  const missingTasks = new Set<string>();
  let failNotes = 0;
  const records: VerificationRecords = {
    insert: (record) => {
      if (rows.has(record.verificationId)) throw new Error(`duplicate verification_id ${record.verificationId}`);
      rows.set(record.verificationId, structuredClone(record));
    },
    findByVerificationId: (id) => (rows.has(id) ? structuredClone(rows.get(id)!) : null),
    update: (id, update) => {
      const row = rows.get(id);
      if (row) rows.set(id, { ...row, ...update });
    },
    latestForTask: (task) => [...rows.values()].filter((r) => r.task.sysId === task.sysId).at(-1) ?? null,
    listForTask: (task) => [...rows.values()].filter((r) => r.task.sysId === task.sysId).map((r) => structuredClone(r)),
  };
  const taskNotes: TaskNotes = {
    addWorkNote: (task, text) => {
      if (missingTasks.has(task.sysId)) return false;
      if (failNotes > 0) {
        failNotes -= 1;
        throw new Error(`The work note on ${task.table} ${task.sysId} was not saved`);
      }
      notes.push({ table: task.table, sysId: task.sysId, text });
      return true;
    },
  };
  const receipts: WebhookReceipts = {
    claim: ({ webhookId }) => {
      if (receiptIds.has(webhookId)) return false;
      receiptIds.add(webhookId);
      return true;
    },
    release: (webhookId) => {
      receiptIds.delete(webhookId);
    },
  };
  /** A snapshot of everything, to prove a refused webhook changed nothing. */
  const snapshot = () => JSON.stringify({ rows: [...rows.entries()], notes, receipts: [...receiptIds] });
  return {
    rows,
    notes,
    receiptIds,
    records,
    notes$: taskNotes,
    receipts,
    snapshot,
    failNextNote: () => {
      failNotes += 1;
    },
    deleteTask: (sysId: string) => missingTasks.add(sysId),
  };
}

/** The pending row the Verify identity action leaves for `event`'s verification on `task`, before any webhook. */
export const pendingRecordFor = (event: TrustCheckEvent, task: TaskRef): VerificationRecord => ({
  verificationId: event.session_id,
  task,
  employeeSysId: null,
  agentSysId: 'c'.repeat(32),
  linkId: event.link_id,
  channels: 'email',
  status: 'pending',
  matchCode: event.match_code,
  riskScore: null,
  riskReasons: '',
  outcomeReason: '',
  assuranceReached: '',
  requestedAt: '2026-01-15T08:59:00.000Z',
  completedAt: null,
});
