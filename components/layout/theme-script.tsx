/** localStorage key holding the learner's explicit theme choice ('light' | 'dark'). */
export const THEME_STORAGE_KEY = 'stagecraft-theme';

// Runs before first paint so the page never flashes the wrong theme. Kept tiny and defensive:
// storage may be blocked, and an unknown value falls back to the system setting.
const script = `(function(){try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');var d=t==='dark'||(t!=='light'&&window.matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.classList.toggle('dark',d);}catch(e){}})();`;

/** Inline `<script>` for `<head>` that applies the stored or system theme before paint. */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
