import { PutLdapSourceRequest } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../../test/testContext';
import { startSlapd, type TestSlapd } from '@helpdesk-verify/testkit/ldap/startSlapd';
import { freePort } from '@helpdesk-verify/testkit/freePort';
import { createEmployee } from '../../directory/createEmployee';
import { saveLdapSource } from '../../directory/sources/ldap/saveLdapSource';
import { runLdapSourceSync } from '../../directory/sources/ldap/runLdapSourceSync';
import { checkEmployment } from './checkEmployment';

const people = 'ou=people,dc=example,dc=com';
const person = (uid: string) =>
  `dn: uid=${uid},${people}\nobjectClass: inetOrgPerson\nuid: ${uid}\ncn: ${uid} Legal\nsn: Legal\nmail: ${uid}@example.com\n`;
const blank = {
  external_id: null,
  login: null,
  legal_name: null,
  personal_email: null,
  phone: null,
  personal_phone: null,
  manager_email: null,
  department: null,
  reference_photo: null,
};

describe.each(DATABASE_KINDS)('checkEmployment on %s', (kind) => {
  let ctx: TestContext;
  let slapd: TestSlapd;
  const idOf = async (email: string) =>
    (
      await ctx.db.query<{ id: string }>('SELECT id FROM employees WHERE org_id = $1 AND email = $2', [
        ctx.orgId,
        email,
      ])
    )[0]!.id;
  const check = async (email: string) => checkEmployment(ctx, { orgId: ctx.orgId, employeeId: await idOf(email) });

  beforeAll(async () => {
    [ctx, slapd] = await Promise.all([
      createTestContext(kind),
      startSlapd({ seed: [person('ann'), person('bob'), person('dave')].join('\n') }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([ctx.db.close(), slapd.close()]);
  });

  it('without an LDAP source, follows the stored status', async () => {
    await createEmployee(ctx, {
      orgId: ctx.orgId,
      employee: { ...blank, email: 'hand@example.com', display_name: 'Hand', status: 'active' },
    });
    await createEmployee(ctx, {
      orgId: ctx.orgId,
      employee: { ...blank, email: 'gone@example.com', display_name: 'Gone', status: 'disabled' },
    });
    expect(await check('hand@example.com')).toEqual({ employed: true, detail: 'Active in the directory' });
    expect(await check('gone@example.com')).toEqual({
      employed: false,
      detail: 'The employee is disabled in the directory',
    });
  });

  it('with an LDAP source, asks the directory live and fails closed when it cannot', async () => {
    const source = PutLdapSourceRequest.parse({
      url: slapd.url,
      bind_dn: slapd.adminDn,
      password: slapd.adminPassword,
      base_dn: slapd.baseDn,
      disabled_when: { kind: 'equals', attribute: 'employeeType', value: 'disabled' },
    });
    const saved = await saveLdapSource(ctx, { orgId: ctx.orgId, source });
    expect(saved).not.toHaveProperty('password');
    const [stored] = await ctx.db.query<{ password_sealed: Uint8Array }>(
      'SELECT password_sealed FROM ldap_sources WHERE org_id = $1',
      [ctx.orgId],
    );
    expect(Buffer.from(stored!.password_sealed).includes(slapd.adminPassword)).toBe(false);
    expect(await runLdapSourceSync(ctx, { orgId: ctx.orgId })).toMatchObject({ created: 3, updated: 0, disabled: 0 });

    expect(await check('ann@example.com')).toEqual({
      employed: true,
      detail: 'Active in the LDAP directory (checked live)',
    });
    // The directory changes after the last sync: the live check sees it before any sync does.
    slapd.ldif(
      `dn: uid=bob,${people}\nchangetype: modify\nadd: employeeType\nemployeeType: disabled\n\ndn: uid=dave,${people}\nchangetype: delete\n`,
      { modify: true },
    );
    expect(await check('bob@example.com')).toEqual({
      employed: false,
      detail: 'The employee is disabled in the LDAP directory',
    });
    expect(await check('dave@example.com')).toEqual({
      employed: false,
      detail: 'The employee is not in the LDAP directory',
    });
    // Made by hand, not in LDAP: looked up by email, not found.
    expect(await check('hand@example.com')).toEqual({
      employed: false,
      detail: 'The employee is not in the LDAP directory',
    });

    await saveLdapSource(ctx, { orgId: ctx.orgId, source: { ...source, url: `ldap://127.0.0.1:${await freePort()}` } });
    const unreachable = await check('ann@example.com');
    expect(unreachable.employed).toBe(false);
    expect(unreachable.detail).toMatch(
      /^The LDAP directory could not be checked \(.+\), so employment is not confirmed$/,
    );
    await saveLdapSource(ctx, { orgId: ctx.orgId, source: { ...source, password: 'wrong' } });
    expect((await check('ann@example.com')).employed).toBe(false);
  });
});
