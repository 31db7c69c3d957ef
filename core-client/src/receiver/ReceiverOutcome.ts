/**
 * Every answer a ticketing app's webhook receiver gives, in one closed list. The status of each is
 * fixed by {@link RECEIVER_STATUS}, so the same delivery gets the same answer from every app.
 */
export type ReceiverOutcome =
  | 'applied'
  | 'duplicate'
  | 'ignored'
  | 'missing_headers'
  | 'invalid_timestamp'
  | 'invalid_payload'
  | 'invalid_event'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'no_matching_signature'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'not_configured'
  | 'apply_failed';

/**
 * The HTTP status of each outcome. 2xx tells the service to stop (done, seen before, or not for
 * this app); 4xx means the delivery itself is wrong (a retry would get the same answer, and the
 * service's delivery log shows why); 503 means "try again later" (not configured yet, or the
 * platform write failed and the claim on the `webhook-id` was released).
 */
export const RECEIVER_STATUS: Readonly<Record<ReceiverOutcome, number>> = {
  applied: 200,
  duplicate: 200,
  ignored: 200,
  missing_headers: 400,
  invalid_timestamp: 400,
  invalid_payload: 400,
  invalid_event: 400,
  timestamp_too_old: 401,
  timestamp_too_new: 401,
  no_matching_signature: 401,
  method_not_allowed: 405,
  payload_too_large: 413,
  not_configured: 503,
  apply_failed: 503,
};

/** What a receiver sends back: the status and a small JSON body naming the outcome. */
export interface ReceiverAnswer {
  status: number;
  body: { result: ReceiverOutcome; detail?: string; verification_id?: string };
}

/** Builds the answer of an outcome with its one status. */
export const receiverAnswer = (result: ReceiverOutcome, detail?: string, verificationId?: string): ReceiverAnswer => {
  const body: ReceiverAnswer['body'] = { result };
  if (detail !== undefined) body.detail = detail;
  if (verificationId !== undefined) body.verification_id = verificationId;
  return { status: RECEIVER_STATUS[result], body };
};
