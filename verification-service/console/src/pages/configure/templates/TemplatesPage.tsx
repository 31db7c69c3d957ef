import { api } from '../../../api';
import { useLoad } from '../../../components/useLoad';
import { LoadState } from '../../../components/LoadState';
import '../configure.css';
import { CursorPager } from '../../../components/CursorPager';
import { useCursorPages } from '../../../components/useCursorPages';
import { useIsAdmin } from '../shared/useIsAdmin';
import { formatDateTime } from '../../../components/formatDateTime';

/** Email and SMS message templates. */
export function TemplatesPage() {
  const isAdmin = useIsAdmin();
  const pages = useCursorPages();
  const templates = useLoad(() => api.listTemplates({ query: { limit: 50, cursor: pages.cursor } }), [pages.cursor]);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Templates</h1>
      <p class="muted">
        The messages that carry the verification link. A Link picks one email and one SMS template, or uses the
        defaults.
      </p>
      {isAdmin && (
        <p>
          <a class="button-link" href="/console/templates/new">
            New template
          </a>
        </p>
      )}
      <LoadState state={templates} what="templates">
        {(page) =>
          page.data.length === 0 ? (
            <p>No templates yet.</p>
          ) : (
            <>
              <div class="table-wrap" tabIndex={0} role="region" aria-label="Templates">
                <table>
                  <caption class="visually-hidden">Templates</caption>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Channel</th>
                      <th scope="col">Default</th>
                      <th scope="col">Changed</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.data.map((t) => (
                      <tr key={t.id}>
                        <td>
                          <a href={`/console/templates/${t.id}`}>{t.name}</a>
                        </td>
                        <td>{t.channel === 'sms' ? 'SMS' : 'Email'}</td>
                        <td>{t.is_default ? 'Yes' : 'No'}</td>
                        <td>{formatDateTime(t.updated_at)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <CursorPager pages={pages} nextCursor={page.next_cursor} label="Templates" />
            </>
          )
        }
      </LoadState>
    </section>
  );
}
