import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { EmployeeStatus, type ImportEmployeesResult } from '@helpdesk-verify/core-client/schemas';
import { ApiError } from '@helpdesk-verify/core-client/client';
import { api } from '../../../api';
import { useLoad } from '../../../components/useLoad';
import { ActionFeedback } from '../shared/ActionFeedback';
import { LoadState } from '../../../components/LoadState';
import '../configure.css';
import { CursorPager } from '../../../components/CursorPager';
import { formatDateTime } from '../../../components/formatDateTime';
import { useAction } from '../shared/useAction';
import { useCursorPages } from '../../../components/useCursorPages';
import { useIsAdmin } from '../shared/useIsAdmin';
import { importEmployeesCsv } from './importEmployeesCsv';

/** The employee directory: search, CSV import and the LDAP source's state. */
export function DirectoryPage() {
  const isAdmin = useIsAdmin();
  const { query } = useLocation();
  const [q, setQ] = useState(query['q'] ?? '');
  const [search, setSearch] = useState(query['q'] ?? '');
  const [status, setStatus] = useState<'' | EmployeeStatus>('');
  const pages = useCursorPages();
  const employees = useLoad(
    () =>
      api.listEmployees({
        query: { limit: 25, cursor: pages.cursor, ...(search ? { q: search } : {}), ...(status ? { status } : {}) },
      }),
    [search, status, pages.cursor],
  );
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Directory</h1>
      <form
        class="filters"
        role="search"
        aria-label="Search employees"
        onSubmit={(e) => {
          e.preventDefault();
          setSearch(q.trim());
          pages.reset();
        }}
      >
        <div>
          <label for="employee-search">Search by email, login or name</label>
          <input
            id="employee-search"
            type="search"
            maxLength={200}
            value={q}
            onInput={(e) => setQ(e.currentTarget.value)}
          />
        </div>
        <div>
          <label for="employee-status">Status</label>
          <select
            id="employee-status"
            value={status}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setStatus(value === '' ? '' : EmployeeStatus.parse(value));
              pages.reset();
            }}
          >
            <option value="">Any</option>
            <option value="active">Active</option>
            <option value="disabled">Disabled</option>
          </select>
        </div>
        <button type="submit">Search</button>
      </form>
      <LoadState state={employees} what="employees">
        {(page) =>
          page.data.length === 0 ? (
            <p>
              {search || status ? 'No employee matches.' : 'The directory is empty: import a CSV file or connect LDAP.'}
            </p>
          ) : (
            <>
              <div class="table-wrap" tabIndex={0} role="region" aria-label="Employees">
                <table>
                  <caption class="visually-hidden">Employees</caption>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Email</th>
                      <th scope="col">Department</th>
                      <th scope="col">Photo</th>
                      <th scope="col">Status</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.data.map((e) => (
                      <tr key={e.id}>
                        <td>
                          <a href={`/console/directory/${e.id}`}>{e.display_name}</a>
                        </td>
                        <td>{e.email}</td>
                        <td>{e.department ?? '—'}</td>
                        <td>{e.has_reference_photo ? 'Yes' : 'No'}</td>
                        <td>{e.status}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <CursorPager pages={pages} nextCursor={page.next_cursor} label="Employees" />
            </>
          )
        }
      </LoadState>
      {isAdmin && <CsvImport onImported={employees.reload} />}
      <LdapStatus />
    </section>
  );
}

function CsvImport({ onImported }: { onImported: () => void }) {
  const [csv, setCsv] = useState('');
  const [result, setResult] = useState<ImportEmployeesResult | null>(null);
  const upload = useAction();
  return (
    <form
      class="card"
      aria-labelledby="import-title"
      onSubmit={(event) => {
        event.preventDefault();
        setResult(null);
        void upload.run(async () => {
          const imported = await importEmployeesCsv(csv);
          setResult(imported);
          onImported();
        });
      }}
    >
      <h2 id="import-title">Import a CSV file</h2>
      <p class="muted">
        A header row with the API's field names:{' '}
        <code>
          email,display_name,legal_name,login,external_id,personal_email,phone,personal_phone,manager_email,department,status
        </code>
        . Rows are matched on email: new ones are created, known ones updated.
      </p>
      <label for="csv-file">CSV file</label>
      <input
        id="csv-file"
        type="file"
        accept=".csv,text/csv"
        onChange={async (e) => {
          const file = e.currentTarget.files?.[0];
          if (file) setCsv(await file.text());
        }}
      />
      <label for="csv-text">Or paste the CSV</label>
      <textarea id="csv-text" rows={6} value={csv} onInput={(e) => setCsv(e.currentTarget.value)} />
      <ActionFeedback action={upload} />
      {result && (
        <div class={`notice ${result.rejected.length ? 'notice-error' : 'notice-ok'}`} role="status">
          <p>
            Created {result.created}, updated {result.updated}, rejected {result.rejected.length}.
          </p>
          {result.rejected.length > 0 && (
            <ul>
              {result.rejected.slice(0, 50).map((r) => (
                <li key={r.row}>
                  Row {r.row}: {r.errors.map((e) => `${e.path.join('.')} ${e.message}`).join('; ')}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <button type="submit" class="button-primary" disabled={upload.busy || csv.trim() === ''}>
        {upload.busy ? 'Importing…' : 'Import'}
      </button>
    </form>
  );
}

function LdapStatus() {
  const isAdmin = useIsAdmin();
  const source = useLoad(
    () =>
      api.getLdapSource().catch((e: unknown) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e))),
    [],
  );
  const sync = useAction();
  return (
    <section class="card" aria-labelledby="ldap-title">
      <h2 id="ldap-title">LDAP source</h2>
      <LoadState state={source} what="the LDAP source">
        {(s) =>
          s === null ? (
            <p>No LDAP directory is connected (set one with PUT /v1/directory-sources/ldap).</p>
          ) : (
            <>
              <dl class="facts">
                <dt>Server</dt>
                <dd>
                  <code>{s.url}</code>
                </dd>
                <dt>Base DN</dt>
                <dd>
                  <code>{s.base_dn}</code>
                </dd>
                <dt>Last sync</dt>
                <dd>{formatDateTime(s.last_sync_at)}</dd>
                {s.last_sync_result && (
                  <>
                    <dt>Result</dt>
                    <dd>
                      created {s.last_sync_result.created}, updated {s.last_sync_result.updated}, disabled{' '}
                      {s.last_sync_result.disabled}, rejected {s.last_sync_result.rejected.length}
                    </dd>
                  </>
                )}
              </dl>
              <ActionFeedback action={sync} />
              {isAdmin && (
                <button
                  type="button"
                  disabled={sync.busy}
                  onClick={() =>
                    sync.run(async () => {
                      const r = await api.syncLdapSource();
                      source.reload();
                      return `Synced: created ${r.created}, updated ${r.updated}, disabled ${r.disabled}, rejected ${r.rejected.length}.`;
                    })
                  }
                >
                  {sync.busy ? 'Syncing…' : 'Sync now'}
                </button>
              )}
            </>
          )
        }
      </LoadState>
    </section>
  );
}
