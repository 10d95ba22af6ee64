import fastifyCompress from "@fastify/compress";
import type { FastifyInstance } from "fastify";

/**
 * Compresses responses (GraphQL and JSON answers, CSV exports) with brotli or gzip, as the
 * browser's accept-encoding allows; small bodies (under 1 KiB) go as they are. The built app's
 * files come compressed already (written at build time), and this leaves those alone. Register
 * before any route: it hooks the routes registered after it.
 */
export async function registerCompression(app: FastifyInstance) {
  await app.register(fastifyCompress, { global: true, encodings: ["br", "gzip"], threshold: 1024 });
}
