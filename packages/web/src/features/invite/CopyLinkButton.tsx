import { Button, CopyButton, Tooltip } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";

/** Copies an accept link, to share it another way than email; says so once copied. */
export function CopyLinkButton({ url, label = "Copy invite link", size = "sm" }: { url: string; label?: string; size?: "xs" | "sm" }) {
  return (
    <CopyButton value={url} timeout={2500}>
      {({ copied, copy }) => (
        <Tooltip label="Copied" opened={copied} withArrow>
          <Button
            size={size}
            variant={copied ? "light" : "default"}
            color={copied ? "green" : undefined}
            leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
            onClick={copy}
          >
            {copied ? "Copied" : label}
          </Button>
        </Tooltip>
      )}
    </CopyButton>
  );
}
