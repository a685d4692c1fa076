import { Anchor, Badge, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../../../../domain/contests/contests.js';
import type { Results } from '../../../../../../domain/contracts/contests.js';
import { TableScroll } from '../../../../../components/table-scroll.js';
import { certificateUrl } from '../../api/keys.js';

type Category = Results['categories'][number];

/**
 * One category's ranking with the full breakdown: total (raw and normalised), each criterion's mean
 * over the judges who scored it, the judges counted, the tie note and, once published, the certificate.
 */
export function RankingTable({
  category,
  criteria,
  normalised,
  certificates,
  headingLevel = 3,
}: {
  category: Category;
  criteria: readonly Criterion[];
  normalised: boolean;
  certificates: boolean;
  /** One below the results panel's title, which depends on where the panel sits. */
  headingLevel?: 3 | 4;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  const score = (v: number | null) => (v === null ? '—' : v.toLocaleString(locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }));
  const criterionName = (key: string) => criteria.find((c) => c.key === key)?.name ?? key;
  // The server words the deciding rule ("kriteria: Kebaruan"); a bare key is named here.
  const tieNote = (by: string) => t('ui.contestAdmin.results.tieNote', { by: by === 'submittedAt' ? t('ui.contestAdmin.results.bySubmission') : criterionName(by) });
  const headingId = `ranking-${category.key}`;

  return (
    <section aria-labelledby={headingId}>
      <Title order={headingLevel} size="h4" id={headingId} mb="xs">
        {category.name}
      </Title>
      {category.ranking.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('ui.contestAdmin.results.noEntries')}
        </Text>
      ) : (
        <TableScroll label={t('ui.contestAdmin.results.tableLabel', { category: category.name })}>
          <Table aria-label={t('ui.contestAdmin.results.tableLabel', { category: category.name })} striped miw={720 + criteria.length * 90}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('ui.contestAdmin.results.columns.rank')}</Table.Th>
                <Table.Th scope="col">{t('ui.contestAdmin.results.columns.entry')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('ui.contestAdmin.results.columns.total')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('ui.contestAdmin.results.columns.raw')}
                </Table.Th>
                {normalised && (
                  <Table.Th scope="col" ta="right">
                    {t('ui.contestAdmin.results.columns.normalised')}
                  </Table.Th>
                )}
                {criteria.map((c) => (
                  <Table.Th key={c.key} scope="col" ta="right">
                    {c.name}
                  </Table.Th>
                ))}
                <Table.Th scope="col" ta="right">
                  {t('ui.contestAdmin.results.columns.judges')}
                </Table.Th>
                <Table.Th scope="col">{t('ui.contestAdmin.results.columns.notes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {category.ranking.map((r) => (
                <Table.Tr key={r.entryId}>
                  <Table.Td>
                    {r.rank}{' '}
                    {r.winner && (
                      <Badge color="yellow.4" autoContrast size="sm">
                        {t('ui.contestAdmin.results.winner')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Th scope="row" fw={400}>
                    {r.title}
                    <Text size="xs" c="dimmed">
                      {[r.number, r.entrantName].filter(Boolean).join(' · ')}
                    </Text>
                  </Table.Th>
                  <Table.Td ta="right" fw={600}>
                    {score(r.total)}
                  </Table.Td>
                  <Table.Td ta="right">{score(r.rawTotal)}</Table.Td>
                  {normalised && <Table.Td ta="right">{score(r.normalisedTotal)}</Table.Td>}
                  {criteria.map((c) => {
                    const line = r.criteria.find((x) => x.key === c.key);
                    return (
                      <Table.Td key={c.key} ta="right">
                        {score(line?.raw ?? null)}
                        {normalised && line && line.normalised !== null && (
                          <Text size="xs" c="dimmed">
                            {t('ui.contestAdmin.results.normalisedValue', { value: score(line.normalised) })}
                          </Text>
                        )}
                        {line && (
                          <Text size="xs" c="dimmed">
                            {t('ui.contestAdmin.results.judgesCount', { count: line.judges })}
                          </Text>
                        )}
                      </Table.Td>
                    );
                  })}
                  <Table.Td ta="right">{r.judges}</Table.Td>
                  <Table.Td>
                    {r.tieBrokenBy && <Text size="xs">{tieNote(r.tieBrokenBy)}</Text>}
                    {r.judges === 0 && <Text size="xs">{t('ui.contestAdmin.results.unscored')}</Text>}
                    {r.total === null && <Text size="xs">{t('ui.contestAdmin.results.conflictHidden')}</Text>}
                    {certificates && (
                      <Anchor href={certificateUrl(r.entryId)} download size="xs">
                        {t('ui.contestAdmin.results.certificate')}
                        <VisuallyHidden> {r.title}</VisuallyHidden>
                      </Anchor>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
