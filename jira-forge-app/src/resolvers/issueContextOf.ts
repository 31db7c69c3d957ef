import { ResolverInputError } from './ResolverOutcome';

/** The parts of a Forge resolver context the issue resolvers read. */
export interface IssueContext {
  issueKey: string;
  accountId: string | null;
  siteUrl: string | null;
}

/**
 * The issue the module is rendered on, from the Forge context (never from the payload, which the browser
 * controls): `context.extension.issue.key`.
 */
export const issueContextOf = (context: Record<string, unknown>): IssueContext => {
  const extension = context.extension as { issue?: { key?: unknown } } | undefined;
  const issueKey = extension?.issue?.key;
  if (typeof issueKey !== 'string' || issueKey === '')
    throw new ResolverInputError('invalid_input', 'This module is not on an issue');
  return {
    issueKey,
    accountId: typeof context.accountId === 'string' ? context.accountId : null,
    siteUrl: typeof context.siteUrl === 'string' ? context.siteUrl : null,
  };
};
