import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/page-title.js';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('ui.notFound.title')}</PageTitle>
      <Text mb="md">{t('ui.notFound.text')}</Text>
      <Anchor component={Link} to="/dasbor">
        {t('ui.common.backHome')}
      </Anchor>
    </>
  );
}
