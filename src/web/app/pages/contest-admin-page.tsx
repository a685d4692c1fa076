import { Anchor, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { useContest } from '../../features/contests/admin/api/use-contests.js';
import { ContestHeader } from '../../features/contests/admin/components/contest-header.js';
import { EntriesPanel } from '../../features/contests/admin/components/entries/entries-panel.js';
import { JudgesPanel } from '../../features/contests/admin/components/judges/judges-panel.js';
import { ResultsTab } from '../../features/contests/admin/components/results/results-tab.js';
import { SetupForm } from '../../features/contests/admin/components/setup/setup-form.js';
import { TimeZoneContext } from '../../lib/format.js';

const tabs = ['setup', 'entries', 'judges', 'results'] as const;
type Tab = (typeof tabs)[number];

/** One contest: setup, entries and selection, panels, results. The tab is kept in the address. */
export default function ContestAdminPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const contest = useContest(id);
  const [params, setParams] = useSearchParams();
  const tab: Tab = tabs.find((x) => x === params.get('tab')) ?? 'setup';
  const showTab = (next: string | null) =>
    setParams(
      (current) => {
        const out = new URLSearchParams(current);
        if (next && next !== 'setup') out.set('tab', next);
        else out.delete('tab');
        return out;
      },
      { replace: true },
    );
  const data = contest.data;
  // Whether the setup form holds unsaved edits: publishing would remount it and drop them, so the
  // publish buttons wait until they are saved.
  const [setupDirty, setSetupDirty] = useState(false);

  return (
    <>
      <Anchor component={Link} to="/kelola-lomba" size="sm">
        ← {t('ui.contestAdmin.back')}
      </Anchor>
      {contest.isPending ? (
        <PageLoader />
      ) : !data ? (
        <>
          <PageTitle>{t('ui.contestAdmin.title')}</PageTitle>
          <ErrorAlert error={contest.error} />
        </>
      ) : (
        // Every instant of the contest is shown and entered in the contest's (the region's) zone.
        <TimeZoneContext value={data.zone}>
          <ContestHeader contest={data} unsavedSetup={setupDirty} />
          <Tabs value={tab} onChange={showTab} keepMounted={false}>
            <Tabs.List aria-label={t('ui.contestAdmin.tabs.label')} mb="md">
              {tabs.map((x) => (
                <Tabs.Tab key={x} value={x}>
                  {t(`ui.contestAdmin.tabs.${x}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {/* Kept mounted (hidden) while another tab is open: unsaved setup edits survive a look at the entries. */}
            <Tabs.Panel value="setup" keepMounted>
              {/* Remounted with each saved version, so the form shows what is stored. */}
              <SetupForm key={`${data.id}-${data.version}`} contest={data} onDirtyChange={setSetupDirty} />
            </Tabs.Panel>
            <Tabs.Panel value="entries">
              <EntriesPanel contest={data} />
            </Tabs.Panel>
            <Tabs.Panel value="judges">
              <JudgesPanel contest={data} />
            </Tabs.Panel>
            <Tabs.Panel value="results">
              <ResultsTab contest={data} unsavedSetup={setupDirty} />
            </Tabs.Panel>
          </Tabs>
        </TimeZoneContext>
      )}
    </>
  );
}
