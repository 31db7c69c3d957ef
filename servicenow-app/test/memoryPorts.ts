import type { TaskNotes, VerificationRecord, VerificationRecords, WebhookReceipts } from '../src/server/ports'

/** In-memory stand-ins for the Glide tables the logic writes, so tests can read what changed. */
export function memoryPorts() {
    const rows = new Map<string, VerificationRecord>()
    const notes: { table: string; sysId: string; text: string }[] = []
    const receiptIds = new Set<string>()
    const records: VerificationRecords = {
        insert: (record) => {
            if (rows.has(record.verificationId)) throw new Error(`duplicate verification_id ${record.verificationId}`)
            rows.set(record.verificationId, structuredClone(record))
        },
        findByVerificationId: (id) => (rows.has(id) ? structuredClone(rows.get(id)!) : null),
        update: (id, update) => {
            const row = rows.get(id)
            if (row) rows.set(id, { ...row, ...update })
        },
        latestForTask: (task) => [...rows.values()].filter((r) => r.task.sysId === task.sysId).at(-1) ?? null,
    }
    const taskNotes: TaskNotes = { addWorkNote: (task, text) => notes.push({ table: task.table, sysId: task.sysId, text }) }
    const receipts: WebhookReceipts = {
        claim: ({ webhookId }) => {
            if (receiptIds.has(webhookId)) return false
            receiptIds.add(webhookId)
            return true
        },
    }
    /** A snapshot of everything, to prove a refused webhook changed nothing. */
    const snapshot = () => JSON.stringify({ rows: [...rows.entries()], notes, receipts: [...receiptIds] })
    return { rows, notes, receiptIds, records, notes$: taskNotes, receipts, snapshot }
}
