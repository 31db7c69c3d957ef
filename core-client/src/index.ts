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
  VerificationEvent,
  RiskReason,
  Risk,
  Verification,
  VerificationListQuery,
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
  TEMPLATE_VARIABLES,
  CreateTemplateRequest,
  UpdateTemplateRequest,
  Template,
} from './schemas/admin';
export type { Endpoint, HttpMethod } from './api/endpoint';
export { endpoints } from './api/endpoints';
export type { Endpoints, EndpointName } from './api/endpoints';
