import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { EmployeeBrowser, linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';
import { startSlapd, type TestSlapd } from '@helpdesk-verify/testkit/ldap/startSlapd';
import { freePort } from '@helpdesk-verify/testkit/freePort';

const people = 'ou=people,dc=example,dc=com';
const person = (uid: string, extra = '') =>
  `dn: uid=${uid},${people}\nobjectClass: inetOrgPerson\nuid: ${uid}\ncn: ${uid} Legal\nsn: Legal\ndisplayName: ${uid} Preferred\nmail: ${uid}@acme.example\n${extra}`;

describe.each(DATABASE_KINDS)('the employment proof and the LDAP source API on %s', (kind) => {
  let service: TestService;
  let slapd: TestSlapd;
  let linkId: string;
  let source: {
    url: string;
    bind_dn: string;
    password: string;
    base_dn: string;
    disabled_when: { kind: 'equals'; attribute: string; value: string };
  };

  beforeAll(async () => {
    [service, slapd] = await Promise.all([
      startTestService(kind),
      startSlapd({ seed: [person('ann'), person('bob'), person('carl', 'employeeType: disabled\n')].join('\n') }),
    ]);
    source = {
      url: slapd.url,
      bind_dn: slapd.adminDn,
      password: slapd.adminPassword,
      base_dn: slapd.baseDn,
      disabled_when: { kind: 'equals', attribute: 'employeeType', value: 'disabled' },
    };
    const templates = await service.org.client.listTemplates({ query: {} });
    const link = await service.org.client.createLink({
      body: {
        name: 'Employed',
        proofs: [
          { type: 'email_possession', required: true },
          { type: 'employment', required: true },
        ],
        assurance: 'low',
        channels: ['email'],
        email_template_id: templates.data.find((t) => t.channel === 'email')!.id,
      },
    });
    linkId = link.id;
  });
  afterAll(async () => {
    await Promise.all([service?.close(), slapd?.close()]);
  });

  /** Creates a verification for the employee, opens the emailed link and presses start. */
  const verifyAndStart = async (email: string, ticket: string) => {
    const { client } = service.org;
    const created = await client.createVerification({
      body: {
        link_id: linkId,
        employee: { email },
        channels: ['email'],
        ticket: { system: 'api', id: ticket },
        agent: { name: 'Alex Agent' },
        reason: 'MFA reset',
      },
    });
    const mail = (await service.app.outbox!.list()).find(
      (m) => m.channel === 'email' && m.to === email && m.text.includes(created.match_code),
    )!;
    const started = await new EmployeeBrowser(service.baseUrl).request('POST', `${linkFrom(mail.text)}/start`);
    expect(started.status).toBe(303);
    return client.getVerification({ params: { id: created.id } });
  };
  const employmentOf = (v: Awaited<ReturnType<typeof verifyAndStart>>) => v.proofs.find((p) => p.type === 'employment');

  it('syncs the directory through the API, keeping the password write-only', async () => {
    const { client } = service.org;
    await expect(client.syncLdapSource()).rejects.toMatchObject({ status: 404 });
    const saved = await client.putLdapSource({ body: source });
    expect(saved).toMatchObject({
      url: slapd.url,
      filter: '(objectClass=inetOrgPerson)',
      attributes: { external_id: 'entryUUID' },
      last_sync_at: null,
    });
    expect(saved).not.toHaveProperty('password');
    expect(await client.syncLdapSource()).toEqual({ created: 3, updated: 0, disabled: 1, rejected: [] });
    expect((await client.getLdapSource()).last_sync_result).toEqual({
      created: 3,
      updated: 0,
      disabled: 1,
      rejected: [],
    });
    const ann = (await client.listEmployees({ query: {} })).data.find((e) => e.email === 'ann@acme.example');
    expect(ann).toMatchObject({ display_name: 'ann Preferred', legal_name: 'ann Legal', status: 'active' });
    // The other organisation has no directory of its own and sees none of it.
    await expect(service.otherOrg.client.getLdapSource()).rejects.toMatchObject({ status: 404 });
  });

  it('passes for an active employee after a live directory check', async () => {
    const result = await verifyAndStart('ann@acme.example', 'T-1');
    expect(employmentOf(result)).toMatchObject({
      status: 'passed',
      assurance: 'low',
      detail: 'Active in the LDAP directory (checked live)',
    });
    expect(result.status).toBe('passed');
  });

  it('fails the verification when the employee left the directory after the last sync', async () => {
    slapd.ldif(`dn: uid=bob,${people}\nchangetype: delete\n`, { modify: true });
    const result = await verifyAndStart('bob@acme.example', 'T-2');
    expect(employmentOf(result)).toMatchObject({
      status: 'failed',
      detail: 'The employee is not in the LDAP directory',
    });
    expect(result.status).toBe('failed');
    expect(result.outcome_reason).toMatch(/employment/);

    // The periodic job then disables Bob (kept, not deleted).
    await service.app.jobs.ldapSync.runOnce();
    const bob = (await service.org.client.listEmployees({ query: {} })).data.find(
      (e) => e.email === 'bob@acme.example',
    );
    expect(bob?.status).toBe('disabled');
  });

  it('fails closed when the directory cannot be reached', async () => {
    await service.org.client.putLdapSource({ body: { ...source, url: `ldap://127.0.0.1:${await freePort()}` } });
    const result = await verifyAndStart('ann@acme.example', 'T-3');
    expect(employmentOf(result)?.status).toBe('failed');
    expect(employmentOf(result)?.detail).toMatch(
      /^The LDAP directory could not be checked .*so employment is not confirmed$/,
    );
    expect(result.status).toBe('failed');
    await expect(service.org.client.syncLdapSource()).rejects.toMatchObject({ status: 503 });
    expect(
      (await service.org.client.listEmployees({ query: {} })).data.find((e) => e.email === 'ann@acme.example')?.status,
    ).toBe('active');
  });
});
