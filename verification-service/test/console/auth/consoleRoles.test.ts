import type { Verification } from '@helpdesk-verify/core-client/schemas';
import { endpoints, type Endpoint, type EndpointName } from '@helpdesk-verify/core-client/api';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { seedOrgResources, endpointPath, hasPathParams, type OrgResources } from '../../e2e/orgResources';
import { validRequestBodies } from '../../e2e/validRequestBodies';
import { runHostileBatch, type HostileCase } from '../../e2e/hostileBatch';
import { snapshotTables } from '../../e2e/snapshotTables';
import { signInWithPasswordOverHttp, type ConsoleCaller } from './consoleCaller';

const ALL = (Object.keys(endpoints) as EndpointName[]).map((name) => ({ name, ep: endpoints[name] as Endpoint }));

describe.each(DATABASE_KINDS)('console roles and organisations on the /v1 API with the session cookie (%s)', (kind) => {
  let service: TestService;
  let own: OrgResources;
  let other: OrgResources;
  const as: Partial<Record<'admin' | 'agent' | 'auditor' | 'otherAdmin', ConsoleCaller>> = {};
  /** The endpoints this service serves (others of the table may belong to work not wired yet). */
  let served: { name: EndpointName; ep: Endpoint }[];

  const request = (
    caller: ConsoleCaller,
    name: EndpointName,
    ep: Endpoint,
    ids: OrgResources,
  ): Omit<HostileCase, 'label' | 'status'> => {
    const bodies = validRequestBodies(ids, ids === own ? 'acme.example' : 'other.example') as Record<string, unknown>;
    const body = ep.body ? (bodies[name] ?? {}) : undefined;
    return {
      method: ep.method,
      path: endpointPath(ep, ids),
      headers: {
        cookie: caller.cookie,
        'x-csrf-token': caller.session.csrf_token,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    };
  };
  const expectRefusedWithoutChange = async (cases: HostileCase[]) => {
    const before = await snapshotTables(service.app.deps.db);
    expect(await runHostileBatch(service.baseUrl, cases)).toEqual([]);
    expect(await snapshotTables(service.app.deps.db)).toEqual(before);
  };

  beforeAll(async () => {
    service = await startTestService(kind);
    ({ own, other } = await seedOrgResources(service));
    for (const [who, role, org] of [
      ['admin', 'admin', service.org],
      ['agent', 'agent', service.org],
      ['auditor', 'auditor', service.org],
      ['otherAdmin', 'admin', service.otherOrg],
    ] as const) {
      const made = await org.client.createUser({
        body: {
          email: `${who.toLowerCase()}.user@${org === service.org ? 'acme' : 'other'}.example`,
          name: who,
          role,
          initial_password: true,
        },
      });
      as[who] = await signInWithPasswordOverHttp(service.baseUrl, made.email, made.initial_password!);
    }
    served = ALL.filter(({ ep }) =>
      service.app.http.hasRoute({ method: ep.method, url: ep.path.replace(/\{([a-z_]+)\}/g, ':$1') }),
    );
  }, 120_000);
  afterAll(() => service?.close());

  it('gives an agent 403 on every endpoint beyond verifications, changing nothing', async () => {
    const cases = served
      .filter(({ ep }) => ep.scope !== 'verifications:read' && ep.scope !== 'verifications:write')
      .map(({ name, ep }) => ({ label: `${name} as agent`, ...request(as.agent!, name, ep, own), status: 403 }));
    expect(cases.filter((c) => c.method !== 'GET').length).toBeGreaterThan(20);
    await expectRefusedWithoutChange(cases);
  });

  it('gives an auditor 403 on every unsafe endpoint, changing nothing, and lets them read', async () => {
    const cases = served
      .filter(({ ep }) => ep.method !== 'GET')
      .map(({ name, ep }) => ({ label: `${name} as auditor`, ...request(as.auditor!, name, ep, own), status: 403 }));
    expect(cases.length).toBeGreaterThan(25);
    await expectRefusedWithoutChange(cases);
    for (const path of [
      '/v1/links',
      '/v1/verifications',
      '/v1/users',
      '/v1/api-keys',
      '/v1/webhook-endpoints',
      '/v1/templates',
      '/v1/employees',
    ]) {
      const response = await as.auditor!.fetch(path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
    }
  });

  it('lets an agent start, read and cancel verifications', async () => {
    const created = await as.agent!.fetch('/v1/verifications', {
      method: 'POST',
      body: {
        link_id: own.link,
        employee: { email: 'sam@acme.example' },
        ticket: { system: 'console', id: 'C-1' },
        agent: { name: 'agent' },
      },
    });
    expect(created.status).toBe(201);
    const verification = (await created.json()) as Verification;
    expect((await as.agent!.fetch(`/v1/verifications/${verification.id}`)).status).toBe(200);
    expect(
      (
        await as.agent!.fetch(`/v1/verifications/${verification.id}/cancel`, {
          method: 'POST',
          body: { reason: 'test' },
        })
      ).status,
    ).toBe(200);
  });

  it("never shows an admin of one organisation the other's data: 404 for its ids, lists of their own", async () => {
    const cases: HostileCase[] = served
      .filter(({ ep }) => hasPathParams(ep))
      .map(({ name, ep }) => ({
        label: `${name} on the other organisation's id`,
        ...request(as.admin!, name, ep, other),
        status: 404,
      }));
    expect(cases.length).toBeGreaterThan(15);
    await expectRefusedWithoutChange(cases);
    const lists: Record<string, (org: OrgResources) => string> = {
      '/v1/verifications': (o) => o.verification,
      '/v1/employees': (o) => o.employee,
      '/v1/templates': (o) => o.template,
      '/v1/webhook-endpoints': (o) => o.webhookEndpoint,
      '/v1/api-keys': (o) => o.apiKey,
      '/v1/users': (o) => o.user,
    };
    for (const [path, idOf] of Object.entries(lists)) {
      const text = await (await as.otherAdmin!.fetch(`${path}?limit=100`)).text();
      expect({ path, hasOwn: text.includes(idOf(other)), leaks: text.includes(idOf(own)) }).toEqual({
        path,
        hasOwn: true,
        leaks: false,
      });
    }
    const org = (await (await as.otherAdmin!.fetch('/v1/organization')).json()) as { id: string };
    expect(org.id).toBe(service.otherOrg.id);
  });

  it('keeps the last admin: demoting, disabling or deleting them is refused with 409', async () => {
    const solo = await startTestService(kind);
    try {
      const admin = await solo.org.client.createUser({
        body: { email: 'solo@acme.example', name: 'Solo', role: 'admin' },
      });
      await expect(
        solo.org.client.updateUser({ params: { id: admin.id }, body: { role: 'agent' } }),
      ).rejects.toMatchObject({ status: 409 });
      await expect(
        solo.org.client.updateUser({ params: { id: admin.id }, body: { disabled: true } }),
      ).rejects.toMatchObject({ status: 409 });
      await expect(solo.org.client.deleteUser({ params: { id: admin.id } })).rejects.toMatchObject({ status: 409 });
      const second = await solo.org.client.createUser({
        body: { email: 'second@acme.example', name: 'Second', role: 'admin' },
      });
      expect((await solo.org.client.updateUser({ params: { id: admin.id }, body: { role: 'auditor' } })).role).toBe(
        'auditor',
      );
      await expect(solo.org.client.deleteUser({ params: { id: second.id } })).rejects.toMatchObject({ status: 409 });
      expect((await solo.org.client.deleteUser({ params: { id: admin.id } })).id).toBe(admin.id);
      await expect(solo.org.client.getUser({ params: { id: admin.id } })).rejects.toMatchObject({ status: 404 });
      await expect(
        solo.org.client.createUser({ body: { email: 'second@acme.example', name: 'Again', role: 'agent' } }),
      ).rejects.toMatchObject({ status: 409 });
    } finally {
      await solo.close();
    }
  });
});
