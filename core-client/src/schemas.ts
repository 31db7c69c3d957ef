/**
 * `@helpdesk-verify/core-client/schemas` — the contract: the zod schemas of every request, response and
 * event of the `/v1` API, and the types inferred from them.
 */
export {
  Timestamp,
  prefixedId,
  OrganizationId,
  LinkId,
  EmployeeId,
  VerificationId,
  WebhookEndpointId,
  WebhookMessageId,
  WebhookDeliveryId,
  ApiKeyId,
  TemplateId,
  Email,
  PhoneNumber,
  Metadata,
  PageQuery,
  page,
} from './schemas/common';
export { ProblemCode, problemStatus, problemType, problemCodeOf, FieldError, Problem } from './schemas/problem';
export { ProofType, Assurance, assuranceRank, ProofStatus, ProofResult, ProofCapability } from './schemas/proofs';
export {
  Channel,
  CreateLinkRequest,
  UpdateLinkRequest,
  Link,
  LINK_LIFETIME_MIN_SECONDS,
  LINK_LIFETIME_MAX_SECONDS,
  LINK_LIFETIME_DEFAULT_SECONDS,
} from './schemas/links';
export {
  FACE_MATCH_THRESHOLD_DEFAULT,
  Aaguid,
  DevicePolicy,
  CountryCode,
  LocationOptions,
  FaceMatchOptions,
  LinkProof,
} from './schemas/proofOptions';
export {
  EmployeeStatus,
  ReferencePhoto,
  CreateEmployeeRequest,
  UpdateEmployeeRequest,
  Employee,
  ImportEmployeesRequest,
  ImportEmployeesResult,
  EmployeeListQuery,
} from './schemas/employees';
export {
  VerificationStatus,
  TERMINAL_STATUSES,
  TicketSystem,
  TicketRef,
  Agent,
  EmployeeLookup,
  ContactChoice,
  CreateVerificationRequest,
  DeliveryStatus,
  ChannelDelivery,
  DeliveryAttempt,
  VerificationEvent,
  RiskReason,
  Risk,
  DeviceInfo,
  LocationInfo,
  Verification,
  VerificationListQuery,
  VerificationSort,
  CancelVerificationRequest,
  ResendVerificationRequest,
} from './schemas/verifications';
export {
  EventType,
  TrustCheckEvent,
  CreateWebhookEndpointRequest,
  UpdateWebhookEndpointRequest,
  WebhookEndpoint,
  WebhookEndpointWithSecret,
  RotateWebhookSecretRequest,
  WebhookAttempt,
  WebhookDeliveryStatus,
  WebhookDelivery,
  WebhookDeliveryListQuery,
} from './schemas/webhooks';
export {
  ApiKeyScope,
  CreateApiKeyRequest,
  ApiKey,
  ApiKeyWithSecret,
  Organization,
  OrganizationSettings,
  ORGANIZATION_SETTINGS_DEFAULT,
  UpdateOrganizationRequest,
  TEMPLATE_VARIABLES,
  CreateTemplateRequest,
  UpdateTemplateRequest,
  Template,
} from './schemas/admin';
export {
  LdapAttributeMap,
  LdapDisabledWhen,
  PutLdapSourceRequest,
  LdapSyncResult,
  LdapSource,
} from './schemas/directorySources';
export { PasskeyCredential, PasskeyParams } from './schemas/passkeys';
export {
  ConsoleRole,
  ConsoleUserId,
  ConsoleUser,
  CreateConsoleUserRequest,
  ConsoleUserWithPassword,
  UpdateConsoleUserRequest,
  ConsoleSession,
  PasswordSignInRequest,
  ChangePasswordRequest,
  PutOidcConfigRequest,
  OidcConfig,
} from './schemas/console';
export {
  AuditActorType,
  AuditActor,
  AuditEntry,
  AuditLogFilter,
  AuditLogQuery,
  AuditChainVerification,
} from './schemas/audit';
export {
  ANALYTICS_MAX_RANGE_DAYS,
  ANALYTICS_DEFAULT_RANGE_DAYS,
  VerificationAnalyticsQuery,
  OutcomeCounts,
  AnalyticsBreakdownRow,
  VerificationAnalytics,
} from './schemas/analytics';
export { SCIM_SCHEMAS, ScimUser, ScimPatchOperation, ScimPatchRequest } from './schemas/scim';
