/** The build date (ГГГГ-ММ-ДД), set once in astro.config.mjs. */
declare const __BUILD_DATE__: string;

/** The image files content names, by path from the project root (src/integrations/content-images.ts). */
declare module 'virtual:vidimost/content-images' {
  const files: ReadonlyMap<string, import('astro').ImageMetadata>;
  export default files;
}
