import { Card, Group, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { affairs } from '../../../../domain/iid/affairs.js';
import type { IidResult } from '../../../../domain/iid/engine.js';
import { TableScroll } from '../../../components/table-scroll.js';
import { useNumbers } from '../use-numbers.js';

const components = ['regionAspect', 'maturity', 'countScore'] as const;
export const affairName = (code: string) => affairs.find((a) => a.code === code)?.name ?? code;

function ProjectionCard({ result }: { result: IidResult }) {
  const { t } = useTranslation();
  const n = useNumbers();
  const { shares, basicServiceAffairs: basic } = result.explanation;
  const title = t(`ui.simulator.${result.projection}`);
  return (
    <Card withBorder padding="md">
      <Title order={3} size="h4">
        {title}
      </Title>
      <Text size="sm" c="dimmed">
        {t(`ui.simulator.${result.projection}Hint`)}
      </Text>
      <Group gap="sm" align="baseline" my="sm">
        <Text fz={36} fw={700} lh={1.1} data-testid={`iid-${result.projection}`}>
          {n.fixed(result.iid)}
        </Text>
        <Text fz="lg" fw={600} data-testid={`predicate-${result.projection}`}>
          {t(`ui.simulator.predicates.${result.predicate}`)}
        </Text>
      </Group>
      <TableScroll label={t('ui.simulator.breakdownOf', { projection: title })}>
        <Table aria-label={t('ui.simulator.breakdownOf', { projection: title })} miw={300}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ui.simulator.component')}</Table.Th>
              <Table.Th>{t('ui.simulator.score')}</Table.Th>
              <Table.Th>{t('ui.simulator.points')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {components.map((key) => (
              <Table.Tr key={key}>
                <Table.Td>{t(`ui.simulator.components.${key}`)}</Table.Td>
                <Table.Td>{t('ui.simulator.scoreOf', { score: n.score(shares[key].score), max: n.score(shares[key].max) })}</Table.Td>
                <Table.Td>{n.fixed(shares[key].points)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <dl style={{ margin: 'var(--mantine-spacing-sm) 0 0', display: 'grid', gridTemplateColumns: 'auto auto', gap: '4px 12px', justifyContent: 'start' }}>
        <dt>{t('ui.simulator.counted')}</dt>
        <dd style={{ margin: 0, fontWeight: 600 }} data-testid={`counted-${result.projection}`}>
          {result.counted}
        </dd>
        <dt>{t('ui.simulator.divisor')}</dt>
        <dd style={{ margin: 0, fontWeight: 600 }}>{result.divisor}</dd>
        <dt>{t('ui.simulator.affairs')}</dt>
        <dd style={{ margin: 0, fontWeight: 600 }}>{t('ui.simulator.affairsValue', { covered: basic.covered.length, required: basic.required })}</dd>
      </dl>
      {basic.missing.length > 0 && (
        <Text size="sm" mt="xs">
          {t('ui.simulator.affairsMissing', { list: basic.missing.map(affairName).join('; ') })}
        </Text>
      )}
    </Card>
  );
}

/** The claimed and verified index side by side, each with its breakdown. */
export function IidSummary({ claimed, verified }: { claimed: IidResult; verified: IidResult }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <ProjectionCard result={claimed} />
      <ProjectionCard result={verified} />
    </SimpleGrid>
  );
}
