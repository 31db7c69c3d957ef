import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { AuditChainVerification, AuditEntry } from '@helpdesk-verify/core-client/schemas';
import { api } from '../../../api';
import { useLoad } from '../../../components/useLoad';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { LoadState } from '../../../components/LoadState';
import { CursorPager } from '../../../components/CursorPager';
import { useCursorPages } from '../../../components/useCursorPages';
import { TableScroll } from '../../../components/TableScroll';
import { formatDateTime } from '../../../components/formatDateTime';
import type { PageProps } from '../../../ConsoleRoute';
import { auditApiFilter, auditFiltersFromQuery, auditSearch, type AuditFilters } from './auditFilters';
import '../operate.css';

/** The organisation's append-only, hash-chained audit log: filters, CSV export and a chain check. */
export function AuditLogPage(_: PageProps) {
  const { query, route } = useLocation();
  const filters = auditFiltersFromQuery(query);
  const search = auditSearch(filters);
  const filterKey = auditSearch({ ...filters, cursor: undefined });
  const entries = useLoad(
    () =>
      api.listAuditLog({
        query: { ...auditApiFilter(filters), limit: 50, ...(filters.cursor ? { cursor: filters.cursor } : {}) },
      }),
    [search],
  );
  const [draft, setDraft] = useState<AuditFilters>(filters);
  // The URL's filters changed (keyed by their search string: `filters` is a new object each render).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setDraft(filters), [filterKey]);
  const go = (next: AuditFilters) => route(`/console/audit${auditSearch(next)}`);
  const pages = useCursorPages(filterKey, { cursor: filters.cursor, go: (cursor) => go({ ...filters, cursor }) });
  const set = (key: keyof AuditFilters) => (e: Event) =>
    setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value });
  const exportHref = `/v1/audit-log/export.csv${auditSearch({ ...auditApiFilter(filters) })}`;

  return (
    <section aria-labelledby="page-title">
      <div class="page-head">
        <h1 id="page-title">Audit log</h1>
        <a class="button-link" href={exportHref} download>
          Export CSV
        </a>
      </div>
      <ChainCheck />
      <form
        class="filters card"
        role="search"
        aria-label="Filter the audit log"
        onSubmit={(e) => {
          e.preventDefault();
          go({ ...draft, cursor: undefined });
        }}
      >
        <div class="filter">
          <label for="a-action">Action</label>
          <input id="a-action" placeholder="e.g. createLink" value={draft.action ?? ''} onInput={set('action')} />
        </div>
        <div class="filter">
          <label for="a-actor">Actor</label>
          <input id="a-actor" placeholder="Email, key name or id" value={draft.actor ?? ''} onInput={set('actor')} />
        </div>
        <div class="filter">
          <label for="a-target-type">Target type</label>
          <input
            id="a-target-type"
            placeholder="e.g. verification"
            value={draft.target_type ?? ''}
            onInput={set('target_type')}
          />
        </div>
        <div class="filter">
          <label for="a-target-id">Target id</label>
          <input id="a-target-id" value={draft.target_id ?? ''} onInput={set('target_id')} />
        </div>
        <div class="filter">
          <label for="a-from">From</label>
          <input id="a-from" type="date" value={draft.from ?? ''} onInput={set('from')} />
        </div>
        <div class="filter">
          <label for="a-to">To</label>
          <input id="a-to" type="date" value={draft.to ?? ''} onInput={set('to')} />
        </div>
        <div class="filter-actions">
          <button type="submit" class="button-primary">
            Apply filters
          </button>
          {filterKey && (
            <button type="button" onClick={() => go({})}>
              Clear
            </button>
          )}
        </div>
      </form>
      <LoadState state={entries} what="entries">
        {(page) =>
          page.data.length === 0 ? (
            <p class="empty-state">{filterKey ? 'No entry matches these filters.' : 'The audit log is empty.'}</p>
          ) : (
            <>
              <TableScroll label="Audit log table">
                <table>
                  <caption class="visually-hidden">Audit entries, newest first</caption>
                  <thead>
                    <tr>
                      <th scope="col">#</th>
                      <th scope="col">When</th>
                      <th scope="col">Actor</th>
                      <th scope="col">Action</th>
                      <th scope="col">Target</th>
                      <th scope="col">Details</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.data.map((e) => (
                      <AuditRow key={e.seq} entry={e} />
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              <CursorPager label="Audit log" pages={pages} nextCursor={page.next_cursor} />
            </>
          )
        }
      </LoadState>
    </section>
  );
}

/** One entry; a verification target links to its page. */
export function AuditRow({ entry: e }: { entry: AuditEntry }) {
  const details = Object.keys(e.details).length ? JSON.stringify(e.details).replace(/,"/g, ', "') : '';
  return (
    <tr>
      <td>{e.seq}</td>
      <td>
        <time dateTime={e.at}>{formatDateTime(e.at)}</time>
      </td>
      <td>
        {e.actor.label}
        <div class="muted small">{e.actor.type}</div>
      </td>
      <td>
        <code>{e.action}</code>
      </td>
      <td>
        {e.target ? (
          e.target.type === 'verification' && e.target.id ? (
            <a href={`/console/verifications/${e.target.id}`}>{e.target.id}</a>
          ) : (
            <span>
              {e.target.type}
              {e.target.id ? ` ${e.target.id}` : ''}
            </span>
          )
        ) : (
          '—'
        )}
      </td>
      <td>{details ? <code class="details">{details}</code> : '—'}</td>
    </tr>
  );
}

/** Re-computes the whole hash chain on the server and says whether it holds. */
function ChainCheck() {
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'busy' }
    | { kind: 'done'; result: AuditChainVerification }
    | { kind: 'error'; error: unknown }
  >({ kind: 'idle' });
  return (
    <div class="card">
      <button
        type="button"
        disabled={state.kind === 'busy'}
        onClick={async () => {
          setState({ kind: 'busy' });
          try {
            setState({ kind: 'done', result: await api.verifyAuditLog() });
          } catch (error) {
            setState({ kind: 'error', error });
          }
        }}
      >
        {state.kind === 'busy' ? 'Verifying…' : 'Verify chain'}
      </button>
      <div role="status" aria-live="polite">
        {state.kind === 'done' &&
          (state.result.valid ? (
            <p class="chain-ok">
              Chain intact: {state.result.entries_checked} entries checked. Newest hash{' '}
              <code>{state.result.last_hash ?? '—'}</code>
            </p>
          ) : (
            <p class="chain-bad">
              Chain broken at entry {state.result.first_broken_seq} ({state.result.entries_checked} entries checked).
            </p>
          ))}
      </div>
      {state.kind === 'error' && <ErrorNotice error={state.error} />}
    </div>
  );
}
