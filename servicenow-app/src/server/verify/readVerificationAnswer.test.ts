import { pendingVerification } from '../../../../core-client/test/fixtures';
import { readVerificationAnswer } from './readVerificationAnswer';

const answer = (status: number, body: unknown) => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const problem = (status: number, title: string, detail: string) => ({
  type: 'urn:helpdesk-verify:problem:x',
  title,
  status,
  detail,
});

describe('readVerificationAnswer (no zod: the JSON Schemas generated from the contract)', () => {
  it('accepts a created verification', () => {
    expect(readVerificationAnswer(answer(201, pendingVerification))).toEqual({
      ok: true,
      verification: expect.objectContaining({ id: pendingVerification.id, status: 'pending' }),
    });
  });

  it('refuses a 2xx body that is not a verification, or not JSON, saying why', () => {
    expect(readVerificationAnswer(answer(201, { ...pendingVerification, status: 'maybe' }))).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^The verification service sent an answer the app does not understand \(201\): .*status/,
      ),
    });
    expect(readVerificationAnswer(answer(200, '<html>proxy</html>'))).toEqual({
      ok: false,
      message: expect.stringContaining('the body is not JSON: "<html>proxy</html>"'),
    });
  });

  it("turns the service's problem documents into one sentence for the agent", () => {
    expect(readVerificationAnswer(answer(401, problem(401, 'Unauthorized', 'The API key is not valid')))).toEqual({
      ok: false,
      message:
        "The verification service refused the app's API key (401): The API key is not valid. Ask an admin to check x_hdv_verify.api_key.",
    });
    expect(readVerificationAnswer(answer(422, problem(422, 'Unprocessable', 'No employee matches')))).toEqual({
      ok: false,
      message: 'The verification service refused the request (422 Unprocessable): No employee matches',
    });
    expect(readVerificationAnswer(answer(502, 'Bad gateway'))).toEqual({
      ok: false,
      message: 'The verification service refused the request (502 HTTP 502): Bad gateway',
    });
  });
});
