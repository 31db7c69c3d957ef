import { WebhookEndpointWithSecret } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../../test/testContext';
import { ProblemError } from '../../../kernel/ProblemError';
import { loadLiveSecrets } from '../secrets/loadLiveSecrets';
import { createWebhookEndpoint } from './createWebhookEndpoint';

describe.each(DATABASE_KINDS)('createWebhookEndpoint on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  const body = {
    url: 'https://93.184.216.34/hooks/helpdesk',
    description: 'Zendesk',
    event_types: ['trust_check.failed' as const],
  };

  it('stores the endpoint and returns its new whsec_ secret once', async () => {
    const created = await createWebhookEndpoint(ctx, { orgId: ctx.orgId, body });
    expect(WebhookEndpointWithSecret.parse(created)).toEqual(created);
    expect(created).toEqual({
      id: expect.stringMatching(/^whk_/),
      url: body.url,
      description: 'Zendesk',
      event_types: ['trust_check.failed'],
      enabled: true,
      disabled_reason: null,
      failing_since: null,
      created_at: ctx.clock.now().toISOString(),
      updated_at: ctx.clock.now().toISOString(),
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
    });
    const other = await createWebhookEndpoint(ctx, { orgId: ctx.orgId, body });
    expect(other.secret).not.toBe(created.secret);
  });

  it('keeps the secret encrypted at rest', async () => {
    const created = await createWebhookEndpoint(ctx, { orgId: ctx.orgId, body });
    const rows = await ctx.db.query<{
      id: string;
      secret_encrypted: Uint8Array;
      org_id: string;
      expires_at: Date | null;
    }>('SELECT * FROM webhook_secrets WHERE endpoint_id = $1', [created.id]);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({ org_id: ctx.orgId, expires_at: null, id: expect.stringMatching(/^whs_/) });
    const stored = Buffer.from(row!.secret_encrypted);
    expect(stored.includes(Buffer.from(created.secret))).toBe(false);
    expect(stored.includes(Buffer.from(created.secret.slice('whsec_'.length)))).toBe(false);
    expect(await loadLiveSecrets(ctx, { orgId: ctx.orgId, endpointId: created.id, at: ctx.clock.now() })).toEqual([
      created.secret,
    ]);
  });

  it('refuses loopback, private and link-local URLs with a 422 unless private targets are allowed', async () => {
    const strict = { ...ctx, config: { ...ctx.config, allowPrivateWebhookTargets: false } };
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'http://localhost/hook',
      'http://10.0.0.5/',
      'http://169.254.169.254/latest',
    ]) {
      const error = await createWebhookEndpoint(strict, { orgId: ctx.orgId, body: { ...body, url } }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ProblemError);
      expect(error).toMatchObject({
        code: 'validation_error',
        detail: expect.stringMatching(/^The webhook URL is refused: .* webhook targets must be public addresses/),
        errors: [{ path: ['url'], message: expect.stringMatching(/loopback|private|linkLocal/) }],
      });
    }
    const before = await ctx.db.query('SELECT id FROM webhook_endpoints');
    await expect(
      createWebhookEndpoint(ctx, { orgId: ctx.orgId, body: { ...body, url: 'http://127.0.0.1:8080/hook' } }),
    ).resolves.toMatchObject({
      url: 'http://127.0.0.1:8080/hook',
    });
    expect(await ctx.db.query('SELECT id FROM webhook_endpoints')).toHaveLength(before.length + 1);
  });
});
