// The contract's limits for one uploaded file (CONTRACT.md, POST /api/imports).
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 100_000;
