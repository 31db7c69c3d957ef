import { execFile } from 'node:child_process';
import { SERVICE_CLI, serviceEnv } from './startServiceProcess';

/** Runs the compiled CLI (`node dist/composition/cli/main.js ...args`) with `env`; resolves with stdout, rejects with its output on failure. */
export function runCli(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [SERVICE_CLI, ...args],
      { env: serviceEnv(env), timeout: 60_000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`helpdesk-verify ${args.join(' ')} failed: ${error.message}\n${stdout}${stderr}`));
        else resolve(stdout);
      },
    );
  });
}
