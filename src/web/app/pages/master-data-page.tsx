import { Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { masterLists } from '../../../domain/master-data.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { useMasterItems } from '../../features/master-data/api/use-master-items.js';
import { MasterListPanel } from '../../features/master-data/components/master-list-panel.js';
import { useUrlQuery } from '../../lib/use-url-query.js';

/** The region's master lists (admin only); the open list and period are kept in the URL so a reload stays put. */
export default function MasterDataPage() {
  const { t } = useTranslation();
  const { values, set } = useUrlQuery(['list', 'periodId'] as const);
  const list = masterLists.find((l) => l === values.list) ?? masterLists[0];
  const data = useMasterItems(values.periodId || undefined);

  return (
    <>
      <PageTitle>{t('ui.nav.masterData')}</PageTitle>
      <Text mb="md">{t('ui.masterData.intro')}</Text>
      <Tabs value={list} onChange={(next) => set({ list: next === masterLists[0] ? '' : (next ?? '') })} keepMounted={false}>
        <Tabs.List aria-label={t('ui.masterData.listsLabel')} mb="md">
          {masterLists.map((l) => (
            <Tabs.Tab key={l} value={l}>
              {t(`ui.masterData.lists.${l}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {masterLists.map((l) => (
          <Tabs.Panel key={l} value={l}>
            <ErrorAlert error={data.error} />
            {data.isPending ? (
              <PageLoader />
            ) : (
              data.data &&
              l === list && (
                <MasterListPanel
                  list={l}
                  items={data.data.items.filter((i) => i.list === l)}
                  periodId={data.data.periodId}
                  onPeriodChange={(periodId) => set({ periodId })}
                />
              )
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
