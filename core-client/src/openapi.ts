/** `@helpdesk-verify/core-client/openapi` — the OpenAPI document generated from the endpoint table. */
export { buildOpenApiDocument } from './openapi/buildOpenApiDocument';
export type { OpenApiDocument } from './openapi/buildOpenApiDocument';
