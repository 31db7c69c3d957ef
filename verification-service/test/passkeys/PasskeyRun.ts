import { linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';
import type { TestService } from '@helpdesk-verify/testkit/e2e/startTestService';

export interface StepResponse {
  status: string;
  notice: string | null;
  verificationStatus: string;
}

/** One employee's verification of a passkey Link driven over HTTP the way the page script does it (JSON + CSRF header). */
export class PasskeyRun {
  private constructor(
    private readonly service: TestService,
    readonly verificationId: string,
    private readonly cookie: string,
    private readonly csrf: string,
  ) {}

  static async start(service: TestService, linkId: string, email: string): Promise<PasskeyRun> {
    const created = await service.org.client.createVerification({
      body: {
        link_id: linkId,
        employee: { email },
        channels: ['email'],
        ticket: { system: 'jira', id: 'PK-1' },
        agent: { name: 'Alex Agent' },
      },
    });
    const mail = (await service.app.outbox!.list()).find((m) => m.text.includes(created.match_code))!;
    const started = await fetch(`${linkFrom(mail.text).replace(/^http:\/\/[^/]+/, service.baseUrl)}/start`, {
      method: 'POST',
      redirect: 'manual',
    });
    // Every cookie the start sets (the session, and the device cookie when the browser had none).
    const cookie = started.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .join('; ');
    const page = await (await fetch(`${service.baseUrl}/session`, { headers: { cookie } })).text();
    const csrf = /data-csrf="([^"]+)"/.exec(page)?.[1];
    if (!csrf) throw new Error('no passkey button on the page');
    return new PasskeyRun(service, created.id, cookie, csrf);
  }

  async call(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: Record<string, unknown> }> {
    const response = await fetch(`${this.service.baseUrl}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        accept: 'application/json',
        'x-csrf-token': this.csrf,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  /** Asks for a ceremony: its options come back as the `data` of the pending answer. */
  async options(): Promise<{ ceremony: string; options: { challenge: string; allowCredentials?: { id: string }[] } }> {
    const answer = await this.call('POST', '/session/proofs/device_passkey/options', {});
    expect(answer).toMatchObject({
      status: 200,
      json: { status: 'pending', data: { ceremony: expect.any(String), options: expect.any(Object) } },
    });
    return answer.json.data as never;
  }

  async verify(response: unknown): Promise<StepResponse> {
    const result = await this.call('POST', '/session/proofs/device_passkey/verify', { response });
    expect(result.status).toBe(200);
    return result.json as unknown as StepResponse;
  }

  async proof() {
    const v = await this.service.org.client.getVerification({ params: { id: this.verificationId } });
    return {
      status: v.status,
      proof: v.proofs.find((p) => p.type === 'device_passkey')!,
      device: v.device,
      risk: v.risk,
    };
  }
}
