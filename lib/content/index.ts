export * from './frontmatter';
export * from './headings';
export * from './lesson-schema';
export * from './lessons';
export * from './modules';
