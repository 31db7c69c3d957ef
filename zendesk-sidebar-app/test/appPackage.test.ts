import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildApp, withoutBuildVariables, type BuiltApp } from './buildApp';
import { installRequirements } from './fakeZendesk/installRequirements';

/** adm-zip comes with @zendesk/zcli-apps (it unpacks app zips too); typed here for the few calls used. */
type ZipEntry = { entryName: string; getData(): Buffer };
const AdmZip = require('adm-zip') as new (path: string) => { getEntries(): ZipEntry[] };

describe('the installable Zendesk app package', () => {
  let built: BuiltApp;
  let files: Map<string, Buffer>;

  beforeAll(async () => {
    built = await buildApp({
      serviceDomain: 'verify.acme.internal',
      connectorUrl: 'https://connector.acme.internal',
      gateTag: 'MFA_reset',
    });
    files = new Map(new AdmZip(built.zip).getEntries().map((e) => [e.entryName, e.getData()]));
  }, 120_000);
  afterAll(() => rmSync(built.out, { recursive: true, force: true }));

  const json = (name: string) => JSON.parse(files.get(name)!.toString('utf8'));

  it('holds the app folder zcli packages: manifest, assets, translations, requirements', () => {
    const names = [...files.keys()];
    expect(names).toEqual(
      expect.arrayContaining([
        'manifest.json',
        'assets/index.html',
        'assets/logo.png',
        'assets/logo-small.png',
        'translations/en.json',
        'requirements.json',
      ]),
    );
    expect(names.some((n) => /^assets\/index-[\w-]+\.js$/.test(n))).toBe(true);
    expect(names.filter((n) => /node_modules|\.ts$|\.map$/.test(n))).toEqual([]);
    const html = files.get('assets/index.html')!.toString('utf8');
    expect(html).toMatch(/src="\.\/index-[\w-]+\.js"/);
    expect(files.get('assets/logo.png')!.subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it('declares a ZAF 2.0 app in the ticket and user sidebars, a secure API key and a whitelist of the service only', () => {
    const manifest = json('manifest.json');
    expect(manifest.frameworkVersion).toBe('2.0');
    expect(manifest.author).toEqual(
      expect.objectContaining({ name: expect.any(String), email: expect.stringContaining('@') }),
    );
    expect(manifest.defaultLocale).toBe('en');
    expect(manifest.location.support.ticket_sidebar).toEqual({ url: 'assets/index.html', flexible: true });
    expect(manifest.location.support.user_sidebar).toEqual({ url: 'assets/index.html', flexible: true });
    expect(manifest.domainWhitelist).toEqual(['verify.acme.internal']);
    const parameters: Record<string, Record<string, unknown>> = Object.fromEntries(
      (manifest.parameters as { name: string }[]).map((p) => [p.name, p]),
    );
    expect(parameters.api_key).toEqual({ name: 'api_key', type: 'text', required: true, secure: true });
    expect(parameters.service_url).toMatchObject({ type: 'url', required: true });
    expect(parameters.service_url?.secure).toBeUndefined();
    expect(Object.keys(parameters).sort()).toEqual([
      'api_key',
      'default_link_id',
      'gate_max_age_minutes',
      'service_url',
      'solve_gate_tag',
    ]);
    // The sidebar gate defaults to the tag the guard's trigger checks.
    expect(parameters.solve_gate_tag).toMatchObject({ type: 'text', default: 'mfa_reset' });
    expect(parameters.gate_max_age_minutes).toMatchObject({ type: 'number', required: false });
  });

  it('labels every parameter and creates the verification status field', () => {
    const translations = json('translations/en.json');
    for (const name of ['service_url', 'api_key', 'default_link_id', 'solve_gate_tag', 'gate_max_age_minutes']) {
      expect(translations.app.parameters[name].label).toEqual(expect.any(String));
    }
    expect(translations.app.name).toBe('Helpdesk Verify');
    const requirements = json('requirements.json');
    expect(requirements.ticket_fields.identity_verification_status).toMatchObject({
      type: 'text',
      title: 'Identity verification',
    });
  });

  it('creates the solve guard: a webhook to the connector and a trigger for gated tickets solved without identity_verified', () => {
    const requirements = json('requirements.json');
    expect(requirements.webhooks.helpdesk_verify_solve_guard).toMatchObject({
      endpoint: 'https://connector.acme.internal/zendesk/solve-guard',
      http_method: 'POST',
      request_format: 'json',
      status: 'active',
      subscriptions: ['conditional_ticket_events'],
    });
    expect(requirements.triggers.helpdesk_verify_solve_guard.conditions.all).toEqual([
      { field: 'status', operator: 'value', value: 'solved' },
      { field: 'current_tags', operator: 'includes', value: 'mfa_reset' },
      { field: 'current_tags', operator: 'not_includes', value: 'identity_verified' },
    ]);
    expect(requirements.triggers.helpdesk_verify_solve_guard.actions).toEqual([
      { field: 'notification_webhook', value: ['helpdesk_verify_solve_guard', '{"ticket_id": "{{ticket.id}}"}'] },
    ]);
    // Zendesk's app validation (zendesk_apps_support) accepts it: known types, the webhook's required keys, titles.
    expect(() => installRequirements(requirements)).not.toThrow();
  });

  it('never bundles a secret: the API key is only the secure-setting placeholder', () => {
    const bundle = [...files.entries()]
      .filter(([n]) => n.endsWith('.js'))
      .map(([, b]) => b.toString('utf8'))
      .join('\n');
    expect(bundle).toContain('{{setting.api_key}}');
    expect(bundle).not.toMatch(/hv_(live|test)_[A-Za-z0-9]{16,}|whsec_[A-Za-z0-9+/]{20,}/);
  });
});

describe('building for a placeholder domain', () => {
  const script = resolve(__dirname, '../scripts/buildApp.mjs');
  const run = (args: string[], env: NodeJS.ProcessEnv = withoutBuildVariables()) =>
    promisify(execFile)(process.execPath, [script, ...args], { cwd: resolve(__dirname, '..'), env }).then(
      (r) => ({ code: 0, stderr: r.stderr }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );

  it('issue 11: refuses without HV_SERVICE_DOMAIN, or with a placeholder, and says why', async () => {
    const out = mkdtempSync(join(tmpdir(), 'zd-refused-'));
    const missing = await run(['--out', out]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('HV_SERVICE_DOMAIN is not set');
    const placeholder = await run(['--out', out], {
      ...withoutBuildVariables(),
      HV_SERVICE_DOMAIN: 'verify.example.com',
    });
    expect(placeholder.stderr).toContain('placeholder');
    const tagWithoutConnector = await run([
      '--out',
      out,
      '--service-domain',
      'verify.acme.internal',
      '--gate-tag',
      'mfa_reset',
    ]);
    expect(tagWithoutConnector.stderr).toContain('HV_CONNECTOR_URL');
    expect(readdirSync(out)).toEqual([]);
    rmSync(out, { recursive: true, force: true });
  });

  it('builds, in check mode, an output named and labelled CHECK-ONLY on reserved .invalid names', async () => {
    const out = mkdtempSync(join(tmpdir(), 'zd-check-'));
    expect((await run(['--check', '--out', out])).code).toBe(0);
    const zips = readdirSync(out).filter((n) => n.endsWith('.zip'));
    expect(zips).toEqual([expect.stringMatching(/-CHECK-ONLY-NOT-INSTALLABLE\.zip$/)]);
    const manifest = JSON.parse(readFileSync(join(out, 'app/manifest.json'), 'utf8'));
    expect(manifest.name).toContain('CHECK-ONLY');
    expect(manifest.domainWhitelist).toEqual(['verify.invalid']);
    expect(existsSync(join(out, 'connector/main.cjs'))).toBe(true);
    rmSync(out, { recursive: true, force: true });
  }, 120_000);
});
