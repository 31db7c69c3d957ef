import '@servicenow/sdk/global';
import { CrossScopePrivilege } from '@servicenow/sdk/core';

// What the app's server scripts do outside its own scope, declared so that instances enforcing runtime
// access tracking allow it without an admin approving each first use: read the task and its caller,
// write the work note (webhook route, Verify identity) and evaluate the gate on the task.
// Keep the task tables in step with DEFAULT_TASK_TABLES (src/server/settings/PROPERTY_NAMES.ts; a test checks it).

CrossScopePrivilege({
  $id: Now.ID['csp-task-read'],
  status: 'allowed',
  operation: 'read',
  targetName: 'task',
  targetScope: 'global',
  targetType: 'sys_db_object',
});
CrossScopePrivilege({
  $id: Now.ID['csp-task-write'],
  status: 'allowed',
  operation: 'write',
  targetName: 'task',
  targetScope: 'global',
  targetType: 'sys_db_object',
});
CrossScopePrivilege({
  $id: Now.ID['csp-incident-read'],
  status: 'allowed',
  operation: 'read',
  targetName: 'incident',
  targetScope: 'global',
  targetType: 'sys_db_object',
});
CrossScopePrivilege({
  $id: Now.ID['csp-incident-write'],
  status: 'allowed',
  operation: 'write',
  targetName: 'incident',
  targetScope: 'global',
  targetType: 'sys_db_object',
});
CrossScopePrivilege({
  $id: Now.ID['csp-sc_req_item-read'],
  status: 'allowed',
  operation: 'read',
  targetName: 'sc_req_item',
  targetScope: 'global',
  targetType: 'sys_db_object',
});
CrossScopePrivilege({
  $id: Now.ID['csp-sc_req_item-write'],
  status: 'allowed',
  operation: 'write',
  targetName: 'sc_req_item',
  targetScope: 'global',
  targetType: 'sys_db_object',
});
CrossScopePrivilege({
  $id: Now.ID['csp-sc_task-read'],
  status: 'allowed',
  operation: 'read',
  targetName: 'sc_task',
  targetScope: 'global',
  targetType: 'sys_db_object',
});
CrossScopePrivilege({
  $id: Now.ID['csp-sc_task-write'],
  status: 'allowed',
  operation: 'write',
  targetName: 'sc_task',
  targetScope: 'global',
  targetType: 'sys_db_object',
});
CrossScopePrivilege({
  $id: Now.ID['csp-sn_hr_core_case-read'],
  status: 'allowed',
  operation: 'read',
  targetName: 'sn_hr_core_case',
  targetScope: 'sn_hr_core',
  targetType: 'sys_db_object',
});
CrossScopePrivilege({
  $id: Now.ID['csp-sn_hr_core_case-write'],
  status: 'allowed',
  operation: 'write',
  targetName: 'sn_hr_core_case',
  targetScope: 'sn_hr_core',
  targetType: 'sys_db_object',
});

// The caller (name, email, phones) and the agent's email.
CrossScopePrivilege({
  $id: Now.ID['csp-sys_user-read'],
  status: 'allowed',
  operation: 'read',
  targetName: 'sys_user',
  targetScope: 'global',
  targetType: 'sys_db_object',
});
