import type { Metadata } from 'next';
import { RulesIndex } from '@/components/rules/rules-index';
import { loadRulesReference } from '@/lib/rules-reference/load';

export const metadata: Metadata = {
  title: 'Rules reference',
  description: 'Every check the Stagecraft analyzer runs, with bad and good Dockerfiles.',
};

export default function RulesPage() {
  const entries = loadRulesReference();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Rules reference</h1>
      <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">
        Every check the analyzer runs on your Dockerfile. A diagnostic in the editor carries its
        rule id as its code: find it here for what it means, a bad and a good example, and where to
        read more.
      </p>
      <div className="mt-10">
        <RulesIndex entries={entries} />
      </div>
    </div>
  );
}
