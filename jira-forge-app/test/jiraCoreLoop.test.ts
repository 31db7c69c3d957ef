import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { codeFrom, EmployeeBrowser, linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';
import { forgeDeps } from '../src/forge/forgeDeps';
import { adminResolvers, ADMIN_PAGE_MODULE_KEY } from '../src/resolvers/adminResolvers';
import { issueResolvers } from '../src/resolvers/issueResolvers';
import { handleWebhook } from '../src/webhook/handleWebhook';
import { startVerificationAction } from '../src/workflow/startVerificationAction';
import { validateTransition } from '../src/gate/validateTransition';
import { VERIFICATION_PROPERTY_KEY } from '../src/jira/VerificationProperty';
import { forgeEdge } from './forgeEdge';
import { startJiraContractServer, type JiraContractServer } from './startJiraContractServer';
import { startWebTriggerHost } from './startWebTriggerHost';

jest.mock('@forge/api', () => jest.requireActual('./forgeEdge').mockForgeApi());
jest.mock('@forge/kvs', () => jest.requireActual('./forgeEdge').mockForgeKvs());

const manifest = parse(readFileSync(join(__dirname, '..', 'manifest.yml'), 'utf8')) as {
  permissions: { scopes: string[] };
};

describe.each(DATABASE_KINDS)('the Jira app against the real service on %s and the Jira contract server', (kind) => {
  let service: TestService;
  let jira: JiraContractServer;
  let trigger: Awaited<ReturnType<typeof startWebTriggerHost>>;
  const deps = () => ({ ...forgeDeps(), now: () => service.clock.now() });
  const onIssue = (key: string) => ({
    extension: { issue: { key } },
    accountId: '5b10ac8d82e05b22cc7d4ef5',
    siteUrl: 'https://acme.atlassian.net',
    moduleKey: 'hv-verify-identity',
  });
  const admin = { moduleKey: ADMIN_PAGE_MODULE_KEY, accountId: 'admin' };
  const reporter = { accountId: '557058:dana', displayName: 'Dana', emailAddress: 'dana@acme.example' };

  beforeAll(async () => {
    service = await startTestService(kind);
    jira = await startJiraContractServer();
    forgeEdge.jiraUrl = jira.url;
    forgeEdge.reset();
    trigger = await startWebTriggerHost((request) => handleWebhook(request, deps()));
    await service.org.client.createEmployee({
      body: { email: 'dana@acme.example', display_name: 'Dana', phone: '+15555550100' },
    });
    await service.org.client.createEmployee({
      body: { email: 'eve@acme.example', display_name: 'Eve', phone: '+15555550101' },
    });
    // Deployed with the service's origin as the egress (`export HV_SERVICE_ORIGIN=… && forge deploy`).
    forgeEdge.deployVariables.HV_SERVICE_ORIGIN = new URL(service.baseUrl).origin;
    const endpoint = await service.org.client.createWebhookEndpoint({
      body: { url: trigger.url, description: 'Jira Forge app' },
    });

    const saved = await adminResolvers(deps()).saveAdminSettings({
      context: admin,
      payload: {
        serviceUrl: service.baseUrl,
        apiKey: service.org.apiKey,
        webhookSecret: endpoint.secret,
        defaultLinkId: service.org.linkId,
      },
    });
    expect(saved).toEqual({
      ok: true,
      data: {
        serviceUrl: service.baseUrl,
        defaultLinkId: service.org.linkId,
        gateMaxAgeMinutes: null,
        apiKeySet: true,
        webhookSecretSet: true,
        webhookUrl: forgeEdge.webTriggerUrl,
        serviceOrigins: [new URL(service.baseUrl).origin],
      },
    });
  });
  afterAll(async () => {
    await trigger?.close();
    await jira?.close();
    await service?.close();
  });

  it('never returns the secrets to the admin page, tests the connection, and refuses other modules', async () => {
    const settings = await adminResolvers(deps()).getAdminSettings({ context: admin, payload: {} });
    expect(JSON.stringify(settings)).not.toContain(service.org.apiKey);
    expect(JSON.stringify(settings)).not.toContain('whsec_');
    expect(await adminResolvers(deps()).testConnection({ context: admin, payload: {} })).toEqual({
      ok: true,
      data: { organization: 'Acme', defaultLink: expect.any(String) },
    });
    expect(await adminResolvers(deps()).getAdminSettings({ context: onIssue('X-1'), payload: {} })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      await adminResolvers(deps()).saveAdminSettings({
        context: admin,
        payload: { serviceUrl: 'http://evil.example' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(
      await adminResolvers(deps()).saveAdminSettings({
        context: admin,
        payload: { serviceUrl: 'https://evil.example' },
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringContaining('the service origin this app was deployed with'),
      },
    });
    // Refused saves changed nothing.
    expect(await adminResolvers(deps()).getAdminSettings({ context: admin, payload: {} })).toMatchObject({
      ok: true,
      data: { serviceUrl: service.baseUrl },
    });
  });

  it('verifies a JSM reporter from the issue action to a passed result: internal comment, property, validator', async () => {
    jira.addIssue({ key: 'HELP-1', projectTypeKey: 'service_desk', reporter });
    const resolvers = issueResolvers(deps());
    const form = await resolvers.getStartForm({ context: onIssue('HELP-1'), payload: {} });
    expect(form).toMatchObject({
      ok: true,
      data: {
        issueKey: 'HELP-1',
        reporter: { name: 'Dana', email: 'dana@acme.example' },
        defaultLinkId: service.org.linkId,
      },
    });
    if (!form.ok) throw new Error('unreachable');
    expect(form.data.links.map((l) => l.id)).toContain(service.org.linkId);

    const payload = {
      linkId: service.org.linkId,
      channels: ['email'],
      employeeEmail: 'dana@acme.example',
      reason: 'MFA reset',
      requestId: 'modal-open-1',
    };
    const started = await resolvers.startVerification({ context: onIssue('HELP-1'), payload });
    if (!started.ok) throw new Error(JSON.stringify(started));
    const { verification } = started.data;
    expect(verification).toMatchObject({
      status: 'pending',
      ticket: { system: 'jira', id: 'HELP-1', url: 'https://acme.atlassian.net/browse/HELP-1' },
      agent: { name: 'Alex Agent', email: 'alex@acme.example' },
    });
    // A double click (same modal opening) is one verification.
    const again = await resolvers.startVerification({ context: onIssue('HELP-1'), payload });
    expect(again.ok && again.data.verification.id).toBe(verification.id);
    expect(jira.issues.get('HELP-1')!.properties.get(VERIFICATION_PROPERTY_KEY)).toMatchObject({
      verificationId: verification.id,
      status: 'pending',
    });
    expect(await validateTransition({ issue: { key: 'HELP-1' } }, deps())).toMatchObject({
      result: false,
      errorMessage: expect.stringContaining('pending'),
    });

    // The employee proves who they are.
    const mail = (await service.app.outbox!.list()).find(
      (m) => m.channel === 'email' && m.text.includes(verification.match_code),
    )!;
    const browser = new EmployeeBrowser(service.baseUrl);
    await browser.request('POST', `${linkFrom(mail.text)}/start`);
    let page = await browser.request('GET', '/session');
    await browser.request('POST', '/session/proofs/phone_code/send', { csrf: EmployeeBrowser.csrfOf(page.html) });
    const sms = (await service.app.outbox!.list()).find(
      (m) => m.channel === 'sms' && m.text.includes(verification.match_code),
    )!;
    page = await browser.request('GET', '/session');
    await browser.request('POST', '/session/proofs/phone_code/check', {
      csrf: EmployeeBrowser.csrfOf(page.html),
      code: codeFrom(sms.text),
    });

    // The service signs and delivers; the web trigger verifies and writes back.
    await service.app.jobs.webhooks.runOnce();
    expect(trigger.responses.map((r) => r.statusCode)).toEqual([200]);
    const issue = jira.issues.get('HELP-1')!;
    expect(issue.comments).toEqual([]);
    expect(issue.requestComments).toHaveLength(1);
    expect(issue.requestComments[0]).toMatchObject({ public: false, principal: 'app-token' });
    expect(issue.requestComments[0]!.body).toContain('[PASSED] Identity verified: Dana (dana@acme.example)');
    expect(issue.requestComments[0]!.body).toContain(verification.match_code);
    expect(issue.properties.get(VERIFICATION_PROPERTY_KEY)).toMatchObject({
      verificationId: verification.id,
      status: 'passed',
      riskScore: expect.any(Number),
    });
    expect(await validateTransition({ issue: { key: 'HELP-1' } }, deps())).toEqual({ result: true });

    const panel = await resolvers.listVerifications({ context: onIssue('HELP-1'), payload: {} });
    expect(panel).toMatchObject({
      ok: true,
      data: [
        {
          verification: { id: verification.id, status: 'passed' },
          terminal: true,
          headline: expect.stringContaining('[PASSED]'),
        },
      ],
    });

    // A redelivery with the same webhook-id changes nothing.
    const [delivery] = (await service.org.client.listWebhookEndpoints()).data;
    const deliveries = await service.org.client.listWebhookDeliveries({ params: { id: delivery!.id } });
    await service.org.client.redeliverWebhook({ params: { id: delivery!.id, delivery_id: deliveries.data[0]!.id } });
    await service.app.jobs.webhooks.runOnce();
    expect(JSON.parse(trigger.responses.at(-1)!.body!)).toMatchObject({ result: 'duplicate' });
    expect(issue.requestComments).toHaveLength(1);
  });

  it('gates the transition on the latest verification of the current reporter, within the freshness window of the admin page', async () => {
    const issue = jira.issues.get('HELP-1')!;
    expect(await validateTransition({ issue: { key: 'HELP-1' } }, deps())).toEqual({ result: true });
    // Another customer now reports the issue: Dana's pass is not Eve's.
    issue.reporter = { accountId: '557058:eve', displayName: 'Eve', emailAddress: 'EVE@acme.example' };
    expect(await validateTransition({ issue: { key: 'HELP-1' } }, deps())).toMatchObject({
      result: false,
      errorMessage: expect.stringContaining('No identity verification of the requester'),
    });
    issue.reporter = reporter;

    const settings = { serviceUrl: service.baseUrl, defaultLinkId: service.org.linkId };
    expect(
      await adminResolvers(deps()).saveAdminSettings({
        context: admin,
        payload: { ...settings, gateMaxAgeMinutes: 'soon' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(
      await adminResolvers(deps()).saveAdminSettings({
        context: admin,
        payload: { ...settings, gateMaxAgeMinutes: '10' },
      }),
    ).toMatchObject({ ok: true, data: { gateMaxAgeMinutes: 10 } });
    expect(await validateTransition({ issue: { key: 'HELP-1' } }, deps())).toEqual({ result: true });
    service.clock.advance(11 * 60_000);
    expect(await validateTransition({ issue: { key: 'HELP-1' } }, deps())).toMatchObject({
      result: false,
      errorMessage: expect.stringContaining('more than 10 minutes ago'),
    });
    expect(
      await adminResolvers(deps()).saveAdminSettings({
        context: admin,
        payload: { ...settings, gateMaxAgeMinutes: '' },
      }),
    ).toMatchObject({ ok: true, data: { gateMaxAgeMinutes: null } });
    expect(await validateTransition({ issue: { key: 'HELP-1' } }, deps())).toEqual({ result: true });
  });

  it('issue 11: lands the result on a service project issue created without a request type, as an internal platform comment', async () => {
    jira.addIssue({ key: 'HELP-20', projectTypeKey: 'service_desk', requestTypeId: null, reporter });
    const result = await startVerificationAction({ issueKey: 'HELP-20', channels: 'email' }, deps());
    if (!('verificationId' in result)) throw new Error(JSON.stringify(result));
    service.clock.advance(16 * 60_000);
    await service.app.jobs.expiry.runOnce();
    await service.app.jobs.webhooks.runOnce();
    expect(trigger.responses.at(-1)).toMatchObject({ statusCode: 200 });
    const issue = jira.issues.get('HELP-20')!;
    expect(issue.requestComments).toEqual([]);
    expect(issue.comments).toHaveLength(1);
    expect(issue.comments[0]!.jsdPublic).toBe(false);
    expect(JSON.stringify(issue.comments[0]!.body)).toContain('Verification expired');
    expect(issue.properties.get(VERIFICATION_PROPERTY_KEY)).toMatchObject({
      verificationId: result.verificationId,
      status: 'expired',
    });
  });

  it('starts from a JSM automation rule, expires, writes an ADF comment on a software issue and blocks the transition', async () => {
    jira.addIssue({ key: 'DEV-7', projectTypeKey: 'software', reporter });
    const result = await startVerificationAction(
      { issueKey: 'DEV-7', channels: 'email', reason: 'MFA reset request' },
      deps(),
    );
    if (!('verificationId' in result)) throw new Error(JSON.stringify(result));
    const created = await service.org.client.getVerification({ params: { id: result.verificationId } });
    expect(created).toMatchObject({
      agent: { name: 'Jira Automation' },
      ticket: { system: 'jira', id: 'DEV-7' },
      link_id: service.org.linkId,
    });

    service.clock.advance(16 * 60_000);
    await service.app.jobs.expiry.runOnce();
    await service.app.jobs.webhooks.runOnce();
    const issue = jira.issues.get('DEV-7')!;
    expect(issue.requestComments).toEqual([]);
    expect(JSON.stringify(issue.comments[0]?.body)).toContain('Verification expired');
    expect(issue.properties.get(VERIFICATION_PROPERTY_KEY)).toMatchObject({ status: 'expired' });
    expect(await validateTransition({ issue: { key: 'DEV-7' } }, deps())).toMatchObject({
      result: false,
      errorMessage: expect.stringContaining('expired'),
    });
    expect(await validateTransition({ issue: { key: 'NOPE-1' } }, deps())).toMatchObject({
      result: false,
      errorMessage: expect.stringContaining('could not be checked'),
    });

    expect(await startVerificationAction({ issueKey: 'not a key' }, deps())).toEqual({
      errors: [expect.objectContaining({ message: expect.stringContaining('issueKey') })],
    });
    expect(await startVerificationAction({ issueKey: 'MISSING-1' }, deps())).toEqual({
      errors: [expect.objectContaining({ message: expect.stringContaining('404') })],
    });
  });

  it("resends and cancels only this issue's verifications", async () => {
    jira.addIssue({ key: 'HELP-2', projectTypeKey: 'service_desk', reporter });
    jira.addIssue({ key: 'HELP-3', projectTypeKey: 'service_desk', reporter });
    const resolvers = issueResolvers(deps());
    const started = await resolvers.startVerification({
      context: onIssue('HELP-2'),
      payload: { linkId: service.org.linkId, channels: ['email'], employeeEmail: 'dana@acme.example' },
    });
    if (!started.ok) throw new Error(JSON.stringify(started));
    const id = started.data.verification.id;
    expect(
      await resolvers.cancelVerification({ context: onIssue('HELP-3'), payload: { verificationId: id } }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const resent = await resolvers.resendVerification({ context: onIssue('HELP-2'), payload: { verificationId: id } });
    expect(resent.ok && resent.data.verification.timeline.at(-1)?.status).toBe('resent');
    const cancelled = await resolvers.cancelVerification({
      context: onIssue('HELP-2'),
      payload: { verificationId: id, reason: 'caller hung up' },
    });
    expect(cancelled).toMatchObject({ ok: true, data: { verification: { status: 'cancelled' }, terminal: true } });
    expect(
      await resolvers.startVerification({
        context: onIssue('HELP-2'),
        payload: { linkId: 'bad', channels: [], employeeEmail: 'x' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await resolvers.startVerification({ context: {}, payload: {} })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('kept to the Jira contract and to the scopes the manifest asks for, and needs every one of them', () => {
    expect(jira.violations).toEqual([]);
    const used = new Set(jira.calls.flatMap((c) => c.scopes));
    const declared = new Set(manifest.permissions.scopes);
    for (const scope of used) expect(declared).toContain(scope);
    // storage:app is for @forge/kvs, not a REST call.
    expect([...declared].filter((s) => s !== 'storage:app' && !used.has(s))).toEqual([]);
    expect(new Set(jira.calls.map((c) => c.operationId))).toEqual(
      new Set([
        'getIssue',
        'getCurrentUser',
        'setIssueProperty',
        'getIssueProperty',
        'createRequestComment',
        'addComment',
      ]),
    );
  });
});
