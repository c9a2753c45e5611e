'use client';

import { useId, useState } from 'react';
import {
  DEFAULT_BUILD_COST_INPUT,
  estimateBuildCost,
  formatMegabytes,
  type BuildCostInput,
} from '@/lib/course/build-cost';

interface Field {
  key: keyof BuildCostInput;
  label: string;
  hint: string;
  step: number;
}

const FIELDS: Field[] = [
  { key: 'users', label: 'Users', hint: 'Picks the row of the growth table.', step: 1000 },
  { key: 'services', label: 'Services', hint: 'Microservices, one image each.', step: 1 },
  {
    key: 'buildsPerServicePerHour',
    label: 'Builds per service per hour',
    hint: 'How often each service is rebuilt.',
    step: 1,
  },
  {
    key: 'buildMinutes',
    label: 'Build duration (minutes)',
    hint: 'From start to pushed image; time in the queue does not count.',
    step: 1,
  },
  {
    key: 'buildsPerAgent',
    label: 'Concurrent builds per agent',
    hint: 'Build slots on one CI agent.',
    step: 1,
  },
  { key: 'imageSizeMb', label: 'Image size (MB)', hint: 'One whole image.', step: 50 },
  {
    key: 'newLayerMbPerPush',
    label: 'New layers per push (MB)',
    hint: 'Layers the registry does not hold yet; unchanged base layers are skipped.',
    step: 5,
  },
  {
    key: 'pushesPerServicePerDay',
    label: 'Pushes per service per day',
    hint: 'Images pushed to the registry.',
    step: 1,
  },
  {
    key: 'pullsPerPush',
    label: 'Pulls per pushed image',
    hint: 'Machines that download each new image.',
    step: 1,
  },
];

function count(value: number): string {
  return Number.isFinite(value) ? value.toLocaleString('en-US') : '∞';
}

function decimal(value: number): string {
  return Number.isFinite(value) ? Number(value.toFixed(1)).toLocaleString('en-US') : '∞';
}

/** Interactive back-of-envelope calculator: build agents, storage and network per day. */
export function BuildCostCalculator() {
  const id = useId();
  const [input, setInput] = useState<BuildCostInput>(DEFAULT_BUILD_COST_INPUT);
  const result = estimateBuildCost(input);
  const newLayers = result.pushesPerDay === 0 ? 0 : result.storageMbPerDay / result.pushesPerDay;

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="not-prose my-8 rounded-lg border border-slate-300 p-4 dark:border-slate-600"
      data-testid="build-cost-calculator"
    >
      <h3 id={`${id}-title`} className="mb-3 text-lg font-semibold">
        Build farm calculator
      </h3>
      <form className="grid gap-3 sm:grid-cols-2" onSubmit={(event) => event.preventDefault()}>
        {FIELDS.map((field) => (
          <div key={field.key} className="flex flex-col gap-1">
            <label htmlFor={`${id}-${field.key}`} className="text-sm font-medium">
              {field.label}
            </label>
            <input
              id={`${id}-${field.key}`}
              type="number"
              inputMode="numeric"
              min={0}
              step={field.step}
              value={Number.isNaN(input[field.key]) ? '' : input[field.key]}
              aria-describedby={`${id}-${field.key}-hint`}
              onChange={(event) =>
                setInput({ ...input, [field.key]: event.currentTarget.valueAsNumber })
              }
              className="rounded border border-slate-400 bg-white px-2 py-1 text-slate-900 dark:bg-slate-900 dark:text-slate-100"
            />
            <span
              id={`${id}-${field.key}-hint`}
              className="text-xs text-slate-600 dark:text-slate-300"
            >
              {field.hint}
            </span>
          </div>
        ))}
      </form>

      <h4 className="mt-5 mb-2 font-semibold">Results</h4>
      <dl aria-live="polite" className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">Builds per hour</dt>
        <dd>
          <output data-testid="builds-per-hour">{count(result.buildsPerHour)}</output>
          <code className="ml-2 text-xs">
            = {count(input.services)} services × {count(input.buildsPerServicePerHour)}
          </code>
        </dd>
        <dt className="font-medium">Builds running at once</dt>
        <dd>
          <output data-testid="concurrent-builds">{decimal(result.concurrentBuilds)}</output>
          <code className="ml-2 text-xs">
            = {count(result.buildsPerHour)} builds/hour × {count(input.buildMinutes)} min ÷ 60
          </code>
        </dd>
        <dt className="font-medium">Build agents needed</dt>
        <dd>
          <output data-testid="agents">{count(result.agents)}</output>
          <code className="ml-2 text-xs">
            = ⌈{decimal(result.concurrentBuilds)} running ÷ {count(input.buildsPerAgent)} per agent⌉
          </code>
        </dd>
        <dt className="font-medium">Storage per day</dt>
        <dd>
          <output data-testid="storage-per-day">{formatMegabytes(result.storageMbPerDay)}</output>
          <code className="ml-2 text-xs">
            = {count(result.pushesPerDay)} pushes × {formatMegabytes(newLayers)} of new layers
          </code>
          <span className="ml-2 text-xs" data-testid="unshared-storage-per-day">
            ({formatMegabytes(result.unsharedStorageMbPerDay)} if no layer were shared)
          </span>
        </dd>
        <dt className="font-medium">Network per day</dt>
        <dd>
          <output data-testid="network-per-day">{formatMegabytes(result.networkMbPerDay)}</output>
          <code className="ml-2 text-xs">
            = {formatMegabytes(result.pushMbPerDay)} pushed + {formatMegabytes(result.pullMbPerDay)}{' '}
            pulled ({count(input.pullsPerPush)} pulls per push)
          </code>
        </dd>
        <dt className="font-medium">Growth-table row</dt>
        <dd data-testid="tier">
          {result.tier.users} users / {result.tier.services} services: one build takes{' '}
          {result.tier.buildTime}, final images are {result.tier.imageSize} without a working
          multi-stage split, deploys are {result.tier.deploySpeed}, build machines are{' '}
          {result.tier.resources}.
        </dd>
      </dl>
      <p className="mt-3 text-xs text-slate-600 dark:text-slate-300">
        Assumes builds arrive evenly through the hour, that each machine pulling a new image already
        has its previous version, and that storage is kept without pruning. Units are decimal: 1 GB
        = 1,000 MB.
      </p>
    </section>
  );
}
