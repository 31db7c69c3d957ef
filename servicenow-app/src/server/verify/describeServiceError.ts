import { ApiError, toHelpdeskVerifyError } from '@helpdesk-verify/core-client'

/**
 * One sentence for the agent about a failed call to the verification service: the service's own
 * problem detail when it answered, what went wrong on the way otherwise. Never a stack trace.
 */
export const describeServiceError = (error: unknown): string => {
    const known = toHelpdeskVerifyError(error)
    if (known instanceof ApiError) {
        const api = known
        if (api.status === 401 || api.status === 403) {
            return `The verification service refused the app's API key (${api.status}): ${api.problem.detail}. Ask an admin to check x_hdv_verify.api_key.`
        }
        return `The verification service refused the request (${api.status} ${api.problem.title}): ${api.problem.detail}`
    }
    switch (known.code) {
        case 'timeout':
            return 'The verification service did not answer in time. Try again in a moment.'
        case 'network_error':
            return `The verification service could not be reached: ${known.message}`
        case 'request_validation':
            return `The request is not valid: ${known.message}`
        case 'invalid_response':
        default:
            return `The verification service sent an answer the app does not understand: ${known.message}`
    }
}
