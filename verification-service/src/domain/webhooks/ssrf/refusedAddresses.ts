import type { LookupAddress } from 'node:dns';
import { classifyAddress } from './classifyAddress';
import { UnsafeWebhookTargetError } from './UnsafeWebhookTargetError';

/**
 * The error for a host whose resolved addresses include a non-public one, or undefined when every
 * address is public. One bad address refuses the host: the socket could connect to any of them.
 */
export function refusedAddresses(
  hostname: string,
  addresses: readonly LookupAddress[],
): UnsafeWebhookTargetError | undefined {
  const refused = addresses.map((a) => classifyAddress(a.address)).filter((c) => !c.public);
  if (refused.length === 0) return undefined;
  const list = refused.map((c) => `${c.address} (${c.public ? 'public' : c.range})`).join(', ');
  const first = refused[0];
  const what =
    first && addresses.length === 1 && first.address === hostname && !first.public
      ? `${hostname} is a ${first.range} address`
      : `${hostname} resolves to ${list}`;
  return new UnsafeWebhookTargetError(
    'non_public_address',
    `${what}: webhook targets must be public addresses (an admin can allow private targets)`,
  );
}
