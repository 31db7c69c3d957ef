import { checkProblem, checkVerification } from '@helpdesk-verify/core-client/receiver';
import type { Verification } from '@helpdesk-verify/core-client/schemas';
import type { HttpResponse } from '@helpdesk-verify/core-client/client';

/** The verification the service created, or one sentence for the agent about why there is none. */
export type VerificationAnswer = { ok: true; verification: Verification } | { ok: false; message: string };

const EXCERPT_LENGTH = 200;

const parseJson = (body: string): { parsed: true; value: unknown } | { parsed: false } => {
  try {
    return { parsed: true, value: JSON.parse(body) };
  } catch (_error) {
    return { parsed: false };
  }
};

/**
 * Reads the service's answer to `POST /v1/verifications` without zod: a 2xx body is checked
 * against the JSON Schema generated from the contract's `Verification`, an error body against
 * the RFC 9457 `Problem`. Never throws; the message never carries a stack trace.
 */
export const readVerificationAnswer = (response: HttpResponse): VerificationAnswer => {
  const json = parseJson(response.body);
  if (response.status >= 200 && response.status <= 299) {
    const checked = json.parsed ? checkVerification(json.value) : null;
    if (checked && checked.valid) return { ok: true, verification: checked.verification };
    const why = checked
      ? checked.errors.slice(0, 3).join('; ')
      : 'the body is not JSON: ' + JSON.stringify(response.body.slice(0, EXCERPT_LENGTH));
    return {
      ok: false,
      message: 'The verification service sent an answer the app does not understand (' + response.status + '): ' + why,
    };
  }
  const problem = json.parsed ? checkProblem(json.value) : null;
  const title = problem && problem.valid ? problem.problem.title : 'HTTP ' + response.status;
  const detail = problem && problem.valid ? problem.problem.detail : response.body.slice(0, EXCERPT_LENGTH);
  if (response.status === 401 || response.status === 403) {
    return {
      ok: false,
      message:
        "The verification service refused the app's API key (" +
        response.status +
        '): ' +
        detail +
        '. Ask an admin to check x_hdv_verify.api_key.',
    };
  }
  return {
    ok: false,
    message: 'The verification service refused the request (' + response.status + ' ' + title + '): ' + detail,
  };
};
