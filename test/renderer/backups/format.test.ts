import { beforeAll, describe, expect, it } from 'vitest';
import { backupRows, formatBytes } from '../../../renderer/app/backups/format';

// Dates are shown in the user's time zone; the expectations below are written for UTC.
beforeAll(() => {
  process.env.TZ = 'UTC';
});

/** Intl puts a narrow no-break space before AM/PM in recent ICU versions. */
const plain = (text: string) => text.replace(/\s/g, ' ');

const backup = (savedAt: string, bytes = 2048, name = `${savedAt.replaceAll(':', '-')}.touchmap`) => ({
  name,
  savedAt,
  bytes,
});

describe('formatBytes', () => {
  it('says bytes, KB or MB with one decimal', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1023)).toBe('1023 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB'); // 1536 / 1024
    expect(formatBytes(1_900_000)).toBe('1.8 MB'); // 1,900,000 / 1,048,576 = 1.81
  });
});

describe('backupRows', () => {
  it('shows each backup in the locale given, in the order given, with its size', () => {
    const rows = backupRows(
      [backup('2025-03-04T09:05:07.123Z', 14_336), backup('2025-03-03T17:30:00.000Z', 900)],
      'en-US',
    );
    expect(rows.map((r) => plain(r.when))).toEqual(['Mar 4, 2025, 9:05:07 AM', 'Mar 3, 2025, 5:30:00 PM']);
    expect(rows.map((r) => r.size)).toEqual(['14.0 KB', '900 bytes']);
    expect(rows.map((r) => r.backup.name)).toEqual([
      '2025-03-04T09-05-07.123Z.touchmap',
      '2025-03-03T17-30-00.000Z.touchmap',
    ]);
    expect(plain(backupRows([backup('2025-03-04T09:05:07.123Z')], 'en-GB')[0]!.when)).toBe('4 Mar 2025, 09:05:07');
  });

  it('tells apart backups saved within the same second, so each Restore button has its own name', () => {
    const rows = backupRows(
      [backup('2025-03-04T09:05:07.900Z'), backup('2025-03-04T09:05:07.100Z'), backup('2025-03-04T08:00:00.000Z')],
      'en-US',
    );
    expect(rows.map((r) => plain(r.when))).toEqual([
      'Mar 4, 2025, 9:05:07.900 AM',
      'Mar 4, 2025, 9:05:07.100 AM',
      'Mar 4, 2025, 8:00:00 AM',
    ]);
  });

  it('numbers backups that would still read the same', () => {
    const rows = backupRows(
      [backup('2025-03-04T09:05:07.100Z', 10, 'a.touchmap'), backup('2025-03-04T09:05:07.100Z', 10, 'b.touchmap')],
      'en-US',
    );
    expect(rows.map((r) => plain(r.when))).toEqual(['Mar 4, 2025, 9:05:07.100 AM', 'Mar 4, 2025, 9:05:07.100 AM (2)']);
  });

  it('shows a date it cannot read as written', () => {
    expect(backupRows([backup('yesterday')], 'en-US')[0]!.when).toBe('yesterday');
  });
});
