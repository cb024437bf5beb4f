import { expect, test } from 'vitest';
import { isoDate, latestToday, parseCalendarDate } from './dates';

test.each([
  [new Date('2024-08-19'), '2024-08-19'],
  [new Date('2026-11-24T23:30:00Z'), '2026-11-24'],
])('isoDate(%s) → %s', (date, expected) => expect(isoDate(date)).toBe(expected));

test.each(['2024-08-19', '2024-02-29', '2000-12-31'])('%s is a calendar date, at UTC midnight', (text) => {
  expect(parseCalendarDate(text)?.toISOString()).toBe(`${text}T00:00:00.000Z`);
});

test.each(['2024-13-45', '2023-02-29', '2024-04-31', '2024/08/19', '2024-8-19', '19-08-2024', '2024-08-19T10:00', '', 'yesterday'])(
  '%s is refused',
  (text) => expect(parseCalendarDate(text)).toBeNull(),
);

test('latestToday is the date in UTC+14, where the day starts first', () => {
  expect(latestToday(new Date('2026-12-02T09:59:00Z'))).toBe('2026-12-02');
  expect(latestToday(new Date('2026-12-02T10:00:00Z'))).toBe('2026-12-03');
});
