import { ClientsAreaNav } from '../features/clients/components/ClientsAreaNav';
import { ImportWizard } from '../features/clients/components/ImportWizard';
import { useI18n } from '../i18n/useI18n';
import { PageHeader } from '../ui/PageHeader';

export function ClientImportPage() {
  const { t } = useI18n();
  return (
    <>
      <ClientsAreaNav />
      <PageHeader title={t('import.title')} />
      <ImportWizard />
    </>
  );
}
