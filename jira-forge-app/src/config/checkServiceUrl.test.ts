import { checkServiceUrl } from './checkServiceUrl';

const DEPLOYED = ['https://verify.acme.example'];

describe('checkServiceUrl (issue 11: the admin page refuses a service URL outside the deploy-time egress origin)', () => {
  it('accepts the deployed origin, with or without a path', () => {
    expect(checkServiceUrl('https://verify.acme.example', DEPLOYED)).toEqual({
      ok: true,
      url: 'https://verify.acme.example',
    });
    expect(checkServiceUrl(' https://VERIFY.acme.example/hv/ ', DEPLOYED)).toEqual({
      ok: true,
      url: 'https://verify.acme.example/hv',
    });
    expect(checkServiceUrl('https://verify.acme.example:443', DEPLOYED)).toEqual({
      ok: true,
      url: 'https://verify.acme.example',
    });
  });

  it.each([
    [
      'another origin',
      'https://verify.other.example',
      /must be on https:\/\/verify\.acme\.example, the service origin this app was deployed with/,
    ],
    [
      'a look-alike host',
      'https://verify.acme.example.evil.example',
      /https:\/\/verify\.acme\.example\.evil\.example is another origin/,
    ],
    ['a look-alike prefix', 'https://evilverify.acme.example', /is another origin/],
    ['a subdomain', 'https://a.verify.acme.example', /is another origin/],
    ['another port', 'https://verify.acme.example:8443', /is another origin/],
    ['http on the same host', 'http://verify.acme.example', /must use https:\/\//],
    ['http on loopback when the deployed origin is https', 'http://127.0.0.1:8080', /must use https:\/\//],
    ['credentials before the host', 'https://verify.acme.example@evil.example', /no credentials/],
    ['a query', 'https://verify.acme.example/?next=evil', /no credentials, query or fragment/],
    ['no URL', 'verify.acme.example', /enter an https:\/\/ URL/],
  ])('refuses %s with a clear message', (_name, value, message) => {
    const checked = checkServiceUrl(value, DEPLOYED);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toMatch(message);
  });

  it('refuses everything while the deploy-time origin is unknown, and says how to set it', () => {
    expect(checkServiceUrl('https://verify.acme.example', null)).toEqual({
      ok: false,
      message: expect.stringContaining('forge variables set HV_SERVICE_ORIGIN'),
    });
  });

  it('accepts plain http only for a loopback origin that is itself the deployed one (local development)', () => {
    expect(checkServiceUrl('http://127.0.0.1:8080', ['http://127.0.0.1:8080'])).toEqual({
      ok: true,
      url: 'http://127.0.0.1:8080',
    });
    expect(checkServiceUrl('http://127.0.0.1:9090', ['http://127.0.0.1:8080'])).toMatchObject({ ok: false });
  });
});
