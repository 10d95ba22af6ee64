import type { DataSource } from "typeorm";
import { IsNull } from "typeorm";
import { newId } from "../../db/id.js";
import { selectRows, sqlDate } from "../../db/raw.js";
import { userError, type UserError } from "../../graphql/user-error.js";
import { recordAudit } from "../audit/audit.service.js";
import type { Actor } from "./actor.js";
import { ApiKey } from "./api-key.entity.js";
import { hashToken, newToken } from "./tokens.js";

/** Keys look like `lny_<43 characters>`: recognisable in logs and secret scanners. */
export const API_KEY_PREFIX = "lny_";
const SHOWN_PREFIX_LENGTH = 12;
const TOUCH_EVERY_MS = 60 * 1000;

export function actorForKey(key: Pick<ApiKey, "id" | "trustId" | "name" | "readOnly">): Actor {
  return {
    kind: "api-key",
    id: key.id,
    trustId: key.trustId,
    schoolId: null,
    role: null,
    canWrite: !key.readOnly,
    label: `api-key:${key.name}`,
    sessionId: null,
  };
}

export class ApiKeyService {
  constructor(private readonly dataSource: DataSource) {}

  async create(
    trustId: string,
    input: { name: string; readOnly?: boolean | null },
    actor: Actor | null,
  ): Promise<{ apiKey: ApiKey; secret: string } | { errors: UserError[] }> {
    const name = input.name.trim();
    if (!name || name.length > 100) {
      return { errors: [userError("INVALID_NAME", "Give the key a name of 1 to 100 characters, e.g. \"MIS sync\".", ["name"])] };
    }
    return this.dataSource.transaction(async (manager) => {
      const clash = await manager.getRepository(ApiKey).findOneBy({ trustId, name, revokedAt: IsNull() });
      if (clash) {
        return { errors: [userError("NAME_TAKEN", `A key named "${name}" is already active: choose another name or revoke that key first.`, ["name"])] };
      }
      const secret = API_KEY_PREFIX + newToken();
      const apiKey = manager.getRepository(ApiKey).create({
        id: newId(),
        trustId,
        name,
        prefix: secret.slice(0, SHOWN_PREFIX_LENGTH),
        secretHash: hashToken(secret),
        readOnly: input.readOnly ?? false,
        createdAt: new Date(),
        lastUsedAt: null,
        revokedAt: null,
      });
      await manager.getRepository(ApiKey).insert(apiKey);
      await recordAudit(manager, actor, trustId, {
        action: "API_KEY_CREATED",
        subjectType: "ApiKey",
        subjectId: apiKey.id,
        detail: { name, readOnly: apiKey.readOnly },
      });
      return { apiKey, secret };
    });
  }

  /** Revokes at once: the next request with the key is refused. Answers how many were revoked. */
  async revoke(trustId: string, where: { id: string } | { name: string }, actor: Actor | null): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const keys = await manager.getRepository(ApiKey).findBy({ trustId, revokedAt: IsNull(), ...where });
      if (keys.length === 0) return 0;
      const now = new Date();
      for (const key of keys) {
        await manager.getRepository(ApiKey).update({ id: key.id }, { revokedAt: now });
        await recordAudit(manager, actor, trustId, { action: "API_KEY_REVOKED", subjectType: "ApiKey", subjectId: key.id, detail: { name: key.name } });
      }
      return keys.length;
    });
  }

  list(trustId: string): Promise<ApiKey[]> {
    return this.dataSource.getRepository(ApiKey).find({ where: { trustId }, order: { createdAt: "DESC", id: "DESC" } });
  }

  /** The actor behind a key, or null for an unknown or revoked one. */
  async resolve(secret: string, now = new Date()): Promise<Actor | null> {
    if (!secret.startsWith(API_KEY_PREFIX)) return null;
    const [row] = await selectRows<{ id: string; trust_id: string; name: string; read_only: number | boolean; last_used_at: Date | string | null }>(
      this.dataSource,
      "SELECT id, trust_id, name, read_only, last_used_at FROM `api_key` WHERE secret_hash = ? AND revoked_at IS NULL",
      [hashToken(secret)],
    );
    if (!row) return null;
    const lastUsedAt = sqlDate(row.last_used_at);
    if (!lastUsedAt || now.getTime() - lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      await this.dataSource.getRepository(ApiKey).update({ id: row.id }, { lastUsedAt: now });
    }
    return actorForKey({ id: row.id, trustId: row.trust_id, name: row.name, readOnly: Boolean(row.read_only) });
  }
}
