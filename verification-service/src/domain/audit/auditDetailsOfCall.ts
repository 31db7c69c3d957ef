/**
 * Body fields whose values are configuration, not secrets nor personal details; every other field
 * is only named. (A webhook URL can carry a token, a reason can name a person: neither is copied.)
 */
const COPIED_FIELDS = new Set([
  'scopes',
  'event_types',
  'channels',
  'enabled',
  'role',
  'assurance',
  'lifetime_seconds',
  'single_use',
  'overlap_seconds',
  'settings',
  'status',
]);

/** Path parameters besides `id` that name what was acted on (a delivery, a passkey). */
const COPIED_PARAMS = ['delivery_id', 'credential_id'];

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The `details` of an API call's audit entry: the request id, which fields were sent, and the harmless values. */
export function auditDetailsOfCall(input: {
  params: unknown;
  body: unknown;
  requestId: string;
}): Record<string, unknown> {
  const details: Record<string, unknown> = { request_id: input.requestId };
  if (isObject(input.params)) {
    for (const name of COPIED_PARAMS) if (typeof input.params[name] === 'string') details[name] = input.params[name];
  }
  if (isObject(input.body)) {
    details.fields = Object.keys(input.body).sort();
    const values: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(input.body)) if (COPIED_FIELDS.has(key)) values[key] = value;
    if (Object.keys(values).length > 0) details.values = values;
    if (Array.isArray(input.body.proofs))
      details.proofs = input.body.proofs.map((p) =>
        isObject(p)
          ? { type: p.type, required: p.required, ...(isObject(p.options) ? { options: p.options } : {}) }
          : null,
      );
  }
  return details;
}
