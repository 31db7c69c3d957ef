import { startOidcProvider, type OidcTestProvider } from '@helpdesk-verify/testkit/oidc/startOidcProvider';
import { openAndCheck } from './configurePages';
import { startConsoleTest, type ConsoleTest } from './startConsoleTest';

describe('console users and single sign-on settings (real service, real IdP, real Chromium)', () => {
  let t: ConsoleTest;
  let idp: OidcTestProvider;
  beforeAll(async () => {
    t = await startConsoleTest();
    idp = await startOidcProvider({
      clientId: 'hv-console',
      clientSecret: 'idp-client-secret-for-tests-only',
      redirectUris: [`${t.baseUrl}/console/auth/oidc/callback`],
      users: [
        { email: 'kim.sso@acme.example', password: 'kim-sso-password-42', name: 'Kim Sso', groups: ['hd-auditors'] },
      ],
    });
  }, 180_000);
  afterAll(async () => {
    await idp?.close();
    await t?.close();
  });

  it('invites a user with a password shown once, changes their role, and disabling them ends their session', async () => {
    const admin = await t.newPage();
    admin.on('dialog', (dialog) => void dialog.accept());
    await t.signIn(admin, 'admin');
    expect(await openAndCheck(admin, t.baseUrl, '/console/users', 'Users')).toEqual([]);
    await admin.locator('#invite-email').fill('jo.invited@acme.example');
    await admin.locator('#invite-name').fill('Jo Invited');
    await admin.locator('#invite-role').selectOption('agent');
    await admin.locator('#invite-password').check();
    await admin.getByRole('button', { name: 'Invite user' }).click();
    const password = await admin.getByTestId('secret-value').inputValue();
    expect(password.length).toBeGreaterThanOrEqual(12);

    const jo = await t.newPage();
    await jo.goto(`${t.baseUrl}/console/`);
    await jo.locator('#email').fill('jo.invited@acme.example');
    await jo.locator('#password').fill(password);
    await jo.getByRole('button', { name: 'Sign in', exact: true }).click();
    await jo.getByText('(agent)').waitFor();

    await admin.getByRole('button', { name: 'I have stored it' }).click();
    await admin.getByLabel('Role of Jo Invited').selectOption('auditor');
    await admin.getByText('Jo Invited is now auditor.').waitFor();
    const users = () => t.service.org.client.listUsers({ query: { limit: 100 } });
    expect((await users()).data.find((u) => u.email === 'jo.invited@acme.example')?.role).toBe('auditor');

    await admin.getByRole('button', { name: 'Disable Jo Invited' }).click();
    await admin.getByText('Jo Invited is disabled and signed out.').waitFor();
    expect((await users()).data.find((u) => u.email === 'jo.invited@acme.example')?.disabled).toBe(true);
    await jo.reload();
    await jo.getByRole('heading', { level: 1, name: 'Sign in to Helpdesk Verify' }).waitFor();
  }, 90_000);

  it('shows a password lock-out and ends it with Unlock, after which the user signs in', async () => {
    const made = await t.service.org.client.createUser({
      body: { email: 'lou.locked@acme.example', name: 'Lou Locked', role: 'agent', initial_password: true },
    });
    for (let i = 0; i < 5; i++) {
      const guess = await fetch(`${t.baseUrl}/console/auth/password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: made.email, password: `a stranger's guess ${i}` }),
      });
      expect(guess.status).toBe(401);
    }
    const admin = await t.newPage();
    await t.signIn(admin, 'admin');
    await admin.goto(`${t.baseUrl}/console/users`);
    await admin.getByText(/Password locked until/).waitFor();
    await admin.getByRole('button', { name: 'Unlock Lou Locked' }).click();
    await admin.getByText('Lou Locked can sign in with their password again.').waitFor();
    await admin.getByText(/Password locked until/).waitFor({ state: 'detached' });

    const lou = await t.newPage();
    await lou.goto(`${t.baseUrl}/console/`);
    await lou.locator('#email').fill(made.email);
    await lou.locator('#password').fill(made.initial_password!);
    await lou.getByRole('button', { name: 'Sign in', exact: true }).click();
    await lou.getByText('(agent)').waitFor();
  }, 90_000);

  it('saves single sign-on from the form (secret write-only), and a user of the IdP then signs in with the mapped role', async () => {
    const admin = await t.newPage();
    await t.signIn(admin, 'admin');
    await admin.goto(`${t.baseUrl}/console/users`);
    await admin.getByText('Single sign-on is not set up.').waitFor();
    await admin.locator('#oidc-issuer').fill(idp.issuer);
    await admin.locator('#oidc-client-id').fill(idp.clientId);
    await admin.locator('#oidc-client-secret').fill(idp.clientSecret);
    await admin.locator('#oidc-domains').fill('acme.example');
    await admin.locator('#oidc-default-role').selectOption('agent');
    await admin.locator('#oidc-role-claim').fill('groups');
    await admin.locator('#oidc-role-mapping').fill('hd-auditors = auditor');
    await admin.getByRole('button', { name: 'Save single sign-on' }).click();
    await admin.getByText('Single sign-on saved.').waitFor();
    await admin.getByText(`${t.baseUrl}/console/auth/oidc/callback`).waitFor();
    expect(await admin.locator('#oidc-client-secret').inputValue()).toBe('');
    expect(await admin.content()).not.toContain(idp.clientSecret);
    const saved = await t.service.org.client.getOidcConfig();
    expect(saved).toMatchObject({
      issuer: idp.issuer,
      client_id: 'hv-console',
      has_client_secret: true,
      role_claim: 'groups',
      role_mapping: { 'hd-auditors': 'auditor' },
    });

    const kim = await t.newPage();
    await kim.goto(`${t.baseUrl}/console/`);
    await kim.locator('#sso-org').fill('acme.example');
    await kim.getByRole('button', { name: 'Continue with single sign-on' }).click();
    await kim.getByLabel('Email').fill('kim.sso@acme.example');
    await kim.getByLabel('Password').fill('kim-sso-password-42');
    await kim.getByRole('button', { name: 'Sign in' }).click();
    await kim.getByText('(auditor)').waitFor();
  }, 90_000);
});
