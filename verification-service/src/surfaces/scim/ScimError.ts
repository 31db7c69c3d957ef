import { SCIM_SCHEMAS } from '@helpdesk-verify/core-client/schemas';

/** SCIM `scimType` values of RFC 7644 §3.12 that we send. */
export type ScimType =
  'invalidFilter' | 'uniqueness' | 'invalidSyntax' | 'invalidPath' | 'noTarget' | 'invalidValue' | 'mutability';

/** An expected SCIM failure, answered with the SCIM error schema (status as a string). */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?: ScimType,
  ) {
    super(detail);
    this.name = 'ScimError';
  }

  /** The response body of RFC 7644 §3.12. */
  toBody(): Record<string, unknown> {
    return {
      schemas: [SCIM_SCHEMAS.error],
      status: String(this.status),
      ...(this.scimType ? { scimType: this.scimType } : {}),
      detail: this.detail,
    };
  }
}
