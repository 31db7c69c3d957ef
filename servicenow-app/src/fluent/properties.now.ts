import '@servicenow/sdk/global';
import { Property } from '@servicenow/sdk/core';
import { DEFAULT_TASK_TABLES, PROPERTY_NAMES } from '../server/settings/PROPERTY_NAMES';
import { adminRole } from './roles.now';

const adminOnly = { read: [adminRole], write: [adminRole] };

Property({
  $id: Now.ID['prop-service-url'],
  name: PROPERTY_NAMES.serviceUrl,
  type: 'string',
  value: '',
  description:
    'Origin of the Helpdesk Verify service, e.g. https://verify.example.com (add it to the outbound allow-list if the instance has one).',
  roles: adminOnly,
});

Property({
  $id: Now.ID['prop-api-key'],
  name: PROPERTY_NAMES.apiKey,
  type: 'password2',
  value: '',
  description: 'API key of this integration (scope verifications:write). Stored encrypted, never shown back in clear.',
  isPrivate: true,
  roles: adminOnly,
});

Property({
  $id: Now.ID['prop-webhook-secret'],
  name: PROPERTY_NAMES.webhookSecret,
  type: 'password2',
  value: '',
  description:
    'Signing secret (whsec_...) of the webhook endpoint pointing at /api/x_hdv_verify/helpdesk_verify/webhook; during a rotation, the new and the old one separated by a comma. Stored encrypted.',
  isPrivate: true,
  roles: adminOnly,
});

Property({
  $id: Now.ID['prop-default-link'],
  name: PROPERTY_NAMES.defaultLinkId,
  type: 'string',
  value: '',
  description: 'The Link (lnk_...) the Verify identity dialog proposes.',
  roles: adminOnly,
});

Property({
  $id: Now.ID['prop-task-tables'],
  name: PROPERTY_NAMES.taskTables,
  type: 'string',
  value: DEFAULT_TASK_TABLES,
  description:
    'Comma-separated task tables the Verify identity action and the policy gate are active on (sn_hr_core_case only matters where the HR plugin is installed).',
  roles: adminOnly,
});

Property({
  $id: Now.ID['prop-gate-enabled'],
  name: PROPERTY_NAMES.gateEnabled,
  type: 'boolean',
  value: 'false',
  description:
    'Refuse to resolve or close a task the gate condition holds unless the latest identity verification of the task for its caller passed, within gate_max_age_minutes.',
  roles: adminOnly,
});

Property({
  $id: Now.ID['prop-gate-condition-type'],
  name: PROPERTY_NAMES.gateConditionType,
  type: 'choicelist',
  choices: ['category', 'field', 'encoded_query'],
  value: 'category',
  description:
    'Which tasks the policy gate holds: category (x_hdv_verify.gate_categories), field (x_hdv_verify.gate_field_values) or encoded_query (x_hdv_verify.gate_encoded_query). Request items and HR cases have no category field: use field or encoded_query for them.',
  roles: adminOnly,
});

Property({
  $id: Now.ID['prop-gate-categories'],
  name: PROPERTY_NAMES.gateCategories,
  type: 'string',
  value: 'password_reset,mfa_reset',
  description: 'Comma-separated task category values the policy gate applies to (gate_condition_type = category).',
  roles: adminOnly,
});

Property({
  $id: Now.ID['prop-gate-field-values'],
  name: PROPERTY_NAMES.gateFieldValues,
  type: 'string',
  value: '',
  description:
    'Comma-separated field=value pairs; the gate holds a task when any pair matches, e.g. cat_item=<sys_id of the password reset item>,u_reset_type=mfa (gate_condition_type = field).',
  roles: adminOnly,
});

Property({
  $id: Now.ID['prop-gate-encoded-query'],
  name: PROPERTY_NAMES.gateEncodedQuery,
  type: 'string',
  value: '',
  description:
    'An encoded query the task must match to be held, evaluated on the values being saved, e.g. categoryINpassword_reset,mfa_reset^ORcat_item=<sys_id> (gate_condition_type = encoded_query).',
  roles: adminOnly,
});

Property({
  $id: Now.ID['prop-gate-max-age'],
  name: PROPERTY_NAMES.gateMaxAgeMinutes,
  type: 'integer',
  // Keep in step with DEFAULT_GATE_MAX_AGE_MINUTES (a test checks it).
  value: '60',
  description:
    'How long a passed verification lets the task be resolved or closed, in minutes; 0 for as long as the task lives.',
  roles: adminOnly,
});

Property({
  $id: Now.ID['prop-timeout'],
  name: PROPERTY_NAMES.timeoutMs,
  type: 'integer',
  value: '15000',
  description: 'Timeout of calls to the verification service, in milliseconds.',
  roles: adminOnly,
});
