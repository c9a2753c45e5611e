'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { THEME_STORAGE_KEY } from './theme-script';

type Choice = 'system' | 'light' | 'dark';

const CHOICES: Array<{ value: Choice; label: string; icon: string }> = [
  { value: 'system', label: 'System', icon: '◐' },
  { value: 'light', label: 'Light', icon: '☀' },
  { value: 'dark', label: 'Dark', icon: '☾' },
];

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function readChoice(): Choice {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

function apply(choice: Choice) {
  const dark =
    choice === 'dark' ||
    (choice === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
}

function pick(choice: Choice) {
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage can be disabled; the choice still applies to this page.
  }
  apply(choice);
  listeners.forEach((listener) => listener());
}

/** Theme picker: follows the system until the learner picks light or dark, then remembers it. */
export function ThemeToggle() {
  // null on the server and during hydration, so server and client HTML agree.
  const current = useSyncExternalStore(subscribe, readChoice, () => null);

  useEffect(() => {
    if (current !== 'system') return;
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => apply('system');
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, [current]);

  return (
    <div
      role="group"
      aria-label="Colour theme"
      className="flex items-center rounded-md border border-slate-300 p-0.5 dark:border-slate-600"
    >
      {CHOICES.map(({ value, label, icon }) => (
        <button
          key={value}
          type="button"
          aria-pressed={current === value}
          title={`${label} theme`}
          data-theme-choice={value}
          onClick={() => pick(value)}
          className="rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 aria-pressed:bg-slate-800 aria-pressed:text-white dark:text-slate-200 dark:hover:bg-slate-800 dark:aria-pressed:bg-slate-100 dark:aria-pressed:text-slate-900"
        >
          <span aria-hidden="true">{icon}</span>
          <span className="sr-only">{label} theme</span>
        </button>
      ))}
    </div>
  );
}
