import type { Verification } from '@helpdesk-verify/core-client/schemas';

const time = (iso: string) =>
  new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** How one link message stands, for the agent: sent, still queued (and when it is tried next), or failed and why. */
export const deliveryText = (delivery: Verification['deliveries'][number]): string => {
  if (delivery.status === 'sent') return `sent ${time(delivery.sent_at)}`;
  if (delivery.status === 'queued') {
    const next = delivery.next_attempt_at ? `, next try ${time(delivery.next_attempt_at)}` : '';
    return `queued${delivery.error ? ` (last try: ${delivery.error})` : ''}${next}`;
  }
  return `failed: ${delivery.error ?? 'no reason given'}`;
};
