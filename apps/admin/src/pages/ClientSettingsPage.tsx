import { Stack } from '@mantine/core';
import { CustomFieldsSection } from '../features/client-settings/components/CustomFieldsSection';
import { RelationshipRulesSection } from '../features/client-settings/components/RelationshipRulesSection';
import { useClientAccess } from '../features/clients/hooks/useClientAccess';
import { useI18n } from '../i18n/useI18n';
import { PageHeader } from '../ui/PageHeader';

/** Client-management settings: custom fields (administrators) and relationship rules (managers too). */
export function ClientSettingsPage() {
  const { t } = useI18n();
  const { access } = useClientAccess();
  return (
    <Stack gap="md">
      <PageHeader title={t('clients.settings.title')} />
      <CustomFieldsSection canManage={access.defineCustomFields} />
      <RelationshipRulesSection />
    </Stack>
  );
}
