import { assertPublicAddress } from './assertPublicAddress';
import { UnsafeWebhookTargetError } from './UnsafeWebhookTargetError';

const strict = { allowPrivate: false };

describe('assertPublicAddress', () => {
  it.each([
    'http://127.0.0.1:8080/hook',
    'http://[::1]/hook',
    'https://10.0.0.7/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://[fe80::1]/',
    'http://[fd00::1]/',
    'http://100.64.1.1/',
    'http://0.0.0.0:3000/',
    'http://[::ffff:192.168.0.1]/',
    'http://2130706433/',
    'http://0x7f.1/',
    // Issue 12: IPv4-compatible IPv6 (the URL parser rewrites [::127.0.0.1] as [::7f00:1]).
    'http://[::127.0.0.1]/',
    'http://[::7f00:1]/',
    'http://[::a00:1]/',
    'http://[::169.254.169.254]/latest/meta-data/',
    'http://[64:ff9b::10.0.0.1]/',
    'http://[64:ff9b::7f00:1]/',
    'http://[2002:a00:1::1]/',
    'http://[2002:7f00:1::]/',
  ])('refuses %s', async (url) => {
    const error = await assertPublicAddress(url, strict).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsafeWebhookTargetError);
    expect(error).toMatchObject({ reason: 'non_public_address' });
  });

  it('refuses localhost after resolving it', async () => {
    await expect(assertPublicAddress('http://localhost:9999/x', strict)).rejects.toThrow(
      /^localhost resolves to .*127\.0\.0\.1 \(loopback\).*webhook targets must be public addresses/,
    );
  });

  it('accepts a public literal address', async () => {
    const url = await assertPublicAddress('https://93.184.216.34/hook', strict);
    expect(url.hostname).toBe('93.184.216.34');
    await expect(assertPublicAddress('https://[2606:4700:4700::1111]/', strict)).resolves.toBeInstanceOf(URL);
  });

  it('refuses schemes other than http and https, even when private targets are allowed', async () => {
    for (const url of ['ftp://93.184.216.34/', 'file:///etc/passwd', 'gopher://127.0.0.1/']) {
      await expect(assertPublicAddress(url, { allowPrivate: true })).rejects.toMatchObject({ reason: 'scheme' });
    }
    await expect(assertPublicAddress('not a url', strict)).rejects.toMatchObject({ reason: 'scheme' });
  });

  it('refuses a name that does not resolve', async () => {
    await expect(assertPublicAddress('https://no-such-host.invalid/', strict)).rejects.toMatchObject({
      reason: 'unresolvable',
    });
  });

  it('lets private targets through when the admin allows them', async () => {
    await expect(assertPublicAddress('http://127.0.0.1:1/', { allowPrivate: true })).resolves.toBeInstanceOf(URL);
    await expect(assertPublicAddress('http://localhost/', { allowPrivate: true })).resolves.toBeInstanceOf(URL);
  });
});
