import "@mantine/charts/styles.css";
import { BarChart, LineChart } from "@mantine/charts";
import { Anchor, Box, Button, Group, Stack, Table, Text, Title, type MantineColor } from "@mantine/core";
import { useId, useState, type ReactNode } from "react";
import { Link, useNavigate } from "react-router";
import { TableScroll } from "./TableScroll";

export interface ChartSeries {
  /** The key of this series' numbers in each row. */
  name: string;
  /** What a person reads: the legend, the tooltip, the table's column header. */
  label: string;
  color: MantineColor;
}

export type ChartRow = Record<string, string | number>;

interface Props {
  title: string;
  description?: string;
  /** "line" for series over dates, "bar" for counts by category (or by date). */
  type: "line" | "bar";
  data: readonly ChartRow[];
  /** The key of each row's label: a date or a category. */
  dataKey: string;
  /** The table's header for that label, e.g. "Week" or "State". */
  keyLabel: string;
  series: readonly ChartSeries[];
  /** How a row's label reads, e.g. an ISO date as "30 Nov 2026"; on the axis and in the table alike. */
  formatKey?: (key: string | number) => string;
  formatValue?: (value: number) => string;
  /** The figure's heading level, to fit the screen's outline. */
  order?: 2 | 3 | 4;
  height?: number;
  /** Bars: one bar per row split into its series, rather than a bar per series side by side. */
  stacked?: boolean;
  /** Bars: "rows" lays them across, with each row's label on the left (long names, many rows). */
  layout?: "columns" | "rows";
  /** The width kept for row labels in the "rows" layout. */
  labelWidth?: number;
  /**
   * Where a bar leads (a row and one of its series), or a whole row (series undefined); null where
   * nowhere. A click on the bar follows it, and the table links each number and row label, so the
   * keyboard reaches every destination the mouse does.
   */
  href?: (row: ChartRow, series: string | undefined) => string | null;
  /** Controls beside "Show as table", e.g. a choice of time step. */
  controls?: ReactNode;
}

const formatCount = (value: number) => value.toLocaleString("en-GB");

/**
 * A chart with its numbers a screen reader can reach: a caption, and "Show as table" swapping the
 * picture for a real table of the same rows (DESIGN.md: each graph has a table of the same numbers).
 */
export function ChartFigure({
  title,
  description,
  type,
  data,
  dataKey,
  keyLabel,
  series,
  formatKey = String,
  formatValue = formatCount,
  order = 2,
  height = 260,
  stacked = false,
  layout = "columns",
  labelWidth = 160,
  href,
  controls,
}: Props) {
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  const navigate = useNavigate();
  const rows = data.map((row) => ({ ...row, [dataKey]: formatKey(row[dataKey]!) }));
  const chartSeries = series.map(({ name, label, color }) => ({ name, label, color }));
  const common = {
    h: height,
    data: rows,
    dataKey,
    series: chartSeries,
    valueFormatter: formatValue,
    withLegend: series.length > 1,
    // In the series' own order (recharts sorts by name), as the table's columns are.
    legendProps: {
      verticalAlign: "bottom" as const,
      itemSorter: (item: { dataKey?: unknown }) => series.findIndex((s) => s.name === item.dataKey),
    },
  };

  return (
    <Box component="figure" m={0} aria-labelledby={headingId}>
      <Group component="figcaption" justify="space-between" align="flex-start" gap="sm" mb="sm">
        <Stack gap={2} style={{ flex: "1 1 16rem" }}>
          <Title order={order} fz="lg" id={headingId}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </Stack>
        <Group gap="sm">
          {controls}
          <Button variant={asTable ? "filled" : "default"} size="xs" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
            Show as table
          </Button>
        </Group>
      </Group>
      {asTable ? (
        <TableScroll label={title} minWidth={Math.min(640, 160 + 120 * series.length)}>
          <Table>
            <Table.Caption>{title}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{keyLabel}</Table.Th>
                {series.map((s) => (
                  <Table.Th key={s.name} scope="col" ta="right">
                    {s.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, i) => (
                <Table.Tr key={i}>
                  <Table.Th scope="row" fw={500}>
                    <MaybeLink to={href?.(data[i]!, undefined)}>{row[dataKey]}</MaybeLink>
                  </Table.Th>
                  {series.map((s) => (
                    <Table.Td key={s.name} ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
                      {typeof row[s.name] === "number" ? (
                        <MaybeLink to={href?.(data[i]!, s.name)}>{formatValue(row[s.name] as number)}</MaybeLink>
                      ) : (
                        "—"
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : (
        // The picture is one image to a screen reader; its numbers are in the table.
        <Box
          role="img"
          aria-label={`${title}: a ${type} chart. Choose “Show as table” to read its numbers${href ? " and follow their links" : ""}.`}
        >
          {type === "line" ? (
            <LineChart {...common} curveType="linear" lineChartProps={{ accessibilityLayer: false }} />
          ) : (
            <BarChart
              {...common}
              type={stacked ? "stacked" : "default"}
              orientation={layout === "rows" ? "vertical" : "horizontal"}
              yAxisProps={layout === "rows" ? { width: labelWidth } : undefined}
              barChartProps={{ accessibilityLayer: false }}
              barProps={(s) => ({
                // Stacked parts are told apart by a line between them, not by their colours alone.
                ...(stacked ? { stroke: "var(--mantine-color-white)", strokeWidth: 1 } : {}),
                ...(href && data.some((row) => href(row, s.name))
                  ? {
                      className: "lanyard-bar-link",
                      // The bar's row by its index: the chart's rows carry formatted labels, `data` the originals.
                      onClick: (_bar: unknown, index: number) => {
                        const row = data[index];
                        const to = row ? href(row, s.name) : null;
                        if (to) void navigate(to);
                      },
                    }
                  : {}),
              })}
            />
          )}
        </Box>
      )}
    </Box>
  );
}

/** A link where there is somewhere to go; the plain text otherwise. */
function MaybeLink({ to, children }: { to: string | null | undefined; children: ReactNode }) {
  return to ? (
    <Anchor component={Link} to={to} inherit>
      {children}
    </Anchor>
  ) : (
    <>{children}</>
  );
}
