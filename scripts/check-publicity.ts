// The full EU publicity report: per project, each obligation with its rule and outcome, after
// the same one-run content check as `npm run check:content` (exits non-zero on any problem).
process.argv.push('--publicity');
export {};
await import('./check-content.ts');
