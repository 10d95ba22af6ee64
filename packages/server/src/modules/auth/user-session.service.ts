import type { DataSource } from "typeorm";
import type { UserObject } from "../user/user.types.js";
import { User } from "../user/user.entity.js";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, TOUCH_EVERY_MS } from "./session.service.js";
import { UserSession } from "./user-session.entity.js";
import { hashToken, newToken } from "./tokens.js";

/** Invitees' sessions: the same lifetimes as admins', in their own table and cookie. */
export class UserSessionService {
  constructor(private readonly dataSource: DataSource) {}

  async start(userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
    await this.dataSource.getRepository(UserSession).insert({ id: hashToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt });
    return { token, expiresAt };
  }

  async end(token: string): Promise<void> {
    await this.dataSource.getRepository(UserSession).delete({ id: hashToken(token) });
  }

  async resolve(token: string, now = new Date()): Promise<UserObject | null> {
    const id = hashToken(token);
    const session = await this.dataSource.getRepository(UserSession).findOneBy({ id });
    if (!session) return null;
    if (session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS) {
      await this.dataSource.getRepository(UserSession).delete({ id });
      return null;
    }
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.dataSource.getRepository(UserSession).update({ id }, { lastSeenAt: now });
    }
    const user = await this.dataSource.getRepository(User).findOneBy({ id: session.userId });
    return user ? { id: user.id, email: user.email, firstName: user.firstName, lastName: user.lastName } : null;
  }
}
