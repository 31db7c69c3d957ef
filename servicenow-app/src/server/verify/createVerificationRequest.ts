import type { Channel, CreateVerificationRequest } from '@helpdesk-verify/core-client/schemas';
import type { HttpRequest } from '@helpdesk-verify/core-client/client';
import type { AppSettings } from '../settings/AppSettings';
import type { TaskRef } from '../ports';

/** What the agent confirmed in the Verify identity dialog, plus who and where. */
export interface VerificationInput {
  settings: Pick<AppSettings, 'serviceUrl' | 'apiKey' | 'timeoutMs'>;
  task: TaskRef;
  /**
   * Link of the instance's task form, e.g. `https://acme.service-now.com/incident.do?sys_id=…`; sent as
   * `ticket.url` when it is an absolute http(s) URL (not when `glide.servlet.uri` is unset), else null.
   */
  taskUrl: string;
  caller: { email: string | null; phone: string | null };
  agent: { name: string; email: string | null; sysId: string };
  linkId: string;
  channels: Channel[];
  reason: string;
  /** One per click of "Send"; a repeated click reuses it and the service creates one verification. */
  idempotencyKey: string;
}

/** The `X-Client` value, so the service can tell this integration apart. */
export const SERVICENOW_CLIENT_ID = 'helpdesk-verify-servicenow/0.1.0';

/** The same rule as core-client's `TicketRef.url` (a regex: the platform has no WHATWG `URL`). */
const ABSOLUTE_HTTP_URL = /^https?:\/\/[^\s/?#@]+(?:[/?#][^\s]*)?$/i;

/**
 * The `POST /v1/verifications` request of a Verify identity click, built without zod (the server
 * scripts run on engines that cannot load it): the body has the contract's type, and the service
 * validates it and answers 422 with a problem document when it does not fit. `ticket.url` is the
 * task form's link, or null when the instance has no absolute base URL; the table and sys_id
 * travel in `metadata`. Throws when there is no way to find the employee (no email, no E.164 phone).
 */
export const createVerificationRequest = (input: VerificationInput): HttpRequest => {
  const phone = toE164(input.caller.phone);
  const email = (input.caller.email ?? '').trim();
  if (!email && !phone) throw new Error('The caller has no email and no E.164 phone: the employee cannot be found');
  const employee: CreateVerificationRequest['employee'] = {};
  if (email) employee.email = email;
  if (phone) employee.phone = phone;
  const body: CreateVerificationRequest = {
    link_id: input.linkId,
    employee,
    channels: input.channels,
    ticket: {
      system: 'servicenow',
      id: input.task.number,
      url: ABSOLUTE_HTTP_URL.test(input.taskUrl) && input.taskUrl.length <= 2000 ? input.taskUrl : null,
    },
    agent: { name: input.agent.name, email: input.agent.email, id: input.agent.sysId },
    reason: input.reason,
    metadata: { ticket_table: input.task.table, ticket_sys_id: input.task.sysId },
  };
  return {
    method: 'POST',
    url: input.settings.serviceUrl.replace(/\/+$/, '') + '/v1/verifications',
    headers: {
      Authorization: 'Bearer ' + input.settings.apiKey,
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'Idempotency-Key': input.idempotencyKey,
      'X-Client': SERVICENOW_CLIENT_ID,
    },
    body: JSON.stringify(body),
    timeoutMs: input.settings.timeoutMs,
  };
};

/** A sys_user phone as E.164 (`+15555550100`) when it is one once spaces, dots, dashes and brackets go; else null. */
const toE164 = (phone: string | null): string | null => {
  const compact = (phone ?? '').replace(/[\s().-]/g, '');
  return /^\+[1-9][0-9]{6,14}$/.test(compact) ? compact : null;
};
