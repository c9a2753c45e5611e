const BUTTON =
  'rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50';

/** Classes for the main action of a quiz step (check, next, finish). */
export const PRIMARY_BUTTON = `${BUTTON} bg-sky-700 text-white hover:bg-sky-800`;

/** Classes for the secondary actions of a quiz step (previous, hint, retry). */
export const SECONDARY_BUTTON = `${BUTTON} border border-slate-400 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`;
