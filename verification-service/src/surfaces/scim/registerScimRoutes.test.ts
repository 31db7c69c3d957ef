import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import {
  entraAddManager,
  entraCreateUser,
  entraDisable,
  entraRemoveManager,
  entraUpdateAttributes,
  entraUserNameFilter,
} from './fixtures/entraRequests';
import {
  oktaCreateUser,
  oktaDeactivate,
  oktaReactivate,
  oktaReplaceUser,
  oktaUserNameFilter,
} from './fixtures/oktaRequests';

const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

describe.each(DATABASE_KINDS)('SCIM 2.0 over HTTP on %s', (kind) => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(kind);
  });
  afterAll(() => service?.close());

  /** A request as the identity provider sends it: Bearer key, application/scim+json. */
  const scim = async (method: string, path: string, body?: unknown, apiKey = service.org.apiKey) => {
    const response = await fetch(`${service.baseUrl}/scim/v2${path}`, {
      method,
      headers: {
        authorization: `Bearer ${apiKey}`,
        accept: 'application/scim+json',
        ...(body === undefined ? {} : { 'content-type': 'application/scim+json; charset=utf-8' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: text ? (JSON.parse(text) as Record<string, any>) : null,
    };
  };
  const employee = (id: string) => service.org.client.getEmployee({ params: { id } });

  it('publishes its discovery documents and refuses a missing or wrong key with SCIM errors', async () => {
    const config = await scim('GET', '/ServiceProviderConfig');
    expect(config).toMatchObject({
      status: 200,
      type: 'application/scim+json; charset=utf-8',
      body: { patch: { supported: true }, bulk: { supported: false }, filter: { supported: true } },
    });
    expect((await scim('GET', '/ResourceTypes')).body).toMatchObject({
      totalResults: 1,
      Resources: [{ id: 'User', endpoint: '/Users', schemaExtensions: [{ schema: ENTERPRISE }] }],
    });
    expect((await scim('GET', '/Schemas')).body!.Resources.map((s: { id: string }) => s.id)).toEqual([
      'urn:ietf:params:scim:schemas:core:2.0:User',
      ENTERPRISE,
    ]);
    const denied = await scim('GET', '/Users', undefined, 'hv_not_a_key');
    expect(denied).toEqual({
      status: 401,
      type: 'application/scim+json; charset=utf-8',
      body: { schemas: [ERROR], status: '401', detail: expect.any(String) },
    });
  });

  it('provisions, updates and deactivates a user the way Okta does', async () => {
    expect(
      (await scim('GET', `/Users?filter=${encodeURIComponent(oktaUserNameFilter)}&startIndex=1&count=100`)).body,
    ).toMatchObject({ totalResults: 0, Resources: [] });
    const created = await scim('POST', '/Users', oktaCreateUser);
    expect(created).toMatchObject({
      status: 201,
      type: 'application/scim+json; charset=utf-8',
      body: {
        userName: 'test.user@okta.local',
        externalId: '00ujl29u0le5T6Aj10h7',
        active: true,
        displayName: 'Test User',
      },
    });
    expect(created.body).not.toHaveProperty('password');
    const id = created.body!.id as string;
    expect(await employee(id)).toMatchObject({
      email: 'test.user@okta.local',
      login: 'test.user@okta.local',
      display_name: 'Test User',
      legal_name: 'Test User',
      external_id: '00ujl29u0le5T6Aj10h7',
      status: 'active',
    });

    const found = await scim('GET', `/Users?filter=${encodeURIComponent(oktaUserNameFilter)}&startIndex=1&count=100`);
    expect(found.body).toMatchObject({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
      totalResults: 1,
      startIndex: 1,
      itemsPerPage: 1,
      Resources: [{ id }],
    });
    expect(
      (await scim('GET', `/Users?filter=${encodeURIComponent('externalId eq "00ujl29u0le5T6Aj10h7"')}`)).body!
        .totalResults,
    ).toBe(1);

    const again = await scim('POST', '/Users', oktaCreateUser);
    expect(again).toMatchObject({ status: 409, body: { schemas: [ERROR], status: '409', scimType: 'uniqueness' } });

    const replaced = await scim('PUT', `/Users/${id}`, oktaReplaceUser(id));
    expect(replaced).toMatchObject({
      status: 200,
      body: { id, displayName: 'Testy User', name: { givenName: 'Testy' } },
    });
    expect(await employee(id)).toMatchObject({
      display_name: 'Testy User',
      legal_name: 'Testy User',
      phone: '+14155550123',
    });

    expect((await scim('PATCH', `/Users/${id}`, oktaDeactivate)).body).toMatchObject({ id, active: false });
    expect((await employee(id)).status).toBe('disabled');
    expect((await scim('PATCH', `/Users/${id}`, oktaReactivate)).body).toMatchObject({ active: true });
    expect((await employee(id)).status).toBe('active');
  });

  it('provisions, patches, manages and deletes a user the way Entra ID does', async () => {
    const boss = await scim('POST', '/Users', {
      ...entraCreateUser,
      externalId: 'boss-object-id',
      userName: 'boss@testuser.com',
      emails: [{ primary: true, type: 'work', value: 'boss@testuser.com' }],
      name: { givenName: 'Big', familyName: 'Boss' },
    });
    expect(boss.status).toBe(201);
    const created = await scim('POST', '/Users', entraCreateUser);
    expect(created.status).toBe(201);
    const id = created.body!.id as string;
    expect((await scim('GET', `/Users?filter=${encodeURIComponent(entraUserNameFilter)}`)).body!.Resources[0].id).toBe(
      id,
    );
    expect(await employee(id)).toMatchObject({
      email: entraCreateUser.emails[0]!.value.toLowerCase(),
      display_name: 'givenName familyName',
      legal_name: 'givenName familyName',
    });

    const patched = await scim('PATCH', `/Users/${id}`, entraUpdateAttributes);
    expect(patched).toMatchObject({
      status: 200,
      body: {
        displayName: 'Preferred Name',
        name: { familyName: 'updatedFamilyName' },
        [ENTERPRISE]: { department: 'Finance' },
      },
    });
    // Preferred and legal names differ: the agent sees the preferred one; the legal one is name.formatted.
    expect(await employee(id)).toMatchObject({
      email: 'updatedemail@microsoft.com',
      display_name: 'Preferred Name',
      legal_name: 'givenName familyName',
      phone: '+14255550100',
      department: 'Finance',
    });

    await scim('PATCH', `/Users/${id}`, entraAddManager(boss.body!.id as string));
    expect((await employee(id)).manager_email).toBe('boss@testuser.com');
    await scim('PATCH', `/Users/${id}`, entraRemoveManager);
    expect((await employee(id)).manager_email).toBeNull();

    expect((await scim('PATCH', `/Users/${id}`, entraDisable)).body).toMatchObject({ active: false });
    expect((await employee(id)).status).toBe('disabled');

    expect((await scim('DELETE', `/Users/${id}`)).status).toBe(204);
    expect(await scim('GET', `/Users/${id}`)).toMatchObject({ status: 404, body: { schemas: [ERROR], status: '404' } });
    // Deprovisioned, not deleted: the directory still has the employee, disabled.
    expect(await employee(id)).toMatchObject({ status: 'disabled', email: 'updatedemail@microsoft.com' });
    expect((await scim('DELETE', `/Users/${id}`)).status).toBe(404);
  });

  it('keeps organisations apart and refuses malformed requests with a scimType', async () => {
    const mine = await scim('POST', '/Users', {
      ...oktaCreateUser,
      userName: 'iso@okta.local',
      emails: [{ primary: true, type: 'work', value: 'iso@okta.local' }],
    });
    expect((await scim('GET', `/Users/${mine.body!.id}`, undefined, service.otherOrg.apiKey)).status).toBe(404);
    expect((await scim('PATCH', `/Users/${mine.body!.id}`, oktaDeactivate, service.otherOrg.apiKey)).status).toBe(404);
    expect(
      (
        await scim(
          'GET',
          `/Users?filter=${encodeURIComponent('userName eq "iso@okta.local"')}`,
          undefined,
          service.otherOrg.apiKey,
        )
      ).body!.totalResults,
    ).toBe(0);

    expect((await scim('GET', `/Users?filter=${encodeURIComponent('title co "x"')}`)).body).toMatchObject({
      status: '400',
      scimType: 'invalidFilter',
    });
    expect(
      (await scim('PATCH', `/Users/${mine.body!.id}`, { Operations: [{ op: 'move', path: 'active' }] })).body,
    ).toMatchObject({ status: '400', scimType: 'invalidSyntax' });
    expect((await scim('POST', '/Users', { userName: 'no-email' })).body).toMatchObject({
      status: '400',
      scimType: 'invalidValue',
    });
    const broken = await fetch(`${service.baseUrl}/scim/v2/Users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${service.org.apiKey}`, 'content-type': 'application/scim+json' },
      body: '{"userName":',
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ schemas: [ERROR], status: '400', scimType: 'invalidSyntax' });
  });

  /** The raw text of a body, so it can carry what JSON.stringify would not write (deep nesting). */
  const scimRaw = async (method: string, path: string, body: string, contentType = 'application/scim+json') => {
    const response = await fetch(`${service.baseUrl}/scim/v2${path}`, {
      method,
      headers: { authorization: `Bearer ${service.org.apiKey}`, 'content-type': contentType },
      body,
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: (await response.json()) as Record<string, any>,
    };
  };

  // Issue 12: each of these answered 500.
  it('answers hostile input with a SCIM 400, never a 500, and stores nothing', async () => {
    const before = (await scim('GET', '/Users?count=200')).body!.totalResults as number;
    const scimError = (status: string, scimType?: string) => ({
      schemas: [ERROR],
      status,
      ...(scimType ? { scimType } : {}),
      detail: expect.any(String),
    });
    const expectScimError = (
      answer: { status: number; type: string | null; body: unknown },
      status: number,
      scimType?: string,
    ) =>
      expect(answer).toEqual({
        status,
        type: 'application/scim+json; charset=utf-8',
        body: scimError(String(status), scimType),
      });

    // NUL and lone surrogates in a filter, whether sent raw or as a JSON escape inside the quotes.
    for (const filter of [
      'userName eq "a\u0000b"',
      'userName eq "a\\u0000b"',
      'externalId eq "\\ud800"',
      'userName eq "x\\udc00"',
      'userName eq "\\q"',
    ]) {
      expectScimError(await scim('GET', `/Users?filter=${encodeURIComponent(filter)}`), 400, 'invalidFilter');
    }
    // NUL in a path id: get, replace, patch, delete.
    for (const method of ['GET', 'PUT', 'PATCH', 'DELETE']) {
      const answer = await scim(
        method,
        '/Users/emp_a%00b',
        method === 'PUT' ? oktaCreateUser : method === 'PATCH' ? oktaDeactivate : undefined,
      );
      expectScimError(answer, 400, 'invalidValue');
    }
    // NUL and lone surrogates in a created User.
    for (const userName of ['nul\\u0000@okta.local', 'lone\\ud800@okta.local', 'lone\\udfff@okta.local']) {
      expectScimError(
        await scimRaw(
          'POST',
          '/Users',
          `{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"${userName}"}`,
        ),
        400,
        'invalidValue',
      );
    }
    expectScimError(
      await scimRaw('POST', '/Users', '{"userName":"key@okta.local","na\\u0000me":{"givenName":"x"}}'),
      400,
      'invalidValue',
    );
    // startIndex and count beyond what a bigint holds, or than a page can be.
    for (const query of [
      'startIndex=99999999999999999999',
      'startIndex=9223372036854775808',
      'count=99999999999999999999999',
    ]) {
      const answer = await scim('GET', `/Users?${query}`);
      expect({ query, status: answer.status }).toEqual({ query, status: query.startsWith('count') ? 200 : 400 });
      if (answer.status === 400) expectScimError(answer, 400, 'invalidValue');
    }
    // JSON deeper than 32 levels, as application/json and as application/scim+json (5000 levels overflowed the stack).
    for (const contentType of ['application/json', 'application/scim+json']) {
      for (const depth of [33, 5000]) {
        const deep = `{"userName":"deep@okta.local","x":${'['.repeat(depth)}${']'.repeat(depth)}}`;
        expectScimError(await scimRaw('POST', '/Users', deep, contentType), 400, 'invalidSyntax');
      }
    }
    // 32 levels still parse (and are refused for what they say, not how deep they are).
    expectScimError(
      await scimRaw('POST', '/Users', `{"userName":"no-email","x":${'['.repeat(31)}${']'.repeat(31)}}`),
      400,
      'invalidValue',
    );
    expect((await scim('GET', '/Users?count=200')).body!.totalResults).toBe(before);
  });

  it('pages with startIndex and count', async () => {
    const all = await scim('GET', '/Users?count=200');
    const total = all.body!.totalResults as number;
    expect(total).toBeGreaterThanOrEqual(3);
    const second = await scim('GET', '/Users?startIndex=2&count=1');
    expect(second.body).toMatchObject({ totalResults: total, startIndex: 2, itemsPerPage: 1 });
    expect(second.body!.Resources[0].id).toBe(all.body!.Resources[1].id);
  });
});
