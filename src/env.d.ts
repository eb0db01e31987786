/** The build date (ГГГГ-ММ-ДД), set once in astro.config.mjs. */
declare const __BUILD_DATE__: string;
