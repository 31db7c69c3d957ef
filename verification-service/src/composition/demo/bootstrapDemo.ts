import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultTemplates } from '@helpdesk-verify/core-client/templates';
import { bootstrapOrganization } from '../../domain/organizations/bootstrapOrganization';
import { createEmployee } from '../../domain/directory/createEmployee';
import { createWebhookEndpoint } from '../../domain/webhooks/endpoints/createWebhookEndpoint';
import { proofCapabilities } from '../../domain/proofs/proofRegistry';
import { createConsoleUser } from '../../domain/consoleUsers/createConsoleUser';
import type { VerificationDeps } from '../../domain/verifications/VerificationDeps';

/** What the demo keeps beside its data so a restart can print the same steps. */
export interface DemoCredentials {
  organizationId: string;
  apiKey: string;
  linkId: string;
  employeeEmail: string;
  webhookSecret: string;
  /** The console's local admin (older demo.json files lack it until the next start adds it). */
  consoleEmail?: string;
  consolePassword?: string;
}

const DEMO_ADMIN_EMAIL = 'admin@demo.example';

/** Adds the console's local admin with a generated strong password; the password goes to demo.json only. */
async function addDemoAdmin(
  deps: VerificationDeps,
  organizationId: string,
): Promise<{ consoleEmail: string; consolePassword: string }> {
  const admin = await createConsoleUser(deps, {
    orgId: organizationId,
    email: DEMO_ADMIN_EMAIL,
    name: 'Demo Admin',
    role: 'admin',
    initialPassword: true,
  });
  return { consoleEmail: admin.email, consolePassword: admin.initial_password! };
}

export const demoCredentialsFile = (dataDir: string) => join(dataDir, 'demo.json');

/**
 * On the first start of the demo: an organisation, an admin key, the default Link, one employee
 * (Dana Demo, with a phone for the code) and a webhook endpoint pointing at the demo receiver.
 * The key is also written to `demo.json` (mode 0600) — a convenience of the local demo only.
 */
export async function bootstrapDemo(
  deps: VerificationDeps,
  input: { dataDir: string },
): Promise<{ credentials: DemoCredentials; created: boolean }> {
  const file = demoCredentialsFile(input.dataDir);
  if (existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as DemoCredentials;
    if (saved.consolePassword) return { credentials: saved, created: false };
    // A demo made before the console had users: add its admin once.
    const credentials = { ...saved, ...(await addDemoAdmin(deps, saved.organizationId)) };
    writeFileSync(file, JSON.stringify(credentials, null, 2) + '\n', { mode: 0o600 });
    return { credentials, created: false };
  }
  const { organization, apiKey, link } = await bootstrapOrganization(deps, {
    name: 'Demo Co',
    adminKeyName: 'Demo admin key',
    defaults: defaultTemplates,
    proofCapabilities: proofCapabilities(deps.proofs),
  });
  const employee = await createEmployee(deps, {
    orgId: organization.id,
    employee: {
      email: 'dana@demo.example',
      display_name: 'Dana Demo',
      external_id: 'E-1001',
      login: 'dana',
      legal_name: 'Dana Demonstration',
      personal_email: 'dana.personal@demo.example',
      phone: '+15555550100',
      personal_phone: null,
      manager_email: null,
      department: 'Finance',
      status: 'active',
      reference_photo: null,
    },
  });
  const endpoint = await createWebhookEndpoint(deps, {
    orgId: organization.id,
    body: { url: `${deps.config.publicUrl}/dev/webhooks`, description: 'Demo receiver', event_types: [] },
  });
  const credentials: DemoCredentials = {
    organizationId: organization.id,
    apiKey: apiKey.key,
    linkId: link.id,
    employeeEmail: employee.email,
    webhookSecret: endpoint.secret,
    ...(await addDemoAdmin(deps, organization.id)),
  };
  writeFileSync(file, JSON.stringify(credentials, null, 2) + '\n', { mode: 0o600 });
  return { credentials, created: true };
}

/**
 * The steps a newcomer follows to complete one verification end to end. With a real sender the
 * capture pages are off (`servesCapturePages`), so the steps point at the employee's real inbox.
 */
export function demoInstructions(
  publicUrl: string,
  c: DemoCredentials,
  options: { capturePages: boolean } = { capturePages: true },
): string {
  const body = JSON.stringify({
    link_id: c.linkId,
    employee: { email: c.employeeEmail },
    channels: ['email'],
    ticket: { system: 'api', id: 'INC-1001' },
    agent: { name: 'Alex Agent' },
    reason: 'Password reset',
  });
  return [
    '',
    `Helpdesk Verify is running at ${publicUrl}  (API reference: ${publicUrl}/docs)`,
    '',
    `Demo organisation ${c.organizationId}; admin API key (keep it secret):`,
    `  ${c.apiKey}`,
    '',
    ...(c.consolePassword
      ? [`Console: ${publicUrl}/console/  sign in as ${c.consoleEmail} with password ${c.consolePassword}`, '']
      : []),
    'Verify Dana Demo as a help-desk agent would:',
    '  1. Start a verification:',
    `     curl -s -X POST ${publicUrl}/v1/verifications -H 'Authorization: Bearer ${c.apiKey}' -H 'Content-Type: application/json' -H 'Idempotency-Key: demo-1' -d '${body}'`,
    ...(options.capturePages
      ? [
          `  2. Read the email in the local outbox: ${publicUrl}/dev/outbox  (or: node verification-service/dist/composition/cli/main.js outbox)`,
          '  3. Open the link, press "Start verification", then "Text me a code"; the code is in the outbox too. Type it in.',
          `  4. The signed result reaches the demo webhook receiver: ${publicUrl}/dev/webhooks`,
          `     and the API: curl -s ${publicUrl}/v1/verifications -H 'Authorization: Bearer ${c.apiKey}'`,
        ]
      : [
          `  2. Messages go through the configured sender, so the email reaches ${c.employeeEmail} itself (the capture pages are off beside a real sender).`,
          '  3. Open the link, press "Start verification", then "Text me a code" and type the code in.',
          `  4. Read the result from the API: curl -s ${publicUrl}/v1/verifications -H 'Authorization: Bearer ${c.apiKey}'`,
        ]),
    '',
  ].join('\n');
}
