import { fileURLToPath } from 'node:url';

/** The repository root, so relative paths mean the same thing whichever folder a command runs from. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
