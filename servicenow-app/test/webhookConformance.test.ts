import { runWebhookConformance } from '@helpdesk-verify/core-client/conformance';
import { nodeHmacSha256 } from '@helpdesk-verify/core-client/node';
import { receiveWebhookSync } from '@helpdesk-verify/core-client/receiver';
import { sampleTrustCheckEvent } from '@helpdesk-verify/testkit/webhooks/sampleTrustCheckEvent';
import { createWebhookHost } from '../src/server/webhook/createWebhookHost';
import { memoryPorts, pendingRecordFor } from './memoryPorts';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const NOW = new Date('2026-01-15T09:00:10.000Z');

describe('the ServiceNow receiver against the shared conformance cases (memory ports)', () => {
  it('gives the answers every app gives', async () => {
    const event = {
      ...sampleTrustCheckEvent(),
      ticket: { system: 'servicenow' as const, id: 'INC0010001', url: null },
    };
    const ports = memoryPorts();
    ports.records.insert(pendingRecordFor(event, { table: 'incident', sysId: 'a'.repeat(32), number: 'INC0010001' }));
    const host = createWebhookHost({
      secrets: () => [SECRET],
      hmac: nodeHmacSha256,
      now: () => NOW,
      receipts: ports.receipts,
      records: ports.records,
      notes: ports.notes$,
    });
    const reports = await runWebhookConformance(
      {
        deliver: async (request) => {
          const answer = receiveWebhookSync(host, request);
          return { status: answer.status, result: answer.body.result };
        },
        failNextApply: () => ports.failNextNote(),
        writes: async () => ports.notes.length,
      },
      { secret: SECRET, now: NOW, event },
    );
    expect(reports.length).toBeGreaterThanOrEqual(13);
    for (const report of reports)
      expect({ name: report.name, ...report.actual }).toEqual({ name: report.name, ...report.expected });
  });
});
