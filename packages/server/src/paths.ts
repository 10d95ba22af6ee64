import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
/** packages/server, whether running from src/ (development) or dist/ (built). */
export const serverRoot = resolve(here, "..");
export const webDist = join(serverRoot, "..", "web", "dist");
export const schemaFile = join(serverRoot, "schema.graphql");
