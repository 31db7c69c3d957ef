import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runWebhookConformance } from '@helpdesk-verify/core-client/conformance';
import type { TrustCheckEvent } from '@helpdesk-verify/core-client/schemas';
import { signWebhook } from '@helpdesk-verify/core-client/webhooks';
import { nodeHmacSha256 } from '@helpdesk-verify/core-client/node';
import { sampleTrustCheckEvent } from '@helpdesk-verify/testkit/webhooks/sampleTrustCheckEvent';
import { readBuiltApp } from './rhino/readBuiltApp';
import { startRhinoPlatform, type RhinoPlatform } from './rhino/startRhinoPlatform';

const APP_NAME = '@helpdesk-verify/servicenow-app';
const MODULE_ROOT = `x_hdv_verify/${APP_NAME}/0.1.0/src/server`;
const KIT = '@helpdesk-verify/core-client/receiver';
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const NOW = new Date('2026-01-15T09:00:10.000Z');
const INCIDENT = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const CALLER = 'fedcba9876543210fedcba9876543210';

interface Vector {
  description: string;
  secret: string;
  id: string;
  timestamp: number;
  body: string;
  signature: string;
}
const VECTORS = (
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'core-client', 'test', 'webhook-vectors.json'), 'utf8')) as {
    vectors: Vector[];
  }
).vectors;

/** The line now-sdk's repack puts before every npm dependency it bundles (sdk-repack `outputConfig.intro`). */
const REPACK_INTRO = 'var __global$ = globalThis || (typeof window !== "undefined" ? window : self);';

const isJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** A delivery signed now with the receiver's secret, as the service sends it. */
const signedDelivery = (body: string, id: string) => {
  const timestamp = Math.floor(NOW.getTime() / 1000);
  return {
    headers: {
      'webhook-id': id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook({ secret: SECRET, id, timestamp, body }, nodeHmacSha256),
    },
    body,
  };
};

const withoutCommentsAndStrings = (source: string): string =>
  source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""');

describe('the built server scripts under Debian Rhino 1.7.14 (the engine family of ServiceNow)', () => {
  const app = readBuiltApp();
  let platform: RhinoPlatform;

  beforeAll(async () => {
    platform = await startRhinoPlatform(app, APP_NAME);
  }, 60_000);
  afterAll(async () => {
    await platform?.close();
  });

  const event: TrustCheckEvent = {
    ...sampleTrustCheckEvent(),
    ticket: { system: 'servicenow', id: 'INC0010001', url: null },
  };
  const seed = () =>
    platform.send({
      op: 'setup',
      now: NOW.getTime(),
      properties: {
        'x_hdv_verify.webhook_secret': SECRET,
        'x_hdv_verify.gate_enabled': 'true',
        'x_hdv_verify.gate_categories': 'password_reset,mfa_reset',
      },
      rows: {
        sys_user: [{ sys_id: CALLER, name: 'Dana Scully', email: 'dana@acme.example' }],
        incident: [
          {
            sys_id: INCIDENT,
            number: 'INC0010001',
            caller_id: CALLER,
            category: 'password_reset',
            state: '2',
            active: '1',
          },
        ],
        x_hdv_verify_verification: [
          {
            verification_id: event.session_id,
            task: INCIDENT,
            task_table: 'incident',
            employee: CALLER,
            agent: 'c'.repeat(32),
            link_id: event.link_id,
            channels: 'email',
            status: 'pending',
            match_code: event.match_code,
            requested_at: '2026-01-15 08:59:00',
          },
        ],
      },
    });
  const state = () =>
    platform.send<{
      rows: Record<string, Record<string, string>[]>;
      journal: { table: string; sys_id: string; text: string }[];
    }>({ op: 'state' });

  it('carries no zod, and nothing ServiceNow disallows before Zurich (globalThis, WeakMap, Promise, async, classes) beyond the SDK’s own bundling line', () => {
    const paths = Object.keys(app.modules).filter((path) => !path.endsWith('.json'));
    expect(paths.some((path) => /zod/.test(path))).toBe(false);
    const offenders = paths.flatMap((path) => {
      const code = withoutCommentsAndStrings(app.modules[path]!.replace(REPACK_INTRO, ''));
      const found = code.match(/\b(globalThis|WeakMap|WeakRef|Promise|async|await|class|zod)\b/g);
      return found ? [`${path}: ${[...new Set(found)].join(', ')}`] : [];
    });
    expect(offenders).toEqual([]);
  });

  it('parses every server module the build emitted', async () => {
    expect(await platform.send({ op: 'parseAll' })).toEqual({ failures: [] });
  });

  it('reproduces every shared webhook vector with the platform HMAC (CertificateEncryption over javax.crypto.Mac)', async () => {
    for (const vector of VECTORS) {
      const mac = await platform.send<{ value: string }>({
        op: 'call',
        module: `${MODULE_ROOT}/platform/certificateEncryptionHmac.ts`,
        name: 'certificateEncryptionHmac',
        args: [vector.secret.replace(/^whsec_/, ''), `${vector.id}.${vector.timestamp}.${vector.body}`],
      });
      expect({ vector: vector.description, signature: `v1,${mac.value}` }).toEqual({
        vector: vector.description,
        signature: vector.signature,
      });
    }
  });

  it("verifies every shared vector through the kit's verifyWebhook as bundled, and refuses it re-signed or altered", async () => {
    for (const vector of VECTORS) {
      const verify = (body: string, signature: string) =>
        platform.send<{ value: { verified: boolean; reason?: string } }>({
          op: 'call',
          module: KIT,
          name: 'verifyWebhook',
          args: [
            {
              secrets: [vector.secret],
              headers: {
                'webhook-id': vector.id,
                'webhook-timestamp': String(vector.timestamp),
                'webhook-signature': signature,
              },
              body,
              now: { $date: vector.timestamp * 1000 },
            },
            { $module: `${MODULE_ROOT}/platform/certificateEncryptionHmac.ts`, $export: 'certificateEncryptionHmac' },
          ],
        });
      // A correct signature over a body that is not JSON is refused as invalid_payload, as core-client's own vector test expects.
      const expected = isJson(vector.body)
        ? { verified: true, id: vector.id }
        : { verified: false, reason: 'invalid_payload' };
      expect({ vector: vector.description, ...(await verify(vector.body, vector.signature)).value }).toMatchObject({
        vector: vector.description,
        ...expected,
      });
      expect((await verify(vector.body + ' ', vector.signature)).value).toMatchObject({
        verified: false,
        reason: 'no_matching_signature',
      });
    }
  });

  it('answers the shared conformance cases through the built webhook route as every app does', async () => {
    await seed();
    const reports = await runWebhookConformance(
      {
        deliver: async (request) => {
          // Only POST /webhook exists; the platform's REST router answers other methods without running the script.
          if (request.method !== 'POST') return { status: 405, result: 'method_not_allowed' };
          const answer = await platform.send<{ status: number; body: { result: string } }>({
            op: 'rest',
            path: '/webhook',
            headers: request.headers,
            body: request.body,
          });
          return { status: answer.status, result: answer.body.result };
        },
        failNextApply: () => void platform.send({ op: 'failNextUpdate', table: 'incident' }),
        writes: async () => (await state()).journal.length,
      },
      { secret: SECRET, now: NOW, event },
    );
    for (const report of reports)
      expect({ name: report.name, ...report.actual }).toEqual({ name: report.name, ...report.expected });
    const after = await state();
    expect(after.journal.map((entry) => entry.text.split('\n')[0])).toEqual([
      expect.stringMatching(/^\[PASSED\] Identity verified/),
      expect.stringMatching(/^\[PASSED\] Identity verified/),
    ]);
    expect(after.rows.x_hdv_verify_verification![0]).toMatchObject({ status: 'passed' });
  });

  it('runs the built policy gate business rule: no resolve without a fresh pass of the current caller', async () => {
    await seed();
    const resolve = () =>
      platform.send<{ aborted: boolean; messages: { text: string }[] }>({
        op: 'businessRule',
        name: 'Helpdesk Verify: require a passed verification to resolve',
        table: 'incident',
        sysId: INCIDENT,
        changes: { state: '6' },
      });
    expect(await resolve()).toMatchObject({
      aborted: true,
      messages: [{ text: expect.stringContaining('"pending", not "passed"') }],
    });
    // The signed result arrives through the built route; then the incident may be resolved.
    const delivered = await platform.send<{ status: number }>({
      op: 'rest',
      path: '/webhook',
      ...signedDelivery(JSON.stringify(event), 'msg_gate0000000001'),
    });
    expect(delivered.status).toBe(200);
    expect(await resolve()).toEqual({ aborted: false, messages: [] });
    expect((await state()).rows.incident![0]).toMatchObject({ state: '6' });
  });

  it('keeps the gate shut for a pass older than gate_max_age_minutes', async () => {
    await seed();
    await platform.send({
      op: 'rest',
      path: '/webhook',
      ...signedDelivery(JSON.stringify(event), 'msg_gate0000000002'),
    });
    await platform.send({ op: 'setNow', now: NOW.getTime() + 61 * 60_000 });
    const resolve = await platform.send<{ aborted: boolean; messages: { text: string }[] }>({
      op: 'businessRule',
      name: 'Helpdesk Verify: require a passed verification to resolve',
      table: 'incident',
      sysId: INCIDENT,
      changes: { state: '6' },
    });
    expect(resolve).toMatchObject({
      aborted: true,
      messages: [{ text: expect.stringContaining('more than 60 minutes ago') }],
    });
  });
});
