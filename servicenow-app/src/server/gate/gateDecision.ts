import type { VerificationStatus } from '@helpdesk-verify/core-client'

/** What the policy gate looks at when a task is about to be resolved or closed. */
export interface GateInput {
    enabled: boolean
    /** Categories that need a passed verification (lower case). */
    categories: readonly string[]
    /** The task's category value (e.g. `password_reset`), '' when it has none. */
    taskCategory: string
    /** Whether this update resolves or closes the task. */
    closing: boolean
    /** Status of the task's newest verification, null when it has none. */
    latestStatus: VerificationStatus | null
}

/** Allow, or refuse with the message the agent sees. */
export type GateDecision = { allow: true } | { allow: false; message: string }

/**
 * The policy gate: a task of a gated category cannot be resolved or closed unless its newest
 * verification passed. Everything else passes untouched.
 */
export const gateDecision = (input: GateInput): GateDecision => {
    const category = input.taskCategory.trim().toLowerCase()
    if (!input.enabled || !input.closing || category === '' || !input.categories.includes(category)) return { allow: true }
    if (input.latestStatus === 'passed') return { allow: true }
    const why =
        input.latestStatus === null
            ? 'no identity verification was done on it'
            : `its latest identity verification is "${input.latestStatus}", not "passed"`
    return {
        allow: false,
        message: `This task is in category "${input.taskCategory}", which requires a passed identity verification before it is resolved or closed, and ${why}. Use Verify identity first.`,
    }
}
