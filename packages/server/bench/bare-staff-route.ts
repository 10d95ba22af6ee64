// The baseline for the staff page: a bare Fastify route (no GraphQL, no TypeORM, no plugins)
// answering the same JSON as `staff(first: N)` from ONE hand-written SQL query, over a mysql2
// pool configured as TypeORM configures the app's. It checks the API key the same way the app
// does (one query by the secret's SHA-256), so both sides pay for authentication.
// Not included here: the app's once-a-minute `last_used_at` update (≈0 per request), cookies,
// helmet headers, request ids — those are part of what the full stack costs.
import type { AddressInfo } from "node:net";
import Fastify, { type FastifyInstance } from "fastify";
import { createPool, type Pool, type RowDataPacket } from "mysql2/promise";
import { encodeCursor } from "../src/graphql/cursor.js";
import { hashToken } from "../src/modules/auth/tokens.js";
import type { MariaDbConfig } from "./setup.js";

const KEY_SQL = "SELECT `id`, `trust_id`, `read_only`, `revoked_at` FROM `api_key` WHERE `secret_hash` = ? LIMIT 1";

/** Staff of the trust by (last_name, first_name, id), their school, and the trust member with their email. */
const PAGE_SQL = `
SELECT s.id, s.mis_id, s.first_name, s.last_name, s.email, s.job_title,
       sc.id AS school_id, sc.name AS school_name,
       u.id AS user_id, u.email AS user_email
FROM staff s
JOIN school sc ON sc.id = s.school_id AND sc.trust_id = s.trust_id
LEFT JOIN \`user\` u ON u.email = s.email
  AND EXISTS (SELECT 1 FROM access a WHERE a.user_id = u.id AND a.trust_id = s.trust_id)
WHERE s.trust_id = ?
ORDER BY s.last_name ASC, s.first_name ASC, s.id ASC
LIMIT ?`;

interface PageRow extends RowDataPacket {
  id: string;
  mis_id: string;
  first_name: string;
  last_name: string;
  email: string;
  job_title: string | null;
  school_id: string;
  school_name: string;
  user_id: string | null;
  user_email: string | null;
}

/** The connection options TypeORM's MysqlDriver gives mysql2 for the app's data source (data-source.ts). */
export const connectionLikeTheApp = (database: MariaDbConfig) => ({
  host: database.host,
  port: database.port,
  user: database.username,
  password: database.password,
  database: database.database,
  charset: "utf8mb4_unicode_ci",
  timezone: "Z",
  supportBigNumbers: true,
  bigNumberStrings: true,
});

export function poolLikeTheApp(database: MariaDbConfig): Pool {
  return createPool({ ...connectionLikeTheApp(database), stringifyObjects: true, connectionLimit: 20 });
}

export async function staffPageJson(pool: Pool, trustId: string, first: number) {
  const [rows] = await pool.query<PageRow[]>(PAGE_SQL, [trustId, first + 1]);
  const page = rows.slice(0, first);
  const edges = page.map((r) => ({
    cursor: encodeCursor([r.last_name, r.first_name, r.id]),
    node: {
      id: r.id,
      misId: r.mis_id,
      firstName: r.first_name,
      lastName: r.last_name,
      email: r.email,
      jobTitle: r.job_title,
      school: { id: r.school_id, name: r.school_name },
      user: r.user_id === null ? null : { id: r.user_id, email: r.user_email },
    },
  }));
  return { data: { staff: { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } } } };
}

/** The trust of the `Authorization: Bearer` key, checked as the app checks it (one query by the secret's hash); null when not valid. */
export async function apiKeyTrust(pool: Pool, authorization: string | undefined): Promise<string | null> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) return null;
  const [keys] = await pool.query<RowDataPacket[]>(KEY_SQL, [hashToken(match[1]!)]);
  const key = keys[0];
  return key && !key.revoked_at ? (key.trust_id as string) : null;
}

export interface BareServer {
  url: string;
  http: FastifyInstance;
  close(): Promise<void>;
}

/**
 * A bare Fastify server on a free port with a pool like the app's: `route` adds its one route.
 * close() stops both.
 */
export async function startBareServer(database: MariaDbConfig, route: (http: FastifyInstance, pool: Pool) => void): Promise<BareServer> {
  const pool = poolLikeTheApp(database);
  const http = Fastify({ logger: false });
  route(http, pool);
  await http.listen({ port: 0, host: "127.0.0.1" });
  return {
    url: `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`,
    http,
    async close() {
      await http.close();
      await pool.end();
    },
  };
}

/** POST /staff?first=N with `Authorization: Bearer <key>`; the JSON body is parsed and ignored. */
export function startBareStaffServer(database: MariaDbConfig): Promise<BareServer> {
  return startBareServer(database, (http, pool) =>
    http.post<{ Querystring: { first?: string } }>("/staff", async (request, reply) => {
      const trustId = await apiKeyTrust(pool, request.headers.authorization);
      if (!trustId) return reply.code(401).send({ errors: [{ message: "bad key" }] });
      const first = Number(request.query.first ?? 50);
      return staffPageJson(pool, trustId, first);
    }),
  );
}
