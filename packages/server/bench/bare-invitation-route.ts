// The baseline for the invitation page: a bare Fastify route (no GraphQL, no loaders, no
// plugins) answering the same JSON as the people view's query for one school's PENDING
// invitations, from hand-written SQL over a mysql2 pool configured as the app's: the API key,
// the page with its count and listed school, and its items with their products, roles and
// schools — the three round trips the app makes. LEFT JOINs, as the app's: with inner joins
// MariaDB starts from the products and reads every item of each role (350 ms a page). It is the most any server can do for this
// page when it reads it from MariaDB on this machine; Apollo from memory is the most GraphQL
// can do without a database. The app's page pays both costs.
import type { Pool, RowDataPacket } from "mysql2/promise";
import { encodeCursor } from "../src/graphql/cursor.js";
import { apiKeyTrust, startBareServer, type BareServer } from "./bare-staff-route.js";
import type { MariaDbConfig } from "./setup.js";

const PAGE_SQL = `
SELECT inv.id, inv.email, inv.first_name, inv.last_name, inv.state, inv.delivery, inv.last_error,
       inv.send_at, inv.sent_at, inv.expires_at, inv.created_at, ls.id AS school_id, ls.name AS school_name,
       (SELECT COUNT(*) FROM invitation c WHERE c.trust_id = ? AND c.state = ? AND c.school_id = ?) AS total
FROM invitation inv
LEFT JOIN school ls ON ls.id = inv.school_id AND ls.trust_id = inv.trust_id
WHERE inv.trust_id = ? AND inv.state = ? AND inv.school_id = ?
ORDER BY inv.created_at DESC, inv.id DESC
LIMIT ?`;

const itemsSql = (count: number) => `
SELECT it.id, it.invitation_id, p.id AS product_id, p.name AS product_name, r.id AS role_id, r.name AS role_name,
       s.id AS school_id, s.name AS school_name
FROM invitation_item it
LEFT JOIN product p ON p.id = it.product_id AND p.trust_id = it.trust_id
LEFT JOIN product_role r ON r.id = it.role_id AND r.product_id = it.product_id
LEFT JOIN school s ON s.id = it.school_id AND s.trust_id = it.trust_id
WHERE it.invitation_id IN (${Array.from({ length: count }, () => "?").join(", ")}) AND it.trust_id = ?`;

const iso = (value: Date | null) => (value ? value.toISOString() : null);

interface PageVariables {
  first: number;
  filter: { states: [string]; schoolId: string };
}

export async function invitationPageJson(pool: Pool, trustId: string, { first, filter }: PageVariables) {
  const state = filter.states[0];
  const [rows] = await pool.query<RowDataPacket[]>(PAGE_SQL, [trustId, state, filter.schoolId, trustId, state, filter.schoolId, first + 1]);
  const page = rows.slice(0, first);
  const items = new Map<string, unknown[]>(page.map((r) => [r.id as string, []]));
  if (page.length) {
    const [itemRows] = await pool.query<RowDataPacket[]>(itemsSql(page.length), [...items.keys(), trustId]);
    itemRows.sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const i of itemRows) {
      items.get(i.invitation_id as string)!.push({
        id: i.id,
        product: { id: i.product_id, name: i.product_name },
        role: { id: i.role_id, name: i.role_name },
        school: i.school_id === null ? null : { id: i.school_id, name: i.school_name },
      });
    }
  }
  const last = page.at(-1);
  return {
    data: {
      invitations: {
        totalCount: Number(rows[0]?.total ?? 0),
        pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor([last.created_at as Date, last.id as string]) : null },
        edges: page.map((r) => ({
          node: {
            id: r.id,
            email: r.email,
            firstName: r.first_name,
            lastName: r.last_name,
            state: r.state,
            delivery: r.delivery,
            lastError: r.last_error,
            sendAt: iso(r.send_at as Date | null),
            sentAt: iso(r.sent_at as Date | null),
            expiresAt: iso(r.expires_at as Date),
            school: r.school_id === null ? null : { id: r.school_id, name: r.school_name },
            items: items.get(r.id as string),
          },
        })),
      },
    },
  };
}

/** POST /invitations with `Authorization: Bearer <key>` and the people view's GraphQL body (its variables are read). */
export function startBareInvitationServer(database: MariaDbConfig): Promise<BareServer> {
  return startBareServer(database, (http, pool) =>
    http.post<{ Body: { variables: PageVariables } }>("/invitations", async (request, reply) => {
      const trustId = await apiKeyTrust(pool, request.headers.authorization);
      if (!trustId) return reply.code(401).send({ errors: [{ message: "bad key" }] });
      return invitationPageJson(pool, trustId, request.body.variables);
    }),
  );
}
