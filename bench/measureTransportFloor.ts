import { request } from 'node:http';
import { webhookHeaders } from '@helpdesk-verify/verification-service';
import { summarizeLatencies, type LatencySummary } from './summarizeLatencies';
import type { TimingReceiver } from './startTimingReceiver';
import { wallClockMs } from './wallClockMs';

/** The transport floor of a webhook: what one signed POST costs with no database around it. */
export interface TransportFloor {
  /** From starting the request to the receiver having the whole body. */
  toReceiptMs: LatencySummary;
  /** From starting the request to the end of the receiver's answer. */
  roundTripMs: LatencySummary;
}

/**
 * The baseline of webhook delivery: `count` POSTs of `body`, signed afresh each time with the
 * service's own header code, sent as the dispatcher sends them (node:http, a fresh connection per
 * request) to the same receiver, one after another.
 */
export async function measureTransportFloor(input: {
  receiver: TimingReceiver;
  body: string;
  secret: string;
  count: number;
}): Promise<TransportFloor> {
  const toReceipt: number[] = [];
  const roundTrip: number[] = [];
  const target = new URL(input.receiver.url);
  for (let i = 0; i < input.count; i++) {
    const messageId = `msg_floor${String(i).padStart(6, '0')}`;
    const t0 = wallClockMs();
    const headers = webhookHeaders({ messageId, at: new Date(), body: input.body, secrets: [input.secret] });
    await new Promise<void>((resolve, reject) => {
      const req = request(
        target,
        {
          method: 'POST',
          agent: false,
          headers: { ...headers, 'content-length': String(Buffer.byteLength(input.body)) },
        },
        (res) => {
          res.resume();
          res.on('end', resolve);
        },
      );
      req.on('error', reject);
      req.end(input.body);
    });
    const t1 = wallClockMs();
    const got = await input.receiver.waitForId(messageId, 5000);
    toReceipt.push(got.receivedAt - t0);
    roundTrip.push(t1 - t0);
  }
  return { toReceiptMs: summarizeLatencies(toReceipt), roundTripMs: summarizeLatencies(roundTrip) };
}
