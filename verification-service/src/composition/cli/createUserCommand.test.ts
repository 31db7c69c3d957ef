import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { signInWithPassword } from '../../surfaces/consoleSignIn/signInWithPassword';
import { createUserCommand } from './createUserCommand';

describe.each(DATABASE_KINDS)('create-user command (%s)', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  const run = async (args: string[]) => {
    const lines: string[] = [];
    const code = await createUserCommand(ctx, { args, print: (line) => lines.push(line) });
    return { code, lines };
  };

  it('prints a one-time password that signs the new admin in', async () => {
    const { code, lines } = await run([
      '--org',
      ctx.orgId,
      '--email',
      'Root@Acme.example',
      '--role',
      'admin',
      '--name',
      'Root Admin',
    ]);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^console user: usr_\w+ root@acme\.example \(admin\) in Acme Test$/);
    const password = /^password \(shown once\): (\S+)$/.exec(lines[1]!)![1]!;
    expect(await signInWithPassword(ctx, { email: 'root@acme.example', password })).toEqual({
      orgId: ctx.orgId,
      userId: expect.stringMatching(/^usr_/),
    });
    const [row] = await ctx.db.query<{ password_hash: string }>(
      "SELECT password_hash FROM console_users WHERE email = 'root@acme.example'",
    );
    expect(row!.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row!.password_hash).not.toContain(password);
  });

  it('refuses bad arguments, an unknown organisation and a taken email with exit code 2', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['--org', ctx.orgId, '--email', 'x@acme.example', '--role', 'owner'])).code).toBe(2);
    expect((await run(['--org', ctx.orgId, '--email', 'not-an-email', '--role', 'agent'])).code).toBe(2);
    const unknown = await run([
      '--org',
      'org_000000000000000000000000',
      '--email',
      'x@acme.example',
      '--role',
      'agent',
    ]);
    expect(unknown).toEqual({ code: 2, lines: ['No organisation with id org_000000000000000000000000'] });
    const taken = await run(['--org', ctx.orgId, '--email', 'root@acme.example', '--role', 'agent']);
    expect(taken.code).toBe(2);
    expect(taken.lines[0]).toMatch(/already exists/);
  });
});
