import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ClientsAreaNav } from '../features/clients/components/ClientsAreaNav';
import { SegmentList } from '../features/segments/components/SegmentList';
import { useI18n } from '../i18n/useI18n';
import { PageHeader } from '../ui/PageHeader';

export function SegmentsPage() {
  const { t } = useI18n();
  return (
    <>
      <ClientsAreaNav />
      <PageHeader
        title={t('segments.title')}
        actions={
          <Button
            component={Link}
            to="/clients/segments/new"
            leftSection={<IconPlus size={18} aria-hidden />}
          >
            {t('segments.new')}
          </Button>
        }
      />
      <SegmentList />
    </>
  );
}
