import type { DataSource } from "typeorm";
import type { Actor } from "./actor.js";
import { Admin } from "./admin.entity.js";
import { Session } from "./session.entity.js";
import { hashToken, newToken } from "./tokens.js";

export const SESSION_IDLE_MS = 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is refreshed at most this often, so reads don't each cost a write. */
export const TOUCH_EVERY_MS = 60 * 1000;

export function actorForAdmin(admin: Admin, sessionId: string | null): Actor {
  return {
    kind: "admin",
    id: admin.id,
    trustId: admin.trustId,
    schoolId: admin.schoolId,
    role: admin.role,
    canWrite: true,
    label: admin.email,
    sessionId,
  };
}

/** Browser sessions, kept in the database so any server instance can answer. */
export class SessionService {
  constructor(private readonly dataSource: DataSource) {}

  async start(admin: Admin, ip: string | null, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
    await this.dataSource
      .getRepository(Session)
      .insert({ id: hashToken(token), adminId: admin.id, createdAt: now, lastSeenAt: now, expiresAt, ip });
    return { token, expiresAt };
  }

  async end(token: string): Promise<void> {
    await this.dataSource.getRepository(Session).delete({ id: hashToken(token) });
  }

  /** The admin behind a session token, or null once it is unknown, idle too long or past its end. */
  async resolve(token: string, now = new Date()): Promise<Actor | null> {
    const id = hashToken(token);
    const session = await this.dataSource
      .getRepository(Session)
      .createQueryBuilder("session")
      .innerJoinAndSelect("session.admin", "admin")
      .where("session.id = :id", { id })
      .getOne();
    if (!session?.admin) return null;
    const idleSince = now.getTime() - session.lastSeenAt.getTime();
    if (session.expiresAt <= now || idleSince > SESSION_IDLE_MS) {
      await this.dataSource.getRepository(Session).delete({ id });
      return null;
    }
    if (idleSince > TOUCH_EVERY_MS) {
      await this.dataSource.getRepository(Session).update({ id }, { lastSeenAt: now });
    }
    return actorForAdmin(session.admin, id);
  }
}
