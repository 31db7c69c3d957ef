import { LdapAttributeMap } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../../../test/testContext';
import { startSlapd, type TestSlapd } from '@helpdesk-verify/testkit/ldap/startSlapd';
import { freePort } from '@helpdesk-verify/testkit/freePort';
import { createEmployee } from '../../createEmployee';
import { syncLdapDirectory, type LdapSyncInput } from './syncLdapDirectory';

const people = 'ou=people,dc=example,dc=com';
/** Preferred names (displayName) differ from legal ones (cn); Carol is disabled; Eve has no mail. */
export const PEOPLE_LDIF = `dn: uid=ann,${people}
objectClass: inetOrgPerson
uid: ann
cn: Annabel Smith-Jones
sn: Smith-Jones
displayName: Annie Smith
mail: Ann@Example.com
mobile: +1 (415) 555-0101
departmentNumber: Finance

dn: uid=bob,${people}
objectClass: inetOrgPerson
uid: bob
cn: Robert Brown
sn: Brown
displayName: Bob Brown
mail: bob@example.com
manager: uid=ann, ou=people, dc=example, dc=com

dn: uid=carol,${people}
objectClass: inetOrgPerson
uid: carol
cn: Carol White
sn: White
mail: carol@example.com
employeeType: disabled

dn: uid=dave,${people}
objectClass: inetOrgPerson
uid: dave
cn: Dave Green
sn: Green
mail: dave@example.com

dn: uid=eve,${people}
objectClass: inetOrgPerson
uid: eve
cn: Eve Black
sn: Black
`;

describe.each(DATABASE_KINDS)('syncLdapDirectory on %s against a real slapd', (kind) => {
  let ctx: TestContext;
  let slapd: TestSlapd;
  let input: LdapSyncInput;
  beforeAll(async () => {
    [ctx, slapd] = await Promise.all([createTestContext(kind), startSlapd({ seed: PEOPLE_LDIF })]);
    input = {
      orgId: ctx.orgId,
      connection: {
        url: slapd.url,
        bindDn: slapd.adminDn,
        password: slapd.adminPassword,
        baseDn: slapd.baseDn,
        timeoutMs: 3000,
      },
      filter: '(objectClass=inetOrgPerson)',
      attributes: LdapAttributeMap.parse({}),
      disabledWhen: { kind: 'equals', attribute: 'employeeType', value: 'disabled' },
    };
  });
  afterAll(async () => {
    await Promise.all([ctx.db.close(), slapd.close()]);
  });

  const employees = () =>
    ctx.db.query<Record<string, string | null>>(
      'SELECT id, email, external_id, login, display_name, legal_name, phone, manager_email, department, status, source FROM employees WHERE org_id = $1 ORDER BY email',
      [ctx.orgId],
    );

  it('creates employees with preferred and legal names, then follows renames, leavers and disabled accounts', async () => {
    await createEmployee(ctx, {
      orgId: ctx.orgId,
      employee: {
        email: 'hand@example.com',
        display_name: 'Made By Hand',
        external_id: null,
        login: null,
        legal_name: null,
        personal_email: null,
        phone: null,
        personal_phone: null,
        manager_email: null,
        department: null,
        status: 'active',
        reference_photo: null,
      },
    });

    const first = await syncLdapDirectory(ctx, input);
    expect(first).toEqual({
      created: 4,
      updated: 0,
      disabled: 1,
      rejected: [{ dn: `uid=eve,${people}`, message: 'no valid mail' }],
    });
    const rows = await employees();
    const ann = rows.find((r) => r.login === 'ann')!;
    expect(ann).toMatchObject({
      email: 'ann@example.com',
      display_name: 'Annie Smith',
      legal_name: 'Annabel Smith-Jones',
      phone: '+14155550101',
      department: 'Finance',
      status: 'active',
      source: 'ldap',
    });
    expect(ann.external_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(rows.find((r) => r.login === 'bob')).toMatchObject({
      display_name: 'Bob Brown',
      manager_email: 'ann@example.com',
    });
    expect(rows.find((r) => r.login === 'carol')).toMatchObject({ display_name: 'Carol White', status: 'disabled' });

    // Ann's mailbox is renamed and Dave leaves: Ann stays the same employee (entryUUID), Dave is disabled, not deleted.
    slapd.ldif(
      `dn: uid=ann,${people}\nchangetype: modify\nreplace: mail\nmail: annie@example.com\n\ndn: uid=dave,${people}\nchangetype: delete\n`,
      { modify: true },
    );
    const second = await syncLdapDirectory(ctx, input);
    expect(second).toEqual({
      created: 0,
      updated: 3,
      disabled: 2,
      rejected: [{ dn: `uid=eve,${people}`, message: 'no valid mail' }],
    });
    const after = await employees();
    expect(after.find((r) => r.login === 'ann')).toMatchObject({
      id: ann.id,
      email: 'annie@example.com',
      status: 'active',
    });
    expect(after.find((r) => r.login === 'dave')).toMatchObject({ status: 'disabled', source: 'ldap' });
    expect(after.find((r) => r.email === 'hand@example.com')).toMatchObject({ status: 'active', source: null });
    expect(after).toHaveLength(5);
  });

  it('changes nothing when the directory refuses the bind or cannot be reached', async () => {
    const before = await employees();
    await expect(
      syncLdapDirectory(ctx, { ...input, connection: { ...input.connection, password: 'wrong' } }),
    ).rejects.toThrow();
    const closedPort = await freePort();
    await expect(
      syncLdapDirectory(ctx, { ...input, connection: { ...input.connection, url: `ldap://127.0.0.1:${closedPort}` } }),
    ).rejects.toThrow();
    expect(await employees()).toEqual(before);
  });
});
