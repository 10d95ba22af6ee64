import type { FastifyReply } from "fastify";

/** Marks a reply as a CSV file the browser saves under this name. */
export function csvAttachment(reply: FastifyReply, filename: string): FastifyReply {
  return reply
    .header("content-type", "text/csv; charset=utf-8")
    .header("content-disposition", `attachment; filename="${filename}"`)
    .header("cache-control", "no-store");
}
