import { join } from 'node:path';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { buildOpenApiDocument } from '@helpdesk-verify/core-client/openapi';
import type { Database } from '../kernel/database';
import { createHttpServer } from '../infrastructure/http/createHttpServer';
import { registerRateLimits, type RateLimits } from '../infrastructure/http/registerRateLimits';
import { registerApiRoutes, type ApiAuthOptions } from '../surfaces/api/registerApiRoutes';
import { authenticateApiKey } from '../domain/apiKeys/authenticateApiKey';
import { apiKeyHandlers } from '../surfaces/api/apiKeys/apiKeyHandlers';
import { templateHandlers } from '../surfaces/api/templates/templateHandlers';
import { linkHandlers } from '../surfaces/api/links/linkHandlers';
import { directoryHandlers } from '../surfaces/api/directory/directoryHandlers';
import { ldapSourceHandlers } from '../surfaces/api/directory/ldapSourceHandlers';
import { syncAllLdapSources } from '../domain/directory/sources/ldap/syncAllLdapSources';
import { organizationHandlers } from '../surfaces/api/organizations/organizationHandlers';
import { webhookHandlers } from '../surfaces/api/webhooks/webhookHandlers';
import { createWebhookDispatcher, type WebhookDispatcher } from '../domain/webhooks/dispatch/createWebhookDispatcher';
import { verificationHandlers } from '../surfaces/api/verifications/verificationHandlers';
import { expireDueVerifications } from '../domain/verifications/expireDueVerifications';
import type { VerificationDeps } from '../domain/verifications/VerificationDeps';
import { createProofRegistry, proofCapabilities } from '../domain/proofs/proofRegistry';
import { registerEmployeePages } from '../surfaces/employeePages/registerEmployeePages';
import { registerScimRoutes } from '../surfaces/scim/registerScimRoutes';
import { passkeyHandlers } from '../surfaces/api/passkeys/passkeyHandlers';
import { auditHandlers } from '../surfaces/api/audit/auditHandlers';
import { recordApiCall } from '../surfaces/api/recordApiCall';
import { registerAuditExportRoute } from '../surfaces/api/audit/registerAuditExportRoute';
import { analyticsHandlers } from '../surfaces/api/analytics/analyticsHandlers';
import { runRetention } from '../domain/retention/runRetention';
import { registerHealthRoutes } from '../surfaces/health/registerHealthRoutes';
import { authenticateConsoleCookie } from '../surfaces/consoleSignIn/authenticateConsoleCookie';
import { registerConsoleAuthRoutes } from '../surfaces/consoleSignIn/registerConsoleAuthRoutes';
import { oidcConfigHandlers } from '../surfaces/api/consoleSignInSettings/oidcConfigHandlers';
import { consoleUserHandlers } from '../surfaces/api/consoleUsers/consoleUserHandlers';
import { registerConsoleApp } from '../surfaces/console/registerConsoleApp';
import { renderApiDocsPage } from '../surfaces/docs/renderApiDocsPage';
import { createPeriodicJob, type PeriodicJob } from '../infrastructure/jobs/createPeriodicJob';
import { createLocalOutbox, type LocalOutbox } from '../infrastructure/messaging/capture/createLocalOutbox';
import { registerCapturePages } from '../surfaces/demo/registerCapturePages';
import { demoCredentialsFile } from './demo/bootstrapDemo';
import { createNotifier } from '../infrastructure/messaging/createNotifier';
import { createMessageDispatcher, type MessageDispatcher } from '../domain/notifications/queue/createMessageDispatcher';
import { smtpEmailSender } from '../infrastructure/messaging/email/smtpEmailSender';
import { captureEmailSender } from '../infrastructure/messaging/email/captureEmailSender';
import { twilioSmsSender } from '../infrastructure/messaging/sms/twilioSmsSender';
import { captureSmsSender } from '../infrastructure/messaging/sms/captureSmsSender';
import { newId } from '../kernel/ids';
import { serviceKey } from '../kernel/secrets';
import { systemClock, type Clock } from '../kernel/clock';
import type { Logger } from '../kernel/logger';
import type { Config } from './loadConfig';
import type { AppContext } from '../kernel/AppContext';
import { loadServiceKey } from './loadServiceKey';
import { openConfiguredDatabase } from './openConfiguredDatabase';
import { smtpOptionsFromUrl } from './smtpOptionsFromUrl';
import { withPrivateRequestLog } from '../infrastructure/http/privateRequestLog';

/** A running service: the HTTP app, its dependencies and its background jobs. */
export interface App {
  http: FastifyInstance;
  deps: VerificationDeps;
  /** Present when mail and SMS are captured locally instead of sent. */
  outbox: LocalOutbox | null;
  jobs: {
    expiry: PeriodicJob;
    webhooks: WebhookDispatcher;
    messages: MessageDispatcher;
    ldapSync: PeriodicJob;
    retention: PeriodicJob;
    /** The periodic jobs the proofs ask for (e.g. erasing due face images). */
    proofJobs: readonly PeriodicJob[];
  };
  /** Stops taking requests, finishes the work in flight, stops the jobs, closes the database. */
  close(): Promise<void>;
}

export interface CreateAppOptions {
  config: Config;
  clock?: Clock;
  logger?: FastifyServerOptions['logger'];
  /** Use this database instead of opening one from the configuration (tests). */
  db?: Database;
  expiryIntervalMs?: number;
  webhookIntervalMs?: number;
  /** How often queued link and code messages due for a retry are looked for (default 1 s). */
  messageIntervalMs?: number;
  /** How often every organisation's LDAP directory is synced (default 15 minutes). */
  ldapSyncIntervalMs?: number;
  /** How often data retention runs (default hourly). */
  retentionIntervalMs?: number;
  /** Limits on the unauthenticated endpoints (default DEFAULT_RATE_LIMITS). */
  rateLimits?: RateLimits;
}

/** Builds the whole service from its configuration; `start` the jobs and `listen` separately. */
export async function createApp(options: CreateAppOptions): Promise<App> {
  const { config } = options;
  // Request logs leave out the client's address and link tokens (see privateRequestLog).
  const http = await createHttpServer({
    logger: withPrivateRequestLog(options.logger ?? { level: config.logLevel }),
    trustProxy: config.trustProxy,
    hstsMaxAgeSeconds: config.hstsMaxAgeSeconds,
  });
  // Before any route: the unauthenticated ones are matched as they are added.
  await registerRateLimits(http, options.rateLimits);
  const db = options.db ?? (await openConfiguredDatabase(config));
  const key = loadServiceKey({ secretKey: config.secretKey, dataDir: config.dataDir, embedded: !config.databaseUrl });
  const logger: Logger = http.log;
  if (key.source === 'generated')
    logger.warn(
      { file: join(config.dataDir, 'service.key') },
      'generated a service key for the embedded database; set HV_SECRET_KEY in production',
    );

  const capturing = !config.smtpUrl || !config.twilio;
  const outbox = capturing ? createLocalOutbox({ dir: join(config.dataDir, 'outbox') }) : null;
  const email = config.smtpUrl
    ? smtpEmailSender({ ...smtpOptionsFromUrl(config.smtpUrl), from: config.mailFrom })
    : captureEmailSender(outbox as LocalOutbox);
  const sms = config.twilio ? twilioSmsSender(config.twilio) : captureSmsSender(outbox as LocalOutbox);

  const proofs = createProofRegistry();
  const context: AppContext = {
    db,
    clock: options.clock ?? systemClock,
    newId,
    key: serviceKey(key.key),
    logger,
    config: {
      publicUrl: config.publicUrl,
      allowPrivateWebhookTargets: config.allowPrivateWebhookTargets,
      webauthnTrustDir: config.webauthnTrustDir,
    },
  };
  const messenger = createNotifier({ email, sms });
  // Links and codes are queued in their transaction and sent by this dispatcher: at once after the commit, retried in the background.
  const messages = createMessageDispatcher(
    { ...context, messenger },
    { intervalMs: options.messageIntervalMs ?? 1000, leaseMs: config.messageLeaseMs },
  );
  const deps: VerificationDeps = { ...context, proofs, messenger, messages };
  // What a proof checks at start (e.g. the WebAuthn trust store): bad configuration stops the service here.
  for (const definition of proofs.values()) definition.start?.(deps);

  // The endpoint table and the routes beside it (the audit CSV export) resolve callers the same way.
  const consoleAuth = {
    idleTimeoutMs: config.consoleIdleMinutes * 60_000,
    absoluteTimeoutMs: config.consoleAbsoluteHours * 3_600_000,
  };
  const apiAuth: ApiAuthOptions = {
    authenticate: (presented) => authenticateApiKey(deps, { key: presented }),
    // The console's signed-in users call the same API with their session cookie (and CSRF token).
    authenticateCookie: authenticateConsoleCookie(deps, consoleAuth),
  };
  registerApiRoutes(http, {
    ...apiAuth,
    // Every successful unsafe call is recorded in the audit log (action = endpoint name).
    onUnsafeSuccess: (call) => recordApiCall(deps, call),
    handlers: {
      ...organizationHandlers(deps),
      ...apiKeyHandlers(deps),
      ...templateHandlers(deps),
      ...linkHandlers(deps, { proofCapabilities: proofCapabilities(proofs) }),
      ...directoryHandlers(deps),
      ...ldapSourceHandlers(deps),
      ...webhookHandlers(deps),
      ...verificationHandlers(deps),
      ...passkeyHandlers(deps),
      ...consoleUserHandlers(deps),
      ...oidcConfigHandlers(deps),
      ...auditHandlers(deps),
      ...analyticsHandlers(deps),
    },
  });
  registerAuditExportRoute(http, deps, apiAuth);
  registerEmployeePages(http, deps);
  // Console sign-in (password, OpenID Connect), its session and sign-out.
  registerConsoleAuthRoutes(http, deps, consoleAuth);
  registerScimRoutes(http, deps, { authenticate: (presented) => authenticateApiKey(deps, { key: presented }) });
  let closing = false;
  registerHealthRoutes(http, { db, isClosing: () => closing });
  // src/composition and dist/composition are both two levels below the package: tests and the built service find the same build.
  registerConsoleApp(http, { buildDir: join(__dirname, '..', '..', 'dist', 'console-app') });
  // A request still in flight at shutdown is answered with `Connection: close`: otherwise a keep-alive
  // client (a load balancer) holds its idle connection open and the process cannot exit until forced.
  http.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  const openApi = buildOpenApiDocument({ serverUrl: config.publicUrl });
  http.get('/openapi.json', async (_request, reply) =>
    reply.header('cache-control', 'public, max-age=300').send(openApi),
  );
  const docsPage = renderApiDocsPage(openApi as Parameters<typeof renderApiDocsPage>[0]);
  http.get('/docs', async (_request, reply) =>
    reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(docsPage),
  );
  // /dev/outbox and /dev/webhooks: only in the demo mode with no real sender.
  await registerCapturePages(http, {
    config,
    demoCredentialsFile: demoCredentialsFile(config.dataDir),
    outbox,
    clock: options.clock ?? systemClock,
    logger,
  });

  const jobs = {
    expiry: createPeriodicJob({
      name: 'expire-verifications',
      intervalMs: options.expiryIntervalMs ?? 5000,
      run: () => expireDueVerifications(deps),
      logger,
    }),
    webhooks: createWebhookDispatcher(deps, {
      intervalMs: options.webhookIntervalMs ?? 1000,
      leaseMs: config.webhookLeaseMs,
    }),
    messages,
    ldapSync: createPeriodicJob({
      name: 'sync-ldap-directories',
      intervalMs: options.ldapSyncIntervalMs ?? 15 * 60_000,
      run: () => syncAllLdapSources(deps),
      logger,
    }),
    // Organisation retention settings, idempotency keys after 24 h, captured mail and SMS after 7 days.
    retention: createPeriodicJob({
      name: 'retention',
      intervalMs: options.retentionIntervalMs ?? 3_600_000,
      run: () => runRetention(deps, { outboxDir: outbox?.dir ?? null }),
      logger,
    }),
    proofJobs: [...proofs.values()].flatMap((definition) =>
      (definition.jobs ?? []).map((job) =>
        createPeriodicJob({ name: job.name, intervalMs: job.intervalMs, run: () => job.run(deps), logger }),
      ),
    ),
  };
  return {
    http,
    deps,
    outbox,
    jobs,
    async close() {
      closing = true;
      await http.close();
      await Promise.all([
        jobs.expiry.stop(),
        jobs.webhooks.stop(),
        jobs.messages.stop(),
        jobs.ldapSync.stop(),
        jobs.retention.stop(),
        ...jobs.proofJobs.map((job) => job.stop()),
      ]);
      await db.close();
    },
  };
}
