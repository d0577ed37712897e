import { ClientsAreaNav } from '../features/clients/components/ClientsAreaNav';
import { PipelineBoard } from '../features/clients/components/PipelineBoard';
import { useI18n } from '../i18n/useI18n';
import { PageHeader } from '../ui/PageHeader';

export function ClientPipelinePage() {
  const { t } = useI18n();
  return (
    <>
      <ClientsAreaNav />
      <PageHeader title={t('pipeline.title')} />
      <PipelineBoard />
    </>
  );
}
