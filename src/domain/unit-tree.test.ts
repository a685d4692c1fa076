import { describe, expect, it } from 'vitest';
import { createsCycle } from './unit-tree.js';

// Dinas Kesehatan ← Puskesmas A ← Pustu A1; Sekretariat ← Bagian Hukum
const tree = new Map<string, string | null>([
  ['dinkes', null],
  ['pkm-a', 'dinkes'],
  ['pustu-a1', 'pkm-a'],
  ['setda', null],
  ['hukum', 'setda'],
]);

describe('createsCycle', () => {
  it.each([
    ['pkm-a', 'setda', false, 'move under another root'],
    ['hukum', 'pustu-a1', false, 'move under a leaf of another branch'],
    ['dinkes', 'pustu-a1', true, 'a root under its own grandchild'],
    ['dinkes', 'pkm-a', true, 'a root under its own child'],
    ['pkm-a', 'pkm-a', true, 'a unit under itself'],
    ['new-unit', 'pustu-a1', false, 'a unit not yet in the tree'],
  ])('%s under %s → %s (%s)', (child, parent, expected) => {
    expect(createsCycle(tree, child, parent)).toBe(expected);
  });

  it('terminates on a loop that already exists elsewhere', () => {
    const broken = new Map([['x', 'y'], ['y', 'x']]);
    expect(createsCycle(broken, 'z', 'x')).toBe(false);
  });
});
