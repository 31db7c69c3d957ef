import { lazy } from 'preact-iso';
import type { ConsoleRoute } from '../../ConsoleRoute';

// Each page is its own chunk: the first load carries only the shell and the page opened.
const DashboardPage = lazy(() => import('./dashboard/DashboardPage').then((m) => m.DashboardPage));
const VerificationsPage = lazy(() => import('./verifications/VerificationsPage').then((m) => m.VerificationsPage));
const NewVerificationPage = lazy(() =>
  import('./verifications/NewVerificationPage').then((m) => m.NewVerificationPage),
);
const VerificationDetailPage = lazy(() =>
  import('./verifications/VerificationDetailPage').then((m) => m.VerificationDetailPage),
);
const AuditLogPage = lazy(() => import('./audit/AuditLogPage').then((m) => m.AuditLogPage));

const EVERYONE = ['admin', 'agent', 'auditor'] as const;

/** Dashboard, verifications, audit log (the "operate" side of the console). */
export const operateRoutes: ConsoleRoute[] = [
  {
    path: '/console/',
    title: 'Dashboard',
    nav: { label: 'Dashboard', group: 'Operate' },
    roles: EVERYONE,
    component: DashboardPage,
  },
  {
    path: '/console/verifications',
    title: 'Verifications',
    nav: { label: 'Verifications', group: 'Operate' },
    roles: EVERYONE,
    component: VerificationsPage,
  },
  // Before :id, so "new" is not read as an id.
  {
    path: '/console/verifications/new',
    title: 'New verification',
    roles: ['admin', 'agent'],
    component: NewVerificationPage,
  },
  { path: '/console/verifications/:id', title: 'Verification', roles: EVERYONE, component: VerificationDetailPage },
  {
    path: '/console/audit',
    title: 'Audit log',
    nav: { label: 'Audit log', group: 'Operate' },
    roles: ['admin', 'auditor'],
    component: AuditLogPage,
  },
];
