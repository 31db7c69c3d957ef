/**
 * @helpdesk-verify/core-client — the contract of Helpdesk Verify and a typed client for it, every subpath
 * entry but the Node-only ones (`/node`, `/conformance`) and `/templates` in one. Bundles and services
 * import the narrowest subpath instead (`/schemas`, `/api`, `/client`, `/webhooks`, `/format`, `/openapi`,
 * `/receiver`); this entry stays for existing users.
 */
export * from './schemas';
export * from './api';
export * from './client';
export * from './webhooks';
export * from './format';
export * from './openapi';
export * from './receiver';
