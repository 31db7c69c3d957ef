import ipaddr from 'ipaddr.js';

/** Whether an IP address may be a webhook target, and if not which range it falls in. */
export type AddressClass = { public: true; address: string } | { public: false; address: string; range: string };

/**
 * Classifies one IP address (v4 or v6). Only ordinary global unicast addresses are public; loopback,
 * private (10/8, 172.16/12, 192.168/16), link-local (169.254/16 with the cloud metadata address,
 * fe80::/10), unique-local fc00::/7, carrier-grade NAT 100.64/10, 0.0.0.0/8, multicast, broadcast,
 * reserved and documentation ranges and the IPv6 transition ranges that embed an IPv4 address
 * (NAT64, 6to4, Teredo) are not. An IPv4-mapped IPv6 address (`::ffff:10.0.0.1`) is judged as the
 * IPv4 address it maps to. Throws a `TypeError` when `address` is not an IP address.
 */
export function classifyAddress(address: string): AddressClass {
  if (!ipaddr.isValid(address)) throw new TypeError(`expected an IP address, got ${JSON.stringify(address)}`);
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  return range === 'unicast' ? { public: true, address } : { public: false, address, range };
}
