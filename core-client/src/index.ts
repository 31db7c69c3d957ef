/**
 * @helpdesk-verify/core-client — the contract of Helpdesk Verify and a typed client for it.
 * Every export is listed by hand.
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
export {
  ProofType,
  Assurance,
  assuranceRank,
  ProofStatus,
  ProofRequirement,
  ProofResult,
  ProofCapability,
} from './schemas/proofs';
export {
  Channel,
  CreateLinkRequest,
  UpdateLinkRequest,
  Link,
  LINK_LIFETIME_MIN_SECONDS,
  LINK_LIFETIME_MAX_SECONDS,
  LINK_LIFETIME_DEFAULT_SECONDS,
  FACE_MATCH_THRESHOLD_DEFAULT,
  Aaguid,
  DevicePolicy,
  CountryCode,
} from './schemas/links';
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
export type { Endpoint, HttpMethod } from './api/endpoint';
export { endpoints } from './api/endpoints';
export type { Endpoints, EndpointName } from './api/endpoints';
export type { EndpointInput, EndpointOutput } from './api/EndpointInput';

export { HelpdeskVerifyError } from './errors/HelpdeskVerifyError';
export type { ClientErrorCode } from './errors/HelpdeskVerifyError';
export { ApiError } from './errors/ApiError';
export { NetworkError } from './errors/NetworkError';
export { TimeoutError } from './errors/TimeoutError';
export { InvalidResponseError } from './errors/InvalidResponseError';
export { RequestValidationError } from './errors/RequestValidationError';
export { toHelpdeskVerifyError } from './errors/toHelpdeskVerifyError';

export type { HttpRequest, HttpResponse, Transport } from './transports/Transport';
export { buildRequest, CLIENT_ID } from './transports/buildRequest';
export type { RequestOptions } from './transports/buildRequest';
export { parseResponse } from './transports/parseResponse';
export { fetchTransport } from './transports/fetchTransport';
export type { FetchLike, FetchLikeResponse } from './transports/fetchTransport';

export type { HmacSha256Sync, HmacSha256Async } from './webhooks/HmacSha256';
export type {
  WebhookVerificationResult,
  WebhookFailureReason,
  WebhookHeaders,
  VerifyWebhookOptions,
} from './webhooks/WebhookVerificationResult';
export { signWebhook } from './webhooks/signWebhook';
export type { WebhookToSign } from './webhooks/signWebhook';
export { signWebhookWithSecrets } from './webhooks/signWebhookWithSecrets';
export { verifyWebhook } from './webhooks/verifyWebhook';
export { verifyWebhookAsync } from './webhooks/verifyWebhookAsync';
export { webCryptoHmacSha256 } from './webhooks/webCryptoHmacSha256';
export { parseTrustCheckEvent } from './webhooks/parseTrustCheckEvent';
export type { TrustCheckEventParseResult } from './webhooks/parseTrustCheckEvent';

export { createClient } from './client/createClient';
export type { ClientOptions, ClientMethod, HelpdeskVerifyClient } from './client/createClient';
export type { RetryOptions } from './client/backoffDelayMs';
export { sendWithRetry } from './client/sendWithRetry';
export type { SendWithRetryOptions } from './client/sendWithRetry';
export { parseRetryAfter } from './client/parseRetryAfter';
export { createIdempotencyKey } from './client/createIdempotencyKey';

export { formatVerificationResult } from './format/formatVerificationResult';
export type { FormattedVerificationResult } from './format/formatVerificationResult';
export type { Block, ProofLine, RiskLine } from './format/Block';
export { toPlainText } from './format/toPlainText';
export { toHtml, escapeHtml } from './format/toHtml';
export { toAdf } from './format/toAdf';
export type { AdfDocument, AdfNode, AdfText } from './format/toAdf';

export { buildOpenApiDocument } from './openapi/buildOpenApiDocument';
export type { OpenApiDocument } from './openapi/buildOpenApiDocument';

export { RECEIVER_STATUS, receiverAnswer } from './receiver/ReceiverOutcome';
export type { ReceiverOutcome, ReceiverAnswer } from './receiver/ReceiverOutcome';
export type {
  WebhookRequest,
  ApplyResult,
  ParseEvent,
  SyncReceiverHost,
  AsyncReceiverHost,
} from './receiver/ReceiverHost';
export { receiveWebhookSync } from './receiver/receiveWebhookSync';
export { receiveWebhook } from './receiver/receiveWebhook';
export { MAX_WEBHOOK_BODY_BYTES } from './receiver/internal/runReceiver';
export { decideTicketGate } from './receiver/decideTicketGate';
export type {
  GateVerification,
  TicketGateInput,
  TicketGateDecision,
  TicketGateRefusal,
} from './receiver/decideTicketGate';
export { checkJsonSchema } from './checks/checkJsonSchema';
export type { JsonSchema, JsonSchemaCheck } from './checks/checkJsonSchema';
export { checkTrustCheckEvent, KNOWN_EVENT_TYPES } from './checks/checkTrustCheckEvent';
export type { TrustCheckEventCheck } from './checks/checkTrustCheckEvent';
export { checkVerification } from './checks/checkVerification';
export { checkProblem } from './checks/checkProblem';
