import { describe, expect, it } from "vitest";
import { BENCH_BUFFER_POOL_BYTES, bufferPoolTarget } from "./buffer-pool.js";

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

describe("bufferPoolTarget", () => {
  it("raises MariaDB's default 128 MB to what the large seed needs", () => {
    expect(bufferPoolTarget(128 * MiB, 24 * GiB)).toBe(BENCH_BUFFER_POOL_BYTES);
  });

  it("never lowers a pool that is already larger", () => {
    expect(bufferPoolTarget(16 * GiB, 24 * GiB)).toBe(16 * GiB);
  });

  it("takes at most half of a small machine, in whole 128 MB chunks", () => {
    expect(bufferPoolTarget(128 * MiB, 3 * GiB + 100)).toBe(1536 * MiB);
  });
});
