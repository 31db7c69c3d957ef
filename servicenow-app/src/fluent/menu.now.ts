import '@servicenow/sdk/global';
import { ApplicationMenu, Record } from '@servicenow/sdk/core';
import { agentRole } from './roles.now';

export const menu = ApplicationMenu({
  $id: Now.ID['menu'],
  title: 'Helpdesk Verify',
  hint: 'Identity verifications of callers, and the app settings',
  roles: [agentRole],
  active: true,
});

Record({
  $id: Now.ID['module-verifications'],
  table: 'sys_app_module',
  data: {
    title: 'Verifications',
    application: menu,
    link_type: 'LIST',
    name: 'x_hdv_verify_verification',
    roles: ['x_hdv_verify.agent'],
    active: true,
    order: 100,
  },
});

Record({
  $id: Now.ID['module-properties'],
  table: 'sys_app_module',
  data: {
    title: 'Properties',
    application: menu,
    link_type: 'LIST',
    name: 'sys_properties',
    filter: 'nameSTARTSWITHx_hdv_verify.',
    roles: ['x_hdv_verify.admin'],
    active: true,
    order: 200,
  },
});

Record({
  $id: Now.ID['module-receipts'],
  table: 'sys_app_module',
  data: {
    title: 'Webhook receipts',
    application: menu,
    link_type: 'LIST',
    name: 'x_hdv_verify_webhook_receipt',
    roles: ['x_hdv_verify.admin'],
    active: true,
    order: 300,
  },
});
