import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { refusedAddresses } from './refusedAddresses';
import { UnsafeWebhookTargetError } from './UnsafeWebhookTargetError';

/**
 * Checks that a webhook URL may be called: http or https only, and (unless `allowPrivate`) every
 * address its host resolves to, A and AAAA, is public (see {@link classifyAddress}). Literal IPs,
 * `localhost` and names alike. Throws {@link UnsafeWebhookTargetError}; returns the parsed URL.
 */
export async function assertPublicAddress(url: string | URL, options: { allowPrivate: boolean }): Promise<URL> {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    throw new UnsafeWebhookTargetError('scheme', `${JSON.stringify(url)} is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UnsafeWebhookTargetError(
      'scheme',
      `webhook URLs must use http or https, not ${parsed.protocol.replace(/:$/, '')}`,
    );
  }
  if (options.allowPrivate) return parsed;
  const hostname = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  const addresses = isIP(hostname) ? [{ address: hostname, family: isIP(hostname) }] : await resolveAll(hostname);
  const refused = refusedAddresses(hostname, addresses);
  if (refused) throw refused;
  return parsed;
}

async function resolveAll(hostname: string) {
  try {
    const addresses = await lookup(hostname, { all: true, verbatim: true });
    if (addresses.length > 0) return addresses;
  } catch {
    // reported below
  }
  throw new UnsafeWebhookTargetError('unresolvable', `${hostname} does not resolve to any address`);
}
