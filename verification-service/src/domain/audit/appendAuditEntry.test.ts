import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createOrganization } from '../organizations/createOrganization';
import { appendAuditEntry } from './appendAuditEntry';
import { listAuditEntries } from './listAuditEntries';
import { verifyAuditChain } from './verifyAuditChain';

const key = { type: 'api_key' as const, id: 'key_AAAAAAAAAAAA', label: 'ServiceNow prod' };

describe.each(DATABASE_KINDS)('the audit log on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  }, 120_000); // PGlite takes tens of seconds to start on a loaded machine
  afterAll(() => ctx.db.close());

  it('chains entries per organisation, numbered from 1, and the chain verifies', async () => {
    const other = await createOrganization(ctx, { name: 'Other org' });
    const first = await appendAuditEntry(ctx, ctx.db, {
      orgId: other.id,
      actor: key,
      action: 'createLink',
      target: { type: 'link', id: 'lnk_AAAAAAAAAAAA' },
      details: { values: { b: 1, a: [true, null, 'x'] } },
    });
    ctx.clock.advance(1000);
    const second = await ctx.db.transaction((tx) =>
      appendAuditEntry(ctx, tx, { orgId: other.id, actor: key, action: 'updateLink' }),
    );
    expect(first).toMatchObject({
      seq: 1,
      prev_hash: '0'.repeat(64),
      action: 'createLink',
      target: { type: 'link', id: 'lnk_AAAAAAAAAAAA' },
    });
    expect(second).toMatchObject({ seq: 2, prev_hash: first.hash, target: null, details: {} });
    expect(second.hash).not.toBe(first.hash);
    expect(await verifyAuditChain(ctx, { orgId: other.id })).toEqual({
      valid: true,
      entries_checked: 2,
      first_broken_seq: null,
      last_hash: second.hash,
    });
    expect(await verifyAuditChain(ctx, { orgId: 'org_NOBODYNOBODY' })).toEqual({
      valid: true,
      entries_checked: 0,
      first_broken_seq: null,
      last_hash: null,
    });
  });

  it('redacts secret-looking keys and stores text PostgreSQL cannot (NUL, lone surrogates) so that it still verifies', async () => {
    const org = await createOrganization(ctx, { name: 'Redaction org' });
    const entry = await appendAuditEntry(ctx, ctx.db, {
      orgId: org.id,
      actor: { type: 'user', id: 'usr_AAAAAAAAAAAA', label: 'a\u0000dmin@example.com' },
      action: 'rotateWebhookSecret',
      details: {
        secret: 'whsec_abc',
        nested: { password: 'hunter2', api_key: 'hv_x' },
        odd: 'x\u0000y\ud800z',
        n: 1.5,
      },
    });
    expect(entry.actor.label).toBe('admin@example.com');
    expect(entry.details).toEqual({
      secret: '[redacted]',
      nested: { password: '[redacted]', api_key: '[redacted]' },
      odd: 'xy\ufffdz',
      n: 1.5,
    });
    expect((await verifyAuditChain(ctx, { orgId: org.id })).valid).toBe(true);
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    await appendAuditEntry(ctx, ctx.db, { orgId: ctx.orgId, actor: key, action: 'createLink' });
    await expect(ctx.db.query("UPDATE audit_entries SET action = 'x' WHERE org_id = $1", [ctx.orgId])).rejects.toThrow(
      /append-only/,
    );
    await expect(ctx.db.query('DELETE FROM audit_entries WHERE org_id = $1', [ctx.orgId])).rejects.toThrow(
      /append-only/,
    );
    await expect(ctx.db.query('TRUNCATE audit_entries')).rejects.toThrow(/append-only/);
    expect((await listAuditEntries(ctx, { orgId: ctx.orgId, query: { limit: 100 } })).data.length).toBeGreaterThan(0);
  });

  it('detects an edited, a removed and a re-chained entry (trigger disabled by a hostile operator)', async () => {
    const org = await createOrganization(ctx, { name: 'Tamper org' });
    for (let i = 0; i < 5; i++)
      await appendAuditEntry(ctx, ctx.db, { orgId: org.id, actor: key, action: `action${i}`, details: { i } });
    expect(await verifyAuditChain(ctx, { orgId: org.id })).toMatchObject({ valid: true, entries_checked: 5 });
    const tamper = (sql: string) =>
      ctx.db.transaction(async (tx) => {
        await tx.query('ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only');
        await tx.query(sql, [org.id]);
        await tx.query('ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only');
      });
    await tamper(`UPDATE audit_entries SET details = '{"i": 99}' WHERE org_id = $1 AND seq = 3`);
    expect(await verifyAuditChain(ctx, { orgId: org.id })).toMatchObject({
      valid: false,
      entries_checked: 5,
      first_broken_seq: 3,
    });
    await tamper(`UPDATE audit_entries SET details = '{"i": 2}' WHERE org_id = $1 AND seq = 3`);
    expect(await verifyAuditChain(ctx, { orgId: org.id })).toMatchObject({ valid: true });
    // The operator also re-computes the edited entry's hash: the next entry no longer links to it.
    await tamper(
      `UPDATE audit_entries SET actor_label = 'someone else', hash = sha256(hash) WHERE org_id = $1 AND seq = 2`,
    );
    expect(await verifyAuditChain(ctx, { orgId: org.id })).toMatchObject({ valid: false, first_broken_seq: 2 });
    const org2 = await createOrganization(ctx, { name: 'Tamper org 2' });
    for (let i = 0; i < 4; i++)
      await appendAuditEntry(ctx, ctx.db, { orgId: org2.id, actor: key, action: `action${i}` });
    await ctx.db.transaction(async (tx) => {
      await tx.query('ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only');
      await tx.query('DELETE FROM audit_entries WHERE org_id = $1 AND seq = 2', [org2.id]);
      await tx.query('ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only');
    });
    expect(await verifyAuditChain(ctx, { orgId: org2.id })).toMatchObject({
      valid: false,
      entries_checked: 3,
      first_broken_seq: 3,
    });
  });

  it('lists newest first with filters and cursor pages, never another organisation', async () => {
    const org = await createOrganization(ctx, { name: 'List org' });
    const start = ctx.clock.now();
    for (let i = 1; i <= 7; i++) {
      ctx.clock.advance(60_000);
      await appendAuditEntry(ctx, ctx.db, {
        orgId: org.id,
        actor: i % 2 ? key : { type: 'user', id: 'usr_BBBBBBBBBBBB', label: 'alice@example.com' },
        action: i <= 3 ? 'createLink' : 'verification.passed',
        target: { type: i <= 3 ? 'link' : 'verification', id: `t${i % 3}` },
      });
    }
    const all = await listAuditEntries(ctx, { orgId: org.id, query: { limit: 3 } });
    expect(all.data.map((e) => e.seq)).toEqual([7, 6, 5]);
    const next = await listAuditEntries(ctx, { orgId: org.id, query: { limit: 3, cursor: all.next_cursor! } });
    expect(next.data.map((e) => e.seq)).toEqual([4, 3, 2]);
    const last = await listAuditEntries(ctx, { orgId: org.id, query: { limit: 3, cursor: next.next_cursor! } });
    expect(last).toMatchObject({ next_cursor: null });
    expect(last.data.map((e) => e.seq)).toEqual([1]);
    const seqs = async (q: object) =>
      (await listAuditEntries(ctx, { orgId: org.id, query: { limit: 100, ...q } })).data.map((e) => e.seq);
    expect(await seqs({ action: 'createLink' })).toEqual([3, 2, 1]);
    expect(await seqs({ actor: 'alice@example.com' })).toEqual([6, 4, 2]);
    expect(await seqs({ actor: 'key_AAAAAAAAAAAA' })).toEqual([7, 5, 3, 1]);
    expect(await seqs({ target_type: 'verification', target_id: 't1' })).toEqual([7, 4]);
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000).toISOString();
    expect(await seqs({ from: at(2), to: at(4) })).toEqual([3, 2]);
    expect(await seqs({ action: 'createLink', actor: 'alice@example.com' })).toEqual([2]);
    expect(
      (await listAuditEntries(ctx, { orgId: ctx.orgId, query: { limit: 100, action: 'verification.passed' } })).data,
    ).toEqual([]);
    await expect(listAuditEntries(ctx, { orgId: org.id, query: { limit: 3, cursor: 'bm9wZQ' } })).rejects.toThrow(
      /cursor/,
    );
  });

  if (kind === 'postgres') {
    it('never forks the chain under concurrent writers', async () => {
      const org = await createOrganization(ctx, { name: 'Concurrent org' });
      await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          ctx.db.transaction(async (tx) => {
            await tx.query('SELECT pg_sleep($1)', [(i % 5) / 1000]);
            return appendAuditEntry(ctx, tx, { orgId: org.id, actor: key, action: 'concurrent', details: { i } });
          }),
        ),
      );
      const result = await verifyAuditChain(ctx, { orgId: org.id });
      expect(result).toMatchObject({ valid: true, entries_checked: 40, first_broken_seq: null });
      const rows = await ctx.db.query<{ n: number; distinct_prev: number; max: number }>(
        'SELECT count(*)::int AS n, count(DISTINCT prev_hash)::int AS distinct_prev, max(seq)::int AS max FROM audit_entries WHERE org_id = $1',
        [org.id],
      );
      expect(rows[0]).toEqual({ n: 40, distinct_prev: 40, max: 40 });
    });
  }
});
