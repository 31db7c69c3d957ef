import { fork } from 'node:child_process';

/**
 * Runs a task in a fresh Node process: forks `script` (a compiled file that calls
 * {@link answerParent}), sends it `input` over IPC and resolves with its answer. The child is
 * killed if it has not answered within `timeoutMs`.
 */
export function runInChild<I extends object, O>(options: { script: string; input: I; timeoutMs: number }): Promise<O> {
  return new Promise((resolve, reject) => {
    const child = fork(options.script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      settle();
    };
    const deadline = setTimeout(() => {
      child.kill('SIGKILL');
      finish(() => reject(new Error(`${options.script} did not answer within ${options.timeoutMs / 1000} s`)));
    }, options.timeoutMs);
    child.once('message', (message: { ok: true; output: O } | { ok: false; error: string }) =>
      finish(() => (message.ok ? resolve(message.output) : reject(new Error(message.error)))),
    );
    child.once('error', (error) => finish(() => reject(error)));
    child.once('exit', (code, signal) =>
      finish(() => reject(new Error(`${options.script} exited (${signal ?? code}) before answering`))),
    );
    child.send(options.input);
  });
}
