import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { ConfigError } from "../config.js";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * The embedded database serves one server process: a second one on the same file is refused
 * with a clear message instead of fighting over locks. Answers a function that releases it.
 */
export function acquireSqliteLock(databasePath: string): () => void {
  const lockPath = `${databasePath}.server.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => rmSync(lockPath, { force: true });
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number(readFileSync(lockPath, "utf8").trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) {
        throw new ConfigError(
          `Another Lanyard server (process ${pid}) is already using ${databasePath}: the embedded SQLite database serves one server process, so stop that one first, or use MariaDB (DATABASE_URL=mysql://...) to run several.`,
        );
      }
      rmSync(lockPath, { force: true }); // left behind by a process that has ended
    }
  }
  throw new ConfigError(`Could not lock ${databasePath}: remove ${lockPath} if no Lanyard server is running.`);
}
