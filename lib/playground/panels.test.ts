import { expect, test } from 'vitest';
import { ALL_PANELS, parsePanels } from './panels';

test('panels keep the written order, ignore case, blanks, repeats and unknown names', () => {
  expect(parsePanels('graph, SIZE,problems')).toEqual(['graph', 'size', 'problems']);
  expect(parsePanels('size,nonsense,size')).toEqual(['size']);
  expect(parsePanels('')).toEqual([]);
});

test('no attribute means every panel', () => {
  expect(parsePanels(undefined)).toEqual([...ALL_PANELS]);
});
