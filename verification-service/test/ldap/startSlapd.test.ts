import { Client, InvalidCredentialsError } from 'ldapts';
import { startSlapd, type TestSlapd } from '@helpdesk-verify/testkit/ldap/startSlapd';

describe('startSlapd', () => {
  let slapd: TestSlapd;
  beforeAll(async () => {
    slapd = await startSlapd({
      seed: 'dn: uid=ann,ou=people,dc=example,dc=com\nobjectClass: inetOrgPerson\nuid: ann\ncn: Ann Legal\nsn: Legal\ndisplayName: Annie\nmail: ann@example.com\n',
    });
  });
  afterAll(() => slapd.close());

  it('serves the seeded entry over LDAP with its entryUUID, and refuses a wrong password', async () => {
    const client = new Client({ url: slapd.url });
    await client.bind(slapd.adminDn, slapd.adminPassword);
    const { searchEntries } = await client.search(slapd.baseDn, {
      filter: '(uid=ann)',
      attributes: ['mail', 'displayName', 'entryUUID'],
    });
    await client.unbind();
    expect(searchEntries).toHaveLength(1);
    expect(searchEntries[0]).toMatchObject({ mail: 'ann@example.com', displayName: 'Annie' });
    expect(String(searchEntries[0]!.entryUUID)).toMatch(/^[0-9a-f-]{36}$/);
    const stranger = new Client({ url: slapd.url });
    await expect(stranger.bind(slapd.adminDn, 'wrong')).rejects.toBeInstanceOf(InvalidCredentialsError);
    await stranger.unbind();
  });
});
