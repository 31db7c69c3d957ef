import '@servicenow/sdk/global';
import { Record } from '@servicenow/sdk/core';

/**
 * **Verify identity** in Service Operations Workspace (and every configurable workspace): a
 * declarative form action on `task`, implemented as a client script that opens a workspace modal
 * with the fields of the classic dialog and calls the same `/prefill` and `/verify` routes.
 * Visible to agents only, on saved records of the task tables listed in `x_hdv_verify.task_tables`
 * (the routes refuse the others with a clear message).
 */
export const verifyIdentityWorkspaceAction = Record({
  $id: Now.ID['da-verify-identity'],
  table: 'sys_declarative_action_assignment',
  data: {
    action_name: 'x_hdv_verify_verify_identity',
    label: 'Verify identity',
    tooltip: 'Send the caller a one-time verification link and record the signed result on this task',
    description:
      'Helpdesk Verify: the classic Verify identity dialog as a workspace form action (modal, same /verify route).',
    table: 'task',
    model: Now.ref('sys_declarative_action_model_definition', { name: 'Form' }),
    declarative_action_type: 'client_script',
    client_script: Now.include('./workspace/verify-identity.client.js'),
    // Only used by the UXF client action and UI interaction types; the platform leaves them empty for client scripts.
    client_action: '',
    interaction: '',
    form_position: 'action_bar',
    button_type: 'primary',
    required_user_role_names: ['x_hdv_verify.agent'],
    record_conditions: 'sys_idISNOTEMPTY',
    enable_for_all_experiences: true,
    active: true,
    order: 100,
  },
});
