const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

/** The UTC day `days` before `day` (both YYYY-MM-DD). */
export const dayBefore = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * MS_PER_DAY).toISOString().slice(0, 10);

/**
 * The dashboard's range from the page URL (`from`, `to`: inclusive UTC days), default the last 30
 * days; as API timestamps `to` is the start of the day after.
 */
export function dashboardRange(
  query: Record<string, string>,
  now: Date,
): { fromDay: string; toDay: string; today: string; fromIso: string; toIso: string } {
  const today = now.toISOString().slice(0, 10);
  const toDay = query.to && DAY.test(query.to) ? query.to : today;
  const fromDay = query.from && DAY.test(query.from) && query.from <= toDay ? query.from : dayBefore(toDay, 29);
  return {
    fromDay,
    toDay,
    today,
    fromIso: `${fromDay}T00:00:00.000Z`,
    toIso: new Date(Date.parse(`${toDay}T00:00:00Z`) + MS_PER_DAY).toISOString(),
  };
}
