/**
 * `npm run bench`: create-verification throughput and latency against a bare-server baseline, and
 * webhook delivery latency against a bare node:http floor, all on 127.0.0.1 in one run; on PGlite,
 * and on PostgreSQL too when DATABASE_URL is set. Prints a table; `--out` writes the JSON.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { dirname, join } from 'node:path';
import type { TargetOptions, TargetResult } from './benchTarget';
import { formatReport, type BenchReport } from './formatReport';
import { readBenchOptions } from './readBenchOptions';
import { runInChild } from './runInChild';
import { formatFaceReport, measureFace } from './faceBench';

async function main(): Promise<void> {
  const options = readBenchOptions(process.argv.slice(2), process.env);
  const startedAt = new Date().toISOString();
  const machine = {
    node: process.version,
    platform: `${platform()} ${release()}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    loadAverageAtStart: loadavg(),
  };
  const databases: TargetOptions['database'][] = options.databaseUrl ? ['pglite', 'postgres'] : ['pglite'];
  const targets: TargetResult[] = [];
  for (const database of databases) {
    const input: TargetOptions = {
      database,
      postgresUrl: options.databaseUrl,
      employees: options.employees,
      concurrency: options.concurrency,
      durationMs: options.durationSeconds * 1000,
      warmupMs: options.warmupSeconds * 1000,
      webhooks: options.webhooks,
      webhookIntervalMs: options.webhookIntervalMs,
    };
    const timeoutMs = 2 * (input.durationMs + input.warmupMs) + options.webhooks * 2000 + 180_000;
    targets.push(
      await runInChild<TargetOptions, TargetResult>({ script: join(__dirname, 'targetWorker.js'), input, timeoutMs }),
    );
  }
  const report: BenchReport = {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine,
    options: { ...options, databaseUrl: options.databaseUrl ? hidePassword(options.databaseUrl) : null },
    targets,
  };
  // The face step: server decision time against JPEG decoding alone, and the page weight.
  const face = await measureFace({ attempts: 6, framesPerAttempt: 15 });
  process.stdout.write(`${formatReport(report)}\n\n${formatFaceReport(face).join('\n')}\n`);
  if (options.out) {
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, `${JSON.stringify({ ...report, face }, null, 2)}\n`);
    process.stdout.write(`\nResults: ${options.out}\n`);
  }
}

function hidePassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
