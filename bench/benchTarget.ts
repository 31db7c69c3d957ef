import { join } from 'node:path';
import { createVerificationBodies } from './createVerificationBodies';
import { measureWebhookLatency, type WebhookLatencyResult } from './measureWebhookLatency';
import { runInChild } from './runInChild';
import type { LoadResult, LoadSpec } from './runClosedLoopLoad';
import { startBareServer } from './startBareServer';
import { startBenchService } from './startBenchService';
import { trackMemory, type MemoryFigures } from './trackMemory';

/** What one database target is measured with. */
export interface TargetOptions {
  database: 'pglite' | 'postgres';
  /** The PostgreSQL server (a scratch database is made on it); only for `postgres`. */
  postgresUrl: string | null;
  employees: number;
  concurrency: number;
  durationMs: number;
  warmupMs: number;
  webhooks: number;
  webhookIntervalMs: number;
}

export interface TargetResult {
  database: 'pglite' | 'postgres';
  create: {
    baseline: LoadResult;
    service: LoadResult;
    /** service ÷ baseline: throughput below 1 and latency above 1 are the service's own cost. */
    ratios: { throughput: number; p50: number; p99: number };
  };
  webhooks: WebhookLatencyResult;
  memory: { afterStart: MemoryFigures; load: { before: MemoryFigures; peak: MemoryFigures; after: MemoryFigures } };
  setupSeconds: number;
}

const runLoad = (spec: LoadSpec) =>
  runInChild<LoadSpec, LoadResult>({
    script: join(__dirname, 'loadWorker.js'),
    input: spec,
    timeoutMs: spec.warmupMs + spec.durationMs + 60_000,
  });

/**
 * Everything measured on one database, in this process: start the service and its directory,
 * webhook latency, then the bare-server baseline and the service under the same closed-loop load.
 */
export async function benchTarget(options: TargetOptions): Promise<TargetResult> {
  const progress = (step: string) => process.stderr.write(`bench ${options.database}: ${step}\n`);
  progress(`starting the service, importing ${options.employees} employees`);
  const setupStarted = Date.now();
  const service = await startBenchService({
    employees: options.employees,
    postgresUrl: options.database === 'postgres' ? options.postgresUrl : null,
    webhookIntervalMs: options.webhookIntervalMs,
  });
  try {
    const afterStart = trackMemory().stop().after;
    const setupSeconds = (Date.now() - setupStarted) / 1000;
    const bodies = createVerificationBodies({ linkId: service.linkId, employeeEmails: service.employeeEmails });
    const headers = { authorization: `Bearer ${service.apiKey}`, 'content-type': 'application/json' };
    const first = await fetch(`${service.baseUrl}/v1/verifications`, { method: 'POST', headers, body: bodies[0]! });
    if (first.status !== 201) throw new Error(`create-verification answered ${first.status}: ${await first.text()}`);
    const sample = (await first.json()) as Record<string, unknown>;

    progress(
      `webhook delivery: ${options.webhooks} verifications polled, ${options.webhooks} with a pass right after, ${options.webhooks} bare POSTs`,
    );
    const webhooks = await measureWebhookLatency(service, {
      count: options.webhooks,
      intervalMs: options.webhookIntervalMs,
      offset: 1,
    });

    const load = {
      bodies,
      expectStatus: 201,
      concurrency: options.concurrency,
      durationMs: options.durationMs,
      warmupMs: options.warmupMs,
    };
    const bare = await startBareServer({ sample });
    let baseline: LoadResult;
    try {
      progress(
        `bare Fastify baseline: ${options.concurrency} client(s) for ${(options.warmupMs + options.durationMs) / 1000} s`,
      );
      baseline = await runLoad({ ...load, url: `${bare.url}/v1/verifications`, headers });
    } finally {
      await bare.close();
    }
    progress(`service: ${options.concurrency} client(s) for ${(options.warmupMs + options.durationMs) / 1000} s`);
    const memory = trackMemory();
    const measured = await runLoad({ ...load, url: `${service.baseUrl}/v1/verifications`, headers });
    const loadMemory = memory.stop();
    return {
      database: service.driver,
      create: {
        baseline,
        service: measured,
        ratios: {
          throughput: measured.requestsPerSecond / baseline.requestsPerSecond,
          p50: measured.latencyMs.p50 / baseline.latencyMs.p50,
          p99: measured.latencyMs.p99 / baseline.latencyMs.p99,
        },
      },
      webhooks,
      memory: { afterStart, load: loadMemory },
      setupSeconds,
    };
  } finally {
    await service.close();
  }
}
