import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Where `npm run build` writes the site the build and browser tests read. */
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
/** The project's copy of the first printed page. */
export const sourcePage = fileURLToPath(new URL('../../content/source/newspaper-page.txt', import.meta.url));
