/**
 * Turbopack/webpack loader: a content file (quiz.yaml, *.Dockerfile) as a module exporting its
 * text. The site still reads and validates these files through lib/content; importing them only
 * puts them in the module graph so `next dev` re-renders a lesson when one is saved.
 */
module.exports = function textModuleLoader(source) {
  return `export default ${JSON.stringify(source)};`;
};
