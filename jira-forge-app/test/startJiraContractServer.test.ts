import { startJiraContractServer, type JiraContractServer } from './startJiraContractServer';

describe('the local Jira contract server refuses what the real API would', () => {
  let jira: JiraContractServer;
  beforeAll(async () => {
    jira = await startJiraContractServer();
    jira.addIssue({ key: 'HELP-1', projectTypeKey: 'service_desk' });
    jira.addIssue({ key: 'DEV-1', projectTypeKey: 'software' });
    jira.addIssue({ key: 'HELP-2', projectTypeKey: 'service_desk', requestTypeId: null });
  });
  afterAll(() => jira.close());

  const call = (method: string, path: string, body?: unknown, token: string | null = 'app-token') =>
    fetch(`${jira.url}${path}`, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const adf = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ok' }] }] };

  it('accepts the calls the app makes when they follow the contract', async () => {
    expect((await call('GET', '/rest/api/3/issue/HELP-1?fields=summary%2Cproject%2Creporter')).status).toBe(200);
    expect((await call('POST', '/rest/api/3/issue/DEV-1/comment', { body: adf })).status).toBe(201);
    expect(
      (await call('POST', '/rest/servicedeskapi/request/HELP-1/comment', { body: 'internal', public: false })).status,
    ).toBe(201);
    expect(
      (await call('PUT', '/rest/api/3/issue/HELP-1/properties/helpdesk-verify', { status: 'passed' })).status,
    ).toBe(201);
    expect((await call('GET', '/rest/api/3/myself', undefined, 'user-token')).status).toBe(200);
  });

  it('refuses unknown operations, wrong methods, missing tokens, undeclared query parameters and bad bodies', async () => {
    const before = jira.violations.length;
    expect((await call('GET', '/rest/api/3/issue/HELP-1/comments-typo')).status).toBe(404);
    expect((await call('PATCH', '/rest/api/3/issue/HELP-1/comment', { body: adf })).status).toBe(405);
    expect((await call('GET', '/rest/api/3/issue/HELP-1', undefined, null)).status).toBe(401);
    expect((await call('GET', '/rest/api/3/issue/HELP-1?fieldz=summary')).status).toBe(400);
    expect(
      (await call('POST', '/rest/api/3/issue/DEV-1/comment', { body: 'plain text is API v2, not v3' })).status,
    ).toBe(400);
    expect(
      (
        await call('POST', '/rest/api/3/issue/DEV-1/comment', {
          body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] },
        })
      ).status,
    ).toBe(400);
    expect(
      (await call('POST', '/rest/servicedeskapi/request/HELP-1/comment', { body: 'no visibility given' })).status,
    ).toBe(400);
    expect(
      (await call('POST', '/rest/servicedeskapi/request/HELP-1/comment', { body: 'x', public: 'false' })).status,
    ).toBe(400);
    expect((await call('PUT', '/rest/api/3/issue/HELP-1/properties/helpdesk-verify')).status).toBe(400);
    expect(
      (await call('POST', '/rest/servicedeskapi/request/HELP-1/comment', { body: 'x', public: false, internal: true }))
        .status,
    ).toBe(400);
    expect(
      (await call('POST', '/rest/api/3/issue/DEV-1/comment', { body: adf, properties: [{ key: 'sd.public.comment' }] }))
        .status,
    ).toBe(400);
    expect(
      (
        await call('POST', '/rest/api/3/issue/DEV-1/comment', {
          body: adf,
          properties: [{ key: 'sd.public.comment', value: { internal: true }, extra: 1 }],
        })
      ).status,
    ).toBe(400);
    expect(jira.violations.length - before).toBe(12);
    expect(jira.issues.get('DEV-1')!.comments).toHaveLength(1);
  });

  it('answers as JSM does: 404 from the servicedesk API for an issue that is not a customer request, platform comments public unless sd.public.comment says internal', async () => {
    const before = jira.violations.length;
    // Documented: "404 Returned if the customer request does not exist" (a service project issue without a request type).
    expect(
      (await call('POST', '/rest/servicedeskapi/request/HELP-2/comment', { body: 'internal', public: false })).status,
    ).toBe(404);
    expect(
      (await call('POST', '/rest/servicedeskapi/request/DEV-1/comment', { body: 'internal', public: false })).status,
    ).toBe(404);
    // jsdPublic is read-only: sending it does not hide the comment from the customer.
    expect((await call('POST', '/rest/api/3/issue/HELP-2/comment', { body: adf, jsdPublic: false })).status).toBe(201);
    expect(
      (
        await call('POST', '/rest/api/3/issue/HELP-2/comment', {
          body: adf,
          properties: [{ key: 'sd.public.comment', value: { internal: true } }],
        })
      ).status,
    ).toBe(201);
    expect(jira.issues.get('HELP-2')!.comments.map((c) => c.jsdPublic)).toEqual([true, false]);
    expect(jira.violations.length).toBe(before);
  });

  it('takes the JSM operation from the subset copied out of the published document, unchanged', async () => {
    const { readFileSync } = await import('node:fs');
    const { JSM_OPENAPI_SUBSET_PATH } = await import('./jiraContract');
    const subset = JSON.parse(readFileSync(JSM_OPENAPI_SUBSET_PATH, 'utf8'));
    const operation = subset.paths['/rest/servicedeskapi/request/{issueIdOrKey}/comment'].post;
    expect(operation.operationId).toBe('createRequestComment');
    expect(operation.responses['404'].description).toMatch(/customer request does not exist/);
    expect(operation.responses['400'].description).toMatch(/missing the required `public`/);
    expect(subset.components.schemas.CommentCreateDTO).toMatchObject({
      additionalProperties: false,
      properties: { body: { type: 'string' }, public: { type: 'boolean' } },
    });
    expect(subset.info['x-source-sha256']).toMatch(/^[0-9a-f]{64}$/);
  });
});
