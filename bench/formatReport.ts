import type { BenchOptions } from './readBenchOptions';
import type { TargetResult } from './benchTarget';
import type { LatencySummary } from './summarizeLatencies';

/** Everything one bench run found, as written to `bench/results/<timestamp>.json`. */
export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  machine: { node: string; platform: string; cpus: number; cpuModel: string; loadAverageAtStart: number[] };
  /** The options, with any password in the database URL hidden. */
  options: BenchOptions;
  targets: TargetResult[];
}

const num = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '-');
const row = (label: string, cells: string[], width = 40) =>
  `  ${label.padEnd(width)}${cells.map((c) => c.padStart(10)).join('')}`;
const latencyCells = (l: LatencySummary) => [num(l.p50), num(l.p90), num(l.p99), num(l.max)];
const times = (v: number) => (Number.isFinite(v) ? `${v >= 10 ? v.toFixed(0) : v.toFixed(2)}×` : '-');

/** The short table `npm run bench` prints. */
export function formatReport(report: BenchReport): string {
  const { options: o, machine: m } = report;
  const lines = [
    `Helpdesk Verify bench · node ${m.node} · ${m.platform} · ${m.cpus} CPU (${m.cpuModel}) · load average at start ${m.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')}`,
    `Load: ${o.concurrency} client${o.concurrency === 1 ? '' : 's'}, closed loop, keep-alive HTTP to 127.0.0.1, ${o.durationSeconds} s measured after ${o.warmupSeconds} s warm-up, ${o.employees} employees, generator in its own process`,
    '',
    row('POST /v1/verifications', ['req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'errors']),
  ];
  for (const t of report.targets) {
    const { baseline, service, ratios } = t.create;
    lines.push(
      row(`bare Fastify baseline (${t.database} run)`, [
        num(baseline.requestsPerSecond),
        ...latencyCells(baseline.latencyMs),
        String(baseline.errorCount),
      ]),
    );
    lines.push(
      row(`service on ${t.database}`, [
        num(service.requestsPerSecond),
        ...latencyCells(service.latencyMs),
        String(service.errorCount),
      ]),
    );
    lines.push(
      row(`  service ÷ baseline`, [times(ratios.throughput), times(ratios.p50), '', times(ratios.p99), '', '']),
    );
    lines.push(`    response bodies: baseline ${baseline.responseBytes} B, service ${service.responseBytes} B`);
    if (service.firstError) lines.push(`    first error: ${service.firstError}`);
  }
  lines.push('', row(`Webhook delivery (${o.webhooks} per phase)`, ['p50 ms', 'p90 ms', 'p99 ms', 'max ms']));
  for (const t of report.targets) {
    const w = t.webhooks;
    lines.push(
      row(`${t.database}: polling every ${w.polling.intervalMs} ms`, latencyCells(w.polling.commitToReceiptMs)) +
        '  decision → receiver',
    );
    lines.push(
      row(`${t.database}: pass right after`, latencyCells(w.immediate.passToReceiptMs)) + '  runOnce → receiver',
    );
    lines.push(
      row(`${t.database}: whole pass`, latencyCells(w.immediate.passDurationMs)) + '  claim, sign, send, record',
    );
    lines.push(row(`bare node:http POST (floor)`, latencyCells(w.floor.toReceiptMs)) + '  request → receiver');
    lines.push(
      row(`  pass ÷ floor`, [
        times(w.immediate.passToReceiptMs.p50 / w.floor.toReceiptMs.p50),
        '',
        times(w.immediate.passToReceiptMs.p99 / w.floor.toReceiptMs.p99),
        '',
      ]),
    );
    lines.push(
      `    ${w.bodyBytes} B bodies; signatures verified ${w.signatures.verified}, rejected ${w.signatures.rejected}`,
    );
  }
  lines.push('', row('Service process memory (MiB)', ['started', 'pre-load', 'peak', 'post-load']));
  for (const t of report.targets) {
    const { afterStart: s, load } = t.memory;
    lines.push(
      row(
        `${t.database}: RSS`,
        [s.rssMiB, load.before.rssMiB, load.peak.rssMiB, load.after.rssMiB].map((v) => num(v, 0)),
      ),
    );
    lines.push(
      row(
        `${t.database}: JS heap used`,
        [s.heapUsedMiB, load.before.heapUsedMiB, load.peak.heapUsedMiB, load.after.heapUsedMiB].map((v) => num(v, 0)),
      ),
    );
    lines.push(
      row(
        `${t.database}: external (Buffers, WASM)`,
        [s.externalMiB, load.before.externalMiB, load.peak.externalMiB, load.after.externalMiB].map((v) => num(v, 0)),
      ),
    );
  }
  return lines.join('\n');
}
