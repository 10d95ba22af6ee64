import { Button, CopyButton, Tooltip, VisuallyHidden } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";

interface Props {
  url: string;
  label?: string;
  size?: "xs" | "sm";
  /** Whose link, said to a screen reader after the label where several "Copy link" buttons share a table. */
  forWhom?: string;
}

/** Copies an accept link, to share it another way than email; says so once copied. */
export function CopyLinkButton({ url, label = "Copy invite link", size = "sm", forWhom }: Props) {
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
            {forWhom && <VisuallyHidden> for {forWhom}</VisuallyHidden>}
          </Button>
        </Tooltip>
      )}
    </CopyButton>
  );
}
