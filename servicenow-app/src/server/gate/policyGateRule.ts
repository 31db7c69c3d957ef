import { gs, type GlideRecord } from '@servicenow/glide'
import { gateDecision } from '../gate/gateDecision'
import { glideVerificationRecords } from '../platform/glideVerificationRecords'
import { platformSettings } from '../platform/platformSettings'

/** States of `incident` that resolve or close it; other tasks close when `active` turns false. */
const INCIDENT_CLOSING_STATES = ['6', '7', '8']

/**
 * Before-update business rule on task: refuses to resolve or close a task of a gated category
 * unless its newest verification passed (`x_hdv_verify.gate_enabled`, `x_hdv_verify.gate_categories`).
 */
export function policyGateRule(current: GlideRecord<string>, previous: GlideRecord<string>): void {
    const settings = platformSettings()
    const table = current.getTableName()
    if (!settings.gateEnabled || !settings.taskTables.includes(table)) return
    const closing =
        (previous.getValue('active') === '1' && current.getValue('active') === '0') ||
        (table === 'incident' && INCIDENT_CLOSING_STATES.includes(current.getValue('state')) && !INCIDENT_CLOSING_STATES.includes(previous.getValue('state')))
    const latest = glideVerificationRecords().latestForTask({ table, sysId: current.getUniqueValue() })
    const decision = gateDecision({
        enabled: settings.gateEnabled,
        categories: settings.gateCategories,
        taskCategory: current.isValidField('category') ? current.getValue('category') ?? '' : '',
        closing,
        latestStatus: latest?.status ?? null,
    })
    if (decision.allow) return
    gs.addErrorMessage(decision.message)
    current.setAbortAction(true)
}
