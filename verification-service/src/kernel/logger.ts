/** The structured logger every module gets (pino's shape, so Fastify's logger fits). */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

/** A logger that drops everything, for tests. */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
