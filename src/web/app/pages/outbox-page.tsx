import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { Pager } from '../../components/pager.js';
import { useOutbox } from '../../features/outbox/api/use-outbox.js';
import { OutboxList } from '../../features/outbox/components/outbox-list.js';
import { useUrlQuery } from '../../lib/use-url-query.js';

export default function OutboxPage() {
  const { t } = useTranslation();
  const { page, set } = useUrlQuery([]);
  const mail = useOutbox(page);
  return (
    <>
      <PageTitle>{t('ui.nav.outbox')}</PageTitle>
      <Text mb="md">{t('ui.outbox.intro')}</Text>
      <ErrorAlert error={mail.error} />
      {mail.isPending ? (
        <PageLoader />
      ) : (
        mail.data && (
          <>
            <OutboxList messages={mail.data.items} />
            <Pager page={page} pageSize={mail.data.pageSize} total={mail.data.total} onChange={(p) => set({ page: p })} />
          </>
        )
      )}
    </>
  );
}
