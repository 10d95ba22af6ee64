import { Badge, Tooltip } from "@mantine/core";
import type { ProductLevel } from "@lanyard/shared";

const DESCRIPTION: Record<ProductLevel, string> = {
  TRUST: "One for the whole trust (e.g. HR, finance)",
  SCHOOL: "Given per school, where the school subscribes",
};

export function LevelBadge({ level }: { level: ProductLevel }) {
  return (
    <Tooltip label={DESCRIPTION[level]} withArrow>
      <Badge variant="dot" color={level === "TRUST" ? "violet" : "teal"}>
        {level === "TRUST" ? "Trust" : "School"}
      </Badge>
    </Tooltip>
  );
}
