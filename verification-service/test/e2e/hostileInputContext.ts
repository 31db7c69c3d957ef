import type { DatabaseKind } from '@helpdesk-verify/testkit/databases';
import { runHostileBatch, type HostileCase } from './hostileBatch';
import { seedOrgResources, type OrgResources } from './orgResources';
import { snapshotTables } from './snapshotTables';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { validRequestBodies, type ValidRequestBodies } from './validRequestBodies';

/** What the hostile-input tests share: one service per database, filled in by `beforeAll`. */
export interface HostileInputContext {
  service: TestService;
  /** Resources of the organisation the admin key belongs to, and of the other one. */
  own: OrgResources;
  other: OrgResources;
  /** Keys of `own`: read-only, write, and a revoked admin key. */
  keys: { read: string; write: string; revoked: string };
  /** A body each endpoint accepts, aimed at `own`. */
  valid: ValidRequestBodies;
  /** Sends the batch: every case must earn its problem, and no table may change. */
  expectRefusedWithoutChange(cases: HostileCase[]): Promise<void>;
}

/**
 * Starts the service on `kind` before the tests of the enclosing describe (with both organisations
 * seeded and every key used once, so `last_used_at` does not move during a snapshot) and closes it after.
 */
export function useHostileInputService(kind: DatabaseKind): HostileInputContext {
  const ctx = {
    keys: { read: '', write: '', revoked: '' },
    async expectRefusedWithoutChange(cases: HostileCase[]) {
      const { db } = ctx.service.app.deps;
      const { audit_entries: auditBefore, ...before } = await snapshotTables(db);
      const heads = await db.query<{ org_id: string; seq: number }>(
        'SELECT org_id, max(seq)::int AS seq FROM audit_entries GROUP BY org_id',
      );
      const failures = await runHostileBatch(ctx.service.baseUrl, cases);
      expect(failures).toEqual([]);
      const { audit_entries: auditAfter, ...after } = await snapshotTables(db);
      expect(after).toEqual(before);
      // The audit log records every accepted unsafe call, even one that changed nothing (an import
      // whose rows were all rejected: a 'not 5xx' case); a refused call records nothing.
      const added = await db.query<{ action: string }>(
        `SELECT e.action FROM audit_entries e LEFT JOIN (SELECT * FROM unnest($1::text[], $2::int[]) AS h(org_id, seq)) h ON h.org_id = e.org_id
          WHERE e.seq > coalesce(h.seq, 0)`,
        [heads.map((h) => h.org_id), heads.map((h) => h.seq)],
      );
      const acceptable = new Set(cases.filter((c) => c.status === 'not 5xx').map((c) => c.label.split(':')[0]));
      expect(added.map((a) => a.action).filter((action) => !acceptable.has(action))).toEqual([]);
      if (added.length === 0) expect(auditAfter).toEqual(auditBefore);
    },
  } as HostileInputContext;

  beforeAll(async () => {
    ctx.service = await startTestService(kind);
    Object.assign(ctx, await seedOrgResources(ctx.service));
    ctx.valid = validRequestBodies(ctx.own, 'acme.example');
    const { client } = ctx.service.org;
    ctx.keys.read = (await client.createApiKey({ body: { name: 'reader', scopes: ['verifications:read'] } })).key;
    ctx.keys.write = (await client.createApiKey({ body: { name: 'writer', scopes: ['verifications:write'] } })).key;
    const revoked = await client.createApiKey({ body: { name: 'gone', scopes: ['admin'] } });
    await client.revokeApiKey({ params: { id: revoked.id } });
    ctx.keys.revoked = revoked.key;
    for (const key of [ctx.keys.read, ctx.keys.write, ctx.service.org.apiKey, ctx.service.otherOrg.apiKey]) {
      await fetch(`${ctx.service.baseUrl}/v1/organization`, { headers: { authorization: `Bearer ${key}` } });
    }
  }, 120_000); // PGlite takes over 30 s to start on a loaded machine
  afterAll(async () => {
    await ctx.service?.close();
  });
  return ctx;
}
