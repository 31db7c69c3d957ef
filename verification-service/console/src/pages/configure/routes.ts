import { lazy } from 'preact-iso';
import type { ConsoleRoute } from '../../ConsoleRoute';

// Each page is its own chunk: an agent's first load never carries the configuration pages.
const LinksPage = lazy(() => import('./links/LinksPage').then((m) => m.LinksPage));
const LinkEditPage = lazy(() => import('./links/LinkEditPage').then((m) => m.LinkEditPage));
const TemplatesPage = lazy(() => import('./templates/TemplatesPage').then((m) => m.TemplatesPage));
const TemplateEditPage = lazy(() => import('./templates/TemplateEditPage').then((m) => m.TemplateEditPage));
const WebhooksPage = lazy(() => import('./webhooks/WebhooksPage').then((m) => m.WebhooksPage));
const WebhookDetailPage = lazy(() => import('./webhooks/WebhookDetailPage').then((m) => m.WebhookDetailPage));
const IntegrationsPage = lazy(() => import('./integrations/IntegrationsPage').then((m) => m.IntegrationsPage));
const DirectoryPage = lazy(() => import('./directory/DirectoryPage').then((m) => m.DirectoryPage));
const EmployeePage = lazy(() => import('./directory/EmployeePage').then((m) => m.EmployeePage));
const ApiKeysPage = lazy(() => import('./apiKeys/ApiKeysPage').then((m) => m.ApiKeysPage));
const UsersPage = lazy(() => import('./users/UsersPage').then((m) => m.UsersPage));
const SettingsPage = lazy(() => import('./settings/SettingsPage').then((m) => m.SettingsPage));

/** Admins change configuration; auditors read it (the API gives them admin:read); agents never see it. */
const READERS = ['admin', 'auditor'] as const;
const ADMINS = ['admin'] as const;

/** Links, templates, webhooks, integrations, directory, API keys, users, settings. */
export const configureRoutes: ConsoleRoute[] = [
  {
    path: '/console/links',
    title: 'Links',
    nav: { label: 'Links', group: 'Configure' },
    roles: READERS,
    component: LinksPage,
  },
  { path: '/console/links/new', title: 'New Link', roles: ADMINS, component: LinkEditPage },
  { path: '/console/links/:id', title: 'Link', roles: READERS, component: LinkEditPage },
  {
    path: '/console/templates',
    title: 'Templates',
    nav: { label: 'Templates', group: 'Configure' },
    roles: READERS,
    component: TemplatesPage,
  },
  { path: '/console/templates/new', title: 'New template', roles: ADMINS, component: TemplateEditPage },
  { path: '/console/templates/:id', title: 'Template', roles: READERS, component: TemplateEditPage },
  {
    path: '/console/webhooks',
    title: 'Webhooks',
    nav: { label: 'Webhooks', group: 'Configure' },
    roles: READERS,
    component: WebhooksPage,
  },
  { path: '/console/webhooks/:id', title: 'Webhook endpoint', roles: READERS, component: WebhookDetailPage },
  {
    path: '/console/integrations',
    title: 'Integrations',
    nav: { label: 'Integrations', group: 'Configure' },
    roles: ADMINS,
    component: IntegrationsPage,
  },
  {
    path: '/console/directory',
    title: 'Directory',
    nav: { label: 'Directory', group: 'Configure' },
    roles: READERS,
    component: DirectoryPage,
  },
  { path: '/console/directory/:id', title: 'Employee', roles: READERS, component: EmployeePage },
  {
    path: '/console/api-keys',
    title: 'API keys',
    nav: { label: 'API keys', group: 'Configure' },
    roles: READERS,
    component: ApiKeysPage,
  },
  {
    path: '/console/users',
    title: 'Users',
    nav: { label: 'Users', group: 'Configure' },
    roles: READERS,
    component: UsersPage,
  },
  {
    path: '/console/settings',
    title: 'Settings',
    nav: { label: 'Settings', group: 'Configure' },
    roles: READERS,
    component: SettingsPage,
  },
];
