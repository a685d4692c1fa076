import { Anchor, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { useInnovation } from '../../features/innovations/api/use-innovation.js';
import { useMasterData } from '../../features/innovations/api/use-master-data.js';
import { CarryOverDialog } from '../../features/innovations/components/carry-over-dialog.js';
import { HistoryPanel } from '../../features/innovations/components/history-panel.js';
import { IndicatorsPanel } from '../../features/innovations/components/indicators-panel.js';
import { InnovationHeader } from '../../features/innovations/components/innovation-header.js';
import { LifecyclePanel } from '../../features/innovations/components/lifecycle-panel.js';
import { ProfilePanel } from '../../features/innovations/components/profile-panel.js';
import { usePeriod } from '../../features/periods/api/use-period.js';
import { InnovationDownloads } from '../../features/reports/components/innovation-downloads.js';
import { PublicationPanel } from '../../features/catalogue/components/publication-panel.js';
import { ReviewPanel } from '../../features/review/components/review-panel.js';
import { useSignedIn } from '../use-signed-in.js';

const tabs = ['profile', 'indicators', 'lifecycle', 'history'] as const;
type Tab = (typeof tabs)[number];
// The period's own minimum applies once it has loaded; 300 is the national rule until then.
const defaultMinDesignWords = 300;

/** One innovation: profile (autosaved), indicators and evidence, lifecycle, and history. */
export default function InnovationPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const me = useSignedIn();
  const [params, setParams] = useSearchParams();
  const tab: Tab = tabs.find((x) => x === params.get('tab')) ?? 'profile';
  const detail = useInnovation(id);
  const innovation = detail.data?.innovation;
  const period = usePeriod(innovation?.periodId);
  const master = useMasterData(innovation?.periodId);
  const [carrying, setCarrying] = useState(false);
  // The tab is in the address, so a reload or a shared link opens the same section.
  const showTab = (next: string | null) =>
    setParams(
      (current) => {
        const out = new URLSearchParams(current);
        if (next && next !== 'profile') out.set('tab', next);
        else out.delete('tab');
        return out;
      },
      { replace: true },
    );

  const admin = me.roles.includes('admin');
  const ownsUnit = Boolean(innovation && me.roles.includes('operator') && me.unitIds.includes(innovation.unitId));
  const canEdit = Boolean(innovation && !innovation.readOnly && (admin || ownsUnit));
  // Feasibility and designation are decisions of the region, not of the unit.
  const canDecide = Boolean(innovation && !innovation.readOnly && (admin || me.roles.includes('tim_penilai')));

  return (
    <>
      <Anchor component={Link} to="/registri" size="sm">
        ← {t('ui.innovations.back')}
      </Anchor>
      {detail.isPending ? (
        <PageLoader />
      ) : !detail.data || !innovation ? (
        <>
          <PageTitle>{t('ui.nav.innovations')}</PageTitle>
          <ErrorAlert error={detail.error} />
        </>
      ) : (
        <>
          <InnovationHeader detail={detail.data} canEdit={canEdit} readOnlyRole={!admin && !ownsUnit} onCarryOver={() => setCarrying(true)} />
          {innovation.ideaId && (
            // The idea's page is a public portal page, rendered by the server.
            <Anchor href={`/ide/${innovation.ideaId}`} size="sm" underline="always" mb="sm" display="inline-block">
              {t('ui.ideas.fromIdea')}
            </Anchor>
          )}
          <InnovationDownloads innovationId={innovation.id} />
          <ReviewPanel key={innovation.id} innovationId={innovation.id} />
          {admin && <PublicationPanel key={`publication-${innovation.id}`} innovationId={innovation.id} />}
          <Tabs value={tab} onChange={showTab}>
            <Tabs.List aria-label={t('ui.innovations.tabsLabel')} mb="md">
              {tabs.map((x) => (
                <Tabs.Tab key={x} value={x}>
                  {t(`ui.innovations.tabs.${x}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="profile">
              <ProfilePanel
                key={innovation.id}
                innovation={innovation}
                canEdit={canEdit}
                unitIds={admin ? 'all' : me.unitIds}
                minDesignWords={period.data?.parameters.minDesignWords ?? defaultMinDesignWords}
              />
            </Tabs.Panel>
            <Tabs.Panel value="indicators">
              {tab === 'indicators' && <IndicatorsPanel detail={detail.data} period={period.data} periodError={period.error} canEdit={canEdit} />}
            </Tabs.Panel>
            <Tabs.Panel value="lifecycle">
              {tab === 'lifecycle' && <LifecyclePanel detail={detail.data} canEdit={canEdit} canDecide={canDecide} />}
            </Tabs.Panel>
            <Tabs.Panel value="history">{tab === 'history' && <HistoryPanel innovationId={innovation.id} master={master} />}</Tabs.Panel>
          </Tabs>
          {carrying && <CarryOverDialog innovationId={innovation.id} onClose={() => setCarrying(false)} />}
        </>
      )}
    </>
  );
}
