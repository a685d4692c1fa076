import { Box, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../components/table-scroll.js';

export type ChartSeries = {
  key: string;
  label: string;
  /** A Mantine colour variable; every bar also carries its value (and, with several series, its name) as text. */
  color: string;
  format: (value: number) => string;
  /** The value a full bar stands for; by default the largest value of the series. */
  max?: number;
};
export type ChartRow = { key: string; label: string; values: Record<string, number> };

type Props = {
  title: string;
  hint?: string;
  /** Header of the table's first column. */
  categoryLabel: string;
  series: ChartSeries[];
  rows: ChartRow[];
};

const width = (value: number, max: number) => `${max > 0 ? Math.min(100, Math.max(0, (value / max) * 100)) : 0}%`;

/**
 * A horizontal bar chart without a chart library. Screen readers get it as one image whose label
 * reads every number; "Tampilkan tabel" shows the same numbers as a table for anyone who prefers one.
 */
export function BarChart({ title, hint, categoryLabel, series, rows }: Props) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const titleId = useId();
  const several = series.length > 1;
  const maxOf = (s: ChartSeries) => s.max ?? Math.max(0, ...rows.map((r) => r.values[s.key] ?? 0));
  const value = (row: ChartRow, s: ChartSeries) => row.values[s.key] ?? 0;
  const items = rows
    .map((row) =>
      several ? `${row.label} (${series.map((s) => `${s.label} ${s.format(value(row, s))}`).join(', ')})` : `${row.label} ${series[0]!.format(value(row, series[0]!))}`,
    )
    .join('; ');
  const summary = t('ui.monitoring.charts.summary', { title, items: items || t('ui.monitoring.charts.empty') });

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={titleId}>
          {title}
        </Title>
        {hint && (
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        )}
        {rows.length === 0 ? (
          <Text size="sm">{t('ui.monitoring.charts.empty')}</Text>
        ) : (
          <Stack gap="xs" role="img" aria-label={summary}>
            {rows.map((row) => (
              <Box key={row.key}>
                {several && (
                  <Text size="sm" fw={600}>
                    {row.label}
                  </Text>
                )}
                {series.map((s) => (
                  <Box key={s.key} mb={several ? 4 : 0}>
                    <Group justify="space-between" gap="xs" wrap="nowrap">
                      <Text size="sm">{several ? s.label : row.label}</Text>
                      <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {s.format(value(row, s))}
                      </Text>
                    </Group>
                    <Box h={10} bg="var(--mantine-color-gray-2)" style={{ borderRadius: 4, overflow: 'hidden' }}>
                      <Box h="100%" w={width(value(row, s), maxOf(s))} bg={s.color} />
                    </Box>
                  </Box>
                ))}
              </Box>
            ))}
          </Stack>
        )}
        {rows.length > 0 && (
          <Group>
            <Button variant="subtle" size="xs" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((shown) => !shown)}>
              {showTable ? t('ui.monitoring.charts.hideTable') : t('ui.monitoring.charts.showTable')}
            </Button>
          </Group>
        )}
        <div id={tableId} hidden={!showTable}>
          {showTable && (
            <TableScroll label={title}>
              <Table striped aria-labelledby={titleId}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{categoryLabel}</Table.Th>
                    {series.map((s) => (
                      <Table.Th key={s.key} scope="col" ta="right">
                        {s.label}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.key}>
                      <Table.Th scope="row" fw={400}>
                        {row.label}
                      </Table.Th>
                      {series.map((s) => (
                        <Table.Td key={s.key} ta="right">
                          {s.format(value(row, s))}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </div>
      </Stack>
    </Card>
  );
}
