import type { AuditEntry } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { signInWithPasswordOverHttp, type ConsoleCaller } from '../console/auth/consoleCaller';

describe.each(DATABASE_KINDS)('the audit log for console users on %s', (kind) => {
  let service: TestService;
  const as: Partial<Record<'admin' | 'agent' | 'auditor', ConsoleCaller>> = {};
  beforeAll(async () => {
    service = await startTestService(kind);
    for (const role of ['admin', 'agent', 'auditor'] as const) {
      const made = await service.org.client.createUser({
        body: { email: `${role}@acme.example`, name: role, role, initial_password: true },
      });
      as[role] = await signInWithPasswordOverHttp(service.baseUrl, made.email, made.initial_password!);
    }
  }, 120_000); // PGlite takes tens of seconds to start on a loaded machine
  afterAll(() => service.close());

  it('names the signed-in user as the actor of a console change, and lets an auditor read, check and export the log but not an agent', async () => {
    const created = await as.admin!.fetch('/v1/templates', {
      method: 'POST',
      body: { name: 'From the console', channel: 'sms', text: 'Open {{link}}' },
    });
    expect(created.status).toBe(201);
    const template = (await created.json()) as { id: string };

    const listed = await as.auditor!.fetch(`/v1/audit-log?target_id=${template.id}`);
    expect(listed.status).toBe(200);
    const [entry] = ((await listed.json()) as { data: AuditEntry[] }).data;
    expect(entry).toMatchObject({
      action: 'createTemplate',
      actor: { type: 'user', id: as.admin!.session.user.id, label: 'admin@acme.example' },
      target: { type: 'template', id: template.id },
    });

    expect((await as.auditor!.fetch('/v1/audit-log/verify')).status).toBe(200);
    const csv = await as.auditor!.fetch(`/v1/audit-log/export.csv?actor=admin%40acme.example`, { csrf: null });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain(
      `,user,${as.admin!.session.user.id},admin@acme.example,createTemplate,template,${template.id},`,
    );

    for (const path of ['/v1/audit-log', '/v1/audit-log/verify', '/v1/audit-log/export.csv']) {
      const refused = await as.agent!.fetch(path);
      expect(refused.status).toBe(403);
    }
    // The other organisation's admin key sees none of it.
    expect((await service.otherOrg.client.listAuditLog({ query: { actor: 'admin@acme.example' } })).data).toEqual([]);
  });
});
