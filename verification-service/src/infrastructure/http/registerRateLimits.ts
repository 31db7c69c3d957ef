import type {
  FastifyInstance,
  FastifyRequest,
  onRequestHookHandler,
  preHandlerHookHandler,
  RouteOptions,
} from 'fastify';
import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import { ProblemError } from '../../kernel/ProblemError';

/** At most `max` requests per `windowMs` (a fixed window that starts at the first request). */
export interface RateLimitRule {
  max: number;
  windowMs: number;
}

/** The endpoints anyone may call without an API key or a console session, by group. */
export interface RateLimits {
  /** `POST /console/auth/password`: per client address, and per account (the email asked for). */
  consoleSignIn: { perAddress: RateLimitRule; perAccount: RateLimitRule };
  /** Passkey sign-in (`/console/auth/passkey/options`, `…/verify`) and SSO (`/console/auth/oidc/start`, `…/callback`): per address. */
  consolePasswordless: { perAddress: RateLimitRule };
  /** The employee's link pages (`/v/<token>`, its start and report): per address. */
  employeeLink: { perAddress: RateLimitRule };
  /** The employee's verification session (`/session`, proofs and code checks, face frames, finish): per address. */
  employeeSession: { perAddress: RateLimitRule };
}

const MINUTE = 60_000;

/**
 * Per address, generous enough for a help desk behind one NAT address (agents signing in at the start
 * of a shift, employees verifying at once) yet far below a flood; the account limit sits above the
 * five attempts that lock an account.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  consoleSignIn: { perAddress: { max: 100, windowMs: 5 * MINUTE }, perAccount: { max: 10, windowMs: MINUTE } },
  consolePasswordless: { perAddress: { max: 120, windowMs: MINUTE } },
  employeeLink: { perAddress: { max: 300, windowMs: MINUTE } },
  employeeSession: { perAddress: { max: 300, windowMs: MINUTE } },
};

type Group = keyof RateLimits;

/** Which routes each group covers, by method and Fastify path. */
const ROUTES: ReadonlyArray<{ group: Group; methods: readonly string[]; path: RegExp }> = [
  { group: 'consoleSignIn', methods: ['POST'], path: /^\/console\/auth\/password$/ },
  { group: 'consolePasswordless', methods: ['POST'], path: /^\/console\/auth\/passkey\/(options|verify)$/ },
  { group: 'consolePasswordless', methods: ['GET', 'HEAD'], path: /^\/console\/auth\/oidc\/(start|callback)$/ },
  { group: 'employeeLink', methods: ['GET', 'HEAD', 'POST'], path: /^\/v\/:token(\/|$)/ },
  { group: 'employeeSession', methods: ['GET', 'HEAD', 'POST'], path: /^\/session(\/|$)/ },
];

/** The client address as the limit counts it: IPv6 by /64 (one subscriber's prefix), IPv4 as is. */
const addressOf = (request: FastifyRequest) => normalizeIP(request.ip, 64);

/** The account a sign-in names: its email as sign-in reads it, or null when the body has none. */
function accountOf(request: FastifyRequest): string | null {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' && email.length <= 320 ? email.trim().toLowerCase() : null;
}

/**
 * Rate limits on every unauthenticated endpoint (see {@link RateLimits}), answered with a 429
 * `rate_limited` problem and `Retry-After` in seconds. Counts live in this process's memory
 * (@fastify/rate-limit's LRU store): with several processes behind a load balancer each counts its
 * own share; the password lock-out itself is in the database. Call before the routes are added:
 * routes are matched as they are registered.
 */
export async function registerRateLimits(
  app: FastifyInstance,
  limits: RateLimits = DEFAULT_RATE_LIMITS,
): Promise<void> {
  await app.register(rateLimit, { global: false, cache: 50_000 });
  const limiter = (
    group: Group,
    what: 'address' | 'account',
    rule: RateLimitRule,
    keyOf: (request: FastifyRequest) => string | null,
  ) => {
    const check = app.createRateLimit({
      max: rule.max,
      timeWindow: rule.windowMs,
      keyGenerator: (request) => `${group}:${what}:${keyOf(request)}`,
    });
    return async (request: FastifyRequest) => {
      if (keyOf(request) === null) return;
      const outcome = await check(request);
      if (!outcome.isAllowed && outcome.isExceeded) {
        throw new ProblemError(
          'rate_limited',
          `Too many requests ${what === 'address' ? 'from this address' : 'for this account'}: at most ${rule.max} per ${Math.round(rule.windowMs / 1000)} s here; try again in ${outcome.ttlInSeconds} s`,
          {
            headers: { 'retry-after': String(Math.max(1, outcome.ttlInSeconds)) },
          },
        );
      }
    };
  };
  const byAddress = Object.fromEntries(
    (Object.keys(limits) as Group[]).map((group) => [
      group,
      limiter(group, 'address', limits[group].perAddress, addressOf),
    ]),
  ) as Record<Group, (request: FastifyRequest) => Promise<void>>;
  const byAccount = limiter('consoleSignIn', 'account', limits.consoleSignIn.perAccount, accountOf);

  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = [route.method].flat();
    const rule = ROUTES.find((r) => methods.some((m) => r.methods.includes(m)) && r.path.test(route.url));
    if (!rule) return;
    // The address is counted before the body is read; the account once it is parsed.
    route.onRequest = [...[route.onRequest ?? []].flat(), byAddress[rule.group] as onRequestHookHandler];
    if (rule.group === 'consoleSignIn')
      route.preHandler = [...[route.preHandler ?? []].flat(), byAccount as preHandlerHookHandler];
  });
}
