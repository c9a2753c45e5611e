'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { currentNavHref, NAV_LINKS } from './nav-links';

/** The header's site navigation; the current section's link is marked for eyes and screen readers. */
export function MainNav() {
  const current = currentNavHref(usePathname());
  return (
    <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
      <ul className="flex flex-wrap gap-x-1 gap-y-1">
        {NAV_LINKS.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === current ? 'page' : undefined}
              className="block rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-sky-50 aria-[current=page]:font-semibold aria-[current=page]:text-sky-800 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white dark:aria-[current=page]:bg-sky-950 dark:aria-[current=page]:text-sky-200"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
