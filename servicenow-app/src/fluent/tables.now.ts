import '@servicenow/sdk/global';
import { DateTimeColumn, IntegerColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core';

/** One row per verification started from a task; the webhook fills in the result. */
export const x_hdv_verify_verification = Table({
  name: 'x_hdv_verify_verification',
  label: 'Identity verification',
  display: 'verification_id',
  audit: true,
  schema: {
    verification_id: StringColumn({ label: 'Verification ID', maxLength: 64, mandatory: true, readOnly: true }),
    task: ReferenceColumn({ label: 'Task', referenceTable: 'task', mandatory: true, readOnly: true }),
    task_table: StringColumn({ label: 'Task table', maxLength: 80, readOnly: true }),
    employee: ReferenceColumn({ label: 'Employee', referenceTable: 'sys_user', readOnly: true }),
    agent: ReferenceColumn({ label: 'Agent', referenceTable: 'sys_user', readOnly: true }),
    link_id: StringColumn({ label: 'Link', maxLength: 64, readOnly: true }),
    channels: StringColumn({ label: 'Channels', maxLength: 40, readOnly: true }),
    status: StringColumn({
      label: 'Status',
      maxLength: 20,
      readOnly: true,
      choices: {
        pending: { label: 'Pending' },
        opened: { label: 'Opened' },
        passed: { label: 'Passed' },
        failed: { label: 'Failed' },
        expired: { label: 'Expired' },
        cancelled: { label: 'Cancelled' },
      },
    }),
    match_code: StringColumn({ label: 'Match code', maxLength: 16, readOnly: true }),
    risk_score: IntegerColumn({ label: 'Risk score', readOnly: true }),
    risk_reasons: StringColumn({ label: 'Risk reasons', maxLength: 4000, readOnly: true }),
    outcome_reason: StringColumn({ label: 'Outcome reason', maxLength: 1000, readOnly: true }),
    assurance_reached: StringColumn({ label: 'Assurance reached', maxLength: 20, readOnly: true }),
    requested_at: DateTimeColumn({ label: 'Requested', readOnly: true }),
    completed_at: DateTimeColumn({ label: 'Completed', readOnly: true }),
  },
  index: [
    { element: 'verification_id', name: 'verification_id_unique', unique: true },
    { element: 'task', name: 'task_index', unique: false },
  ],
});

/** The replay guard: every processed webhook-id, kept permanently, unique. */
export const x_hdv_verify_webhook_receipt = Table({
  name: 'x_hdv_verify_webhook_receipt',
  label: 'Webhook receipt',
  display: 'webhook_id',
  schema: {
    webhook_id: StringColumn({ label: 'Webhook ID', maxLength: 255, mandatory: true, readOnly: true, unique: true }),
    event_type: StringColumn({ label: 'Event type', maxLength: 40, readOnly: true }),
    verification_id: StringColumn({ label: 'Verification ID', maxLength: 64, readOnly: true }),
    received_at: DateTimeColumn({ label: 'Received', readOnly: true }),
  },
  index: [{ element: 'webhook_id', name: 'webhook_id_unique', unique: true }],
});
