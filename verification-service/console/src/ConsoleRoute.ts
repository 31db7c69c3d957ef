import type { ComponentType } from 'preact';
import type { ConsoleRole } from './session';

/** Props every page gets: the path parameters of its route (e.g. `id`). */
export type PageProps = { params: Record<string, string> };

/** One page of the console. The server enforces the same roles through API scopes; this only hides what would fail. */
export interface ConsoleRoute {
  /** preact-iso pattern under /console, e.g. `/console/verifications/:id`. */
  path: string;
  title: string;
  /** Shown in the navigation when set. */
  nav?: { label: string; group: 'Operate' | 'Configure' };
  roles: readonly ConsoleRole[];
  component: ComponentType<PageProps>;
}
