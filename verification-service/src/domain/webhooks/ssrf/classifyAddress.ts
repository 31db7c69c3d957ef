import ipaddr from 'ipaddr.js';

/** Whether an IP address may be a webhook target, and if not which range it falls in. */
export type AddressClass = { public: true; address: string } | { public: false; address: string; range: string };

const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parse('2000::');

/**
 * The IPv6 text in the form sockets read it. ipaddr.js reads `::127.0.0.1` as the IPv4-mapped
 * `::ffff:127.0.0.1`, while Node and the URL parser read `::7f00:1` (IPv4-compatible): so dotted
 * IPv6 text is first rewritten in hex by the WHATWG URL parser, as a webhook URL's host is.
 */
function canonicalIPv6(address: string): string {
  if (!address.includes('.') || !address.includes(':')) return address;
  try {
    return new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    return address;
  }
}

/**
 * Classifies one IP address (v4 or v6). Only ordinary global unicast addresses are public; loopback,
 * private (10/8, 172.16/12, 192.168/16), link-local (169.254/16 with the cloud metadata address,
 * fe80::/10), unique-local fc00::/7, carrier-grade NAT 100.64/10, 0.0.0.0/8, multicast, broadcast,
 * reserved and documentation ranges and the IPv6 transition ranges that embed an IPv4 address
 * (NAT64 64:ff9b::/96 and 64:ff9b:1::/48, 6to4 2002::/16, Teredo 2001::/32) are not, whatever the
 * embedded address; nor are the deprecated IPv4-compatible addresses (`::7f00:1`, written `::127.0.0.1`:
 * ::/96) or any other IPv6 address outside global unicast 2000::/3. An IPv4-mapped IPv6 address
 * (`::ffff:10.0.0.1`) is judged as the IPv4 address it maps to. Throws a `TypeError` when `address`
 * is not an IP address.
 */
export function classifyAddress(address: string): AddressClass {
  if (!ipaddr.isValid(address)) throw new TypeError(`expected an IP address, got ${JSON.stringify(address)}`);
  const parsed = ipaddr.process(canonicalIPv6(address));
  const range = parsed.range();
  if (range !== 'unicast') return { public: false, address, range };
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.parts.slice(0, 6).every((part) => part === 0)) return { public: false, address, range: 'ipv4Compatible' };
    if (!v6.match(GLOBAL_UNICAST_V6, 3)) return { public: false, address, range: 'reserved' };
  }
  return { public: true, address };
}
