import { z } from 'zod';
import { endpoint, IdParams } from './endpoint';
import { page, PageQuery } from '../schemas/common';
import { CreateLinkRequest, Link, UpdateLinkRequest } from '../schemas/links';
import {
  CreateEmployeeRequest,
  Employee,
  EmployeeListQuery,
  ImportEmployeesRequest,
  ImportEmployeesResult,
  UpdateEmployeeRequest,
} from '../schemas/employees';
import {
  CancelVerificationRequest,
  CreateVerificationRequest,
  ResendVerificationRequest,
  Verification,
  VerificationListQuery,
} from '../schemas/verifications';
import {
  CreateWebhookEndpointRequest,
  RotateWebhookSecretRequest,
  UpdateWebhookEndpointRequest,
  WebhookDelivery,
  WebhookDeliveryListQuery,
  WebhookEndpoint,
  WebhookEndpointWithSecret,
} from '../schemas/webhooks';
import {
  ApiKey,
  ApiKeyWithSecret,
  CreateApiKeyRequest,
  CreateTemplateRequest,
  Organization,
  Template,
  UpdateOrganizationRequest,
  UpdateTemplateRequest,
} from '../schemas/admin';
import { ProofCapability } from '../schemas/proofs';
import { LdapSource, LdapSyncResult, PutLdapSourceRequest } from '../schemas/directorySources';
import { PasskeyCredential, PasskeyParams } from '../schemas/passkeys';
import { AuditChainVerification, AuditEntry, AuditLogQuery } from '../schemas/audit';
import { VerificationAnalytics, VerificationAnalyticsQuery } from '../schemas/analytics';
import { ConsoleUser, ConsoleUserWithPassword, CreateConsoleUserRequest, OidcConfig, PutOidcConfigRequest, UpdateConsoleUserRequest } from '../schemas/console';

const DeliveryParams = z.object({ id: z.string().min(1).max(64), delivery_id: z.string().min(1).max(64) });

/** Every operation of the `/v1` API, by name. */
export const endpoints = {
  getOrganization: endpoint({ method: 'GET', path: '/v1/organization', summary: 'The organisation of the API key', tag: 'Organization', scope: 'verifications:read', response: Organization }),
  updateOrganization: endpoint({ method: 'PATCH', path: '/v1/organization', summary: "Change the organisation's name or settings (data retention)", tag: 'Organization', scope: 'admin', body: UpdateOrganizationRequest, response: Organization }),
  listProofs: endpoint({ method: 'GET', path: '/v1/proofs', summary: 'Proofs this service can run', tag: 'Links', scope: 'verifications:read', response: z.object({ data: z.array(ProofCapability) }) }),

  createVerification: endpoint({ method: 'POST', path: '/v1/verifications', summary: 'Start a verification and send the link', tag: 'Verifications', scope: 'verifications:write', body: CreateVerificationRequest, response: Verification, status: 201, idempotencyKey: true }),
  getVerification: endpoint({ method: 'GET', path: '/v1/verifications/{id}', summary: 'Get a verification', tag: 'Verifications', scope: 'verifications:read', params: IdParams, response: Verification }),
  listVerifications: endpoint({ method: 'GET', path: '/v1/verifications', summary: 'List verifications, newest first', tag: 'Verifications', scope: 'verifications:read', query: VerificationListQuery, response: page(Verification) }),
  cancelVerification: endpoint({ method: 'POST', path: '/v1/verifications/{id}/cancel', summary: 'Cancel a verification that has not ended', tag: 'Verifications', scope: 'verifications:write', params: IdParams, body: CancelVerificationRequest, response: Verification }),
  resendVerification: endpoint({ method: 'POST', path: '/v1/verifications/{id}/resend', summary: 'Send a fresh link (the previous link stops working)', tag: 'Verifications', scope: 'verifications:write', params: IdParams, body: ResendVerificationRequest, response: Verification }),
  listVerificationDeliveries: endpoint({ method: 'GET', path: '/v1/verifications/{id}/deliveries', summary: 'Webhook deliveries this verification caused, newest first', tag: 'Verifications', scope: 'admin:read', params: IdParams, query: PageQuery, response: page(WebhookDelivery) }),
  getVerificationAnalytics: endpoint({ method: 'GET', path: '/v1/analytics/verifications', summary: 'Dashboard numbers for verifications created in a date range (≤ 366 days; default the last 30)', tag: 'Analytics', scope: 'verifications:read', query: VerificationAnalyticsQuery, response: VerificationAnalytics }),

  createLink: endpoint({ method: 'POST', path: '/v1/links', summary: 'Create a Link (verification policy)', tag: 'Links', scope: 'admin', body: CreateLinkRequest, response: Link, status: 201 }),
  listLinks: endpoint({ method: 'GET', path: '/v1/links', summary: 'List Links', tag: 'Links', scope: 'verifications:read', query: PageQuery, response: page(Link) }),
  getLink: endpoint({ method: 'GET', path: '/v1/links/{id}', summary: 'Get a Link', tag: 'Links', scope: 'verifications:read', params: IdParams, response: Link }),
  updateLink: endpoint({ method: 'PATCH', path: '/v1/links/{id}', summary: 'Change a Link', tag: 'Links', scope: 'admin', params: IdParams, body: UpdateLinkRequest, response: Link }),
  archiveLink: endpoint({ method: 'DELETE', path: '/v1/links/{id}', summary: 'Archive a Link (existing verifications keep it)', tag: 'Links', scope: 'admin', params: IdParams, response: Link }),

  createEmployee: endpoint({ method: 'POST', path: '/v1/employees', summary: 'Add an employee to the directory', tag: 'Directory', scope: 'admin', body: CreateEmployeeRequest, response: Employee, status: 201 }),
  listEmployees: endpoint({ method: 'GET', path: '/v1/employees', summary: 'List employees', tag: 'Directory', scope: 'admin:read', query: EmployeeListQuery, response: page(Employee) }),
  getEmployee: endpoint({ method: 'GET', path: '/v1/employees/{id}', summary: 'Get an employee', tag: 'Directory', scope: 'admin:read', params: IdParams, response: Employee }),
  updateEmployee: endpoint({ method: 'PATCH', path: '/v1/employees/{id}', summary: 'Change an employee', tag: 'Directory', scope: 'admin', params: IdParams, body: UpdateEmployeeRequest, response: Employee }),
  deleteEmployee: endpoint({ method: 'DELETE', path: '/v1/employees/{id}', summary: 'Remove an employee', tag: 'Directory', scope: 'admin', params: IdParams, response: Employee }),
  importEmployees: endpoint({ method: 'POST', path: '/v1/employees/import', summary: 'Create or update employees from JSON or CSV (matched on email)', tag: 'Directory', scope: 'admin', body: ImportEmployeesRequest, extraBodyTypes: ['text/csv'], response: ImportEmployeesResult }),
  listEmployeePasskeys: endpoint({ method: 'GET', path: '/v1/employees/{id}/passkeys', summary: "List an employee's passkeys, revoked ones included", tag: 'Directory', scope: 'admin:read', params: IdParams, response: z.object({ data: z.array(PasskeyCredential) }) }),
  revokeEmployeePasskey: endpoint({ method: 'DELETE', path: '/v1/employees/{id}/passkeys/{credential_id}', summary: "Revoke an employee's passkey (later verifications refuse it)", tag: 'Directory', scope: 'admin', params: PasskeyParams, response: PasskeyCredential }),

  putLdapSource: endpoint({ method: 'PUT', path: '/v1/directory-sources/ldap', summary: "Set the organisation's LDAP directory (the bind password is write-only)", tag: 'Directory', scope: 'admin', body: PutLdapSourceRequest, response: LdapSource }),
  getLdapSource: endpoint({ method: 'GET', path: '/v1/directory-sources/ldap', summary: "The organisation's LDAP directory and its last sync", tag: 'Directory', scope: 'admin:read', response: LdapSource }),
  syncLdapSource: endpoint({ method: 'POST', path: '/v1/directory-sources/ldap/sync', summary: 'Sync employees from the LDAP directory now (leavers are disabled, not deleted)', tag: 'Directory', scope: 'admin', response: LdapSyncResult }),

  createTemplate: endpoint({ method: 'POST', path: '/v1/templates', summary: 'Create a message template', tag: 'Templates', scope: 'admin', body: CreateTemplateRequest, response: Template, status: 201 }),
  listTemplates: endpoint({ method: 'GET', path: '/v1/templates', summary: 'List message templates', tag: 'Templates', scope: 'admin:read', query: PageQuery, response: page(Template) }),
  getTemplate: endpoint({ method: 'GET', path: '/v1/templates/{id}', summary: 'Get a template', tag: 'Templates', scope: 'admin:read', params: IdParams, response: Template }),
  updateTemplate: endpoint({ method: 'PATCH', path: '/v1/templates/{id}', summary: 'Change a template', tag: 'Templates', scope: 'admin', params: IdParams, body: UpdateTemplateRequest, response: Template }),
  deleteTemplate: endpoint({ method: 'DELETE', path: '/v1/templates/{id}', summary: 'Delete a template no Link uses', tag: 'Templates', scope: 'admin', params: IdParams, response: Template }),

  createWebhookEndpoint: endpoint({ method: 'POST', path: '/v1/webhook-endpoints', summary: 'Subscribe a URL to events; the secret is shown once', tag: 'Webhooks', scope: 'admin', body: CreateWebhookEndpointRequest, response: WebhookEndpointWithSecret, status: 201 }),
  listWebhookEndpoints: endpoint({ method: 'GET', path: '/v1/webhook-endpoints', summary: 'List webhook endpoints', tag: 'Webhooks', scope: 'admin:read', query: PageQuery, response: page(WebhookEndpoint) }),
  getWebhookEndpoint: endpoint({ method: 'GET', path: '/v1/webhook-endpoints/{id}', summary: 'Get a webhook endpoint', tag: 'Webhooks', scope: 'admin:read', params: IdParams, response: WebhookEndpoint }),
  updateWebhookEndpoint: endpoint({ method: 'PATCH', path: '/v1/webhook-endpoints/{id}', summary: 'Change or re-enable a webhook endpoint', tag: 'Webhooks', scope: 'admin', params: IdParams, body: UpdateWebhookEndpointRequest, response: WebhookEndpoint }),
  deleteWebhookEndpoint: endpoint({ method: 'DELETE', path: '/v1/webhook-endpoints/{id}', summary: 'Delete a webhook endpoint', tag: 'Webhooks', scope: 'admin', params: IdParams, response: WebhookEndpoint }),
  rotateWebhookSecret: endpoint({ method: 'POST', path: '/v1/webhook-endpoints/{id}/rotate-secret', summary: 'New signing secret; the old one also signs during the overlap', tag: 'Webhooks', scope: 'admin', params: IdParams, body: RotateWebhookSecretRequest, response: WebhookEndpointWithSecret }),
  listWebhookDeliveries: endpoint({ method: 'GET', path: '/v1/webhook-endpoints/{id}/deliveries', summary: 'Delivery log of an endpoint', tag: 'Webhooks', scope: 'admin:read', params: IdParams, query: WebhookDeliveryListQuery, response: page(WebhookDelivery) }),
  redeliverWebhook: endpoint({ method: 'POST', path: '/v1/webhook-endpoints/{id}/deliveries/{delivery_id}/redeliver', summary: 'Send a delivery again now (same webhook-id)', tag: 'Webhooks', scope: 'admin', params: DeliveryParams, response: WebhookDelivery, status: 202 }),
  testWebhookEndpoint: endpoint({ method: 'POST', path: '/v1/webhook-endpoints/{id}/test', summary: 'Queue a harmless signed test event to this endpoint only: a trust_check.failed with metadata.test "true", session ver_test…, ticket api/hv-test-event; one attempt', tag: 'Webhooks', scope: 'admin', params: IdParams, response: WebhookDelivery, status: 202 }),

  createApiKey: endpoint({ method: 'POST', path: '/v1/api-keys', summary: 'Create an API key; the key is shown once', tag: 'API keys', scope: 'admin', body: CreateApiKeyRequest, response: ApiKeyWithSecret, status: 201 }),
  listApiKeys: endpoint({ method: 'GET', path: '/v1/api-keys', summary: 'List API keys', tag: 'API keys', scope: 'admin:read', query: PageQuery, response: page(ApiKey) }),
  revokeApiKey: endpoint({ method: 'DELETE', path: '/v1/api-keys/{id}', summary: 'Revoke an API key', tag: 'API keys', scope: 'admin', params: IdParams, response: ApiKey }),

  listUsers: endpoint({ method: 'GET', path: '/v1/users', summary: 'List console users', tag: 'Console users', scope: 'admin:read', query: PageQuery, response: page(ConsoleUser) }),
  createUser: endpoint({ method: 'POST', path: '/v1/users', summary: 'Add a console user (an initial password, if asked for, is shown once)', tag: 'Console users', scope: 'admin', body: CreateConsoleUserRequest, response: ConsoleUserWithPassword, status: 201 }),
  getUser: endpoint({ method: 'GET', path: '/v1/users/{id}', summary: 'Get a console user', tag: 'Console users', scope: 'admin:read', params: IdParams, response: ConsoleUser }),
  updateUser: endpoint({ method: 'PATCH', path: '/v1/users/{id}', summary: "Change a console user's name or role, or disable them (the last admin stays)", tag: 'Console users', scope: 'admin', params: IdParams, body: UpdateConsoleUserRequest, response: ConsoleUser }),
  deleteUser: endpoint({ method: 'DELETE', path: '/v1/users/{id}', summary: 'Remove a console user and end their sessions (not the last admin)', tag: 'Console users', scope: 'admin', params: IdParams, response: ConsoleUser }),
  putOidcConfig: endpoint({ method: 'PUT', path: '/v1/console/oidc', summary: "Set the organisation's OpenID Connect sign-in (the client secret is write-only)", tag: 'Console users', scope: 'admin', body: PutOidcConfigRequest, response: OidcConfig }),
  getOidcConfig: endpoint({ method: 'GET', path: '/v1/console/oidc', summary: "The organisation's OpenID Connect sign-in (the client secret is never shown)", tag: 'Console users', scope: 'admin:read', response: OidcConfig }),

  listAuditLog: endpoint({ method: 'GET', path: '/v1/audit-log', summary: 'The audit log, newest first (CSV: GET /v1/audit-log/export.csv with the same filters)', tag: 'Audit', scope: 'audit:read', query: AuditLogQuery, response: page(AuditEntry) }),
  verifyAuditLog: endpoint({ method: 'GET', path: '/v1/audit-log/verify', summary: "Re-compute the organisation's whole hash chain", tag: 'Audit', scope: 'audit:read', response: AuditChainVerification }),
} as const;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
