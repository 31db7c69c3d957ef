import '@servicenow/sdk/global';
import { Role } from '@servicenow/sdk/core';

/** Help-desk agents: see the Verify identity action, start verifications, read their results. */
export const agentRole = Role({
  name: 'x_hdv_verify.agent',
  description: 'Helpdesk Verify agent: can verify a caller from a task and read verification results.',
});

/** Admins: configure the app (service URL, API key, webhook secret, Link, tables, policy gate). */
export const adminRole = Role({
  name: 'x_hdv_verify.admin',
  description: 'Helpdesk Verify admin: configures the app and reads the webhook receipts.',
  containsRoles: [agentRole],
});
