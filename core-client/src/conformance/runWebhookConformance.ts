import type { WebhookRequest } from '../receiver/ReceiverHost';
import { webhookConformanceCases, type ConformanceSetup } from './webhookConformanceCases';

/** The app under test, reached through its real webhook entry point. */
export interface ConformanceTarget {
  /** Delivers a request; answers the HTTP status and the `result` of the JSON body. */
  deliver(request: WebhookRequest): Promise<{ status: number; result: string }>;
  /** Makes the next platform write fail transiently (the local platform server answers 5xx, or the port throws). */
  failNextApply(): void;
  /** How many results have landed on the ticket so far. */
  writes(): Promise<number>;
}

/** One case's expected and actual answer; a test asserts `actual` equals `expected`. */
export interface ConformanceReport {
  name: string;
  expected: { status: number; result: string; writes: number };
  actual: { status: number; result: string; writes: number };
}

/**
 * Runs the shared receiver cases (forged, stale, future, replayed, malformed, unknown event, apply
 * fails then succeeds, …) against one app, in order, and reports every answer. Every app must give
 * the same answers: the status table is core-client's `RECEIVER_STATUS`.
 */
export const runWebhookConformance = async (
  target: ConformanceTarget,
  setup: ConformanceSetup,
): Promise<ConformanceReport[]> => {
  const reports: ConformanceReport[] = [];
  const start = await target.writes();
  for (const testCase of webhookConformanceCases(setup)) {
    if (testCase.failApply) target.failNextApply();
    const answer = await target.deliver(testCase.request);
    reports.push({
      name: testCase.name,
      expected: testCase.expected,
      actual: { status: answer.status, result: answer.result, writes: (await target.writes()) - start },
    });
  }
  return reports;
};
