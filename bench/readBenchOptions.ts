/** The settings of one bench run. */
export interface BenchOptions {
  /** Seconds of measured load per target (after the warm-up). */
  durationSeconds: number;
  warmupSeconds: number;
  concurrency: number;
  employees: number;
  /** Verifications passed per webhook phase. */
  webhooks: number;
  webhookIntervalMs: number;
  /** A PostgreSQL server to bench as well (a scratch database is created and dropped on it). */
  databaseUrl: string | null;
  /** Where to write the JSON results; none when null. */
  out: string | null;
}

const NUMBERS = {
  duration: { key: 'durationSeconds', env: 'BENCH_DURATION', fallback: 10, min: 1, max: 600 },
  warmup: { key: 'warmupSeconds', env: 'BENCH_WARMUP', fallback: 1, min: 0, max: 60 },
  concurrency: { key: 'concurrency', env: 'BENCH_CONCURRENCY', fallback: 16, min: 1, max: 1024 },
  employees: { key: 'employees', env: 'BENCH_EMPLOYEES', fallback: 200, min: 1, max: 10_000 },
  webhooks: { key: 'webhooks', env: 'BENCH_WEBHOOKS', fallback: 50, min: 1, max: 1000 },
  'webhook-interval': {
    key: 'webhookIntervalMs',
    env: 'BENCH_WEBHOOK_INTERVAL_MS',
    fallback: 1000,
    min: 10,
    max: 60_000,
  },
} as const;

/**
 * Reads `--name=value` / `--name value` flags, then `BENCH_*` variables, then defaults:
 * duration 10 s, warm-up 1 s, 16 clients, 200 employees, 50 webhooks per phase, 1 s dispatcher
 * interval. `DATABASE_URL` adds a PostgreSQL target; `--out` names the JSON file. Throws on an
 * unknown flag or a value out of range, naming it.
 */
export function readBenchOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]!);
    if (!match) throw new Error(`unexpected argument ${JSON.stringify(argv[i])}`);
    const [, name, inline] = match;
    if (!(name! in NUMBERS) && name !== 'out')
      throw new Error(
        `unknown flag --${name}; known: ${[...Object.keys(NUMBERS), 'out'].map((n) => `--${n}`).join(' ')}`,
      );
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    flags.set(name!, value);
  }
  const options: BenchOptions = {
    durationSeconds: 0,
    warmupSeconds: 0,
    concurrency: 0,
    employees: 0,
    webhooks: 0,
    webhookIntervalMs: 0,
    databaseUrl: env.DATABASE_URL?.trim() || null,
    out: flags.get('out') ?? null,
  };
  for (const [flag, spec] of Object.entries(NUMBERS)) {
    const raw = flags.get(flag) ?? env[spec.env];
    const value = raw === undefined || raw === '' ? spec.fallback : Number(raw);
    if (!Number.isFinite(value) || value < spec.min || value > spec.max) {
      throw new Error(
        `--${flag} (${spec.env}) must be a number from ${spec.min} to ${spec.max}, got ${JSON.stringify(raw)}`,
      );
    }
    options[spec.key] =
      spec.key === 'concurrency' || spec.key === 'employees' || spec.key === 'webhooks' ? Math.round(value) : value;
  }
  if (options.databaseUrl && !/^postgres(ql)?:\/\//.test(options.databaseUrl))
    throw new Error('DATABASE_URL must be a postgres:// URL');
  return options;
}
