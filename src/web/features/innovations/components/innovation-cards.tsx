import { Anchor, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InnovationListItem } from '../../../../domain/contracts/innovations.js';
import { ReviewStateBadge } from '../../review/components/review-state-badge.js';
import { formatScore } from '../format-numbers.js';
import { StageBadge } from './stage-badge.js';

/** The list on a phone: one card per innovation, the name as its link. */
export function InnovationCards({ items, affairName }: { items: InnovationListItem[]; affairName: (code: string | null) => string | null }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <Text>{t('ui.innovations.empty')}</Text>;
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => (
        <Card key={item.id} withBorder padding="sm" component="li">
          <Title order={2} size="h5">
            <Anchor component={Link} to={`/registri/${item.id}`} style={{ overflowWrap: 'anywhere' }}>
              {item.name}
            </Anchor>
          </Title>
          <Text size="sm" c="dimmed">
            {item.unitName} · {t('ui.innovations.periodName', { year: item.periodYear })}
          </Text>
          {item.mainAffair && <Text size="sm">{affairName(item.mainAffair)}</Text>}
          <Group gap="xs" mt="xs">
            <StageBadge stage={item.stage} />
            <Text size="sm">{t('ui.innovations.maturityValue', { value: formatScore(item.maturityClaimed, i18n.language) })}</Text>
          </Group>
          {/* Named in words: beside the stage badge, a second bare badge would be ambiguous. */}
          <Group gap="xs" mt="xs">
            <Text size="sm">{t('ui.review.column')}:</Text>
            <ReviewStateBadge state={item.reviewState} />
          </Group>
          <Text size="sm" mt="xs">
            {t('ui.innovations.completenessValue', { percent: item.completeness })}
          </Text>
          <Progress value={item.completeness} size="sm" aria-label={t('ui.innovations.completenessValue', { percent: item.completeness })} />
        </Card>
      ))}
    </Stack>
  );
}
