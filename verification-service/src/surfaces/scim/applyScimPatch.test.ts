import { applyScimPatch } from './applyScimPatch';
import { ScimError } from './ScimError';
import {
  entraAddManager,
  entraCreateUser,
  entraDisable,
  entraRemoveManager,
  entraUpdateAttributes,
} from './fixtures/entraRequests';
import { oktaCreateUser, oktaDeactivate } from './fixtures/oktaRequests';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

describe('applyScimPatch', () => {
  it("applies Okta's path-less replace", () => {
    expect(applyScimPatch(oktaCreateUser, oktaDeactivate.Operations)).toMatchObject({
      active: false,
      userName: 'test.user@okta.local',
    });
  });

  it("applies Entra ID's capitalised ops, filtered, sub-attribute and extension paths", () => {
    const patched = applyScimPatch(entraCreateUser, entraUpdateAttributes.Operations);
    expect(patched.emails).toEqual([{ primary: true, type: 'work', value: 'updatedEmail@microsoft.com' }]);
    expect(patched.name).toEqual({
      formatted: 'givenName familyName',
      familyName: 'updatedFamilyName',
      givenName: 'givenName',
    });
    expect(patched.phoneNumbers).toEqual([{ type: 'mobile', value: '+14255550100' }]);
    expect(patched.displayName).toBe('Preferred Name');
    expect(patched[ENTERPRISE]).toEqual({ department: 'Finance' });
    expect(applyScimPatch(patched, entraDisable.Operations).active).toBe('False');
    const managed = applyScimPatch(patched, entraAddManager('emp_boss').Operations);
    expect(managed[ENTERPRISE]).toEqual({ department: 'Finance', manager: 'emp_boss' });
    expect(applyScimPatch(managed, entraRemoveManager.Operations)[ENTERPRISE]).toEqual({ department: 'Finance' });
    expect(entraCreateUser.emails[0]!.value).toMatch(/^Test_User_/);
  });

  it('removes filtered values and merges path-less complex values and extensions', () => {
    const doc = {
      userName: 'a',
      emails: [
        { type: 'work', value: 'a@x.com' },
        { type: 'home', value: 'a@home.com' },
      ],
      name: { givenName: 'A', familyName: 'B' },
    };
    expect(applyScimPatch(doc, [{ op: 'remove', path: 'emails[type eq "home"]' }]).emails).toEqual([
      { type: 'work', value: 'a@x.com' },
    ]);
    const merged = applyScimPatch(doc, [
      { op: 'replace', value: { name: { givenName: 'Al' }, [ENTERPRISE]: { department: 'Ops' } } },
    ]);
    expect(merged.name).toEqual({ givenName: 'Al', familyName: 'B' });
    expect(merged[ENTERPRISE]).toEqual({ department: 'Ops' });
  });

  it('refuses what it cannot apply with a SCIM error type', () => {
    const scimTypeOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof ScimError ? `${error.status} ${error.scimType}` : 'other';
      }
      return 'none';
    };
    expect(scimTypeOf(() => applyScimPatch({}, [{ op: 'remove' }]))).toBe('400 noTarget');
    expect(
      scimTypeOf(() => applyScimPatch({}, [{ op: 'replace', path: 'emails[type co "w"].value', value: 'x' }])),
    ).toBe('400 invalidFilter');
    expect(scimTypeOf(() => applyScimPatch({}, [{ op: 'replace', path: 'a..b', value: 'x' }]))).toBe('400 invalidPath');
    expect(scimTypeOf(() => applyScimPatch({}, [{ op: 'replace', value: 'x' }]))).toBe('400 invalidValue');
  });
});
