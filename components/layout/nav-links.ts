/** Site-wide header links, in order. Add an entry here to put a page in the header. */
export const NAV_LINKS: ReadonlyArray<{ href: string; label: string }> = [
  { href: '/', label: 'Course' },
  { href: '/playground/', label: 'Playground' },
  { href: '/quizzes/', label: 'Quizzes' },
  { href: '/progress/', label: 'Progress' },
  { href: '/rules/', label: 'Rules' },
];

function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/** The header link a page belongs to: its section's link, with lessons under Course; else null. */
export function currentNavHref(pathname: string | null): string | null {
  if (!pathname) return null;
  const path = trimSlash(pathname);
  if (path === '/' || path === '/learn' || path.startsWith('/learn/')) return '/';
  for (const { href } of NAV_LINKS) {
    const section = trimSlash(href);
    if (section !== '/' && (path === section || path.startsWith(`${section}/`))) return href;
  }
  return null;
}
