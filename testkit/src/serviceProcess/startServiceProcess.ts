import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import servicePackage from '@helpdesk-verify/verification-service/package.json';

const SERVICE_DIR = dirname(require.resolve('@helpdesk-verify/verification-service/package.json'));
/** The compiled service the process tests run; `npm test` builds it (`tsc -b`) before jest starts. */
export const SERVICE_MAIN = join(SERVICE_DIR, 'dist', 'main.js');
/** The package's `helpdesk-verify` command. */
export const SERVICE_CLI = join(SERVICE_DIR, servicePackage.bin['helpdesk-verify']);

/** How a service process ended: an exit code, or the signal that killed it. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A `node dist/main.js` child process that answered `/readyz`. */
export interface ServiceProcess {
  baseUrl: string;
  pid: number;
  /** Resolves when the process has ended, however it ended. */
  exited: Promise<ProcessExit>;
  /** Whether the process has ended (as of the last turn of the event loop). */
  hasExited(): boolean;
  /** What it wrote to stdout and stderr so far (the last 64 KB), for failure messages. */
  output(): string;
  /** `kill -9` and wait until it is gone. */
  kill9(): Promise<ProcessExit>;
  /** Sends SIGTERM without waiting (graceful shutdown); await `exited` for the outcome. */
  terminate(): void;
}

const running = new Set<ChildProcess>();

/** Throws a clear message when the service has not been compiled. */
export function assertServiceBuilt(): void {
  for (const file of [SERVICE_MAIN, SERVICE_CLI]) {
    if (!existsSync(file)) {
      throw new Error(
        `${file} is missing: build the service first with \`npx tsc -b\` (\`npm test\` does it before jest).`,
      );
    }
  }
}

/**
 * The child's environment: this process's minus every service setting (so a developer's DATABASE_URL
 * or HV_* never leaks in), plus `env`.
 */
export function serviceEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(HV_|DATABASE_URL$|PORT$|HOST$|LOG_LEVEL$|NODE_OPTIONS$)/.test(name),
    ),
  );
  return { ...inherited, ...env };
}

/**
 * Starts the compiled service as a real child process with `env` and waits until `/readyz` answers
 * 200 on 127.0.0.1:`env.PORT`; fails with its output if it exits or is not ready in `readyTimeoutMs`.
 */
export async function startServiceProcess(options: {
  env: Record<string, string>;
  readyTimeoutMs?: number;
}): Promise<ServiceProcess> {
  const port = options.env.PORT;
  if (!port) throw new Error('startServiceProcess needs env.PORT');
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [SERVICE_MAIN], {
    env: serviceEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-64 * 1024);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<ProcessExit>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  let gone: ProcessExit | undefined;
  void exited.then((exit) => (gone = exit));

  const deadline = performance.now() + (options.readyTimeoutMs ?? 30_000);
  for (;;) {
    if (gone) throw new Error(`the service exited (${JSON.stringify(gone)}) before it was ready:\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      await exited;
      throw new Error(`the service was not ready after ${options.readyTimeoutMs ?? 30_000} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    baseUrl,
    pid: child.pid as number,
    exited,
    hasExited: () => gone !== undefined,
    output: () => output,
    async kill9() {
      if (!gone) child.kill('SIGKILL');
      return exited;
    },
    terminate() {
      child.kill('SIGTERM');
    },
  };
}

/** `kill -9` every service process still running (for `afterAll`, whatever the tests did). */
export async function killAllServiceProcesses(): Promise<void> {
  const children = [...running];
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}
