import { REPORTS, reportHref } from "@lanyard/shared";
import { Anchor, Box, Group, Stack, Text, Title } from "@mantine/core";
import { IconFileDownload } from "@tabler/icons-react";
import { useViewer, viewerSchool } from "../../features/session/viewer";
import { PageHeader } from "../../ui/PageHeader";
import { Panel } from "../../ui/Panel";

/** The CSV reports, each with the question it answers and a plain download link. */
export function ReportsPage() {
  const ownSchool = viewerSchool(useViewer());
  return (
    <>
      <PageHeader
        title="Reports"
        description={`Spreadsheets of how take-up is going ${ownSchool ? `at ${ownSchool.name}` : "across your trust"}, worked out when you download them. Each opens in Excel, Numbers or Google Sheets.`}
      />
      <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: "none" }}>
        {REPORTS.map((report) => (
          <Box component="li" key={report.name}>
            <Panel p="md">
            <Group justify="space-between" align="flex-start" gap="md">
              <Stack gap={4} style={{ flex: "1 1 20rem", minWidth: 0 }}>
                <Title order={2} fz="lg">
                  {report.title}
                </Title>
                <Text size="sm">{report.question}</Text>
              </Stack>
              <Anchor href={reportHref(report.name)} download fw={600} style={{ display: "inline-flex", alignItems: "center", gap: 6 }}>
                <IconFileDownload size={18} aria-hidden style={{ flexShrink: 0 }} />
                Download {report.title.toLowerCase()} (CSV)
              </Anchor>
            </Group>
            </Panel>
          </Box>
        ))}
      </Stack>
    </>
  );
}
