// MariaDB ships with a 128 MB InnoDB buffer pool: a tenth of the large seed's invitation indexes.
// With it, every insert into those indexes and many page reads wait on reading pages back in,
// and the benchmarks would measure that setting rather than Lanyard. A production server gives
// InnoDB most of its memory; the bench does the same for its run (never lowering it), and says so.
import { totalmem } from "node:os";
import { createConnection, type RowDataPacket } from "mysql2/promise";
import type { MariaDbConfig } from "./setup.js";

const MiB = 1024 * 1024;
/** What the large seed needs, with room for the benchmarks' own rows: about 2.5 GB of data and indexes. */
export const BENCH_BUFFER_POOL_BYTES = 4096 * MiB;

/** The size to ask for: the bench's need, but at most half the machine, and never below what it is. */
export function bufferPoolTarget(current: number, machineBytes = totalmem()): number {
  return Math.max(current, Math.min(BENCH_BUFFER_POOL_BYTES, Math.floor(machineBytes / 2 / (128 * MiB)) * 128 * MiB));
}

const mb = (bytes: number) => `${Math.round(bytes / MiB).toLocaleString("en-GB")} MB`;

/** Raises the server's buffer pool for the bench; answers one line saying what it found and did. */
export async function fitBufferPool(database: MariaDbConfig): Promise<string> {
  const connection = await createConnection({ host: database.host, port: database.port, user: database.username, password: database.password });
  try {
    const [[row]] = (await connection.query<RowDataPacket[]>("SELECT @@innodb_buffer_pool_size AS bytes")) as unknown as [{ bytes: number | string }[]];
    const current = Number(row?.bytes ?? 0);
    const target = bufferPoolTarget(current);
    if (target <= current) return `MariaDB's InnoDB buffer pool: ${mb(current)}.`;
    try {
      await connection.query("SET GLOBAL innodb_buffer_pool_size = ?", [target]);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return `MariaDB's InnoDB buffer pool: ${mb(current)}, smaller than the bench database; could not raise it (${reason}). Figures will wait on page reads: set innodb_buffer_pool_size = ${mb(target)} in the server's configuration.`;
    }
    // MariaDB resizes in the background, in whole chunks: report what it settled on.
    let now = current;
    for (let i = 0; i < 50 && now < target; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const [[after]] = (await connection.query<RowDataPacket[]>("SELECT @@innodb_buffer_pool_size AS bytes")) as unknown as [{ bytes: number | string }[]];
      now = Number(after?.bytes ?? current);
    }
    return `MariaDB's InnoDB buffer pool: raised from ${mb(current)} to ${mb(now)} for the bench, as a production server would have it (SET GLOBAL: it lasts until MariaDB restarts).`;
  } finally {
    await connection.end();
  }
}
