const SINGLE_ADDRESS = /^[^\s@,;:<>()[\]"\\]+@[^\s@,;:<>()[\]"\\]+\.[^\s@,;:<>()[\]"\\]+$/;

/**
 * Throws a TypeError unless `to` is one plain address: a directory value like
 * `"ann@example.com, thief@evil.example"` must never become two recipients.
 */
export function assertSingleAddress(to: string): void {
  if (!SINGLE_ADDRESS.test(to)) {
    throw new TypeError(
      `an email recipient must be one plain address like ann@example.com, got ${JSON.stringify(to.slice(0, 200))}`,
    );
  }
}
