import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_GATE_MAX_AGE_MINUTES, DEFAULT_TASK_TABLES } from '../src/server/settings/PROPERTY_NAMES';
import { CALLER_FIELDS } from '../src/server/verify/CALLER_FIELDS';

const UPDATE = join(__dirname, '..', 'dist', 'app', 'update');

/** The built update records of one table (`sys_ui_action_…xml`), as text. */
const records = (table: string): string[] => {
  if (!existsSync(UPDATE))
    throw new Error(
      `${UPDATE} is missing: run \`npm run check -w servicenow-app\` (now-sdk build) first; npm test does it.`,
    );
  return readdirSync(UPDATE)
    .filter((name) => name.startsWith(`${table}_`) && /^[a-z_]+_[0-9a-f]{32}\.xml$|^sys_dictionary_/.test(name))
    .filter((name) => table === 'sys_dictionary' || new RegExp(`^${table}_[0-9a-f]{32}\\.xml$`).test(name))
    .map((name) => readFileSync(join(UPDATE, name), 'utf8'));
};
const field = (xml: string, name: string): string | undefined =>
  new RegExp(`<${name}(?: [^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml)?.[1];
const one = (table: string, match: (xml: string) => boolean): string => {
  const found = records(table).filter(match);
  if (found.length !== 1) throw new Error(`expected one ${table} record, found ${found.length}`);
  return found[0]!;
};

describe('the app built by now-sdk (dist/app/update)', () => {
  it('has the Verify identity UI Action: form button and context menu, agent role only, client dialog', () => {
    const action = one('sys_ui_action', (xml) => field(xml, 'name') === 'Verify identity');
    expect(field(action, 'table')).toBe('task');
    expect(field(action, 'form_button')).toBe('true');
    expect(field(action, 'form_context_menu')).toBe('true');
    expect(field(action, 'client')).toBe('true');
    expect(field(action, 'onclick')).toBe('hdvOpenVerifyDialog()');
    expect(action).toContain('x_hdv_verify_verify_dialog');
    const roles = records('sys_ui_action_role');
    expect(roles.some((xml) => xml.includes('x_hdv_verify.agent'))).toBe(true);
    // The visibility condition checks the caller's email/phone with the same caller fields as the server code.
    const condition = field(action, 'condition') ?? '';
    for (const [table, callerField] of Object.entries(CALLER_FIELDS))
      expect(condition).toContain(`t == '${table}' ? current.${callerField}`);
    expect(condition).toMatch(/email.*mobile_phone/);
    expect(records('sys_ui_page').some((xml) => field(xml, 'endpoint') === 'x_hdv_verify_verify_dialog.do')).toBe(true);
  });

  it('has the Scripted REST API: an unauthenticated webhook route and ACL-guarded dialog routes', () => {
    const api = one('sys_ws_definition', (xml) => field(xml, 'service_id') === 'helpdesk_verify');
    expect(field(api, 'name')).toBe('Helpdesk Verify');
    const routes = records('sys_ws_operation');
    const webhook = routes.find((xml) => field(xml, 'relative_path') === '/webhook')!;
    expect(webhook).toBeDefined();
    expect(field(webhook, 'http_method')).toBe('POST');
    expect(field(webhook, 'requires_authentication')).toBe('false');
    expect(field(webhook, 'requires_snc_internal_role')).toBe('false');
    for (const path of ['/verify', '/prefill']) {
      const route = routes.find((xml) => field(xml, 'relative_path') === path)!;
      expect(field(route, 'requires_authentication')).toBe('true');
    }
  });

  it('has the properties, the secrets as encrypted password2', () => {
    const props = new Map(records('sys_properties').map((xml) => [field(xml, 'name'), xml]));
    for (const name of [
      'service_url',
      'api_key',
      'webhook_secret',
      'default_link_id',
      'task_tables',
      'gate_enabled',
      'gate_condition_type',
      'gate_categories',
      'gate_field_values',
      'gate_encoded_query',
      'gate_max_age_minutes',
    ]) {
      expect(props.has(`x_hdv_verify.${name}`)).toBe(true);
    }
    expect(field(props.get('x_hdv_verify.api_key')!, 'type')).toBe('password2');
    expect(field(props.get('x_hdv_verify.webhook_secret')!, 'type')).toBe('password2');
    expect(field(props.get('x_hdv_verify.task_tables')!, 'value')).toBe('incident,sc_req_item,sc_task,sn_hr_core_case');
    expect(field(props.get('x_hdv_verify.gate_condition_type')!, 'choices')).toBe('category,field,encoded_query');
    expect(field(props.get('x_hdv_verify.gate_condition_type')!, 'value')).toBe('category');
    expect(field(props.get('x_hdv_verify.gate_max_age_minutes')!, 'value')).toBe(String(DEFAULT_GATE_MAX_AGE_MINUTES));
  });

  it('declares the cross-scope privileges for every default task table and the caller', () => {
    const privileges = records('sys_scope_privilege').map(
      (xml) =>
        `${field(xml, 'operation')} ${field(xml, 'target_scope')}.${field(xml, 'target_name')} ${field(xml, 'target_type')} ${field(xml, 'status')}`,
    );
    const expected = ['task', ...DEFAULT_TASK_TABLES.split(',')].flatMap((table) => {
      const scope = table.startsWith('sn_hr_core_') ? 'sn_hr_core' : 'global';
      return ['read', 'write'].map((operation) => `${operation} ${scope}.${table} sys_db_object allowed`);
    });
    expect(privileges.sort()).toEqual([...expected, 'read global.sys_user sys_db_object allowed'].sort());
  });

  it('has Verify identity as a workspace form action: a client script opening a modal with the dialog fields, calling the same routes', () => {
    const action = one(
      'sys_declarative_action_assignment',
      (xml) => field(xml, 'action_name') === 'x_hdv_verify_verify_identity',
    );
    expect(field(action, 'label')).toBe('Verify identity');
    expect(field(action, 'table')).toBe('task');
    expect(action).toMatch(/<model name="Form">[0-9a-f]{32}<\/model>/);
    expect(field(action, 'declarative_action_type')).toBe('client_script');
    expect(field(action, 'form_position')).toBe('action_bar');
    expect(field(action, 'required_user_role_names')).toBe('x_hdv_verify.agent');
    expect(field(action, 'enable_for_all_experiences')).toBe('true');
    expect(field(action, 'active')).toBe('true');
    const script = field(action, 'client_script') ?? '';
    expect(script).toContain('g_modal');
    expect(script).toContain('.showFields(');
    for (const name of ['link_id', 'email', 'sms', 'reason']) expect(script).toContain(`name: '${name}'`);
    expect(script).toContain("'/api/x_hdv_verify/helpdesk_verify'");
    expect(script).toContain("call('POST', '/verify'");
    expect(script).toContain("'/prefill?table='");
    // The classic dialog sends the same fields.
    const dialog = readFileSync(join(__dirname, '..', 'src', 'fluent', 'dialog', 'verify-dialog.client.js'), 'utf8');
    for (const name of ['table', 'sys_id', 'link_id', 'channels', 'reason', 'idempotency_key']) {
      expect(dialog).toMatch(new RegExp(`\\b${name}:`));
      expect(script).toMatch(new RegExp(`\\b${name}:`));
    }
  });

  it('has the roles, the ACLs and the tables (receipts unique on webhook_id)', () => {
    const roles = records('sys_user_role').map((xml) => field(xml, 'name'));
    expect(roles).toEqual(expect.arrayContaining(['x_hdv_verify.agent', 'x_hdv_verify.admin']));
    const acls = records('sys_security_acl').map((xml) => field(xml, 'name'));
    expect(acls).toEqual(expect.arrayContaining(['x_hdv_verify_verification', 'x_hdv_verify_webhook_receipt']));
    expect(records('sys_security_acl').some((xml) => field(xml, 'type')?.toLowerCase() === 'rest_endpoint')).toBe(true);
    const tables = records('sys_db_object').map((xml) => field(xml, 'name'));
    expect(tables).toEqual(expect.arrayContaining(['x_hdv_verify_verification', 'x_hdv_verify_webhook_receipt']));
    const webhookId = records('sys_dictionary').find(
      (xml) => field(xml, 'name') === 'x_hdv_verify_webhook_receipt' && field(xml, 'element') === 'webhook_id',
    )!;
    expect(field(webhookId, 'unique')).toBe('true');
  });

  it('has the admin module, the business rules and the server modules (core-client bundled)', () => {
    expect(records('sys_app_module').map((xml) => field(xml, 'title'))).toEqual(
      expect.arrayContaining(['Verifications', 'Properties']),
    );
    expect(records('sys_script').map((xml) => field(xml, 'when'))).toEqual(
      expect.arrayContaining(['before', 'before_display']),
    );
    const modules = records('sys_module').map((xml) => field(xml, 'path') ?? '');
    // The kit comes from core-client's zod-free subpath; zod itself is never bundled.
    expect(modules).toContain('x_hdv_verify/@helpdesk-verify/core-client/0.1.0/receiver.js');
    expect(modules.filter((path) => /zod|core-client\/0\.1\.0\/index\.js/.test(path))).toEqual([]);
    expect(records('sys_module').join('\n')).toContain('receiveWebhookSync');
  });

  it('has the ATF tests for an admin to run on an instance', () => {
    expect(records('sys_atf_test').map((xml) => field(xml, 'name'))).toEqual(
      expect.arrayContaining([
        'Helpdesk Verify: platform HMAC matches the webhook test vector',
        'Helpdesk Verify: policy gate refuses to resolve without a passed verification',
      ]),
    );
  });
});
