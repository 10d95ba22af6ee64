import type { DataSource, EntityManager } from "typeorm";
import { chunks } from "../../db/bulk.js";
import { placeholders } from "../../db/raw.js";
import type { EmailItem } from "../email/email.types.js";

export interface NamedItem extends EmailItem {
  invitationId: string;
  productId: string;
  schoolId: string | null;
  roleDescription: string | null;
  cohortName: string | null;
}

/** Invitations' items with the names emails and the accept page show, in one query per 5,000 invitations. */
export async function namedItems(db: DataSource | EntityManager, invitationIds: readonly string[]): Promise<Map<string, NamedItem[]>> {
  const byInvitation = new Map<string, NamedItem[]>();
  for (const ids of chunks(invitationIds)) {
    const rows: Record<string, string | null>[] = await db.query(
      `SELECT it.invitation_id AS invitation_id, it.product_id AS product_id, it.school_id AS school_id, p.name AS product_name,
              r.name AS role_name, r.description AS role_description, s.name AS school_name, c.name AS cohort_name
       FROM \`invitation_item\` it
       JOIN \`product\` p ON p.id = it.product_id
       JOIN \`product_role\` r ON r.id = it.role_id
       LEFT JOIN \`school\` s ON s.id = it.school_id
       LEFT JOIN \`cohort\` c ON c.id = it.cohort_id
       WHERE it.invitation_id IN (${placeholders(ids.length)})
       ORDER BY it.id`,
      ids,
    );
    for (const r of rows) {
      const item: NamedItem = {
        invitationId: r.invitation_id!,
        productId: r.product_id!,
        schoolId: r.school_id ?? null,
        productName: r.product_name!,
        roleName: r.role_name!,
        roleDescription: r.role_description ?? null,
        schoolName: r.school_name ?? null,
        cohortName: r.cohort_name ?? null,
      };
      const list = byInvitation.get(item.invitationId);
      if (list) list.push(item);
      else byInvitation.set(item.invitationId, [item]);
    }
  }
  return byInvitation;
}
