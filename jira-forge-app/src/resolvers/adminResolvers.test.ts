import { forgeEdge } from '../../test/forgeEdge';
import { forgeDeps } from '../forge/forgeDeps';
import { ADMIN_PAGE_MODULE_KEY, adminResolvers } from './adminResolvers';

jest.mock('@forge/api', () => jest.requireActual('../../test/forgeEdge').mockForgeApi());
jest.mock('@forge/kvs', () => jest.requireActual('../../test/forgeEdge').mockForgeKvs());

const admin = { context: { moduleKey: ADMIN_PAGE_MODULE_KEY } };
const save = (serviceUrl: string, env: Record<string, string> = {}) =>
  adminResolvers({ ...forgeDeps(), env }).saveAdminSettings({ ...admin, payload: { serviceUrl } });

describe('the admin page knows the deploy-time service origin at run time', () => {
  beforeEach(() => forgeEdge.reset());

  it('reads it from the egress Forge granted the deployed app (HV_SERVICE_ORIGIN substituted at forge deploy)', async () => {
    forgeEdge.deployVariables.HV_SERVICE_ORIGIN = 'https://verify.acme.example';
    expect(await save('https://verify.acme.example/')).toMatchObject({
      ok: true,
      data: { serviceUrl: 'https://verify.acme.example', serviceOrigins: ['https://verify.acme.example'] },
    });
    for (const refused of [
      'https://verify.other.example',
      'http://verify.acme.example',
      'https://verify.acme.example.evil.example',
    ]) {
      const outcome = await save(refused);
      expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await save('https://verify.other.example')).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringMatching(
          /^Service URL must be on https:\/\/verify\.acme\.example, the service origin this app was deployed with \(HV_SERVICE_ORIGIN\)/,
        ),
      },
    });
    expect(forgeEdge.values.get('settings')).toMatchObject({ serviceUrl: 'https://verify.acme.example' });
  });

  it('a deploy without HV_SERVICE_ORIGIN gets the manifest default, and only that', async () => {
    expect(await save('https://verify.acme.example')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('must be on https://verify.example.com') },
    });
  });

  it('falls back to the HV_SERVICE_ORIGIN Forge variable where the runtime does not expose the granted egress, and refuses when neither is known', async () => {
    const withoutPermissions = { ...forgeDeps(), egressOrigins: () => null };
    const resolvers = (env: Record<string, string>) => adminResolvers({ ...withoutPermissions, env });
    expect(
      await resolvers({ HV_SERVICE_ORIGIN: 'https://verify.acme.example' }).saveAdminSettings({
        ...admin,
        payload: { serviceUrl: 'https://verify.acme.example' },
      }),
    ).toMatchObject({ ok: true });
    expect(
      await resolvers({ HV_SERVICE_ORIGIN: 'https://verify.acme.example' }).saveAdminSettings({
        ...admin,
        payload: { serviceUrl: 'https://evil.example' },
      }),
    ).toMatchObject({ ok: false });
    expect(
      await resolvers({}).saveAdminSettings({ ...admin, payload: { serviceUrl: 'https://verify.acme.example' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('deployed with is unknown') },
    });
  });
});
