import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { DEFAULT_TASK_TABLES, PROPERTY_NAMES } from '../server/settings/PROPERTY_NAMES'
import { adminRole } from './roles.now'

const adminOnly = { read: [adminRole], write: [adminRole] }

Property({
    $id: Now.ID['prop-service-url'],
    name: PROPERTY_NAMES.serviceUrl,
    type: 'string',
    value: '',
    description: 'Origin of the Helpdesk Verify service, e.g. https://verify.example.com (add it to the outbound allow-list if the instance has one).',
    roles: adminOnly,
})

Property({
    $id: Now.ID['prop-api-key'],
    name: PROPERTY_NAMES.apiKey,
    type: 'password2',
    value: '',
    description: 'API key of this integration (scope verifications:write). Stored encrypted, never shown back in clear.',
    isPrivate: true,
    roles: adminOnly,
})

Property({
    $id: Now.ID['prop-webhook-secret'],
    name: PROPERTY_NAMES.webhookSecret,
    type: 'password2',
    value: '',
    description: 'Signing secret (whsec_...) of the webhook endpoint pointing at /api/x_hdv_verify/helpdesk_verify/webhook; during a rotation, the new and the old one separated by a comma. Stored encrypted.',
    isPrivate: true,
    roles: adminOnly,
})

Property({
    $id: Now.ID['prop-default-link'],
    name: PROPERTY_NAMES.defaultLinkId,
    type: 'string',
    value: '',
    description: 'The Link (lnk_...) the Verify identity dialog proposes.',
    roles: adminOnly,
})

Property({
    $id: Now.ID['prop-task-tables'],
    name: PROPERTY_NAMES.taskTables,
    type: 'string',
    value: DEFAULT_TASK_TABLES,
    description: 'Comma-separated task tables the Verify identity action and the policy gate are active on (sn_hr_core_case only matters where the HR plugin is installed).',
    roles: adminOnly,
})

Property({
    $id: Now.ID['prop-gate-enabled'],
    name: PROPERTY_NAMES.gateEnabled,
    type: 'boolean',
    value: 'false',
    description: 'Refuse to resolve or close a task of the gated categories unless its latest identity verification passed.',
    roles: adminOnly,
})

Property({
    $id: Now.ID['prop-gate-categories'],
    name: PROPERTY_NAMES.gateCategories,
    type: 'string',
    value: 'password_reset,mfa_reset',
    description: 'Comma-separated task category values the policy gate applies to.',
    roles: adminOnly,
})

Property({
    $id: Now.ID['prop-timeout'],
    name: PROPERTY_NAMES.timeoutMs,
    type: 'integer',
    value: '15000',
    description: 'Timeout of calls to the verification service, in milliseconds.',
    roles: adminOnly,
})
