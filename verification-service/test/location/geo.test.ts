import maxmind, { type Response } from 'maxmind';
import { countryOfCoordinates } from '../../src/domain/proofs/location/geo/countryOfCoordinates';
import { geoLiteCityPaths, lookupIpLocation, normaliseIp } from '../../src/domain/proofs/location/geo/lookupIpLocation';

/** The database read on its own, with the library directly: the expected answers come from the data, not from our code. */
async function readDirectly(ip: string): Promise<{ country_code: string; state1: string } | null> {
  const reader = await maxmind.open<Response>(ip.includes(':') ? geoLiteCityPaths().v6 : geoLiteCityPaths().v4);
  return reader.get(ip) as unknown as { country_code: string; state1: string } | null;
}

describe('lookupIpLocation (offline GeoLite2 City)', () => {
  it.each(['81.2.69.160', '134.226.1.1', '80.80.80.80', '8.8.8.8', '2001:4860:4860::8888'])(
    'gives the region and country the database holds for %s, nothing finer',
    async (ip) => {
      const record = await readDirectly(ip);
      expect(record?.country_code).toMatch(/^[A-Z]{2}$/);
      const found = await lookupIpLocation(ip);
      expect(found).toEqual({
        known: true,
        country: record!.country_code,
        region: record!.state1 === '' ? null : record!.state1,
      });
      expect(Object.keys(found).sort()).toEqual(['country', 'known', 'region']);
    },
  );

  it('knows the addresses the other tests use', async () => {
    // Asserted against the database itself above; named here so a database update that moves them is noticed.
    expect(await readDirectly('81.2.69.160')).toMatchObject({ country_code: 'GB', state1: 'England' });
    expect(await readDirectly('134.226.1.1')).toMatchObject({ country_code: 'IE' });
    expect(await readDirectly('80.80.80.80')).toMatchObject({ country_code: 'NL' });
  });

  it('looks an IPv4-mapped IPv6 address up as IPv4', async () => {
    expect(normaliseIp('::ffff:81.2.69.160')).toBe('81.2.69.160');
    expect(await lookupIpLocation('::ffff:81.2.69.160')).toEqual(await lookupIpLocation('81.2.69.160'));
  });

  it.each([
    '127.0.0.1',
    '::1',
    '10.1.2.3',
    '192.168.0.10',
    '172.16.5.5',
    '169.254.1.1',
    '100.64.0.1',
    'fd00::1',
    'fe80::1',
    '::ffff:127.0.0.1',
  ])('gives "unknown" for the non-public address %s', async (ip) => {
    expect(await lookupIpLocation(ip)).toEqual({ known: false, why: 'not_public' });
  });

  it.each([null, '', 'not-an-ip', '999.1.1.1', '1.2.3.4; DROP TABLE', '\u0000'])(
    'gives "unknown" for %p, which is no address',
    async (ip) => {
      expect(await lookupIpLocation(ip)).toEqual({ known: false, why: 'not_an_ip' });
    },
  );
});

describe('countryOfCoordinates (offline borders)', () => {
  it.each([
    [51.5074, -0.1278, 'GB'],
    [53.3498, -6.2603, 'IE'],
    [52.52, 13.405, 'DE'],
    [40.7128, -74.006, 'US'],
    [-33.8688, 151.2093, 'AU'],
  ])('maps %d, %d to %s', (lat, lon, country) => {
    expect(countryOfCoordinates(lat, lon)).toBe(country);
  });

  it.each([
    [0, 0],
    [91, 0],
    [0, 181],
    [Number.NaN, 1],
    [1, Number.POSITIVE_INFINITY],
  ])('gives null at sea or for no coordinate (%d, %d)', (lat, lon) => {
    expect(countryOfCoordinates(lat, lon)).toBeNull();
  });
});
