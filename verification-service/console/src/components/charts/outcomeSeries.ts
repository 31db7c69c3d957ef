/** The outcome series every chart draws, in stacking order, with their legend names and CSS classes. */
export const OUTCOME_SERIES = [
  { key: 'passed', label: 'Passed', className: 'c-passed' },
  { key: 'failed', label: 'Failed', className: 'c-failed' },
  { key: 'expired', label: 'Expired', className: 'c-expired' },
  { key: 'cancelled', label: 'Cancelled', className: 'c-cancelled' },
  { key: 'running', label: 'Running', className: 'c-running' },
] as const;

export type OutcomeKey = (typeof OUTCOME_SERIES)[number]['key'];
export type OutcomeCountsLike = Record<OutcomeKey, number> & { total: number };
