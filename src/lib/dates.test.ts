import { expect, test } from 'vitest';
import { isoDate } from './dates';

test.each([
  [new Date('2024-08-19'), '2024-08-19'],
  [new Date('2026-11-24T23:30:00Z'), '2026-11-24'],
])('isoDate(%s) → %s', (date, expected) => expect(isoDate(date)).toBe(expected));
