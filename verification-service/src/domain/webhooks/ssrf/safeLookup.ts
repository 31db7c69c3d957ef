import { lookup, type LookupAddress, type LookupOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { refusedAddresses } from './refusedAddresses';

/**
 * A drop-in for `dns.lookup` to pass as the `lookup` option of `http.request`: it resolves every
 * address of the host (A and AAAA) and fails the connection when any is not public, so the address
 * checked is the address connected to (no DNS-rebinding gap between a check and the connect).
 *
 * Node skips `lookup` for a literal IP host; check those with {@link assertPublicAddress} first.
 */
export const safeLookup: LookupFunction = (hostname, options: LookupOptions, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) {
      callback(error, []);
      return;
    }
    const refused = refusedAddresses(hostname, addresses);
    if (refused) {
      callback(refused, []);
      return;
    }
    const first = addresses[0];
    if (options.all) callback(null, addresses);
    else if (first) callback(null, first.address, first.family);
    else callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
  });
};
