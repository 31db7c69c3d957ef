import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createConsoleUser } from '../../domain/consoleUsers/createConsoleUser';
import { createConsoleSession } from './createConsoleSession';
import { DEFAULT_CONSOLE_AUTH_OPTIONS } from './ConsoleAuthOptions';
import { FIRST_LOCK_MS, LONGEST_LOCK_MS, MAX_FAILED_SIGN_INS, signInWithPassword } from './signInWithPassword';

const MINUTE = 60_000;

describe.each(DATABASE_KINDS)('password sign-in lock-out (%s)', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  }, 120_000);
  afterAll(() => ctx?.db.close());

  const newUser = async (email: string) => {
    const made = await createConsoleUser(ctx, {
      orgId: ctx.orgId,
      email,
      name: 'x',
      role: 'agent',
      initialPassword: true,
    });
    return { id: made.id, email, password: made.initial_password! };
  };
  const stateOf = async (id: string) =>
    (
      await ctx.db.query<{ failed_sign_ins: number; locked_until: Date | null }>(
        'SELECT failed_sign_ins, locked_until FROM console_users WHERE id = $1',
        [id],
      )
    )[0]!;
  const locks = async (id: string) =>
    (
      await ctx.db.query<{ details: { failed_sign_ins: number } }>(
        "SELECT details FROM audit_entries WHERE target_id = $1 AND action = 'console.account_locked' ORDER BY seq",
        [id],
      )
    ).map((r) => r.details.failed_sign_ins);

  // Issue 12: 100 wrong passwords at once were all checked before the first failure was counted.
  it('checks at most five of 100 parallel guesses, then refuses the right password while locked', async () => {
    const user = await newUser('burst@acme.example');
    const burst = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        signInWithPassword(ctx, { email: user.email, password: `wrong guess ${i}` }),
      ),
    );
    expect(burst.every((r) => r === null)).toBe(true);
    expect(await stateOf(user.id)).toEqual({
      failed_sign_ins: MAX_FAILED_SIGN_INS,
      locked_until: new Date(ctx.clock.now().getTime() + FIRST_LOCK_MS),
    });
    expect(await locks(user.id)).toEqual([5]);
    expect(await signInWithPassword(ctx, { email: user.email, password: user.password })).toBeNull();
    ctx.clock.advance(FIRST_LOCK_MS);
    expect(await signInWithPassword(ctx, { email: user.email, password: user.password })).toEqual({
      orgId: ctx.orgId,
      userId: user.id,
    });
    expect(await stateOf(user.id)).toEqual({ failed_sign_ins: 0, locked_until: null });
  }, 120_000);

  it('lets the right password through only if it is among the five checked when it races 100 wrong ones', async () => {
    const user = await newUser('race@acme.example');
    const guesses = Array.from({ length: 100 }, (_, i) => `wrong guess ${i}`);
    const results = await Promise.all(
      [...guesses, user.password].map((password) => signInWithPassword(ctx, { email: user.email, password })),
    );
    const signedIn = results.filter((r) => r !== null).length;
    const { failed_sign_ins } = await stateOf(user.id);
    // Every attempt is counted before it is checked and a success clears the count: never more than five checked.
    expect(signedIn === 0 ? failed_sign_ins : MAX_FAILED_SIGN_INS).toBe(MAX_FAILED_SIGN_INS);
    expect(signedIn).toBeLessThanOrEqual(1);
  }, 120_000);

  it('ends every lock: it doubles with each attempt after one ends, up to a day, and any sign-in clears it', async () => {
    const user = await newUser('backoff@acme.example');
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++)
      await signInWithPassword(ctx, { email: user.email, password: 'wrong' });
    let lock = FIRST_LOCK_MS;
    for (let attempt = MAX_FAILED_SIGN_INS + 1; attempt <= MAX_FAILED_SIGN_INS + 12; attempt++) {
      ctx.clock.advance(lock);
      await signInWithPassword(ctx, { email: user.email, password: 'wrong' });
      lock = Math.min(lock * 2, LONGEST_LOCK_MS);
      expect((await stateOf(user.id)).locked_until).toEqual(new Date(ctx.clock.now().getTime() + lock));
    }
    expect(lock).toBe(LONGEST_LOCK_MS);
    // However many attempts a stranger made, the lock ends after its period at most a day.
    ctx.clock.advance(LONGEST_LOCK_MS - MINUTE);
    expect(await signInWithPassword(ctx, { email: user.email, password: user.password })).toBeNull();
    // A sign-in by another method (passkey, SSO: both open a session) ends the lock at once.
    await createConsoleSession(ctx, {
      orgId: ctx.orgId,
      userId: user.id,
      method: 'passkey',
      options: DEFAULT_CONSOLE_AUTH_OPTIONS,
    });
    expect(await stateOf(user.id)).toEqual({ failed_sign_ins: 0, locked_until: null });
    expect(await signInWithPassword(ctx, { email: user.email, password: user.password })).toEqual({
      orgId: ctx.orgId,
      userId: user.id,
    });
  }, 120_000);

  it('counts a confirmed password as no failure (a password change checks the current one)', async () => {
    const user = await newUser('change@acme.example');
    for (let i = 0; i < 2 * MAX_FAILED_SIGN_INS; i++)
      expect(await signInWithPassword(ctx, { email: user.email, password: user.password })).not.toBeNull();
    expect(await stateOf(user.id)).toEqual({ failed_sign_ins: 0, locked_until: null });
  }, 120_000);

  it('counts nothing for unknown emails and SSO-only users', async () => {
    await createConsoleUser(ctx, {
      orgId: ctx.orgId,
      email: 'sso@acme.example',
      name: 'x',
      role: 'agent',
      initialPassword: false,
    });
    for (const email of ['nobody@acme.example', 'sso@acme.example'])
      expect(await signInWithPassword(ctx, { email, password: 'whatever it is' })).toBeNull();
    const [row] = await ctx.db.query<{ failed_sign_ins: number }>(
      "SELECT failed_sign_ins FROM console_users WHERE email = 'sso@acme.example'",
    );
    expect(row!.failed_sign_ins).toBe(0);
  });
});
