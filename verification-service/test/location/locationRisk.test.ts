import { scoreRisk, type RiskSignals } from '../../src/domain/risk/scoreRisk';

const base: RiskSignals = {
  outcome: 'passed',
  failedAttempts: 0,
  personalContactUsed: false,
  employeeDisabled: false,
  verificationsForEmployeeLast24h: 1,
  secondsToComplete: 60,
};
const codes = (signals: Partial<RiskSignals>) => scoreRisk({ ...base, ...signals }).reasons.map((r) => r.code);

describe('risk: location and "I did not request this"', () => {
  it('flags a country outside the usual ones, naming it and them', () => {
    const risk = scoreRisk({ ...base, locationCountry: 'BR', usualCountries: ['DE', 'GB'], locationAsked: true });
    expect(risk.reasons).toEqual([
      {
        code: 'unusual_country',
        message: "Located in BR, outside the employee's usual countries (DE, GB)",
        weight: 25,
      },
    ]);
    expect(risk.score).toBe(25);
  });

  it('gives no country signal without history, in a usual country, or without a location', () => {
    expect(codes({ locationCountry: 'BR', usualCountries: [], locationAsked: true })).toEqual([]);
    expect(codes({ locationCountry: 'GB', usualCountries: ['DE', 'GB'], locationAsked: true })).toEqual([]);
    expect(codes({ locationCountry: null, usualCountries: ['GB'] })).toEqual([]);
  });

  it('notes a location the Link asked for and did not get, unless the employee reported the verification', () => {
    expect(codes({ locationAsked: true, locationCountry: null })).toEqual(['location_missing']);
    expect(codes({ locationAsked: false, locationCountry: null })).toEqual([]);
    expect(codes({ outcome: 'failed', locationAsked: true, locationCountry: null, reportedByEmployee: true })).toEqual([
      'verification_failed',
      'not_requested_by_employee',
    ]);
  });

  it('scores a reported verification at the top', () => {
    const risk = scoreRisk({ ...base, outcome: 'failed', reportedByEmployee: true });
    expect(risk.score).toBe(100);
    expect(risk.reasons.find((r) => r.code === 'not_requested_by_employee')!.message).toContain(
      'did not request this verification',
    );
  });
});
