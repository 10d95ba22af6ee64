import type { DataSource } from "typeorm";
import { AdminRole, emailSchema, normaliseUrn } from "@lanyard/shared";
import { newId } from "../../db/id.js";
import { School } from "../school/school.entity.js";
import { Trust } from "../trust/trust.entity.js";
import { Admin } from "./admin.entity.js";
import { hashPassword } from "./password.js";

export const ADMIN_PASSWORD_MIN_LENGTH = 10;

/** Creating admins: the CLI's `admin create` (and the seed). Throws a sentence that says how to fix it. */
export class AdminService {
  constructor(private readonly dataSource: DataSource) {}

  async create(input: { trustSlug: string; email: string; password: string; schoolUrn?: string | null }): Promise<Admin> {
    const email = emailSchema.safeParse(input.email);
    if (!email.success) throw new Error(`"${input.email}" is not an email address: use one like head@school.org.uk.`);
    if (input.password.length < ADMIN_PASSWORD_MIN_LENGTH) {
      throw new Error(`The password is too short: use at least ${ADMIN_PASSWORD_MIN_LENGTH} characters.`);
    }
    const trust = await this.dataSource.getRepository(Trust).findOneBy({ slug: input.trustSlug });
    if (!trust) throw new Error(`No trust has the slug "${input.trustSlug}": seed it with \`pnpm db:seed --trust ${input.trustSlug}\` or check the spelling.`);
    let schoolId: string | null = null;
    if (input.schoolUrn) {
      const urn = normaliseUrn(input.schoolUrn);
      const school = await this.dataSource.getRepository(School).findOneBy({ urn, trustId: trust.id });
      if (!school) throw new Error(`Trust "${trust.slug}" has no school with URN ${urn}: check the URN.`);
      schoolId = school.id;
    }
    if (await this.dataSource.getRepository(Admin).existsBy({ email: email.data })) {
      throw new Error(`An admin with the email ${email.data} already exists.`);
    }
    const admin = this.dataSource.getRepository(Admin).create({
      id: newId(),
      trustId: trust.id,
      schoolId,
      email: email.data,
      passwordHash: await hashPassword(input.password),
      role: schoolId ? AdminRole.SCHOOL_ADMIN : AdminRole.TRUST_ADMIN,
      createdAt: new Date(),
      lastSignInAt: null,
    });
    await this.dataSource.getRepository(Admin).insert(admin);
    return admin;
  }
}
