import { Badge, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CohortSummary } from '../../../../domain/contracts/lab.js';
import { labStages } from '../../../../domain/lab/stages.js';
import { useFormat } from '../../../lib/format.js';

/** LAN's five stages with their dates; the stages before today are filled, the current one is marked. */
export function StageTimeline({ cohort }: { cohort: CohortSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { phase, stage } = cohort.current;
  const index = stage ? labStages.indexOf(stage) : labStages.length;
  // Stages before the current (or next) one are done; during a stage it is active too.
  const active = phase === 'after' ? labStages.length - 1 : phase === 'during' ? index : index - 1;
  return (
    <Timeline active={active} bulletSize={18} lineWidth={2}>
      {cohort.stages.map((s) => (
        <Timeline.Item
          key={s.stage}
          title={
            <>
              {t(`ui.lab.stages.${s.stage}`)}{' '}
              {phase === 'during' && stage === s.stage && (
                <Badge size="sm" variant="light">
                  {t('ui.lab.detail.today')}
                </Badge>
              )}
            </>
          }
        >
          <Text size="sm">
            {format.date(s.startsOn)} – {format.date(s.endsOn)}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`ui.lab.stageHints.${s.stage}`)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
