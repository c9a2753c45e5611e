/**
 * Which saved "continue where you left off" links the app may follow. The stored or imported href
 * is data from outside the page, so it is trusted only when it is exactly a lesson route the
 * app itself would write: `//host/…` and `/\host/…` are URLs on another site to a browser.
 */

/** The route of a lesson, the only kind of page the app saves as the learner's last position. */
export function lessonHref(slug: string): string {
  return `/learn/${slug}/`;
}

/** True when `href` is the route of one of `lessonSlugs`, and so stays on this site. */
export function isContinueHref(href: string, lessonSlugs: readonly string[]): boolean {
  const match = /^\/learn\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/.exec(href);
  return match !== null && lessonSlugs.includes(match[1] as string);
}
