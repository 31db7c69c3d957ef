import '@servicenow/sdk/global';
import { UiAction, UiPage } from '@servicenow/sdk/core';
import { agentRole } from './roles.now';

/** The dialog the UI Action opens (GlideModal). */
UiPage({
  $id: Now.ID['ui-page-verify-dialog'],
  endpoint: 'x_hdv_verify_verify_dialog.do',
  category: 'general',
  description: 'Verify identity dialog: Link, channels, caller; confirms and starts a verification.',
  html: Now.include('./dialog/verify-dialog.html'),
  clientScript: Now.include('./dialog/verify-dialog.client.js'),
});

UiAction({
  $id: Now.ID['ui-action-verify-identity'],
  table: 'task',
  name: 'Verify identity',
  actionName: 'x_hdv_verify_verify_identity',
  hint: 'Send the caller a one-time verification link and record the signed result on this task',
  active: true,
  showUpdate: true,
  showInsert: false,
  // Keep the table-to-caller mapping in step with src/server/verify/CALLER_FIELDS.ts (a test checks it).
  condition:
    "!current.isNewRecord() && (function (t) { var tables = ',' + gs.getProperty('x_hdv_verify.task_tables', 'incident,sc_req_item,sc_task,sn_hr_core_case').replace(/\\s+/g, '') + ','; if (tables.indexOf(',' + t + ',') < 0) return false; var u = t == 'incident' ? current.caller_id : t == 'sc_req_item' ? current.requested_for : t == 'sc_task' ? current.request_item.requested_for : t == 'sn_hr_core_case' ? current.subject_person : current.isValidField('caller_id') ? current.caller_id : null; return !!u && !u.nil() && (!!u.email.toString() || !!u.mobile_phone.toString() || !!u.phone.toString()); })(current.getTableName())",
  roles: [agentRole],
  form: { showButton: true, showContextMenu: true, showLink: false, style: 'primary' },
  client: { isClient: true, isUi11Compatible: true, isUi16Compatible: true, onClick: 'hdvOpenVerifyDialog()' },
  script: `function hdvOpenVerifyDialog() {
    var dialog = new GlideModal('x_hdv_verify_verify_dialog');
    dialog.setTitle('Verify identity');
    dialog.setPreference('sysparm_table', g_form.getTableName());
    dialog.setPreference('sysparm_sys_id', g_form.getUniqueValue());
    dialog.render();
}`,
  order: 100,
});
