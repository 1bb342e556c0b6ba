// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FileGrants } from '../../electron/fileGrants';
import { isFileToken } from '../../shared/ipc';

describe('FileGrants', () => {
  it('names each path by one unguessable token, and nothing else by any token', () => {
    const grants = new FileGrants();
    const a = grants.grant('/maps/a.touchmap');
    const b = grants.grant('/maps/b.touchmap');
    expect(isFileToken(a) && isFileToken(b)).toBe(true);
    expect(a).not.toBe(b);
    expect(grants.grant('/maps/a.touchmap')).toBe(a);
    expect(grants.pathOf(a)).toBe('/maps/a.touchmap');
    expect(grants.pathOf('/maps/a.touchmap')).toBeUndefined();
    expect(grants.pathOf('A'.repeat(32))).toBeUndefined();
    // Another process (a restart) knows none of this one's tokens.
    expect(new FileGrants().pathOf(a)).toBeUndefined();
  });

  it('forgets the oldest paths past a thousand', () => {
    const grants = new FileGrants();
    const first = grants.grant('/maps/0.touchmap');
    for (let i = 1; i <= 1000; i++) grants.grant(`/maps/${i}.touchmap`);
    expect(grants.pathOf(first)).toBeUndefined();
    expect(grants.pathOf(grants.grant('/maps/1000.touchmap'))).toBe('/maps/1000.touchmap');
  });
});
