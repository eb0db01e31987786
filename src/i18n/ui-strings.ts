/**
 * The shape every strings table must have, taken from the Bulgarian table (the default
 * language, written first). `en.ts satisfies UiStrings`: a missing, misspelt or extra key is a
 * compile error that names the key.
 */
import type { bg } from './bg.ts';

export type UiStrings = typeof bg;
