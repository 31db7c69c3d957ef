import { buildRequest, endpoints, TicketRef, type Channel, type HttpRequest } from '@helpdesk-verify/core-client'
import type { AppSettings } from '../settings/AppSettings'
import type { TaskRef } from '../ports'

/** What the agent confirmed in the Verify identity dialog, plus who and where. */
export interface VerificationInput {
    settings: Pick<AppSettings, 'serviceUrl' | 'apiKey' | 'timeoutMs'>
    task: TaskRef
    /**
     * Link of the instance's task form, e.g. `https://acme.service-now.com/incident.do?sys_id=…`; sent as
     * `ticket.url` when it is an absolute http(s) URL (not when `glide.servlet.uri` is unset), else null.
     */
    taskUrl: string
    caller: { email: string | null; phone: string | null }
    agent: { name: string; email: string | null; sysId: string }
    linkId: string
    channels: Channel[]
    reason: string
    /** One per click of "Send"; a repeated click reuses it and the service creates one verification. */
    idempotencyKey: string
}

/**
 * The `POST /v1/verifications` request of a Verify identity click, built (and validated) by
 * core-client's `buildRequest`. `ticket.url` is the task form's link (core-client checks it with a regex,
 * so no WHATWG `URL` global is needed on the platform), or null when the instance has no absolute base
 * URL; the table and sys_id travel in `metadata`.
 */
export const createVerificationRequest = (input: VerificationInput): HttpRequest => {
    const phone = toE164(input.caller.phone)
    const employee = {
        ...(input.caller.email ? { email: input.caller.email.trim() } : {}),
        ...(phone ? { phone } : {}),
    }
    return buildRequest(
        endpoints.createVerification,
        {
            body: {
                link_id: input.linkId,
                employee,
                channels: input.channels,
                ticket: { system: 'servicenow', id: input.task.number, url: TicketRef.shape.url.safeParse(input.taskUrl).success ? input.taskUrl : null },
                agent: { name: input.agent.name, email: input.agent.email, id: input.agent.sysId },
                reason: input.reason,
                metadata: { ticket_table: input.task.table, ticket_sys_id: input.task.sysId },
            },
            idempotencyKey: input.idempotencyKey,
        },
        { baseUrl: input.settings.serviceUrl, apiKey: input.settings.apiKey, timeoutMs: input.settings.timeoutMs },
    )
}

/** A sys_user phone as E.164 (`+15555550100`) when it is one once spaces, dots, dashes and brackets go; else null. */
const toE164 = (phone: string | null): string | null => {
    const compact = (phone ?? '').replace(/[\s().-]/g, '')
    return /^\+[1-9][0-9]{6,14}$/.test(compact) ? compact : null
}
