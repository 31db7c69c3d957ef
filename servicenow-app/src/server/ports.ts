/**
 * The thin interfaces between the app's logic and the Glide platform. The platform adapters in
 * `platform/` implement them over GlideRecord, gs and sn_ws; unit tests implement them in memory.
 */
import type { VerificationStatus } from '@helpdesk-verify/core-client'

/** A task the agent works on (incident, sc_req_item, sc_task, HR case). */
export interface TaskRef {
    table: string
    sysId: string
    /** The task number, e.g. INC0010001. */
    number: string
}

/** One row of the app's verification table (`x_hdv_verify_verification`), as the logic sees it. */
export interface VerificationRecord {
    verificationId: string
    task: TaskRef
    /** sys_user sys_id of the employee (the caller), when known. */
    employeeSysId: string | null
    /** sys_user sys_id of the agent who asked. */
    agentSysId: string
    linkId: string
    channels: string
    status: VerificationStatus
    matchCode: string
    riskScore: number | null
    /** One reason a line: "+20 First time on this device". */
    riskReasons: string
    outcomeReason: string
    assuranceReached: string
    requestedAt: string
    completedAt: string | null
}

/** What a webhook changes on a verification row. */
export type VerificationRecordUpdate = Pick<VerificationRecord, 'status' | 'riskScore' | 'riskReasons' | 'outcomeReason' | 'assuranceReached' | 'completedAt'>

/** The verification table. */
export interface VerificationRecords {
    insert(record: VerificationRecord): void
    /** The row of a service verification id, or null. */
    findByVerificationId(verificationId: string): VerificationRecord | null
    update(verificationId: string, update: VerificationRecordUpdate): void
    /** The newest row of a task, or null. */
    latestForTask(task: Pick<TaskRef, 'table' | 'sysId'>): VerificationRecord | null
}

/** Work notes on tasks (journal field `work_notes`, never visible to the caller). */
export interface TaskNotes {
    addWorkNote(task: Pick<TaskRef, 'table' | 'sysId'>, text: string): void
}

/**
 * The permanent set of webhook-ids already processed (`x_hdv_verify_webhook_receipt`, unique on
 * `webhook_id`). `claim` records the id and answers false when it was there already.
 */
export interface WebhookReceipts {
    claim(receipt: { webhookId: string; eventType: string; verificationId: string; receivedAt: string }): boolean
}
