import type { DataSource } from "typeorm";
import type { Actor } from "../auth/actor.js";
import { notFound } from "../../graphql/errors.js";
import { Trust } from "./trust.entity.js";

export class TrustService {
  constructor(private readonly dataSource: DataSource) {}

  async get(actor: Actor): Promise<Trust> {
    const trust = await this.dataSource.getRepository(Trust).findOneBy({ id: actor.trustId });
    if (!trust) throw notFound("Your trust");
    return trust;
  }
}
