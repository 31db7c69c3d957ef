import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { summarizeLatencies, type LatencySummary } from './summarizeLatencies';

/** One load run: `concurrency` clients each sending the next request as soon as the last answered. */
export interface LoadSpec {
  /** `http://127.0.0.1:<port>/path`; the generator refuses any other host. */
  url: string;
  headers: Record<string, string>;
  /** Request bodies, used in turn (one per employee, say). */
  bodies: string[];
  /** The status a request must get to count as a success. */
  expectStatus: number;
  concurrency: number;
  durationMs: number;
  /** Requests started before this much time has passed are sent but not counted. */
  warmupMs: number;
}

export interface LoadResult {
  /** Successful requests per second over the measured window. */
  requestsPerSecond: number;
  /** Latency of the successful measured requests. */
  latencyMs: LatencySummary;
  /** Measured requests that failed, by status code or error code. */
  errors: Record<string, number>;
  errorCount: number;
  /** The first failure's status and body (truncated), to see why. */
  firstError: string | null;
  measuredSeconds: number;
  /** Bytes of the first successful response body. */
  responseBytes: number;
}

/**
 * A closed-loop HTTP load generator over keep-alive connections (one per client). Latency is from
 * writing the request to the last byte of the answer, on the monotonic clock.
 */
export async function runClosedLoopLoad(spec: LoadSpec): Promise<LoadResult> {
  const target = new URL(spec.url);
  if (target.hostname !== '127.0.0.1') throw new Error(`the bench only sends to 127.0.0.1, not ${target.hostname}`);
  const agent = new Agent({ keepAlive: true, maxSockets: spec.concurrency });
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  let firstError: string | null = null;
  let responseBytes = 0;
  let next = 0;
  const started = performance.now();
  const measureFrom = started + spec.warmupMs;
  const stopAt = measureFrom + spec.durationMs;
  let lastEnd = measureFrom;

  const once = (body: string) =>
    new Promise<{ status: number; body: string } | { error: string }>((resolve) => {
      const req = request(
        target,
        { method: 'POST', agent, headers: { ...spec.headers, 'content-length': String(Buffer.byteLength(body)) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
        },
      );
      req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
      req.end(body);
    });

  const client = async () => {
    while (performance.now() < stopAt) {
      const body = spec.bodies[next++ % spec.bodies.length]!;
      const t0 = performance.now();
      const outcome = await once(body);
      const t1 = performance.now();
      if (t0 < measureFrom) continue;
      lastEnd = Math.max(lastEnd, t1);
      if ('status' in outcome && outcome.status === spec.expectStatus) {
        latencies.push(t1 - t0);
        if (!responseBytes) responseBytes = Buffer.byteLength(outcome.body);
        continue;
      }
      const key = 'status' in outcome ? String(outcome.status) : outcome.error;
      errors[key] = (errors[key] ?? 0) + 1;
      firstError ??= 'status' in outcome ? `${outcome.status} ${outcome.body.slice(0, 300)}` : outcome.error;
    }
  };

  await Promise.all(Array.from({ length: spec.concurrency }, client));
  agent.destroy();
  const measuredSeconds = (lastEnd - measureFrom) / 1000;
  const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
  return {
    requestsPerSecond: measuredSeconds > 0 ? latencies.length / measuredSeconds : 0,
    latencyMs: summarizeLatencies(latencies),
    errors,
    errorCount,
    firstError,
    measuredSeconds,
    responseBytes,
  };
}
