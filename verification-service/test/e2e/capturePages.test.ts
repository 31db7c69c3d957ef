import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';

const SMTP = { HV_SMTP_URL: 'smtp://127.0.0.1:9/' };
const TWILIO = {
  HV_TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`,
  HV_TWILIO_AUTH_TOKEN: 'x'.repeat(32),
  HV_TWILIO_FROM: '+15555550100',
  HV_TWILIO_BASE_URL: 'http://127.0.0.1:9',
};

/** The paths that show captured links and codes, or the demo's webhooks. */
const CAPTURE_PATHS = ['/dev/outbox', '/dev/outbox.json', '/dev/webhooks'];

// The gating depends on the configuration only, so one database kind is enough (PostgreSQL starts fastest).
describe('development capture pages and HSTS by configuration', () => {
  const statuses = async (service: TestService) =>
    Promise.all(CAPTURE_PATHS.map(async (path) => (await fetch(`${service.baseUrl}${path}`)).status));
  const withService = async (env: Record<string, string>, check: (service: TestService) => Promise<void>) => {
    const service = await startTestService('postgres', { env });
    try {
      await check(service);
    } finally {
      await service.close();
    }
  };

  it('serves /dev/outbox and /dev/webhooks in the demo mode with no real sender', async () => {
    await withService({ HV_DEMO: 'true' }, async (service) => {
      expect(await statuses(service)).toEqual([200, 200, 200]);
    });
  }, 120_000);

  // Issue 12: with only one of SMTP or SMS configured, /dev/outbox showed live links and codes to anyone.
  it.each([
    ['SMTP only, demo', { HV_DEMO: 'true', ...SMTP }],
    ['SMS only, demo', { HV_DEMO: 'true', ...TWILIO }],
    ['both senders, demo', { HV_DEMO: 'true', ...SMTP, ...TWILIO }],
    ['SMTP only', SMTP],
    ['SMS only', TWILIO],
    ['no sender, not the demo', {}],
  ])(
    'serves none of them with %s',
    async (_label, env) => {
      await withService(env, async (service) => {
        expect(await statuses(service)).toEqual([404, 404, 404]);
        // A channel without a sender is still captured, to disk only.
        if (!('HV_SMTP_URL' in env && 'HV_TWILIO_FROM' in env)) expect(service.app.outbox).not.toBeNull();
      });
    },
    120_000,
  );

  // Issue 12: no Strict-Transport-Security when the public URL is https.
  it('sends Strict-Transport-Security on every answer when the public URL is https, configurable, and never over http', async () => {
    const hstsOf = async (service: TestService) =>
      Promise.all(
        ['/healthz', '/v1/links', '/console/session', '/nope'].map(async (path) =>
          (await fetch(`${service.baseUrl}${path}`)).headers.get('strict-transport-security'),
        ),
      );
    await withService({ HV_PUBLIC_URL: 'https://verify.example.com' }, async (service) => {
      expect(await hstsOf(service)).toEqual(Array(4).fill('max-age=31536000'));
    });
    await withService({ HV_PUBLIC_URL: 'https://verify.example.com', HV_HSTS_MAX_AGE: '600' }, async (service) => {
      expect(await hstsOf(service)).toEqual(Array(4).fill('max-age=600'));
    });
    await withService({ HV_PUBLIC_URL: 'https://verify.example.com', HV_HSTS_MAX_AGE: '0' }, async (service) => {
      expect(await hstsOf(service)).toEqual(Array(4).fill(null));
    });
    await withService({}, async (service) => {
      expect(await hstsOf(service)).toEqual(Array(4).fill(null));
    });
  }, 240_000);
});
