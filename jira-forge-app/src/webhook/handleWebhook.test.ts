import type { TrustCheckEvent } from '@helpdesk-verify/core-client/schemas';
import { signWebhook } from '@helpdesk-verify/core-client/webhooks';
import { nodeHmacSha256 } from '@helpdesk-verify/core-client/node';
import type { WebTriggerRequest } from '@forge/api';
import { sampleTrustCheckEvent } from '@helpdesk-verify/testkit/webhooks/sampleTrustCheckEvent';
import { forgeEdge } from '../../test/forgeEdge';
import { startJiraContractServer, type JiraContractServer } from '../../test/startJiraContractServer';
import { forgeDeps } from '../forge/forgeDeps';
import { CONFIG_KEYS } from '../config/loadAppConfig';
import { VERIFICATION_PROPERTY_KEY } from '../jira/VerificationProperty';
import { handleWebhook } from './handleWebhook';

jest.mock('@forge/api', () => jest.requireActual('../../test/forgeEdge').mockForgeApi());
jest.mock('@forge/kvs', () => jest.requireActual('../../test/forgeEdge').mockForgeKvs());

const SECRET = 'whsec_' + Buffer.from('0123456789abcdef0123456789abcdef').toString('base64');
const NOW = new Date('2026-01-15T09:01:00.000Z');

/** A web trigger request as Forge hands it over: header names in any case, values in arrays. */
const signed = (
  event: TrustCheckEvent,
  options: { id?: string; at?: Date; secret?: string; body?: string } = {},
): WebTriggerRequest => {
  const body = options.body ?? JSON.stringify(event);
  const id = options.id ?? `msg_${Math.random().toString(36).slice(2)}`;
  const timestamp = Math.floor((options.at ?? NOW).getTime() / 1000);
  const signature = signWebhook({ secret: options.secret ?? SECRET, id, timestamp, body }, nodeHmacSha256);
  return {
    method: 'POST',
    path: '/',
    body,
    headers: {
      'Webhook-Id': [id],
      'webhook-timestamp': [String(timestamp)],
      'WEBHOOK-SIGNATURE': [signature],
      'content-type': ['application/json'],
    },
    queryParameters: {},
  };
};

const jiraEvent = (key: string, overrides: Partial<TrustCheckEvent> = {}): TrustCheckEvent => ({
  ...sampleTrustCheckEvent('trust_check.completed', new Date('2026-01-15T09:00:00.000Z')),
  ticket: { system: 'jira', id: key, url: null },
  ...overrides,
});

describe('handleWebhook (the web trigger)', () => {
  let jira: JiraContractServer;
  const deps = () => ({ ...forgeDeps(), now: () => NOW });

  beforeAll(async () => {
    jira = await startJiraContractServer();
    forgeEdge.jiraUrl = jira.url;
  });
  afterAll(() => jira.close());
  beforeEach(() => {
    forgeEdge.reset();
    forgeEdge.secrets.set(CONFIG_KEYS.webhookSecret, SECRET);
  });
  afterEach(() => expect(jira.violations).toEqual([]));

  const snapshot = (key: string) => {
    const issue = jira.issues.get(key)!;
    return JSON.stringify({
      c: issue.comments,
      r: issue.requestComments,
      p: [...issue.properties],
      kvs: [...forgeEdge.values],
    });
  };

  it('writes a JSM result as an internal request comment (public: false) and sets the indexed property', async () => {
    jira.addIssue({ key: 'HELP-1', projectTypeKey: 'service_desk' });
    const response = await handleWebhook(signed(jiraEvent('HELP-1')), deps());
    expect(response).toMatchObject({ statusCode: 200, headers: { 'Content-Type': ['application/json'] } });
    expect(JSON.parse(response.body!)).toEqual({
      result: 'applied',
      detail: 'HELP-1: request_comment; property updated',
      verification_id: 'ver_0123456789abcdef',
    });
    const issue = jira.issues.get('HELP-1')!;
    expect(issue.comments).toEqual([]);
    expect(issue.requestComments).toEqual([expect.objectContaining({ public: false, principal: 'app-token' })]);
    expect(issue.requestComments[0]!.body).toContain('[PASSED] Identity verified: Dana Scully (dana@example.com)');
    expect(issue.properties.get(VERIFICATION_PROPERTY_KEY)).toEqual({
      verificationId: 'ver_0123456789abcdef',
      status: 'passed',
      riskScore: 10,
      matchCode: expect.any(String),
      updatedAt: NOW.toISOString(),
    });
  });

  it('issue 11: writes an internal platform comment on a service project issue without a request type (the servicedesk API answers 404)', async () => {
    // Created through the Jira API: a service project issue, but no customer request.
    jira.addIssue({ key: 'HELP-10', projectTypeKey: 'service_desk', requestTypeId: null });
    const response = await handleWebhook(signed(jiraEvent('HELP-10')), deps());
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body!)).toMatchObject({
      result: 'applied',
      detail: 'HELP-10: issue_comment; property updated',
    });
    const issue = jira.issues.get('HELP-10')!;
    expect(jira.calls.filter((c) => c.path.includes('HELP-10')).map((c) => `${c.operationId} ${c.status}`)).toEqual([
      'getIssue 200',
      'createRequestComment 404',
      'addComment 201',
      'getIssueProperty 404',
      'setIssueProperty 201',
    ]);
    expect(issue.requestComments).toEqual([]);
    expect(issue.comments).toHaveLength(1);
    // Internal: JSM would show a platform comment to the customer without this property.
    expect(issue.comments[0]).toMatchObject({ jsdPublic: false, principal: 'app-token' });
    expect(issue.comments[0]!.properties.get('sd.public.comment')).toEqual({ internal: true });
    expect(JSON.stringify(issue.comments[0]!.body)).toContain('Identity verified: Dana Scully (dana@example.com)');
    expect(issue.properties.get(VERIFICATION_PROPERTY_KEY)).toMatchObject({ status: 'passed' });
  });

  it('writes an internal ADF comment on a non-JSM issue (validated against the ADF schema by the contract server)', async () => {
    jira.addIssue({ key: 'DEV-1', projectTypeKey: 'software' });
    const response = await handleWebhook(
      signed(jiraEvent('DEV-1', { event_type: 'trust_check.failed', status: 'failed' })),
      deps(),
    );
    expect(response.statusCode).toBe(200);
    const issue = jira.issues.get('DEV-1')!;
    expect(issue.requestComments).toEqual([]);
    expect(jira.calls.some((c) => c.operationId === 'createRequestComment' && c.path.includes('DEV-1'))).toBe(false);
    expect(issue.comments).toHaveLength(1);
    expect(issue.comments[0]!.jsdPublic).toBe(false);
    expect(JSON.stringify(issue.comments[0]!.body)).toContain('Identity NOT verified');
    expect(issue.properties.get(VERIFICATION_PROPERTY_KEY)).toMatchObject({ status: 'failed' });
  });

  it('writes a trust_check.alert ("I did not request this") as an internal comment that leads with the alert', async () => {
    jira.addIssue({ key: 'HELP-9', projectTypeKey: 'service_desk' });
    const alert = {
      ...sampleTrustCheckEvent('trust_check.alert', new Date('2026-01-15T09:00:00.000Z')),
      ticket: { system: 'jira' as const, id: 'HELP-9', url: null },
    };
    const response = await handleWebhook(signed(alert), deps());
    expect(JSON.parse(response.body!)).toMatchObject({ result: 'applied', detail: expect.stringContaining('HELP-9') });
    const issue = jira.issues.get('HELP-9')!;
    expect(issue.requestComments).toEqual([expect.objectContaining({ public: false })]);
    expect(issue.requestComments[0]!.body).toContain(
      '[ALERT] The employee did NOT request this verification: Dana Scully (dana@example.com)',
    );
    expect(issue.requestComments[0]!.body).toContain(
      'Alert: The employee says they did not request this verification.',
    );
    expect(issue.properties.get(VERIFICATION_PROPERTY_KEY)).toMatchObject({ status: 'failed' });
  });

  it("changes nothing for a forged signature, a stale or future timestamp, missing headers or a body altered after signing (the kit's status table)", async () => {
    jira.addIssue({ key: 'HELP-2', projectTypeKey: 'service_desk' });
    const before = snapshot('HELP-2');
    const event = jiraEvent('HELP-2');
    const forged = await handleWebhook(
      signed(event, { secret: 'whsec_' + Buffer.from('another secret, 32 bytes long!!!').toString('base64') }),
      deps(),
    );
    expect(forged.statusCode).toBe(401);
    expect(JSON.parse(forged.body!)).toEqual({ result: 'no_matching_signature' });
    const stale = await handleWebhook(signed(event, { at: new Date(NOW.getTime() - 6 * 60_000) }), deps());
    expect(stale).toMatchObject({ statusCode: 401, body: JSON.stringify({ result: 'timestamp_too_old' }) });
    const future = await handleWebhook(signed(event, { at: new Date(NOW.getTime() + 6 * 60_000) }), deps());
    expect(future).toMatchObject({ statusCode: 401, body: JSON.stringify({ result: 'timestamp_too_new' }) });
    const tampered = signed(event);
    tampered.body = tampered.body.replace('"passed"', '"failed"');
    expect((await handleWebhook(tampered, deps())).statusCode).toBe(401);
    const noHeaders = { ...signed(event), headers: { 'content-type': ['application/json'] } };
    expect((await handleWebhook(noHeaders, deps())).statusCode).toBe(400);
    expect((await handleWebhook({ ...signed(event), method: 'GET' }, deps())).statusCode).toBe(405);
    expect(snapshot('HELP-2')).toBe(before);
    expect(jira.calls.filter((c) => c.path.includes('HELP-2'))).toEqual([]);
  });

  it('applies a webhook-id once: a replay (even re-signed with a fresh timestamp) is acknowledged and ignored', async () => {
    jira.addIssue({ key: 'HELP-3', projectTypeKey: 'service_desk' });
    const event = jiraEvent('HELP-3');
    expect((await handleWebhook(signed(event, { id: 'msg_replayed' }), deps())).statusCode).toBe(200);
    const after = snapshot('HELP-3');
    const replay = await handleWebhook(
      signed(event, { id: 'msg_replayed', at: new Date(NOW.getTime() + 1000) }),
      deps(),
    );
    expect(replay.statusCode).toBe(200);
    expect(JSON.parse(replay.body!)).toMatchObject({ result: 'duplicate' });
    expect(snapshot('HELP-3')).toBe(after);
    expect(jira.issues.get('HELP-3')!.requestComments).toHaveLength(1);
    // Kept permanently: a plain value, no TTL.
    expect(forgeEdge.values.get('webhook-id:msg_replayed')).toEqual({ receivedAt: NOW.toISOString() });
  });

  it('releases the webhook-id when Jira fails (503 apply_failed), so the service retry is applied', async () => {
    jira.addIssue({ key: 'HELP-4', projectTypeKey: 'service_desk' });
    jira.failNext('createRequestComment');
    const event = jiraEvent('HELP-4');
    const failed = await handleWebhook(signed(event, { id: 'msg_retry' }), deps());
    expect(failed.statusCode).toBe(503);
    expect(JSON.parse(failed.body!)).toMatchObject({
      result: 'apply_failed',
      detail: expect.stringContaining('createRequestComment failed with HTTP 503'),
    });
    expect(forgeEdge.values.has('webhook-id:msg_retry')).toBe(false);
    const retried = await handleWebhook(signed(event, { id: 'msg_retry' }), deps());
    expect(retried.statusCode).toBe(200);
    expect(jira.issues.get('HELP-4')!.requestComments).toHaveLength(1);
  });

  it('comments once when Jira fails after the comment: the retry writes only the property', async () => {
    jira.addIssue({ key: 'HELP-7', projectTypeKey: 'service_desk' });
    jira.failNext('setIssueProperty');
    const event = jiraEvent('HELP-7');
    expect((await handleWebhook(signed(event, { id: 'msg_half' }), deps())).statusCode).toBe(503);
    expect(jira.issues.get('HELP-7')!.requestComments).toHaveLength(1);
    const retried = await handleWebhook(signed(event, { id: 'msg_half' }), deps());
    expect(JSON.parse(retried.body!)).toMatchObject({
      result: 'applied',
      detail: 'HELP-7: earlier_attempt; property updated',
    });
    expect(jira.issues.get('HELP-7')!.requestComments).toHaveLength(1);
    expect(jira.issues.get('HELP-7')!.properties.get(VERIFICATION_PROPERTY_KEY)).toMatchObject({ status: 'passed' });
  });

  it('comments but leaves the property alone when a newer verification owns it', async () => {
    const issue = jira.addIssue({ key: 'HELP-5', projectTypeKey: 'service_desk' });
    const newer = {
      verificationId: 'ver_newer',
      status: 'pending',
      riskScore: null,
      matchCode: 'ABC-DEF',
      updatedAt: NOW.toISOString(),
    };
    issue.properties.set(VERIFICATION_PROPERTY_KEY, newer);
    const response = await handleWebhook(
      signed(jiraEvent('HELP-5', { event_type: 'trust_check.expired', status: 'expired' })),
      deps(),
    );
    expect(JSON.parse(response.body!)).toMatchObject({
      result: 'applied',
      detail: expect.stringContaining('property kept'),
    });
    expect(issue.properties.get(VERIFICATION_PROPERTY_KEY)).toEqual(newer);
    expect(issue.requestComments).toHaveLength(1);
  });

  it('ignores events of other ticketing systems and refuses everything while no secret is configured', async () => {
    const other = await handleWebhook(signed(sampleTrustCheckEvent()), deps());
    expect(other.statusCode).toBe(200);
    expect(JSON.parse(other.body!)).toMatchObject({ result: 'ignored' });
    forgeEdge.secrets.clear();
    jira.addIssue({ key: 'HELP-6', projectTypeKey: 'service_desk' });
    const unconfigured = await handleWebhook(signed(jiraEvent('HELP-6')), deps());
    expect(unconfigured.statusCode).toBe(503);
    expect(JSON.parse(unconfigured.body!)).toMatchObject({ result: 'not_configured' });
    expect(jira.issues.get('HELP-6')!.requestComments).toEqual([]);
  });
});
