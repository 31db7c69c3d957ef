import { missingSettings, readSettings } from './readSettings'

describe('readSettings', () => {
    it('reads lists and defaults', () => {
        const values: Record<string, string> = {
            'x_hdv_verify.service_url': ' https://verify.example.com ',
            'x_hdv_verify.webhook_secret': 'whsec_new, whsec_old',
            'x_hdv_verify.gate_enabled': 'true',
            'x_hdv_verify.gate_categories': 'Password_Reset, mfa_reset',
        }
        const settings = readSettings((name) => values[name])
        expect(settings).toMatchObject({
            serviceUrl: 'https://verify.example.com',
            webhookSecrets: ['whsec_new', 'whsec_old'],
            taskTables: ['incident', 'sc_req_item', 'sc_task', 'sn_hr_core_case'],
            gateEnabled: true,
            gateCategories: ['password_reset', 'mfa_reset'],
            timeoutMs: 15_000,
        })
        expect(missingSettings(settings)).toEqual(['x_hdv_verify.api_key'])
    })
})
