import '@servicenow/sdk/global';
import { Acl } from '@servicenow/sdk/core';
import { adminRole, agentRole } from './roles.now';

// Verifications: agents read; only the app's server code writes (GlideRecord), admins may delete.
Acl({
  $id: Now.ID['acl-verification-read'],
  type: 'record',
  table: 'x_hdv_verify_verification',
  operation: 'read',
  roles: [agentRole],
  description: 'Agents read verification results.',
});
Acl({
  $id: Now.ID['acl-verification-write'],
  type: 'record',
  table: 'x_hdv_verify_verification',
  operation: 'write',
  roles: [adminRole],
  description: 'Only admins edit verification rows by hand.',
});
Acl({
  $id: Now.ID['acl-verification-create'],
  type: 'record',
  table: 'x_hdv_verify_verification',
  operation: 'create',
  roles: [adminRole],
  description: 'Rows are created by the app; by hand only by admins.',
});
Acl({
  $id: Now.ID['acl-verification-delete'],
  type: 'record',
  table: 'x_hdv_verify_verification',
  operation: 'delete',
  roles: [adminRole],
  description: 'Only admins delete verification rows.',
});

// Webhook receipts: the permanent replay guard; admins read it, nobody edits it by hand.
Acl({
  $id: Now.ID['acl-receipt-read'],
  type: 'record',
  table: 'x_hdv_verify_webhook_receipt',
  operation: 'read',
  roles: [adminRole],
  description: 'Admins read the webhook receipts.',
});
Acl({
  $id: Now.ID['acl-receipt-write'],
  type: 'record',
  table: 'x_hdv_verify_webhook_receipt',
  operation: 'write',
  roles: [adminRole],
  description: 'Receipts are edited by nobody but an admin fixing data.',
});

/** The dialog's REST routes (prefill, verify) need the agent role. */
export const agentRestAcl = Acl({
  $id: Now.ID['acl-rest-agent'],
  type: 'rest_endpoint',
  name: 'Helpdesk Verify agent routes',
  operation: 'execute',
  roles: [agentRole],
  description: 'Only agents call the Verify identity dialog routes.',
});
