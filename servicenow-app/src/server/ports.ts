/**
 * The thin interfaces between the app's logic and the Glide platform. The platform adapters in
 * `platform/` implement them over GlideRecord, gs and sn_ws; unit tests implement them in memory.
 */
import type { VerificationStatus } from '@helpdesk-verify/core-client/receiver';

/** A task the agent works on (incident, sc_req_item, sc_task, HR case). */
export interface TaskRef {
  table: string;
  sysId: string;
  /** The task number, e.g. INC0010001. */
  number: string;
}

/** One row of the app's verification table (`x_hdv_verify_verification`), as the logic sees it. */
export interface VerificationRecord {
  verificationId: string;
  task: TaskRef;
  /** sys_user sys_id of the employee (the caller), when known. */
  employeeSysId: string | null;
  /** sys_user sys_id of the agent who asked. */
  agentSysId: string;
  linkId: string;
  channels: string;
  status: VerificationStatus;
  matchCode: string;
  riskScore: number | null;
  /** One reason a line: "+20 First time on this device". */
  riskReasons: string;
  outcomeReason: string;
  assuranceReached: string;
  requestedAt: string;
  completedAt: string | null;
}

/** What a webhook changes on a verification row. */
export type VerificationRecordUpdate = Pick<
  VerificationRecord,
  'status' | 'riskScore' | 'riskReasons' | 'outcomeReason' | 'assuranceReached' | 'completedAt'
>;

/** The verification table. */
export interface VerificationRecords {
  insert(record: VerificationRecord): void;
  /** The row of a service verification id, or null. */
  findByVerificationId(verificationId: string): VerificationRecord | null;
  /** Writes the result onto the row; throws when the platform refused the write. */
  update(verificationId: string, update: VerificationRecordUpdate): void;
  /** The newest row of a task, or null. */
  latestForTask(task: Pick<TaskRef, 'table' | 'sysId'>): VerificationRecord | null;
  /** Every row of a task (the gate picks the latest one for the task's current caller). */
  listForTask(task: Pick<TaskRef, 'table' | 'sysId'>): VerificationRecord[];
}

/** Work notes on tasks (journal field `work_notes`, never visible to the caller). */
export interface TaskNotes {
  /**
   * Appends `text` to the task's work notes. Answers false when the task no longer exists (nothing to
   * retry); throws when the platform refused the write (a transient failure: the webhook is retried).
   */
  addWorkNote(task: Pick<TaskRef, 'table' | 'sysId'>, text: string): boolean;
}

/**
 * The permanent set of webhook-ids already processed (`x_hdv_verify_webhook_receipt`, unique on
 * `webhook_id`). `claim` records the id and answers false when it was there already; `release`
 * forgets it again when writing the result failed, so the service's retry is applied.
 */
export interface WebhookReceipts {
  claim(receipt: { webhookId: string; eventType: string; verificationId: string; receivedAt: string }): boolean;
  release(webhookId: string): void;
}
