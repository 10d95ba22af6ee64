// Temporary: CPU profile of the server answering the PENDING page under load.
import "./env.js";
import "reflect-metadata";
import { Session } from "node:inspector/promises";
import { writeFileSync } from "node:fs";
import type { RowDataPacket } from "mysql2/promise";
import { startBench } from "./setup.js";
import { poolLikeTheApp } from "./bare-staff-route.js";
import { measureSideBySide } from "./load.js";
import { invitationPageQuery } from "./invitations.bench.js";

const setup = await startBench();
const pool = poolLikeTheApp(setup.config.database);
const [busiest] = await pool.query<RowDataPacket[]>(
  "SELECT school_id, COUNT(*) AS pending FROM `invitation` WHERE trust_id = ? AND state = 'PENDING' AND school_id IS NOT NULL GROUP BY school_id ORDER BY pending DESC LIMIT 1",
  [setup.trustId],
);
const schoolId = busiest[0]!.school_id as string;
const q = process.env.Q === "nocount" ? invitationPageQuery.replace("totalCount", "") : invitationPageQuery;
const call = { url: `${setup.url}/graphql`, headers: { "content-type": "application/json", authorization: `Bearer ${setup.apiKey}` }, body: JSON.stringify({ query: q, variables: { first: 50, filter: { states: ["PENDING"], schoolId } } }) };
const session = new Session();
session.connect();
const profile = process.env.PROFILE === "1";
if (profile) { await session.post("Profiler.enable"); await session.post("Profiler.setSamplingInterval", { interval: 200 }); }
let started = false;
const load = { connections: 10, duration: 8, warmup: 2, rounds: 1 };
if (profile) { await session.post("Profiler.start"); started = true; }
const { a } = await measureSideBySide({ a: call }, load);
if (started) {
  const { profile: p } = await session.post("Profiler.stop");
  writeFileSync("/tmp/page.cpuprofile", JSON.stringify(p));
}
console.log(`rps ${a.rps.toFixed(0)} cpu ${a.cpuMsPerRequest.toFixed(2)} ms/req p50 ${a.p50}`);
await pool.end();
await setup.close();
process.exit(0);
