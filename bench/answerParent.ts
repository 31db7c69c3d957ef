/**
 * The child side of {@link runInChild}: waits for one input over IPC, runs `task` on it, sends the
 * output (or the error) back and exits.
 */
export function answerParent<I, O>(task: (input: I) => Promise<O>): void {
  process.once('message', (input: I) => {
    task(input).then(
      (output) => process.send!({ ok: true, output }, () => process.exit(0)),
      (error: unknown) =>
        process.send!(
          { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) },
          () => process.exit(1),
        ),
    );
  });
}
