import type { DataSource } from "typeorm";
import { RateLimit } from "./rate-limit.entity.js";

/**
 * Fixed-window counters in the database, so a limit holds however many server instances
 * answer. Each call is one or two statements; no locks are held.
 */
export class RateLimitService {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts one attempt; answers false once `limit` attempts fall inside the window. */
  async consume(bucket: string, limit: number, windowMs: number, now = new Date()): Promise<boolean> {
    const repo = this.dataSource.getRepository(RateLimit);
    const floor = new Date(now.getTime() - windowMs);
    const bumped = await repo
      .createQueryBuilder()
      .update()
      .set({ count: () => "count + 1" })
      .where("bucket = :bucket AND window_start > :floor", { bucket, floor })
      .execute();
    if (!bumped.affected) {
      await repo
        .createQueryBuilder()
        .insert()
        .values({ bucket, windowStart: now, count: 1 })
        .orUpdate(["window_start", "count"], ["bucket"])
        .updateEntity(false)
        .execute();
      return limit >= 1;
    }
    const row = await repo.findOneBy({ bucket });
    return (row?.count ?? 0) <= limit;
  }

  /** True while `limit` attempts have been counted inside the window. */
  async isBlocked(bucket: string, limit: number, windowMs: number, now = new Date()): Promise<boolean> {
    const row = await this.dataSource.getRepository(RateLimit).findOneBy({ bucket });
    return !!row && row.windowStart.getTime() > now.getTime() - windowMs && row.count >= limit;
  }

  async reset(bucket: string): Promise<void> {
    await this.dataSource.getRepository(RateLimit).delete({ bucket });
  }
}
