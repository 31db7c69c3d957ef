import { runWebhookConformance } from '@helpdesk-verify/core-client/conformance';
import type { TrustCheckEvent } from '@helpdesk-verify/core-client/schemas';
import { sampleTrustCheckEvent } from '@helpdesk-verify/testkit/webhooks/sampleTrustCheckEvent';
import { CONFIG_KEYS } from '../src/config/loadAppConfig';
import { forgeDeps } from '../src/forge/forgeDeps';
import { handleWebhook } from '../src/webhook/handleWebhook';
import { forgeEdge } from './forgeEdge';
import { startJiraContractServer, type JiraContractServer } from './startJiraContractServer';
import { startWebTriggerHost } from './startWebTriggerHost';

jest.mock('@forge/api', () => jest.requireActual('./forgeEdge').mockForgeApi());
jest.mock('@forge/kvs', () => jest.requireActual('./forgeEdge').mockForgeKvs());

const SECRET = 'whsec_' + Buffer.from('conformance secret of the jira app').toString('base64');
const NOW = new Date('2026-01-15T09:01:00.000Z');

describe.each([
  ['a JSM customer request', { projectTypeKey: 'service_desk' as const }, 'createRequestComment'],
  [
    'a service project issue without a request type',
    { projectTypeKey: 'service_desk' as const, requestTypeId: null },
    'addComment',
  ],
  ['a software issue', { projectTypeKey: 'software' as const }, 'addComment'],
])("core-client's webhook conformance cases against the web trigger, on %s", (_name, issue, commentOperation) => {
  let jira: JiraContractServer;
  let trigger: Awaited<ReturnType<typeof startWebTriggerHost>>;

  beforeAll(async () => {
    jira = await startJiraContractServer();
    forgeEdge.reset();
    forgeEdge.jiraUrl = jira.url;
    forgeEdge.secrets.set(CONFIG_KEYS.webhookSecret, SECRET);
    jira.addIssue({ key: 'HELP-1', ...issue });
    trigger = await startWebTriggerHost((request) => handleWebhook(request, { ...forgeDeps(), now: () => NOW }));
  });
  afterAll(async () => {
    await trigger?.close();
    await jira?.close();
  });

  it("gives the answer of the one status table to every case, through Forge's front door and the Jira contract server", async () => {
    const event: TrustCheckEvent = {
      ...sampleTrustCheckEvent('trust_check.completed', new Date('2026-01-15T09:00:00.000Z')),
      ticket: { system: 'jira', id: 'HELP-1', url: null },
    };
    const reports = await runWebhookConformance(
      {
        deliver: async (request) => {
          const response = await fetch(trigger.url, {
            method: request.method,
            headers: request.headers as Record<string, string>,
            ...(request.method === 'GET' ? {} : { body: request.body }),
          });
          const body = (await response.json()) as { result: string };
          return { status: response.status, result: body.result };
        },
        // The comment is the first write; Jira answers 503 once.
        failNextApply: () => jira.failNext(commentOperation),
        writes: async () => {
          const fake = jira.issues.get('HELP-1')!;
          return fake.comments.length + fake.requestComments.length;
        },
      },
      { secret: SECRET, now: NOW, event },
    );
    expect(reports.length).toBeGreaterThanOrEqual(13);
    for (const report of reports)
      expect({ name: report.name, ...report.actual }).toEqual({ name: report.name, ...report.expected });
    expect(jira.violations).toEqual([]);
    const fake = jira.issues.get('HELP-1')!;
    // Every result that landed is internal.
    expect(fake.requestComments.every((c) => !c.public)).toBe(true);
    expect(fake.comments.every((c) => !c.jsdPublic)).toBe(true);
  });
});
