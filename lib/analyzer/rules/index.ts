import type { Rule } from '../types';

/** Every rule, kept alphabetical by id (one import and one entry per rule file). */
export const rules: readonly Rule[] = [];
