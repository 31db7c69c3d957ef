import { NetworkError, TimeoutError, type HttpRequest, type HttpResponse } from '@helpdesk-verify/core-client'

/** The part of `sn_ws.RESTResponseV2` the transport reads. */
export interface RestResponseLike {
    getStatusCode(): number
    getBody(): string
    getHeaders(): Record<string, unknown>
    haveError(): boolean
    getErrorCode(): number
    getErrorMessage(): string
}

/** The part of `sn_ws.RESTMessageV2` the transport drives. */
export interface RestMessageLike {
    setHttpMethod(method: string): void
    setEndpoint(url: string): void
    setRequestHeader(name: string, value: string): void
    setRequestBody(body: string): void
    setHttpTimeout(timeoutMs: number): void
    execute(): RestResponseLike
}

/** A synchronous transport: ServiceNow has no event loop, so `execute()` blocks. */
export type SyncTransport = (request: HttpRequest) => HttpResponse

/**
 * A transport over `sn_ws.RESTMessageV2` (one fresh message per request, made by `createMessage`).
 * Any HTTP status comes back as a response; `parseResponse` turns non-2xx into an `ApiError`.
 * When no HTTP answer arrived (status 0 with an error), throws a `TimeoutError` or a `NetworkError`.
 */
export const restMessageTransport =
    (createMessage: () => RestMessageLike): SyncTransport =>
    (request) => {
        const message = createMessage()
        message.setHttpMethod(request.method.toLowerCase())
        message.setEndpoint(request.url)
        for (const [name, value] of Object.entries(request.headers)) message.setRequestHeader(name, value)
        if (request.body !== undefined) message.setRequestBody(request.body)
        message.setHttpTimeout(request.timeoutMs)
        const response = message.execute()
        const status = Number(response.getStatusCode())
        if (!(status >= 100) && response.haveError()) {
            const detail = String(response.getErrorMessage())
            if (/time[d ]?\s*out/i.test(detail)) throw new TimeoutError(request.timeoutMs)
            throw new NetworkError(`No answer from ${request.url}: ${detail} (code ${String(response.getErrorCode())})`)
        }
        const headers: Record<string, string> = {}
        for (const [name, value] of Object.entries(response.getHeaders() ?? {})) headers[name.toLowerCase()] = String(value)
        return { status, headers, body: String(response.getBody() ?? '') }
    }
