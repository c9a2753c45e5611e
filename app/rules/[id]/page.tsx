import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RuleDetail } from '@/components/rules/rule-detail';
import { getRuleEntry, ruleIds } from '@/lib/rules-reference/load';

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return ruleIds().map((id) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = getRuleEntry((await params).id);
  return entry ? { title: `${entry.id} rule`, description: entry.description } : {};
}

export default async function RulePage({ params }: Props) {
  const entry = getRuleEntry((await params).id);
  if (!entry) notFound();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <RuleDetail entry={entry} />
    </div>
  );
}
