import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { useCohort } from '../../features/lab/api/use-cohorts.js';
import { CohortFormDialog } from '../../features/lab/components/cohort-form-dialog.js';
import { CohortIdeas } from '../../features/lab/components/cohort-ideas.js';
import { CreatePlanForm } from '../../features/lab/components/create-plan-form.js';
import { LabLettersSection } from '../../features/lab/components/lab-letters-section.js';
import { ParticipantsTable } from '../../features/lab/components/participants-table.js';
import { PlanCard } from '../../features/lab/components/plan-card.js';
import { stageLabel } from '../../features/lab/components/stage-label.js';
import { StageTimeline } from '../../features/lab/components/stage-timeline.js';
import { useFormat } from '../../lib/format.js';

/**
 * One lab cohort: the stage timeline, the participating units with their action-plan state, the
 * ideas in diagnose and the plans with their milestones. The operator of a participating unit
 * writes and hands in plans here; the admin edits the cohort and sends the letters.
 */
export default function LabCohortPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const cohort = useCohort(id);
  const [editing, setEditing] = useState(false);
  const data = cohort.data;
  const section = (key: string, title: string, children: ReactNode) => (
    <Stack gap="sm" component="section" aria-labelledby={`lab-${key}`}>
      <Title order={2} size="h3" id={`lab-${key}`}>
        {title}
      </Title>
      {children}
    </Stack>
  );

  return (
    <>
      <Anchor component={Link} to="/lab" size="sm">
        ← {t('ui.lab.back')}
      </Anchor>
      {cohort.isPending ? (
        <PageLoader />
      ) : !data ? (
        <>
          <PageTitle>{t('ui.lab.title')}</PageTitle>
          <ErrorAlert error={cohort.error} />
        </>
      ) : (
        <Stack gap="xl" mt="xs">
          <div>
            <Group justify="space-between" align="center" wrap="wrap">
              <PageTitle>{data.name}</PageTitle>
              {data.mayEdit && (
                <Button mb="md" variant="default" onClick={() => setEditing(true)}>
                  {t('ui.lab.edit')}
                </Button>
              )}
            </Group>
            {data.description && <Text mb="xs">{data.description}</Text>}
            <Text fw={500}>{stageLabel(t, data.current)}</Text>
            <Text>
              {t('ui.lab.detail.deadline', { date: format.instant(data.planDeadline) })} {data.deadlinePassed && t('ui.lab.detail.deadlinePassed')}
            </Text>
          </div>
          {section('timeline', t('ui.lab.detail.timeline'), <StageTimeline cohort={data} />)}
          {section(
            'participants',
            t('ui.lab.detail.participants'),
            <>
              {data.unitsWithoutPlan.length > 0 && (
                <Alert color="orange" title={t('ui.lab.detail.withoutPlan', { count: data.unitsWithoutPlan.length })}>
                  {data.unitsWithoutPlan.map((u) => u.name).join(', ')}
                </Alert>
              )}
              <ParticipantsTable cohort={data} />
            </>,
          )}
          {section('ideas', t('ui.lab.detail.ideas'), <CohortIdeas cohort={data} />)}
          {section(
            'plans',
            t('ui.lab.detail.plans'),
            <>
              {(data.plannable.length > 0 || data.plans.some((p) => p.mayEdit)) && <CreatePlanForm cohort={data} />}
              {data.plans.length === 0 && <Text c="dimmed">{t('ui.lab.detail.noPlans')}</Text>}
              {data.plans.map((plan) => (
                <PlanCard key={plan.id} plan={plan} deadlinePassed={data.deadlinePassed} lastDay={data.stages.at(-1)?.endsOn ?? null} />
              ))}
            </>,
          )}
          {data.mayEdit && section('letters', t('ui.lab.letters.title'), <LabLettersSection cohort={data} />)}
        </Stack>
      )}
      {editing && data && <CohortFormDialog cohort={data} onClose={() => setEditing(false)} />}
    </>
  );
}
