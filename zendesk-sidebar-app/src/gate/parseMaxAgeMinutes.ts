/** The longest freshness window a gate accepts: 30 days. */
export const MAX_GATE_AGE_MINUTES = 43_200;

/**
 * Reads the gate's freshness window (the `gate_max_age_minutes` setting, `HV_GATE_MAX_AGE_MINUTES`):
 * empty means none (a pass counts for as long as the ticket lives), otherwise whole minutes from 1 to
 * {@link MAX_GATE_AGE_MINUTES}.
 */
export const parseMaxAgeMinutes = (
  value: unknown,
): { ok: true; minutes: number | null } | { ok: false; problem: string } => {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (text === '') return { ok: true, minutes: null };
  const minutes = Number(text);
  if (!/^\d+$/.test(text) || minutes < 1 || minutes > MAX_GATE_AGE_MINUTES) {
    return {
      ok: false,
      problem: `The gate's maximum age must be whole minutes from 1 to ${MAX_GATE_AGE_MINUTES}, or empty: ${text.slice(0, 40)}`,
    };
  }
  return { ok: true, minutes };
};
