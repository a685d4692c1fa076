import type { Catalogue } from './catalogue.js';
import { catalogue2023 } from './catalogue-2023.js';
import { catalogue2026 } from './catalogue-2026.js';

/** The catalogues Lumbung ships, by assessment year; administrators clone and edit them per period. */
export const seededCatalogues: Readonly<Record<number, Catalogue>> = { 2023: catalogue2023, 2026: catalogue2026 };
