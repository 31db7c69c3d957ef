import { api } from '../../../api';
import { useLoad } from '../../../components/useLoad';
import { LoadState } from '../../../components/LoadState';
import '../configure.css';
import { CursorPager } from '../../../components/CursorPager';
import { useCursorPages } from '../../../components/useCursorPages';
import { useIsAdmin } from '../shared/useIsAdmin';

/** The organisation's Links (verification policies): what each asks for and for how long. */
export function LinksPage() {
  const isAdmin = useIsAdmin();
  const pages = useCursorPages();
  const links = useLoad(() => api.listLinks({ query: { limit: 50, cursor: pages.cursor } }), [pages.cursor]);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Links</h1>
      <p class="muted">
        A Link is a verification policy: the proofs the employee completes, the assurance to reach, how long the link
        works and where it may be sent.
      </p>
      {isAdmin && (
        <p>
          <a class="button-link" href="/console/links/new">
            New Link
          </a>
        </p>
      )}
      <LoadState state={links} what="Links">
        {(page) =>
          page.data.length === 0 ? (
            <p>No Links yet.</p>
          ) : (
            <>
              <div class="table-wrap" tabIndex={0} role="region" aria-label="Links">
                <table>
                  <caption class="visually-hidden">Links</caption>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Proofs</th>
                      <th scope="col">Assurance</th>
                      <th scope="col">Lifetime</th>
                      <th scope="col">Channels</th>
                      <th scope="col">State</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.data.map((link) => (
                      <tr key={link.id}>
                        <td>
                          <a href={`/console/links/${link.id}`}>{link.name}</a>
                          <div class="muted">
                            <code>{link.id}</code>
                          </div>
                        </td>
                        <td>
                          {link.proofs
                            .map((p) => `${p.type.replace(/_/g, ' ')}${p.required ? '' : ' (optional)'}`)
                            .join(', ')}
                        </td>
                        <td>{link.assurance}</td>
                        <td>
                          {Math.round(link.lifetime_seconds / 60)} min{link.single_use ? ', single use' : ''}
                        </td>
                        <td>{link.channels.join(', ')}</td>
                        <td>{link.archived ? 'Archived' : 'Active'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <CursorPager pages={pages} nextCursor={page.next_cursor} label="Links" />
            </>
          )
        }
      </LoadState>
    </section>
  );
}
