import '@servicenow/sdk/global';
import { BusinessRule } from '@servicenow/sdk/core';
import { pendingMessageRule } from '../server/routes/pendingMessageRule';
import { policyGateRule } from '../server/gate/policyGateRule';

BusinessRule({
  $id: Now.ID['br-policy-gate'],
  name: 'Helpdesk Verify: require a passed verification to resolve',
  table: 'task',
  when: 'before',
  action: ['update'],
  order: 900,
  active: true,
  description:
    'Refuses to resolve or close a task of the gated categories unless its latest identity verification passed (x_hdv_verify.gate_enabled).',
  script: policyGateRule,
});

BusinessRule({
  $id: Now.ID['br-pending-message'],
  name: 'Helpdesk Verify: show a pending verification',
  table: 'task',
  when: 'display',
  order: 100,
  active: true,
  description: 'Shows a form message while the latest identity verification of the task waits for the employee.',
  script: pendingMessageRule,
});
