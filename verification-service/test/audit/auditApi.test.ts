import { TrustCheckEvent, type AuditEntry } from '@helpdesk-verify/core-client/schemas';
import { createClient, type HelpdeskVerifyClient } from '@helpdesk-verify/core-client/client';
import { verifyWebhook } from '@helpdesk-verify/core-client/webhooks';
import { nodeHmacSha256 } from '@helpdesk-verify/core-client/node';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { startWebhookReceiver } from '@helpdesk-verify/testkit/webhooks/startWebhookReceiver';
import { auditVerifyCommand } from '../../src/domain/audit/auditVerifyCommand';

const clientFor = (service: TestService, apiKey: string) =>
  createClient({ baseUrl: service.baseUrl, apiKey, retry: { retries: 0 } });

/** Parses our CSV (RFC 4180: quoted cells, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe.each(DATABASE_KINDS)('audit log, test events and deliveries over HTTP on %s', (kind) => {
  let service: TestService;
  let admin: HelpdeskVerifyClient;
  let employeeEmail: string;
  beforeAll(async () => {
    service = await startTestService(kind);
    admin = service.org.client;
    employeeEmail = 'sam@acme.example';
    await admin.createEmployee({
      body: { email: employeeEmail, display_name: 'Sam Secretname', phone: '+15555550123' },
    });
  }, 120_000); // PGlite takes tens of seconds to start on a loaded machine
  afterAll(() => service.close());

  const entries = async (query: Record<string, string> = {}): Promise<AuditEntry[]> =>
    (await admin.listAuditLog({ query: { limit: 100, ...query } })).data;
  const startVerification = (ticket: string) =>
    admin.createVerification({
      body: {
        link_id: service.org.linkId,
        employee: { email: employeeEmail },
        ticket: { system: 'api', id: ticket, url: null },
        agent: { name: 'Alex Agent' },
      },
    });

  it('records each successful unsafe call with the key as actor and the target, and no secret', async () => {
    const hook = await admin.createWebhookEndpoint({ body: { url: 'http://127.0.0.1:9/hook', description: 'itsm' } });
    const rotated = await admin.rotateWebhookSecret({ params: { id: hook.id }, body: { overlap_seconds: 60 } });
    const key = await admin.createApiKey({ body: { name: 'Zendesk prod', scopes: ['verifications:write'] } });
    await expect(admin.getWebhookEndpoint({ params: { id: 'whk_doesnotexist00' } })).rejects.toThrow();
    await expect(
      admin.updateWebhookEndpoint({ params: { id: 'whk_doesnotexist00' }, body: { enabled: true } }),
    ).rejects.toThrow();

    const [created] = await entries({ action: 'createWebhookEndpoint' });
    expect(created).toMatchObject({
      actor: { type: 'api_key', label: 'e2e' },
      target: { type: 'webhook_endpoint', id: hook.id },
      details: { fields: ['description', 'event_types', 'url'], values: { event_types: [] } },
    });
    expect(created!.actor.id).toMatch(/^key_/);
    expect((await entries({ action: 'createApiKey' }))[0]).toMatchObject({
      target: { type: 'api_key', id: key.id },
      details: { values: { scopes: ['verifications:write'] } },
    });
    expect((await entries({ action: 'rotateWebhookSecret' }))[0]).toMatchObject({
      target: { type: 'webhook_endpoint', id: hook.id },
      details: { values: { overlap_seconds: 60 } },
    });
    // Failed calls and reads are not recorded.
    expect(await entries({ action: 'updateWebhookEndpoint' })).toEqual([]);
    expect(await entries({ action: 'getWebhookEndpoint' })).toEqual([]);
    const everything = JSON.stringify(await entries());
    for (const secret of [hook.secret, rotated.secret, key.key, service.org.apiKey, 'http://127.0.0.1:9/hook'])
      expect(everything).not.toContain(secret);
  });

  it('records every verification event in order, naming the caller, the employee or the service, without personal details', async () => {
    const cancelled = await startVerification('T-100');
    await admin.cancelVerification({ params: { id: cancelled.id }, body: { reason: 'Sam Secretname hung up' } });
    const expiring = await startVerification('T-101');
    service.clock.advance(16 * 60_000);
    await service.app.jobs.expiry.runOnce();

    const ofCancelled = await entries({ target_type: 'verification', target_id: cancelled.id });
    expect(ofCancelled.map((e) => [e.action, e.actor.type])).toEqual([
      ['cancelVerification', 'api_key'],
      ['verification.cancelled', 'api_key'],
      ['createVerification', 'api_key'],
      ['verification.created', 'api_key'],
    ]);
    const ofExpired = await entries({ target_id: expiring.id });
    expect(ofExpired.map((e) => [e.action, e.actor])).toEqual([
      ['verification.expired', { type: 'system', id: null, label: 'system' }],
      ['createVerification', expect.objectContaining({ type: 'api_key' })],
      ['verification.created', expect.objectContaining({ type: 'api_key' })],
    ]);
    const everything = JSON.stringify(await entries());
    for (const personal of ['Secretname', employeeEmail, 'hung up', 'Alex Agent'])
      expect(everything).not.toContain(personal);
    expect(await admin.verifyAuditLog()).toMatchObject({ valid: true, first_broken_seq: null });
  });

  it('pages newest first, filters by actor and time, and keeps organisations apart', async () => {
    const all = await entries();
    const seqs = all.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    const first = await admin.listAuditLog({ query: { limit: 2 } });
    const second = await admin.listAuditLog({ query: { limit: 2, cursor: first.next_cursor! } });
    expect([...first.data, ...second.data].map((e) => e.seq)).toEqual(seqs.slice(0, 4));
    expect((await entries({ actor: 'e2e' })).length).toBe(all.filter((e) => e.actor.label === 'e2e').length);
    const mid = all[Math.floor(all.length / 2)]!;
    expect((await entries({ to: mid.at })).every((e) => e.at < mid.at)).toBe(true);
    expect((await entries({ from: mid.at })).every((e) => e.at >= mid.at)).toBe(true);
    const other = await service.otherOrg.client.listAuditLog({ query: { limit: 100 } });
    expect(other.data).toEqual([]);
    await expect(admin.listAuditLog({ query: { limit: 2, cursor: 'forged' } })).rejects.toMatchObject({ status: 422 });
  });

  it('needs audit:read for the log, its check and its export', async () => {
    const reader = await admin.createApiKey({ body: { name: 'auditor', scopes: ['audit:read'] } });
    const plain = await admin.createApiKey({ body: { name: 'reader', scopes: ['verifications:read', 'admin:read'] } });
    await expect(clientFor(service, plain.key).listAuditLog({})).rejects.toMatchObject({ status: 403 });
    await expect(clientFor(service, plain.key).verifyAuditLog()).rejects.toMatchObject({ status: 403 });
    expect((await clientFor(service, reader.key).listAuditLog({})).data.length).toBeGreaterThan(0);
    await expect(
      clientFor(service, reader.key).createLink({
        body: {
          name: 'x',
          proofs: [{ type: 'email_possession', required: true }],
          assurance: 'low',
          channels: ['email'],
        },
      }),
    ).rejects.toMatchObject({ status: 403 });
    const csv = (key: string | null) =>
      fetch(`${service.baseUrl}/v1/audit-log/export.csv`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
    expect((await csv(null)).status).toBe(401);
    const forbidden = await csv(plain.key);
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await csv(reader.key)).status).toBe(200);
  });

  it('exports CSV with the same filters, streamed, and safe to open in a spreadsheet', async () => {
    const formula = await admin.createApiKey({
      body: { name: '=HYPERLINK("http://evil.example","x")', scopes: ['admin'] },
    });
    await clientFor(service, formula.key).createTemplate({
      body: { name: '+SUM(A1)', channel: 'email', subject: 's', text: 'Open {{link}}' },
    });
    const response = await fetch(`${service.baseUrl}/v1/audit-log/export.csv?action=createTemplate`, {
      headers: { authorization: `Bearer ${service.org.apiKey}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const rows = parseCsv(await response.text());
    expect(rows[0]).toEqual([
      'seq',
      'at',
      'actor_type',
      'actor_id',
      'actor_label',
      'action',
      'target_type',
      'target_id',
      'details',
      'prev_hash',
      'hash',
    ]);
    expect(rows).toHaveLength(2);
    const [row] = rows.slice(1);
    expect(row![4]).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(row![5]).toBe('createTemplate');
    const listed = (await entries({ action: 'createTemplate' }))[0]!;
    expect(row![0]).toBe(String(listed.seq));
    expect(row![10]).toBe(listed.hash);
    expect(JSON.parse(row![8]!)).toEqual(listed.details);

    const all = parseCsv(
      await (
        await fetch(`${service.baseUrl}/v1/audit-log/export.csv`, {
          headers: { authorization: `Bearer ${service.org.apiKey}` },
        })
      ).text(),
    );
    expect(all.length - 1).toBe((await entries()).length);
    for (const cell of all.slice(1).flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const bad = await fetch(`${service.baseUrl}/v1/audit-log/export.csv?from=yesterday`, {
      headers: { authorization: `Bearer ${service.org.apiKey}` },
    });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ errors: [{ path: ['query', 'from'] }] });
  });

  it('detects tampering over HTTP and in the audit-verify command', async () => {
    const lines: string[] = [];
    expect(
      await auditVerifyCommand({
        db: service.app.deps.db,
        args: ['--org', service.org.id],
        print: (l) => lines.push(l),
      }),
    ).toBe(0);
    expect(lines[0]).toMatch(/: valid, \d+ entries/);
    await service.app.deps.db.transaction(async (tx) => {
      await tx.query('ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only');
      await tx.query(`UPDATE audit_entries SET actor_label = 'nobody' WHERE org_id = $1 AND seq = 2`, [service.org.id]);
      await tx.query('ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only');
    });
    expect(await admin.verifyAuditLog()).toMatchObject({ valid: false, first_broken_seq: 2 });
    expect(
      await auditVerifyCommand({
        db: service.app.deps.db,
        args: ['--org', service.org.id],
        print: (l) => lines.push(l),
      }),
    ).toBe(1);
    expect(lines[1]).toContain('BROKEN at seq 2');
    expect(await auditVerifyCommand({ db: service.app.deps.db, args: [], print: (l) => lines.push(l) })).toBe(1);
    expect(
      await auditVerifyCommand({
        db: service.app.deps.db,
        args: ['--org', service.otherOrg.id],
        print: (l) => lines.push(l),
      }),
    ).toBe(0);
    expect(await auditVerifyCommand({ db: service.app.deps.db, args: ['--org'], print: (l) => lines.push(l) })).toBe(2);
    expect((await service.otherOrg.client.verifyAuditLog()).valid).toBe(true);
  });

  it('sends a harmless, signed test event to one endpoint and lists a verification’s deliveries', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const hook = await admin.createWebhookEndpoint({
        body: { url: receiver.url, event_types: ['trust_check.completed'] },
      });
      const queued = await admin.testWebhookEndpoint({ params: { id: hook.id } });
      expect(queued).toMatchObject({
        endpoint_id: hook.id,
        status: 'pending',
        event_type: 'trust_check.failed',
        verification_id: null,
      });
      expect(await service.app.jobs.webhooks.runOnce()).toMatchObject({ succeeded: 1 });
      expect(receiver.received).toHaveLength(1);
      const request = receiver.received[0]!;
      const verified = verifyWebhook(
        {
          secrets: [hook.secret],
          headers: request.headers as Record<string, string>,
          body: request.body,
          now: service.clock.now(),
        },
        nodeHmacSha256,
      );
      expect(verified.verified).toBe(true);
      const event = TrustCheckEvent.parse(JSON.parse(request.body));
      expect(event).toMatchObject({
        event_type: 'trust_check.failed',
        status: 'failed',
        metadata: { test: 'true' },
        ticket: { system: 'api', id: 'hv-test-event' },
      });
      expect(event.session_id).toMatch(/^ver_test/);
      expect(request.headers['webhook-id']).toBe(queued.message_id);
      const log = await admin.listWebhookDeliveries({ params: { id: hook.id } });
      expect(log.data[0]).toMatchObject({ id: queued.id, status: 'succeeded', attempt_count: 1 });
      expect((await entries({ action: 'testWebhookEndpoint' }))[0]).toMatchObject({
        target: { type: 'webhook_endpoint', id: hook.id },
      });

      // A verification's deliveries: the expired one reaches this endpoint only if subscribed; subscribe to all.
      await admin.updateWebhookEndpoint({ params: { id: hook.id }, body: { event_types: [] } });
      const v = await startVerification('T-200');
      await admin.cancelVerification({ params: { id: v.id }, body: {} });
      const cancelled = await admin.listVerificationDeliveries({ params: { id: v.id } });
      // A cancellation emits trust_check.cancelled to every subscribed endpoint, this one included.
      expect(cancelled.data.map((d) => [d.endpoint_id, d.event_type, d.verification_id])).toEqual(
        expect.arrayContaining([[hook.id, 'trust_check.cancelled', v.id]]),
      );
      const expiring = await startVerification('T-201');
      service.clock.advance(16 * 60_000);
      await service.app.jobs.expiry.runOnce();
      const deliveries = await admin.listVerificationDeliveries({ params: { id: expiring.id }, query: { limit: 10 } });
      expect(deliveries.data.map((d) => [d.endpoint_id, d.event_type, d.verification_id])).toEqual(
        expect.arrayContaining([[hook.id, 'trust_check.expired', expiring.id]]),
      );
      expect(deliveries.data.every((d) => d.verification_id === expiring.id)).toBe(true);
      await expect(
        service.otherOrg.client.listVerificationDeliveries({ params: { id: expiring.id } }),
      ).rejects.toMatchObject({ status: 404 });
      const readOnly = await admin.createApiKey({ body: { name: 'agent key', scopes: ['verifications:write'] } });
      await expect(
        clientFor(service, readOnly.key).listVerificationDeliveries({ params: { id: expiring.id } }),
      ).rejects.toMatchObject({ status: 403 });

      await admin.updateWebhookEndpoint({ params: { id: hook.id }, body: { enabled: false } });
      await expect(admin.testWebhookEndpoint({ params: { id: hook.id } })).rejects.toMatchObject({ status: 409 });
      await expect(service.otherOrg.client.testWebhookEndpoint({ params: { id: hook.id } })).rejects.toMatchObject({
        status: 404,
      });
    } finally {
      await receiver.close();
    }
  });
});
