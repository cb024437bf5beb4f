import { expect, test } from 'vitest';
import { editDistance, nearestName } from './edit-distance';

test.each([
  ['draft', 'draft', 0],
  ['draf', 'draft', 1],
  ['navtitle', 'navTitle', 1],
  ['publshed', 'published', 1],
  ['', 'order', 5],
  ['kitten', 'sitting', 3],
  ['tilte', 'title', 1],
])('editDistance(%j, %j) = %i', (a, b, distance) => expect(editDistance(a, b)).toBe(distance));

const KEYS = ['title', 'navTitle', 'description', 'order', 'published', 'updated', 'draft', 'group', 'inOnePageGuide'];

test.each([
  ['draf', 'draft'],
  ['Draft', 'draft'],
  ['navtitle', 'navTitle'],
  ['updatd', 'updated'],
  ['inOnePageGuid', 'inOnePageGuide'],
  ['tilte', 'title'],
])('%s is a slip for %s', (name, expected) => expect(nearestName(name, KEYS)).toBe(expected));

test.each([['author'], ['tags'], ['x']])('%s is close to no key', (name) => expect(nearestName(name, KEYS)).toBeUndefined());
