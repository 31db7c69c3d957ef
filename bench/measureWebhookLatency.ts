import { setTimeout as sleep } from 'node:timers/promises';
import { verifyWebhook } from '@helpdesk-verify/core-client/webhooks';
import { nodeHmacSha256 } from '@helpdesk-verify/core-client/node';
import { measureTransportFloor, type TransportFloor } from './measureTransportFloor';
import { passVerificationOverHttp } from './passVerificationOverHttp';
import type { BenchService } from './startBenchService';
import { startTimingReceiver, type TimedWebhook } from './startTimingReceiver';
import { summarizeLatencies, type LatencySummary } from './summarizeLatencies';
import { wallClockMs } from './wallClockMs';

export interface WebhookLatencyResult {
  /** Verifications passed in each phase. */
  count: number;
  /** The dispatcher polling on its own (as `serve` runs it): decision → receiver. */
  polling: { intervalMs: number; commitToReceiptMs: LatencySummary };
  /** A dispatcher pass run right after each decision: the service's own cost. */
  immediate: {
    /** From calling `runOnce` to the receiver having the body. */
    passToReceiptMs: LatencySummary;
    /** The whole pass: claim, sign, send, record the attempt. */
    passDurationMs: LatencySummary;
    commitToReceiptMs: LatencySummary;
  };
  /** Baseline: the same signed body POSTed by bare node:http to the same receiver. */
  floor: TransportFloor;
  bodyBytes: number;
  /** Requests whose Standard Webhooks signature checked out / did not (checked after timing). */
  signatures: { verified: number; rejected: number };
}

const sessionOf = (w: TimedWebhook): string | undefined => {
  try {
    return (JSON.parse(w.body) as { session_id?: string }).session_id;
  } catch {
    return undefined;
  }
};
/** The decision time the event carries (`timestamp`, set from the service clock as it decides). */
const decidedAt = (w: TimedWebhook): number => Date.parse((JSON.parse(w.body) as { timestamp: string }).timestamp);

/**
 * Webhook delivery latency on loopback. Passes `count` verifications over HTTP with the dispatcher
 * polling every `intervalMs` (latency = receipt − the event's decision timestamp), then `count`
 * more with the dispatcher stopped and one `runOnce` pass right after each; then measures the
 * transport floor with the same receiver. Uses employees `offset … offset + 2·count − 1`.
 */
export async function measureWebhookLatency(
  service: BenchService,
  options: { count: number; intervalMs: number; offset?: number },
): Promise<WebhookLatencyResult> {
  const { client, app } = service;
  const receiver = await startTimingReceiver();
  try {
    const endpoint = await client.createWebhookEndpoint({ body: { url: receiver.url, description: 'bench receiver' } });
    const standard = await client.getLink({ params: { id: service.linkId } });
    const link = await client.createLink({
      body: {
        name: 'Bench: email possession only',
        proofs: [{ type: 'email_possession', required: true }],
        assurance: 'low',
        channels: ['email'],
        email_template_id: standard.email_template_id,
      },
    });
    const offset = options.offset ?? 0;
    const emailOf = (i: number) => service.employeeEmails[(offset + i) % service.employeeEmails.length]!;
    const arrivalOf = (id: string, timeoutMs: number) =>
      receiver.waitFor((w) => sessionOf(w) === id, timeoutMs, `the webhook of ${id}`);

    // Phase 1: the dispatcher polls on its own; decisions land anywhere in its cycle.
    const polledIds: string[] = [];
    for (let i = 0; i < options.count; i++) {
      polledIds.push(
        (await passVerificationOverHttp(service, { linkId: link.id, email: emailOf(i), ticketId: `WH${i}` })).id,
      );
      await sleep(Math.random() * 100);
    }
    const polled = await Promise.all(polledIds.map((id) => arrivalOf(id, options.intervalMs * 10 + 30_000)));

    // Phase 2: no background polling; one pass right after each decision.
    await app.jobs.webhooks.stop();
    const passToReceipt: number[] = [];
    const passDuration: number[] = [];
    const commitToReceipt: number[] = [];
    try {
      for (let i = 0; i < options.count; i++) {
        const { id } = await passVerificationOverHttp(service, {
          linkId: link.id,
          email: emailOf(options.count + i),
          ticketId: `WHI${i}`,
        });
        const t0 = wallClockMs();
        const summary = await app.jobs.webhooks.runOnce();
        const t1 = wallClockMs();
        if (summary.succeeded !== 1)
          throw new Error(
            `a dispatcher pass delivered ${summary.succeeded} webhooks, expected 1: ${JSON.stringify(summary)}`,
          );
        const got = await arrivalOf(id, 5000);
        passToReceipt.push(got.receivedAt - t0);
        passDuration.push(t1 - t0);
        commitToReceipt.push(got.receivedAt - decidedAt(got));
      }
    } finally {
      app.jobs.webhooks.start();
    }

    const sample = polled[0]!.body;
    const floor = await measureTransportFloor({
      receiver,
      body: sample,
      secret: endpoint.secret,
      count: options.count,
    });
    let verified = 0;
    for (const w of receiver.received) {
      const result = verifyWebhook(
        { secrets: [endpoint.secret], headers: w.headers, body: w.body, now: new Date() },
        nodeHmacSha256,
      );
      if (result.verified) verified++;
    }
    await client.deleteWebhookEndpoint({ params: { id: endpoint.id } });
    return {
      count: options.count,
      polling: {
        intervalMs: options.intervalMs,
        commitToReceiptMs: summarizeLatencies(polled.map((w) => w.receivedAt - decidedAt(w))),
      },
      immediate: {
        passToReceiptMs: summarizeLatencies(passToReceipt),
        passDurationMs: summarizeLatencies(passDuration),
        commitToReceiptMs: summarizeLatencies(commitToReceipt),
      },
      floor,
      bodyBytes: Buffer.byteLength(sample),
      signatures: { verified, rejected: receiver.received.length - verified },
    };
  } finally {
    await receiver.close();
  }
}
