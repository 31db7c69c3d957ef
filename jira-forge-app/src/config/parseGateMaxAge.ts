/** The longest freshness window the admin page accepts: 30 days. */
export const MAX_GATE_MAX_AGE_MINUTES = 30 * 24 * 60;

/**
 * The workflow validator's freshness window from the admin page: whole minutes from 1 to 30 days, or blank
 * (null) for "as long as the issue lives". Throws a `TypeError` with the admin's message otherwise.
 */
export const parseGateMaxAge = (value: unknown): number | null => {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return null;
  const minutes = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_GATE_MAX_AGE_MINUTES) {
    throw new TypeError(
      `Verification valid for: enter whole minutes from 1 to ${MAX_GATE_MAX_AGE_MINUTES}, or leave it blank for no limit`,
    );
  }
  return minutes;
};
