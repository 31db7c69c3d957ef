import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { TicketSystem, VerificationStatus, type Verification } from '@helpdesk-verify/core-client/schemas';
import { api } from '../../../api';
import { useLoad } from '../../../components/useLoad';
import { LoadState } from '../../../components/LoadState';
import { StatusBadge } from '../../../components/StatusBadge';
import { CursorPager } from '../../../components/CursorPager';
import { useCursorPages } from '../../../components/useCursorPages';
import { TableScroll } from '../../../components/TableScroll';
import { formatDateTime } from '../../../components/formatDateTime';
import { formatDuration } from '../../../components/formatDuration';
import { useSession } from '../../../sessionContext';
import type { PageProps } from '../../../ConsoleRoute';
import { useLinks } from '../useLinks';
import { filtersFromQuery, filtersToApiQuery, filtersToSearch, type Filters } from './verificationFilters';
import { TicketCell } from './TicketCell';
import '../operate.css';

const SORTABLE = [
  { key: 'created_at', label: 'Created' },
  { key: 'risk_score', label: 'Risk' },
  { key: 'completed_at', label: 'Completed' },
] as const;

/** Every verification of the organisation: search, filters, sorting and cursor pages, all in the URL. */
export function VerificationsPage(_: PageProps) {
  const { query, route } = useLocation();
  const session = useSession();
  const filters = filtersFromQuery(query);
  const filterKey = filtersToSearch({ ...filters, cursor: undefined });
  const links = useLinks();
  const linkName = (id: string) => links.find((l) => l.id === id)?.name ?? id;
  const search = filtersToSearch(filters);
  const result = useLoad(() => api.listVerifications({ query: filtersToApiQuery(filters) }), [search]);

  const go = (next: Filters) => route(`/console/verifications${filtersToSearch(next)}`);
  const pages = useCursorPages(filterKey, { cursor: filters.cursor, go: (cursor) => go({ ...filters, cursor }) });
  const [draft, setDraft] = useState<Filters>(filters);
  // The URL changed (back button, a link): the form shows what the list shows.
  // Keyed by the filters' search string: `filters` is a new object each render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setDraft(filters), [filterKey]);
  const set = (key: keyof Filters) => (e: Event) =>
    setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value });
  const sort = filters.sort ?? 'created_at';
  const order = filters.order ?? 'desc';

  const sortBy = (key: string) =>
    go({ ...filters, cursor: undefined, sort: key, order: sort === key && order === 'desc' ? 'asc' : 'desc' });
  const sortHeader = (key: (typeof SORTABLE)[number]['key'], label: string) => (
    <th scope="col" aria-sort={sort === key ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" class="sort-button" onClick={() => sortBy(key)}>
        {label}
        <span aria-hidden="true">{sort === key ? (order === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );

  return (
    <section aria-labelledby="page-title">
      <div class="page-head">
        <h1 id="page-title">Verifications</h1>
        {session.user.role !== 'auditor' && (
          <a class="button-link" href="/console/verifications/new">
            New verification
          </a>
        )}
      </div>
      <form
        class="filters card"
        role="search"
        aria-label="Filter verifications"
        onSubmit={(e) => {
          e.preventDefault();
          go({ ...draft, sort: filters.sort, order: filters.order, cursor: undefined });
        }}
      >
        <div class="filter">
          <label for="f-q">Search</label>
          <input
            id="f-q"
            type="search"
            placeholder="Email, name, ticket or match code"
            value={draft.q ?? ''}
            onInput={set('q')}
          />
        </div>
        <div class="filter">
          <label for="f-status">Outcome</label>
          <select id="f-status" value={draft.status ?? ''} onChange={set('status')}>
            <option value="">Any</option>
            {VerificationStatus.options.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="f-link">Link</label>
          <select id="f-link" value={draft.link_id ?? ''} onChange={set('link_id')}>
            <option value="">Any</option>
            {links.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="f-system">Ticket system</label>
          <select id="f-system" value={draft.ticket_system ?? ''} onChange={set('ticket_system')}>
            <option value="">Any</option>
            {TicketSystem.options.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="f-from">Created from</label>
          <input id="f-from" type="date" value={draft.from ?? ''} onInput={set('from')} />
        </div>
        <div class="filter">
          <label for="f-to">Created to</label>
          <input id="f-to" type="date" value={draft.to ?? ''} onInput={set('to')} />
        </div>
        <div class="filter-actions">
          <button type="submit" class="button-primary">
            Apply filters
          </button>
          {filterKey !== filtersToSearch({ sort: filters.sort, order: filters.order }) && (
            <button type="button" onClick={() => go({ sort: filters.sort, order: filters.order })}>
              Clear
            </button>
          )}
        </div>
      </form>

      <LoadState state={result} what="verifications">
        {(page) =>
          page.data.length === 0 ? (
            <p class="empty-state">
              {search
                ? 'No verification matches these filters.'
                : 'No verifications yet. They appear here as soon as an agent sends one.'}
            </p>
          ) : (
            <>
              <TableScroll label="Verifications table">
                <table>
                  <caption class="visually-hidden">
                    Verifications, sorted by {SORTABLE.find((s) => s.key === sort)?.label.toLowerCase()} (
                    {order === 'asc' ? 'ascending' : 'descending'})
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Employee</th>
                      <th scope="col">Outcome</th>
                      {sortHeader('risk_score', 'Risk')}
                      {sortHeader('created_at', 'Created')}
                      {sortHeader('completed_at', 'Completed')}
                      <th scope="col">Agent</th>
                      <th scope="col">Ticket</th>
                      <th scope="col">Link</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.data.map((v: Verification) => (
                      <tr key={v.id}>
                        <td>
                          <a href={`/console/verifications/${v.id}`}>{v.employee.display_name}</a>
                          <div class="muted small">{v.employee.email}</div>
                        </td>
                        <td>
                          <StatusBadge status={v.status} />
                        </td>
                        <td>{v.risk ? v.risk.score : '—'}</td>
                        <td>{formatDateTime(v.created_at)}</td>
                        <td>
                          {formatDateTime(v.completed_at)}
                          {v.completed_at && (
                            <div class="muted small">
                              after {formatDuration((Date.parse(v.completed_at) - Date.parse(v.created_at)) / 1000)}
                            </div>
                          )}
                        </td>
                        <td>
                          {v.agent.name}
                          {v.agent.email && <div class="muted small">{v.agent.email}</div>}
                        </td>
                        <td>
                          <TicketCell ticket={v.ticket} />
                        </td>
                        <td>{linkName(v.link_id)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              <CursorPager label="Verifications" pages={pages} nextCursor={page.next_cursor} />
            </>
          )
        }
      </LoadState>
    </section>
  );
}
