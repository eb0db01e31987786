/** The search page's script policy, for both of its page files. */
import type { AstroGlobal } from 'astro';

/** Pagefind compiles WebAssembly: allowed on the search page alone, next to the site's own scripts. */
export function allowSearchScripts(csp: AstroGlobal['csp']): void {
  if (!csp) throw new Error('security.csp is off in astro.config.mjs: the search page needs its policy');
  csp.insertScriptResource("'self'");
  csp.insertScriptResource("'wasm-unsafe-eval'");
}
