/**
 * The service's public entry (`@helpdesk-verify/verification-service`): what bench, the testkit and anything else
 * outside the service may use. Everything else under src/ is internal.
 */
export { createApp, type App, type CreateAppOptions } from './composition/createApp';
export { loadConfig, type Config } from './composition/loadConfig';
export { manualClock, systemClock, type Clock } from './kernel/clock';
export { bootstrapOrganization } from './domain/organizations/bootstrapOrganization';
export { proofCapabilities } from './domain/proofs/proofRegistry';
export { webhookHeaders } from './domain/webhooks/dispatch/webhookHeaders';
export { createFaceAnalyzer, type FaceAnalyzer } from './domain/proofs/faceMatch/face/createFaceAnalyzer';
export { decideFaceAttempt } from './domain/proofs/faceMatch/face/decideFaceAttempt';
