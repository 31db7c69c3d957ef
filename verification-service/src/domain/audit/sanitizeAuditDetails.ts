/** Keys whose values never enter the audit log, whatever the caller passes. */
const SECRET_KEY =
  /(secret|password|passwd|token|key_hash|^key$|api_key$|photo|image|embedding|credential_public_key|cookie|authorization)/i;

const UNPAIRED_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const storable = (text: string, max: number) =>
  text
    .slice(0, max)
    .replace(/\u0000/g, '')
    .replace(UNPAIRED_SURROGATES, '\ufffd');

const clean = (value: unknown, depth: number): unknown => {
  if (typeof value === 'string') return storable(value, 2000);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean' || value === null) return value;
  if (depth >= 4) return null;
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => clean(v, depth + 1));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>).slice(0, 50)) {
      if (v === undefined) continue;
      const key = storable(k, 100);
      out[key] = SECRET_KEY.test(key) ? '[redacted]' : clean(v, depth + 1);
    }
    return out;
  }
  return null;
};

/**
 * What an entry's `details` may hold: plain JSON that PostgreSQL's jsonb stores exactly as given
 * (no NUL, no unpaired surrogates, finite numbers), bounded in size, with secret-looking keys redacted.
 * The stored value must re-encode to the same bytes, or the chain would not verify.
 */
export function sanitizeAuditDetails(details: Record<string, unknown> | undefined): Record<string, unknown> {
  return (clean(details ?? {}, 0) as Record<string, unknown> | null) ?? {};
}
