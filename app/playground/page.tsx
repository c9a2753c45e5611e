import type { Metadata } from 'next';
import { PlaygroundWorkspace } from '@/components/editor/playground-workspace';

export const metadata: Metadata = {
  title: 'Playground',
  description: 'Edit a Dockerfile and see, as you type, what BuildKit would make of it.',
};

export default function PlaygroundPage() {
  return (
    <div className="mx-auto max-w-7xl px-4 py-8">
      <h1 className="text-2xl font-bold">Dockerfile playground</h1>
      <p className="mt-1 mb-4 max-w-3xl text-slate-700 dark:text-slate-300">
        Edit the Dockerfile: problems, the stage graph and a size estimate update as you type.
        Everything runs in your browser; your draft is saved here and nothing is uploaded.
      </p>
      <PlaygroundWorkspace />
    </div>
  );
}
