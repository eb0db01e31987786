// Matches the code's existing style (single quotes, semicolons, two spaces, long lines), so
// formatting moves as little as possible. Content files are never formatted (.prettierignore).
/** @type {import('prettier').Config} */
export default {
  plugins: ['prettier-plugin-astro'],
  printWidth: 160,
  singleQuote: true,
  // Whitespace between elements is text in Astro's output: Prettier must neither add nor drop
  // any, or words and punctuation get glued or split (checked by diffing the built pages' text).
  htmlWhitespaceSensitivity: 'strict',
  overrides: [
    { files: '*.astro', options: { parser: 'astro' } },
    // CSS keeps its double quotes.
    { files: '*.css', options: { singleQuote: false } },
  ],
};
