import { gs } from '@servicenow/glide';
import { RESTMessageV2 } from '@servicenow/glide/sn_ws';
import type { RESTAPIRequest, RESTAPIResponse } from '@servicenow/glide/sn_ws_int';
import { glideTaskNotes } from '../platform/glideTaskNotes';
import { glideVerificationRecords } from '../platform/glideVerificationRecords';
import { loadTaskContext } from '../platform/loadTaskContext';
import { nowIso } from '../platform/nowIso';
import { platformSettings } from '../platform/platformSettings';
import { missingSettings } from '../settings/readSettings';
import { restMessageTransport } from '../verify/restMessageTransport';
import { readChannels } from '../verify/readChannels';
import { startVerification } from '../verify/startVerification';

/** The role the dialog's calls need (the routes' ACL checks it too). */
export const AGENT_ROLE = 'x_hdv_verify.agent';

const reply = (response: RESTAPIResponse, status: number, body: Record<string, unknown>): void => {
  response.setStatus(status);
  response.setContentType('application/json');
  response.setBody(body as never);
};

/** The task and whether the app is active on its table; answers the error itself when not. */
const taskFor = (response: RESTAPIResponse, table: string, sysId: string) => {
  if (!gs.hasRole(AGENT_ROLE))
    return reply(response, 403, { message: `Verify identity needs the ${AGENT_ROLE} role.` });
  const settings = platformSettings();
  if (!settings.taskTables.includes(table))
    return reply(response, 400, { message: `Helpdesk Verify is not active on ${table} (x_hdv_verify.task_tables).` });
  const context = loadTaskContext(table, sysId);
  if (!context) return reply(response, 404, { message: `No ${table} record ${sysId}.` });
  return { settings, context };
};

/** `GET /prefill?table=&sys_id=`: the dialog's defaults (caller, masked contacts, default Link). */
export function prefillRoute(request: RESTAPIRequest, response: RESTAPIResponse): void {
  const found = taskFor(response, String(request.queryParams.table ?? ''), String(request.queryParams.sys_id ?? ''));
  if (!found) return;
  const { settings, context } = found;
  reply(response, 200, {
    task: context.task.number,
    caller: { name: context.caller.name, email: context.caller.email, phone: context.caller.phone },
    link_id: settings.defaultLinkId,
    channels: [...(context.caller.email ? ['email'] : []), ...(context.caller.phone ? ['sms'] : [])],
    idempotency_key: gs.generateGUID(),
  });
}

/** `POST /verify`: what the agent confirmed in the dialog; creates the verification and notes it. */
export function verifyRoute(request: RESTAPIRequest, response: RESTAPIResponse): void {
  let input: Record<string, unknown>;
  try {
    input = JSON.parse(String(request.body.dataString ?? '')) as Record<string, unknown>;
  } catch {
    return reply(response, 400, { message: 'The dialog sent a body that is not JSON.' });
  }
  const found = taskFor(response, String(input.table ?? ''), String(input.sys_id ?? ''));
  if (!found) return;
  const { settings, context } = found;
  const missing = missingSettings(settings);
  if (missing.length > 0)
    return reply(response, 409, {
      message: `Helpdesk Verify is not configured: ask an admin to set ${missing.join(', ')}.`,
    });
  const channels = readChannels(input.channels);
  if (!channels) return reply(response, 400, { message: 'Choose at least one channel: email or SMS.' });
  const result = startVerification(
    {
      settings,
      task: context.task,
      taskUrl: context.taskUrl,
      caller: context.caller,
      agent: context.agent,
      employeeSysId: context.caller.sysId,
      linkId: String(input.link_id ?? '') || settings.defaultLinkId,
      channels,
      reason: String(input.reason ?? ''),
      idempotencyKey: String(input.idempotency_key ?? '') || gs.generateGUID(),
    },
    {
      transport: restMessageTransport(() => new RESTMessageV2()),
      records: glideVerificationRecords(),
      notes: glideTaskNotes(),
      now: nowIso,
    },
  );
  if (!result.ok) return reply(response, 502, { message: result.message });
  reply(response, 201, {
    message: result.note,
    verification_id: result.verification.id,
    status: result.verification.status,
    match_code: result.verification.match_code,
  });
}
