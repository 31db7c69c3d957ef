import type { Page } from 'playwright-core';
import { ApiError, createClient } from '@helpdesk-verify/core-client/client';
import { verifyWebhook } from '@helpdesk-verify/core-client/webhooks';
import { nodeHmacSha256 } from '@helpdesk-verify/core-client/node';
import { seriousAccessibilityViolations } from '@helpdesk-verify/testkit/browser/checkAccessibility';
import { startWebhookReceiver } from '@helpdesk-verify/testkit/webhooks/startWebhookReceiver';
import { CONFIGURE_PAGES, openAndCheck } from './configurePages';
import { startConsoleTest, type ConsoleTest } from './startConsoleTest';

const SAMPLE_PHOTO = require.resolve('@vladmandic/face-api/demo/sample1.jpg');
const SAMPLE_PNG = require.resolve('@vladmandic/face-api/demo/facemesh.png');

describe('console configuration, as an admin (real service, real Chromium)', () => {
  let t: ConsoleTest;
  let page: Page;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

  beforeAll(async () => {
    [t, receiver] = await Promise.all([startConsoleTest(), startWebhookReceiver()]);
    page = await t.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await t.signIn(page, 'admin');
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  const api = () => t.service.org.client;
  const go = (path: string) => page.goto(`${t.baseUrl}${path}`);
  const secretShown = async () => {
    const box = page.getByTestId('secret-value');
    await box.waitFor();
    return box.inputValue();
  };
  /** Runs the webhook dispatcher until the receiver has `count` requests (delivery is asynchronous). */
  const deliveredUntil = async (count: number) => {
    for (let i = 0; i < 50 && receiver.received.length < count; i++) {
      await t.service.app.jobs.webhooks.runOnce();
      if (receiver.received.length < count) await new Promise((r) => setTimeout(r, 100));
    }
    expect(receiver.received.length).toBeGreaterThanOrEqual(count);
    return receiver.received[count - 1]!;
  };
  const verifies = (request: { headers: Record<string, unknown>; body: string }, secrets: string[]) =>
    verifyWebhook(
      { secrets, headers: request.headers as Record<string, string>, body: request.body, now: t.service.clock.now() },
      nodeHmacSha256,
    ).verified;

  it('has no serious accessibility violations on any configuration page', async () => {
    const findings: Record<string, unknown> = {};
    for (const p of CONFIGURE_PAGES) {
      const violations = await openAndCheck(page, t.baseUrl, p.path, p.title);
      if (violations.length)
        findings[p.path] = violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    }
    expect(findings).toEqual({});
  }, 120_000);

  it('creates a Link from the form, and shows the field errors of a refused one without creating it', async () => {
    await go('/console/links');
    await page.getByRole('link', { name: 'New Link' }).click();
    await page.getByRole('heading', { level: 1, name: 'New Link' }).waitFor();
    await page.locator('#link-name').fill('Password reset (strong)');
    await page.locator('#proof-email_possession').selectOption('required');
    await page.locator('#proof-phone_code').selectOption('optional');
    await page.locator('#proof-location').selectOption('optional');
    await page.locator('#proof-face_match').selectOption('optional');
    await page.locator('#link-assurance').selectOption('low');
    await page.locator('#link-lifetime').fill('30');
    await page.locator('#link-single-use').uncheck();
    await page.locator('#link-channel-sms').check();
    await page.locator('#link-countries').fill('USA');
    const before = (await api().listLinks({ query: { limit: 100 } })).data.length;
    await page.getByRole('button', { name: 'Create Link' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('allowed_countries');
    expect((await api().listLinks({ query: { limit: 100 } })).data.length).toBe(before);

    await page.locator('#link-countries').fill('us, de');
    await page.locator('#link-face-threshold').fill('0.7');
    await page.getByRole('button', { name: 'Create Link' }).click();
    await page.getByText('Link created:').waitFor();
    const id = /\/console\/links\/(lnk_[0-9A-Za-z]+)/.exec(page.url())?.[1];
    expect(id).toBeDefined();
    const link = await api().getLink({ params: { id: id! } });
    expect(link).toMatchObject({
      name: 'Password reset (strong)',
      assurance: 'low',
      lifetime_seconds: 1800,
      single_use: false,
      channels: ['email', 'sms'],
    });
    expect(link.proofs).toEqual(
      expect.arrayContaining([
        { type: 'email_possession', required: true },
        { type: 'phone_code', required: false },
        { type: 'location', required: false, options: { allowed_countries: ['US', 'DE'] } },
        { type: 'face_match', required: false, options: { threshold: 0.7 } },
      ]),
    );

    await page.locator('#link-lifetime').fill('45');
    await page.getByRole('button', { name: 'Save Link' }).click();
    await page.getByText('Link saved.').waitFor();
    expect(await openAndCheckCurrent(page)).toEqual([]);
    expect((await api().getLink({ params: { id: id! } })).lifetime_seconds).toBe(2700);

    await page.getByRole('button', { name: 'Archive Link' }).click();
    await page.getByText('This Link is archived').waitFor();
    expect((await api().getLink({ params: { id: id! } })).archived).toBe(true);
  }, 60_000);

  it('creates a webhook endpoint (secret shown once), sends a test event, rotates the secret with an overlap and redelivers', async () => {
    await go('/console/webhooks');
    await page.locator('#endpoint-url').fill(`${receiver.url}/hook`);
    await page.locator('#new-endpoint-event-trust_check\\.completed').check();
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const first = await secretShown();
    expect(first).toMatch(/^whsec_/);
    await page.getByRole('button', { name: 'I have stored it' }).click();
    expect(await page.getByTestId('secret-value').count()).toBe(0);
    await page.getByRole('link', { name: `${receiver.url}/hook` }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhook endpoint' }).waitFor();

    await page.getByRole('button', { name: 'Send a test event' }).click();
    await page.getByText('Test event queued').waitFor();
    const test1 = await deliveredUntil(1);
    expect(verifies(test1, [first])).toBe(true);
    expect(JSON.parse(test1.body)).toMatchObject({ metadata: { test: 'true' } });

    await page.locator('#rotate-overlap').selectOption(String(86_400));
    await page.getByRole('button', { name: 'Rotate secret' }).click();
    const second = await secretShown();
    expect(second).toMatch(/^whsec_/);
    expect(second).not.toBe(first);
    expect(await openAndCheckCurrent(page)).toEqual([]);

    await page.getByRole('button', { name: 'Send a test event' }).click();
    await page.getByText('Test event queued').waitFor();
    const test2 = await deliveredUntil(2);
    // During the overlap each event carries both signatures: old and new receivers accept it.
    expect(verifies(test2, [second])).toBe(true);
    expect(verifies(test2, [first])).toBe(true);
    expect(verifies(test2, ['whsec_' + Buffer.from('not the secret at all!!').toString('base64')])).toBe(false);

    await page.getByRole('button', { name: 'Refresh' }).click();
    const redeliver = page.getByRole('button', { name: /^Redeliver / }).first();
    await redeliver.waitFor();
    await page.locator('td .status', { hasText: 'succeeded' }).first().waitFor();
    await redeliver.click();
    await page.getByText('Redelivery queued.').waitFor();
    const again = await deliveredUntil(3);
    const ids = receiver.received.slice(0, 2).map((r) => r.headers['webhook-id']);
    expect(ids).toContain(again.headers['webhook-id']);
    expect(verifies(again, [second])).toBe(true);
  }, 60_000);

  it('creates an API key shown once that works, then revokes it so the API refuses it', async () => {
    await go('/console/api-keys');
    await page.locator('#key-name').fill('Console test key');
    await page.getByRole('button', { name: 'Create key' }).click();
    const key = await secretShown();
    const client = createClient({ baseUrl: t.baseUrl, apiKey: key, retry: { retries: 0 } });
    expect((await client.getOrganization()).id).toBe(t.service.org.id);
    const listed = (await api().listApiKeys({ query: { limit: 100 } })).data.find((k) => k.name === 'Console test key');
    expect(listed?.scopes).toEqual(['verifications:write']);

    await page.getByRole('button', { name: 'Revoke Console test key' }).click();
    await page
      .getByText(/^Revoked /)
      .first()
      .waitFor();
    await expect(client.getOrganization()).rejects.toMatchObject({ status: 401 });
    expect(await page.content()).not.toContain(key);
  }, 60_000);

  it('sets up Zendesk: a key with verifications:write only, an endpoint for the connector, and the values to paste', async () => {
    await go('/console/integrations');
    await page.locator('#system-zendesk').check();
    await page.locator('#integration-receiver').fill('http://127.0.0.1:9/webhooks/helpdesk-verify');
    await page.getByRole('button', { name: 'Create the key and webhook for Zendesk' }).click();
    await page.getByRole('heading', { name: 'Paste these values into Zendesk' }).waitFor();
    const value = (name: string) => page.locator(`[data-setting="${name}"]`).textContent();
    expect(await value('Service URL')).toBe(t.baseUrl);
    expect(await value('Default Link')).toBe(t.service.org.linkId);
    const key = (await value('API key'))!;
    const secret = (await value('HV_WEBHOOK_SECRET (connector environment)'))!;
    expect(secret).toMatch(/^whsec_/);
    const client = createClient({ baseUrl: t.baseUrl, apiKey: key, retry: { retries: 0 } });
    expect((await client.listLinks()).data.length).toBeGreaterThan(0);
    await expect(client.listApiKeys()).rejects.toBeInstanceOf(ApiError);
    const made = (await api().listApiKeys({ query: { limit: 100 } })).data.find(
      (k) => k.name === 'Zendesk integration',
    );
    expect(made?.scopes).toEqual(['verifications:write']);
    const endpoint = (await api().listWebhookEndpoints({ query: { limit: 100 } })).data.find(
      (e) => e.url === 'http://127.0.0.1:9/webhooks/helpdesk-verify',
    );
    expect(endpoint?.event_types.sort()).toEqual([
      'trust_check.cancelled',
      'trust_check.completed',
      'trust_check.expired',
      'trust_check.failed',
    ]);
  }, 60_000);

  it('previews a template live with the values escaped, refuses unknown variables, and saves it', async () => {
    await go('/console/templates/new');
    await page.locator('#tpl-name').fill('Short email');
    await page.locator('#tpl-subject').fill('Verify for {{ticket_id}}');
    await page.locator('#tpl-text').fill('Hello {{employee_name}}, open {{link}} {{nope}}');
    await page.getByText('Unknown variables: {{nope}}').waitFor();
    await page.locator('#tpl-text').fill('Hello {{employee_name}}, open {{link}}');
    await page.getByText('Variables and sample values').click();
    await page.locator('#sample-employee_name').fill('<b>Dana</b> & co');
    expect(await page.getByTestId('preview-subject').textContent()).toBe('Verify for INC0012345');
    expect(await page.getByTestId('preview-text').textContent()).toContain('Hello <b>Dana</b> & co, open ');
    const srcdoc = (await page.getByTestId('preview-html').getAttribute('srcdoc'))!;
    expect(srcdoc).toContain('Hello &lt;b&gt;Dana&lt;/b&gt; &amp; co');
    expect(srcdoc).not.toContain('<b>Dana</b>');
    await page.getByRole('button', { name: 'Create template' }).click();
    await page.waitForURL(/\/console\/templates\/tpl_/);
    await page.getByRole('heading', { level: 1, name: 'Template' }).waitFor();
    expect(await openAndCheckCurrent(page)).toEqual([]);
    const saved = (await api().listTemplates({ query: { limit: 100 } })).data.find((x) => x.name === 'Short email');
    expect(saved).toMatchObject({
      channel: 'email',
      subject: 'Verify for {{ticket_id}}',
      text: 'Hello {{employee_name}}, open {{link}}',
    });
  }, 60_000);

  it('imports employees from CSV, finds one, uploads a reference photo with a preview, revokes a passkey and shows an unreachable LDAP source', async () => {
    await go('/console/directory');
    await page
      .locator('#csv-text')
      .fill(
        'email,display_name,department\nriley.config@acme.example,Riley Config,IT\nsam.config@acme.example,Sam Config,HR\nnot-an-email,Broken Row,IT\n',
      );
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Created 2, updated 0, rejected 1.').waitFor();
    await page.getByText('Row 3:').waitFor();
    await page.locator('#employee-search').fill('riley.config');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: 'Riley Config' }).click();
    await page.getByRole('heading', { level: 1, name: 'Employee' }).waitFor();
    expect(await openAndCheckCurrent(page)).toEqual([]);
    await page.locator('#photo-file').setInputFiles(SAMPLE_PHOTO);
    await page.getByRole('img', { name: 'New reference photo of Riley Config' }).waitFor();
    await page.getByRole('button', { name: 'Save photo' }).click();
    await page.getByText('Reference photo saved.').waitFor();
    const found = (await api().listEmployees({ query: { q: 'riley.config' } })).data[0]!;
    expect(found.has_reference_photo).toBe(true);

    // A PNG is re-encoded as JPEG in the browser: the face match proof decodes JPEG only.
    await page.locator('#photo-file').setInputFiles(SAMPLE_PNG);
    await page.getByRole('img', { name: 'New reference photo of Riley Config' }).waitFor();
    await page.getByRole('button', { name: 'Save photo' }).click();
    await page.getByText('Reference photo saved.').waitFor();
    const [stored] = await t.service.app.deps.db.query<{ reference_photo_type: string; reference_photo: Uint8Array }>(
      'SELECT reference_photo_type, reference_photo FROM employees WHERE org_id = $1 AND id = $2',
      [t.service.org.id, found.id],
    );
    expect(stored!.reference_photo_type).toBe('image/jpeg');
    expect(Buffer.from(stored!.reference_photo).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));

    // A passkey as the device_passkey proof stores it at enrolment; the admin revokes it here.
    await t.service.app.deps.db.query(
      `INSERT INTO passkey_credentials (org_id, employee_id, credential_id, public_key, aaguid, fmt, attested, attestation_detail, backup_eligible, backup_state, created_at)
       VALUES ($1, $2, 'Y29uc29sZS10ZXN0LWNyZWQ', $3, 'fbfc3007-154e-4ecc-8c0b-6e020557d7bd', 'none', false, 'no attestation', true, true, $4)`,
      [t.service.org.id, found.id, Buffer.from([1, 2, 3]), t.service.clock.now()],
    );
    await page.reload();
    await page.getByRole('heading', { name: 'Passkeys' }).waitFor();
    await page.getByText('none, not attested').waitFor();
    expect(await openAndCheckCurrent(page)).toEqual([]);
    await page.getByRole('button', { name: /^Revoke passkey fbfc3007/ }).click();
    await page.getByText(/^Revoked /).waitFor();
    const passkeys = await api().listEmployeePasskeys({ params: { id: found.id } });
    expect(passkeys.data[0]?.revoked_at).not.toBeNull();

    // An LDAP source that cannot be reached: its status shows, and Sync now explains the refusal.
    await api().putLdapSource({
      body: {
        url: 'ldap://127.0.0.1:9',
        bind_dn: 'cn=sync,dc=acme,dc=example',
        password: 'ldap-bind-password',
        base_dn: 'ou=people,dc=acme,dc=example',
      },
    });
    await go('/console/directory');
    await page.getByText('ldap://127.0.0.1:9').waitFor();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await page.locator('section[aria-labelledby="ldap-title"] [role="alert"]').waitFor();
    expect(await page.content()).not.toContain('ldap-bind-password');
  }, 60_000);

  it('changes the organisation name and retention', async () => {
    await go('/console/settings');
    await page.locator('#org-name').fill('Acme Renamed');
    await page.locator('#face-retention').fill('7');
    await page.locator('#keep-verifications').uncheck();
    await page.locator('#verification-retention').fill('90');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    expect(await api().getOrganization()).toMatchObject({
      name: 'Acme Renamed',
      settings: { face_image_retention_days: 7, verification_retention_days: 90 },
    });
  }, 60_000);
});

/** axe-core on the page as it is, once nothing is loading. */
async function openAndCheckCurrent(page: Page) {
  await page.waitForFunction(() => !/Loading/.test(document.querySelector('main')?.textContent ?? 'Loading'));
  return seriousAccessibilityViolations(page);
}
