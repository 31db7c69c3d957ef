import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HelpdeskVerifyClient } from '@helpdesk-verify/core-client/client';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { startWebhookReceiver, type WebhookReceiver } from '@helpdesk-verify/testkit/webhooks/startWebhookReceiver';
import { pruneLocalOutbox } from '../../src/domain/retention/pruneLocalOutbox';
import { manualClock } from '../../src/kernel/clock';

const DAY = 86_400_000;

describe.each(DATABASE_KINDS)('retention on %s', (kind) => {
  let service: TestService;
  let admin: HelpdeskVerifyClient;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    service = await startTestService(kind);
    admin = service.org.client;
    receiver = await startWebhookReceiver();
    await admin.createEmployee({
      body: { email: 'sam@acme.example', display_name: 'Sam Private', phone: '+15555550123' },
    });
    await service.otherOrg.client.createEmployee({
      body: { email: 'sam@other.example', display_name: 'Sam Other', phone: '+15555550124' },
    });
  }, 120_000); // PGlite takes tens of seconds to start on a loaded machine
  afterAll(async () => {
    await receiver.close();
    await service.close();
  });

  const start = (
    client: HelpdeskVerifyClient,
    linkId: string,
    email: string,
    ticket: string,
    idempotencyKey?: string,
  ) =>
    client.createVerification({
      body: {
        link_id: linkId,
        employee: { email },
        ticket: { system: 'api', id: ticket, url: null },
        agent: { name: 'Alex' },
      },
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
  const count = async (sql: string, params: unknown[]) =>
    (await service.app.deps.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]!.n;

  it('deletes finished verifications past the organisation retention with everything they own, keeps the audit trail, and prunes old idempotency keys', async () => {
    const hook = await admin.createWebhookEndpoint({ body: { url: receiver.url } });
    await admin.updateOrganization({ body: { settings: { verification_retention_days: 30 } } });
    const cancelled = await start(admin, service.org.linkId, 'sam@acme.example', 'OLD-1', 'key-old-1');
    await admin.cancelVerification({ params: { id: cancelled.id }, body: {} });
    const expired = await start(admin, service.org.linkId, 'sam@acme.example', 'OLD-2');
    const stuck = await start(admin, service.org.linkId, 'sam@acme.example', 'OLD-3');
    // The other organisation keeps everything (no retention set).
    const theirs = await start(service.otherOrg.client, service.otherOrg.linkId, 'sam@other.example', 'THEIRS');
    await service.otherOrg.client.cancelVerification({ params: { id: theirs.id }, body: {} });
    service.clock.advance(16 * 60_000);
    receiver.answerWith((request) => ({ status: request.body.includes(stuck.id) ? 500 : 200 }));
    await service.app.jobs.expiry.runOnce();
    await service.app.jobs.webhooks.runOnce();
    expect(await count('webhook_messages WHERE verification_id = $1', [expired.id])).toBe(1);
    expect(
      await count(
        'webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id JOIN webhook_messages m ON m.id = d.message_id WHERE m.verification_id = $1',
        [expired.id],
      ),
    ).toBe(1);

    service.clock.advance(31 * DAY);
    receiver.answerWith(() => ({ status: 500 }));
    const pendingWithKey = await start(admin, service.org.linkId, 'sam@acme.example', 'NEW-1', 'key-new-1');
    service.clock.advance(25 * 3_600_000);
    const recent = await start(admin, service.org.linkId, 'sam@acme.example', 'NEW-2', 'key-new-2');
    await admin.cancelVerification({ params: { id: recent.id }, body: {} });
    // The stuck delivery is still retrying: its verification waits.
    expect(
      await count(
        "webhook_deliveries d JOIN webhook_messages m ON m.id = d.message_id WHERE m.verification_id = $1 AND d.status = 'pending'",
        [stuck.id],
      ),
    ).toBe(1);

    await service.app.jobs.retention.runOnce();

    const ids = async () => (await admin.listVerifications({ query: { limit: 100 } })).data.map((v) => v.id).sort();
    expect(await ids()).toEqual([stuck.id, pendingWithKey.id, recent.id].sort());
    await expect(admin.getVerification({ params: { id: cancelled.id } })).rejects.toMatchObject({ status: 404 });
    for (const table of [
      'verification_events',
      'verification_proofs',
      'verification_deliveries',
      'employee_sessions',
      'webhook_messages',
    ]) {
      expect(await count(`${table} WHERE verification_id = ANY ($1::text[])`, [[cancelled.id, expired.id]])).toBe(0);
    }
    // Only the stuck one and the recent verification's trust_check.cancelled (kept with its verification).
    expect(await count('webhook_deliveries WHERE endpoint_id = $1', [hook.id])).toBe(2);
    expect(await count('idempotency_keys WHERE org_id = $1', [service.org.id])).toBe(1);
    expect((await service.app.deps.db.query<{ key: string }>('SELECT key FROM idempotency_keys'))[0]!.key).toBe(
      'key-new-2',
    );
    expect((await service.otherOrg.client.listVerifications({ query: { limit: 10 } })).data.map((v) => v.id)).toEqual([
      theirs.id,
    ]);

    const trail = (await admin.listAuditLog({ query: { target_id: cancelled.id, limit: 100 } })).data.map(
      (e) => e.action,
    );
    expect(trail).toEqual([
      'cancelVerification',
      'verification.cancelled',
      'createVerification',
      'verification.created',
    ]);
    const [purged] = (await admin.listAuditLog({ query: { action: 'retention.purged' } })).data;
    expect(purged).toMatchObject({
      actor: { type: 'system' },
      target: { type: 'organization', id: service.org.id },
      details: { verifications: 2, retention_days: 30 },
    });
    expect(await admin.verifyAuditLog()).toMatchObject({ valid: true });
    expect(JSON.stringify((await admin.listAuditLog({ query: { limit: 100 } })).data)).not.toContain('Sam Private');

    // A second run finds nothing more to do.
    await service.app.jobs.retention.runOnce();
    expect((await admin.listAuditLog({ query: { action: 'retention.purged' } })).data).toHaveLength(1);
  });

  it('prunes captured messages older than 7 days from the local outbox', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hv-outbox-'));
    try {
      const now = new Date('2026-03-10T12:00:00.000Z');
      const name = (at: number, seq = 0) =>
        `out_${String(at).padStart(13, '0')}${String(seq).padStart(3, '0')}_AbCdEfGh.json`;
      const old = name(now.getTime() - 7 * DAY - 1);
      const edge = name(now.getTime() - 7 * DAY);
      const fresh = name(now.getTime() - DAY, 5);
      for (const file of [old, edge, fresh, 'notes.txt', 'out_123_bad.json']) writeFileSync(join(dir, file), '{}');
      expect(await pruneLocalOutbox({ dir, clock: manualClock(now) })).toBe(1);
      expect(readdirSync(dir).sort()).toEqual([edge, fresh, 'notes.txt', 'out_123_bad.json'].sort());
      expect(await pruneLocalOutbox({ dir: join(dir, 'missing'), clock: manualClock(now) })).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // The service's job prunes its own outbox. The outbox names files by the system clock while the
    // job reads the test's manual clock, which the test above moved more than 7 days ahead.
    const outbox = service.app.outbox!;
    await start(admin, service.org.linkId, 'sam@acme.example', 'OUTBOX');
    expect((await outbox.list()).length).toBeGreaterThan(0);
    await service.app.jobs.retention.runOnce();
    expect(await outbox.list()).toEqual([]);
  });
});
