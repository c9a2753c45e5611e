import Link from 'next/link';
import { MainNav } from './main-nav';
import { ThemeToggle } from './theme-toggle';

/** The header on every page: brand, site navigation and the theme picker. */
export function SiteHeader() {
  return (
    <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link
          href="/"
          className="flex items-center gap-2 font-semibold text-slate-900 dark:text-white"
        >
          <span aria-hidden="true" className="rounded bg-sky-700 px-1.5 py-0.5 text-xs text-white">
            SC
          </span>
          Stagecraft
        </Link>
        <MainNav />
        <div className="ml-auto">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
