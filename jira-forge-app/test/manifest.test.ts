import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '@forge/manifest';
import { parse } from 'yaml';

const APP = join(__dirname, '..');

describe('manifest.yml', () => {
  it('validates offline with @forge/manifest (schema, handlers and resource files) with no errors', async () => {
    const cwd = process.cwd();
    process.chdir(APP); // handler and resource paths are resolved from the app folder, as the Forge CLI does
    try {
      const result = await validate(false, join(APP, 'manifest.yml'));
      expect(result.errors ?? []).toEqual([]);
      expect(result.success).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it('limits egress to the one service origin set at deploy time, runs on a Forge Node runtime, and lists the automation action', () => {
    const manifest = parse(readFileSync(join(APP, 'manifest.yml'), 'utf8'));
    expect(manifest.permissions.external).toEqual({ fetch: { backend: [{ address: '${HV_SERVICE_ORIGIN}' }] } });
    expect(manifest.environment.variables).toEqual([
      { key: 'HV_SERVICE_ORIGIN', default: expect.stringMatching(/^https:\/\//) },
    ]);
    expect(manifest.app.runtime.name).toBe('nodejs22.x');
    expect(manifest.modules['automation:actionProvider'][0].actions).toEqual(
      manifest.modules.action.map((a: { key: string }) => a.key),
    );
    expect(manifest.modules['jira:entityProperty'][0].propertyKey).toBe('helpdesk-verify');
  });
});
