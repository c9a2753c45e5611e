import { loadLessons } from '../lib/content/lessons';

/** Every lesson URL in course order, read from content/ so new lessons are covered automatically. */
export const LESSON_PATHS = loadLessons().map((lesson) => `/learn/${lesson.slug}/`);
export const HOME_PATH = '/';
/** A URL no route serves: the static server answers with 404.html and status 404. */
export const NOT_FOUND_PATH = '/no-such-page/';
/** Every page that should load with status 200. */
export const ALL_PAGES = [HOME_PATH, ...LESSON_PATHS];
