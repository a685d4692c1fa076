import { Alert, Badge, Button, FileButton, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogueFromPeriod } from '../../../domain/iid/period-catalogue.js';
import { bestChanges, simulate, type Change } from '../../../domain/iid/simulate.js';
import type { Catalogue } from '../../../domain/iid/catalogue.js';
import type { RegionReport } from '../../../domain/iid/engine.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { usePeriod } from '../../features/periods/api/use-period.js';
import { usePeriods } from '../../features/periods/api/use-periods.js';
import { BestChanges } from '../../features/simulator/components/best-changes.js';
import { IidSummary } from '../../features/simulator/components/iid-summary.js';
import { InnovationsTable } from '../../features/simulator/components/innovations-table.js';
import { SimulationWarnings } from '../../features/simulator/components/simulation-warnings.js';
import { exampleInput } from '../../../domain/iid/example-region.js';
import { exampleReport, parseWorkingSet } from '../../features/simulator/working-set.js';
import { useRegistryReport } from '../../features/simulator/api/use-registry-report.js';

/** A later edit of the same thing replaces the earlier one, so the list stays one entry per toggle or answer. */
const sameTarget = (a: Change, b: Change) =>
  a.kind === b.kind &&
  (a.kind === 'regionAnswer' || a.innovationId === (b as typeof a).innovationId) &&
  (a.kind === 'include' || a.code === (b as typeof a).code);
const upsert = (changes: readonly Change[], change: Change) => [...changes.filter((c) => !sameTarget(c, change)), change];

type Source = 'registry' | 'example' | 'file';
type WorkingSet = { report: RegionReport; source: Source; file: string | null };

const example = (catalogue: Catalogue): WorkingSet => ({ report: exampleReport(exampleInput, catalogue) ?? { answers: {}, innovations: [] }, source: 'example', file: null });

/*
 * The working set is the region's stored innovations (with claimed and verified flags from their
 * evidence) when there are any, else the example; a loaded JSON file replaces it. The what-if
 * changes live only in the page. Everything is computed with the same engine the server uses.
 */
function Simulator({ catalogue, registry }: { catalogue: Catalogue; registry: RegionReport | null }) {
  const { t } = useTranslation();
  const [workingSet, setWorkingSet] = useState<WorkingSet>(() => (registry && registry.innovations.length > 0 ? { report: registry, source: 'registry', file: null } : example(catalogue)));
  const [changes, setChanges] = useState<readonly Change[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const result = useMemo(() => simulate(catalogue, workingSet.report, changes), [catalogue, workingSet, changes]);
  const suggestions = useMemo(() => bestChanges(catalogue, result.report, 3), [catalogue, result.report]);
  const change = (next: Change) => setChanges((current) => upsert(current, next));

  async function load(file: File | null) {
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setProblems([t('ui.simulator.badJson')]);
      return;
    }
    const parsed = parseWorkingSet(json, catalogue);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    setProblems([]);
    setChanges([]);
    setWorkingSet({ report: parsed.report, source: 'file', file: file.name });
  }

  return (
    <Stack gap="lg">
      <div>
        <Text>{t('ui.simulator.intro', { year: catalogue.period.year })}</Text>
        <Text size="sm" c="dimmed" mt={4} data-testid="working-set-source">
          {t(`ui.simulator.source.${workingSet.source}`, { name: workingSet.file, count: workingSet.report.innovations.length })}
        </Text>
        <Group mt="sm" gap="sm">
          <FileButton onChange={(file) => void load(file)} accept="application/json,.json">
            {(props) => (
              <Button variant="default" {...props}>
                {t('ui.simulator.load')}
              </Button>
            )}
          </FileButton>
          {registry && registry.innovations.length > 0 && workingSet.source !== 'registry' && (
            <Button variant="default" onClick={() => (setChanges([]), setWorkingSet({ report: registry, source: 'registry', file: null }))}>
              {t('ui.simulator.useRegistry')}
            </Button>
          )}
          {workingSet.source === 'registry' && (
            <Button variant="default" onClick={() => (setChanges([]), setWorkingSet(example(catalogue)))}>
              {t('ui.simulator.useExample')}
            </Button>
          )}
          <Button onClick={() => setChanges([])} disabled={changes.length === 0}>
            {t('ui.simulator.reset')}
          </Button>
          {changes.length > 0 && (
            <Badge variant="light" color="blue" role="status">
              {t('ui.simulator.changed', { count: changes.length })}
            </Badge>
          )}
        </Group>
        {problems.length > 0 && (
          <Alert color="red" role="alert" title={t('ui.simulator.loadFailed')} mt="sm">
            <List size="sm">
              {problems.map((p, i) => (
                <List.Item key={i}>{p}</List.Item>
              ))}
            </List>
          </Alert>
        )}
      </div>

      <section aria-labelledby="simulator-result">
        <Title order={2} size="h3" mb="sm" id="simulator-result">
          {t('ui.simulator.resultTitle')}
        </Title>
        <IidSummary claimed={result.claimed.result} verified={result.verified.result} />
      </section>

      <section aria-labelledby="simulator-warnings">
        <Title order={2} size="h3" mb="sm" id="simulator-warnings">
          {t('ui.simulator.warningsTitle')}
        </Title>
        <SimulationWarnings warnings={result.claimed.warnings} />
      </section>

      <section aria-labelledby="simulator-best">
        <Title order={2} size="h3" mb={4} id="simulator-best">
          {t('ui.simulator.bestTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('ui.simulator.bestIntro')}
        </Text>
        <BestChanges catalogue={catalogue} suggestions={suggestions} onApply={change} />
      </section>

      <section aria-labelledby="simulator-innovations">
        <Title order={2} size="h3" mb="sm" id="simulator-innovations">
          {t('ui.simulator.innovationsTitle')}
        </Title>
        <InnovationsTable
          catalogue={catalogue}
          report={result.report}
          claimed={result.claimed.result}
          verified={result.verified.result}
          onInclude={(innovationId, included) => change({ kind: 'include', innovationId, included })}
          onAnswer={(innovationId, code, answer) => change({ kind: 'answer', innovationId, code, answer })}
        />
      </section>
    </Stack>
  );
}

export default function SimulatorPage() {
  const { t } = useTranslation();
  const periods = usePeriods();
  const current = periods.data?.items.find((p) => p.isCurrent);
  const period = usePeriod(current?.id);
  const catalogue = useMemo(() => (period.data ? catalogueFromPeriod(period.data) : null), [period.data]);
  const registry = useRegistryReport(current?.id);
  // The API nests the (not yet stored) region answers like the `lumbung iid` format; the engine takes them flat.
  const stored = useMemo<RegionReport | null>(
    () => (registry.data ? { answers: registry.data.region.answers, innovations: registry.data.innovations } as RegionReport : null),
    [registry.data],
  );

  return (
    <>
      <PageTitle>{t('ui.nav.simulator')}</PageTitle>
      <ErrorAlert error={periods.error ?? period.error ?? registry.error} />
      {periods.isPending || (current && (period.isPending || registry.isPending)) ? (
        <PageLoader />
      ) : !current ? (
        periods.data && <Alert color="yellow">{t('ui.simulator.noPeriod')}</Alert>
      ) : (
        catalogue && <Simulator key={current.id} catalogue={catalogue} registry={stored} />
      )}
    </>
  );
}
