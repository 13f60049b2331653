import { describe, expect, it } from 'vitest';
import { readChangePayload } from './change-feed';

describe('what a change notification says', () => {
  it('names the units of audit rows, or all of them', () => {
    expect(readChangePayload('42|38001,381')).toEqual({
      kind: 'data',
      auditId: 42,
      units: new Set(['38001', '381']),
    });
    expect(readChangePayload('43|*')).toEqual({ kind: 'data', auditId: 43, units: 'all' });
    // Account events (a sign-in, a role granted) change no unit's data.
    expect(readChangePayload('45|')).toEqual({ kind: 'data', auditId: 45, units: new Set() });
    // A database not yet migrated to the unit list sends the audit id alone: nothing is kept.
    expect(readChangePayload('44')).toEqual({ kind: 'data', auditId: 44, units: 'all' });
  });

  it('tells sessions and roles from the unit tree', () => {
    expect(readChangePayload('accounts')).toEqual({ kind: 'accounts' });
    expect(readChangePayload('accounts:units')).toEqual({ kind: 'accounts', units: 'all' });
  });
});
