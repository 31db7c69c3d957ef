import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import type { ConsoleRoute } from '../ConsoleRoute';
import { signOut } from '../session';
import { useSession } from '../sessionContext';

const GROUPS = ['Operate', 'Configure'] as const;

/** Header, navigation (only what the role may open) and the page; a skip link for keyboard users. */
export function Layout({
  routes,
  children,
  onSignedOut,
}: {
  routes: readonly ConsoleRoute[];
  children: ComponentChildren;
  onSignedOut: () => void;
}) {
  const session = useSession();
  const { path } = useLocation();
  const visible = routes.filter((r) => r.nav && r.roles.includes(session.user.role));
  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <a class="brand" href="/console/">
          Helpdesk Verify
        </a>
        <span class="org">{session.organization.name}</span>
        <span class="user">
          {session.user.name} <span class="role">({session.user.role})</span>
        </span>
        <button
          type="button"
          class="button-quiet"
          onClick={async () => {
            await signOut();
            onSignedOut();
          }}
        >
          Sign out
        </button>
      </header>
      <div class="body">
        <nav class="sidenav" aria-label="Console">
          {GROUPS.map((group) => {
            const items = visible.filter((r) => r.nav!.group === group);
            if (items.length === 0) return null;
            return (
              <div key={group}>
                <h2 class="nav-group">{group}</h2>
                <ul>
                  {items.map((r) => {
                    const current =
                      r.path === '/console/' ? path === '/console/' || path === '/console' : path.startsWith(r.path);
                    return (
                      <li key={r.path}>
                        <a href={r.path} aria-current={current ? 'page' : undefined}>
                          {r.nav!.label}
                        </a>
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
        </nav>
        <main id="main" class="content" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
