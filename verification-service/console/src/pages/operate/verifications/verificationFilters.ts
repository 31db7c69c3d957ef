import type { VerificationListQuery } from '@helpdesk-verify/core-client/schemas';

/** The list's state as it appears in the page URL (dates as YYYY-MM-DD, days in UTC). */
export const FILTER_KEYS = [
  'q',
  'status',
  'link_id',
  'ticket_system',
  'from',
  'to',
  'sort',
  'order',
  'cursor',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

/** Only the known keys with values; anything else in the URL is ignored. */
export function filtersFromQuery(query: Record<string, string>): Filters {
  const filters: Filters = {};
  for (const key of FILTER_KEYS) if (query[key]) filters[key] = query[key];
  return filters;
}

export function filtersToSearch(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();

/** The API query for the filters; the client validates it, so a hand-edited URL gets a clear error. */
export function filtersToApiQuery(filters: Filters): VerificationListQuery {
  const query: Record<string, unknown> = { limit: 25 };
  if (filters.q) query.q = filters.q;
  if (filters.status) query.status = filters.status;
  if (filters.link_id) query.link_id = filters.link_id;
  if (filters.ticket_system) query.ticket_system = filters.ticket_system;
  if (filters.from) query.created_after = DAY.test(filters.from) ? `${filters.from}T00:00:00.000Z` : filters.from;
  if (filters.to) query.created_before = DAY.test(filters.to) ? nextDay(filters.to) : filters.to;
  if (filters.sort) query.sort = filters.sort;
  if (filters.order) query.order = filters.order;
  if (filters.cursor) query.cursor = filters.cursor;
  return query as VerificationListQuery;
}
