/** Site-wide header links, in order. Add an entry here to put a page in the header. */
export const NAV_LINKS: ReadonlyArray<{ href: string; label: string }> = [
  { href: '/', label: 'Course' },
  { href: '/playground/', label: 'Playground' },
  { href: '/quizzes/', label: 'Quizzes' },
  { href: '/progress/', label: 'Progress' },
  { href: '/rules/', label: 'Rules' },
];
