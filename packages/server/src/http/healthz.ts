import type { FastifyInstance } from "fastify";
import type { DataSource } from "typeorm";

export function registerHealthz(app: FastifyInstance, dataSource: DataSource) {
  app.get("/healthz", async (_request, reply) => {
    try {
      await dataSource.query("SELECT 1");
      return { ok: true };
    } catch (error) {
      app.log.error({ err: error }, "health check: the database did not answer");
      return reply.code(503).send({ ok: false, error: "The database is not answering." });
    }
  });
}
