import type { AuditLogFilter } from '@helpdesk-verify/core-client/schemas';

const KEYS = ['action', 'actor', 'target_type', 'target_id', 'from', 'to', 'cursor'] as const;
/** The audit page's state in its URL (dates as YYYY-MM-DD, UTC days). */
export type AuditFilters = Partial<Record<(typeof KEYS)[number], string>>;

export function auditFiltersFromQuery(query: Record<string, string>): AuditFilters {
  const filters: AuditFilters = {};
  for (const key of KEYS) if (query[key]) filters[key] = query[key];
  return filters;
}

export function auditSearch(filters: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `?${search}` : '';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The API filter (list and CSV export alike): days become the timestamps of their UTC bounds. */
export function auditApiFilter(filters: AuditFilters): Record<string, string> & AuditLogFilter {
  const out: Record<string, string> = {};
  for (const key of ['action', 'actor', 'target_type', 'target_id'] as const) {
    const value = filters[key]?.trim();
    if (value) out[key] = value;
  }
  if (filters.from) out.from = DAY.test(filters.from) ? `${filters.from}T00:00:00.000Z` : filters.from;
  if (filters.to)
    out.to = DAY.test(filters.to)
      ? new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000).toISOString()
      : filters.to;
  return out;
}
