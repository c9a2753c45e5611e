import { rules } from '@/lib/analyzer/rules';
import { ContentError, loadLessons } from '@/lib/content/lessons';
import { loadRuleExamples } from './examples';
import { buildRuleEntry, type RuleEntry } from './reference';

// Server-only: reads content/ at build time. Routes call these; components get plain data.

/** Every registered rule's reference entry, sorted by id; invalid example files fail the build. */
export function loadRulesReference(): RuleEntry[] {
  const { examples, errors } = loadRuleExamples();
  if (errors.length) throw new ContentError(errors);
  const byId = new Map(examples.map((e) => [e.id, e]));
  const lessons = loadLessons();
  return rules
    .map((rule) => buildRuleEntry(rule, byId.get(rule.meta.id), lessons))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The reference entry of one rule, or undefined when no rule has that id. */
export function getRuleEntry(id: string): RuleEntry | undefined {
  return loadRulesReference().find((e) => e.id === id);
}

/** The ids of every registered rule (one static page each). */
export function ruleIds(): string[] {
  return rules.map((r) => r.meta.id);
}
