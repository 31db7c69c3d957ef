import { rmSync } from 'node:fs';
import { buildApp, type BuiltApp } from './buildApp';

/** adm-zip comes with @zendesk/zcli-apps (it unpacks app zips too); typed here for the few calls used. */
type ZipEntry = { entryName: string; getData(): Buffer };
const AdmZip = require('adm-zip') as new (path: string) => { getEntries(): ZipEntry[] };

describe('the installable Zendesk app package', () => {
  let built: BuiltApp;
  let files: Map<string, Buffer>;

  beforeAll(async () => {
    built = await buildApp({ serviceDomain: 'verify.acme.example' });
    files = new Map(new AdmZip(built.zip).getEntries().map((e) => [e.entryName, e.getData()]));
  }, 120_000);
  afterAll(() => rmSync(built.out, { recursive: true, force: true }));

  const json = (name: string) => JSON.parse(files.get(name)!.toString('utf8'));

  it('holds the app folder zcli packages: manifest, assets, translations, requirements', () => {
    const names = [...files.keys()];
    expect(names).toEqual(expect.arrayContaining(['manifest.json', 'assets/index.html', 'assets/logo.png', 'assets/logo-small.png', 'translations/en.json', 'requirements.json']));
    expect(names.some((n) => /^assets\/index-[\w-]+\.js$/.test(n))).toBe(true);
    expect(names.filter((n) => /node_modules|\.ts$|\.map$/.test(n))).toEqual([]);
    const html = files.get('assets/index.html')!.toString('utf8');
    expect(html).toMatch(/src="\.\/index-[\w-]+\.js"/);
    expect(files.get('assets/logo.png')!.subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it('declares a ZAF 2.0 app in the ticket and user sidebars, a secure API key and a whitelist of the service only', () => {
    const manifest = json('manifest.json');
    expect(manifest.frameworkVersion).toBe('2.0');
    expect(manifest.author).toEqual(expect.objectContaining({ name: expect.any(String), email: expect.stringContaining('@') }));
    expect(manifest.defaultLocale).toBe('en');
    expect(manifest.location.support.ticket_sidebar).toEqual({ url: 'assets/index.html', flexible: true });
    expect(manifest.location.support.user_sidebar).toEqual({ url: 'assets/index.html', flexible: true });
    expect(manifest.domainWhitelist).toEqual(['verify.acme.example']);
    const parameters: Record<string, Record<string, unknown>> = Object.fromEntries((manifest.parameters as { name: string }[]).map((p) => [p.name, p]));
    expect(parameters.api_key).toEqual({ name: 'api_key', type: 'text', required: true, secure: true });
    expect(parameters.service_url).toMatchObject({ type: 'url', required: true });
    expect(parameters.service_url?.secure).toBeUndefined();
    expect(Object.keys(parameters).sort()).toEqual(['api_key', 'default_link_id', 'service_url', 'solve_gate_tag']);
  });

  it('labels every parameter and creates the verification status field', () => {
    const translations = json('translations/en.json');
    for (const name of ['service_url', 'api_key', 'default_link_id', 'solve_gate_tag']) {
      expect(translations.app.parameters[name].label).toEqual(expect.any(String));
    }
    expect(translations.app.name).toBe('Helpdesk Verify');
    const requirements = json('requirements.json');
    expect(requirements.ticket_fields.identity_verification_status).toMatchObject({ type: 'text', title: 'Identity verification' });
  });

  it('never bundles a secret: the API key is only the secure-setting placeholder', () => {
    const bundle = [...files.entries()].filter(([n]) => n.endsWith('.js')).map(([, b]) => b.toString('utf8')).join('\n');
    expect(bundle).toContain('{{setting.api_key}}');
    expect(bundle).not.toMatch(/hv_(live|test)_[A-Za-z0-9]{16,}|whsec_[A-Za-z0-9+/]{20,}/);
  });
});
