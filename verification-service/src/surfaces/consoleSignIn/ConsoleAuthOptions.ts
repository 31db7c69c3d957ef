/** How long console sessions last; from HV_CONSOLE_IDLE_MINUTES and HV_CONSOLE_ABSOLUTE_HOURS. */
export interface ConsoleAuthOptions {
  /** A session unused this long ends (default 30 minutes). */
  idleTimeoutMs: number;
  /** A session ends this long after sign-in however busy (default 12 hours). */
  absoluteTimeoutMs: number;
}

export const DEFAULT_CONSOLE_AUTH_OPTIONS: ConsoleAuthOptions = {
  idleTimeoutMs: 30 * 60_000,
  absoluteTimeoutMs: 12 * 3_600_000,
};
