import { mkdtempSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { bootstrapDemo, demoCredentialsFile, demoInstructions } from '../../../src/composition/demo/bootstrapDemo';
import { checkPasswordStrength } from '../../../src/domain/consoleUsers/checkPasswordStrength';
import { signInWithPasswordOverHttp } from './consoleCaller';

describe.each(DATABASE_KINDS)('the demo console admin (%s)', (kind) => {
  let service: TestService;
  let dataDir: string;
  beforeAll(async () => {
    service = await startTestService(kind);
    dataDir = mkdtempSync(join(tmpdir(), 'hv-demo-'));
  });
  afterAll(async () => {
    await service.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates admin@demo.example with a strong generated password, saved in demo.json and printed in the banner', async () => {
    const { credentials, created } = await bootstrapDemo(service.app.deps, { dataDir });
    expect(created).toBe(true);
    expect(credentials.consoleEmail).toBe('admin@demo.example');
    expect(checkPasswordStrength(credentials.consolePassword!, credentials.consoleEmail!)).toBeNull();
    const file = demoCredentialsFile(dataDir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      consoleEmail: 'admin@demo.example',
      consolePassword: credentials.consolePassword,
    });
    expect(demoInstructions(service.baseUrl, credentials)).toContain(
      `sign in as admin@demo.example with password ${credentials.consolePassword}`,
    );
    // Beside a real sender the capture pages are off (issue 12), and the steps do not send the newcomer there.
    expect(demoInstructions(service.baseUrl, credentials)).toContain('/dev/outbox');
    const withSender = demoInstructions(service.baseUrl, credentials, { capturePages: false });
    expect(withSender).not.toContain('/dev/');
    expect(withSender).toContain(`reaches ${credentials.employeeEmail} itself`);
    const admin = await signInWithPasswordOverHttp(service.baseUrl, 'admin@demo.example', credentials.consolePassword!);
    expect(admin.session).toMatchObject({
      user: { role: 'admin' },
      organization: { id: credentials.organizationId, name: 'Demo Co' },
    });
    // A restart reads the same credentials.
    expect(await bootstrapDemo(service.app.deps, { dataDir })).toEqual({ credentials, created: false });
  });

  it('adds the admin to a demo made before the console had users', async () => {
    const older = mkdtempSync(join(tmpdir(), 'hv-demo-old-'));
    try {
      // One demo per service: the first test's demo admin goes (emails are unique across the service).
      const [first] = await service.app.deps.db.query<{ id: string; org_id: string }>(
        "SELECT id, org_id FROM console_users WHERE email = 'admin@demo.example'",
      );
      await service.app.deps.db.query('DELETE FROM console_sessions WHERE org_id = $1 AND user_id = $2', [
        first!.org_id,
        first!.id,
      ]);
      await service.app.deps.db.query('DELETE FROM console_users WHERE org_id = $1 AND id = $2', [
        first!.org_id,
        first!.id,
      ]);
      const file = demoCredentialsFile(older);
      writeFileSync(
        file,
        JSON.stringify({
          organizationId: service.otherOrg.id,
          apiKey: service.otherOrg.apiKey,
          linkId: service.otherOrg.linkId,
          employeeEmail: 'x@other.example',
          webhookSecret: 'whsec_x',
        }),
      );
      const { credentials } = await bootstrapDemo(service.app.deps, { dataDir: older });
      expect(credentials.consolePassword).toBeDefined();
      expect(JSON.parse(readFileSync(file, 'utf8')).consolePassword).toBe(credentials.consolePassword);
    } finally {
      rmSync(older, { recursive: true, force: true });
    }
  });
});
