import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { BuiltApp } from './readBuiltApp';

/** Debian's Mozilla Rhino: the engine family ServiceNow runs server scripts on. */
export const RHINO = '/usr/bin/rhino';

/** Installs Debian's `rhino` when it is missing (scripts/ensure-system-packages.sh), else says how. */
export const ensureRhino = (): void => {
  if (existsSync(RHINO)) return;
  execFileSync('bash', [join(__dirname, '..', '..', '..', 'scripts', 'ensure-system-packages.sh'), 'rhino'], {
    stdio: 'inherit',
  });
};

/** The platform stand-in running in Rhino, driven one JSON command per line. */
export interface RhinoPlatform {
  send<T = unknown>(command: { op: string; [name: string]: unknown }): Promise<T>;
  close(): Promise<void>;
}

/** JSON with non-ASCII escaped, so the line survives the JVM's console encoding. */
const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));

/**
 * Starts `rhino -version 200` (ES6 language level, the highest 1.7.14 knows) on test/rhino/platform.js
 * and loads the built app into it.
 */
export const startRhinoPlatform = async (app: BuiltApp, appName: string): Promise<RhinoPlatform> => {
  ensureRhino();
  const child = spawn(RHINO, ['-version', '200', join(__dirname, 'platform.js')], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  const waiting: { resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  lines.on('line', (line) => waiting.shift()?.resolve(line));
  const exited = new Promise<void>((resolve) =>
    child.on('exit', (code) => {
      for (const pending of waiting.splice(0)) pending.reject(new Error(`rhino exited (${code}): ${stderr}`));
      resolve();
    }),
  );
  const send = <T>(command: { op: string; [name: string]: unknown }): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      waiting.push({
        resolve: (line) => {
          const answer = JSON.parse(line) as { ok: boolean; result?: T; error?: string };
          if (answer.ok) resolve(answer.result as T);
          else reject(new Error(`Rhino: ${answer.error}`));
        },
        reject,
      });
      child.stdin.write(asciiJson(command) + '\n');
    });
  await send({ op: 'load', app, appName });
  return {
    send,
    close: async () => {
      child.stdin.end();
      await exited;
    },
  };
};
