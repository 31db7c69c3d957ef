import { useEffect, useState } from 'preact/hooks';
import { LocationProvider, Route, Router } from 'preact-iso';
import { loadSession, type ConsoleSession } from './session';
import { SessionContext } from './sessionContext';
import type { ConsoleRoute, PageProps } from './ConsoleRoute';
import { routes } from './routes';
import { Layout } from './components/Layout';
import { SignInPage } from './pages/signIn/SignInPage';

type State =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'signed-in'; session: ConsoleSession }
  | { kind: 'error'; message: string };

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    loadSession().then(
      (session) => setState(session ? { kind: 'signed-in', session } : { kind: 'signed-out' }),
      (error: unknown) => setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, []);

  if (state.kind === 'loading') return <p class="boot">Loading…</p>;
  if (state.kind === 'error') {
    return (
      <main class="boot">
        <h1>The console cannot reach the service</h1>
        <p role="alert">{state.message}</p>
      </main>
    );
  }
  if (state.kind === 'signed-out')
    return <SignInPage onSignedIn={(session) => setState({ kind: 'signed-in', session })} />;
  const { session } = state;
  return (
    <SessionContext.Provider value={session}>
      <LocationProvider>
        <Layout routes={routes} onSignedOut={() => setState({ kind: 'signed-out' })}>
          <Router>
            {[
              ...routes.map((route) => (
                <Route key={route.path} path={route.path} component={guarded(route, session)} />
              )),
              <Route key="not-found" default component={NotFound} />,
            ]}
          </Router>
        </Layout>
      </LocationProvider>
    </SessionContext.Provider>
  );
}

/** A page the user's role may not use shows why instead of failing call by call. */
function guarded(route: ConsoleRoute, session: ConsoleSession) {
  if (route.roles.includes(session.user.role)) return route.component;
  return function Forbidden(_: PageProps) {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">{route.title}</h1>
        <p class="notice notice-error" role="alert">
          Your role ({session.user.role}) cannot open this page. Ask an admin of {session.organization.name} if you need
          it.
        </p>
      </section>
    );
  };
}

function NotFound() {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Page not found</h1>
      <p>
        <a href="/console/">Back to the dashboard</a>
      </p>
    </section>
  );
}
