import { Stack, Tabs } from '@mantine/core';
import { useSession } from '../features/auth/hooks/useSession';
import { AgentsTab } from '../features/support-settings/components/AgentsTab';
import { CalendarsTab } from '../features/support-settings/components/CalendarsTab';
import { CategoriesTab } from '../features/support-settings/components/CategoriesTab';
import { PriorityRulesTab } from '../features/support-settings/components/PriorityRulesTab';
import { QueuesTab } from '../features/support-settings/components/QueuesTab';
import { SlaPoliciesTab } from '../features/support-settings/components/SlaPoliciesTab';
import { useSettingsTab } from '../features/support-settings/hooks/useSettingsTab';
import { type SettingsTab, settingsTabs } from '../features/support-settings/utils/settings-tabs';
import { canManageSupportSettings } from '../features/support-settings/utils/support-access';
import { useI18n } from '../i18n/useI18n';
import { PageHeader } from '../ui/PageHeader';

/** How support works: queues and routing, categories, agents, SLA policies, business hours, priority rules. */
export function SupportSettingsPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const { tab, setTab } = useSettingsTab();
  const canEdit = session ? canManageSupportSettings(session.user.role) : false;

  return (
    <Stack gap="md">
      <PageHeader title={t('supportSettings.title')} />
      <Tabs value={tab} onChange={(next) => next && setTab(next as SettingsTab)} keepMounted={false}>
        <Tabs.List>
          {settingsTabs.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`supportSettings.tab.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="queues" pt="md">
          <QueuesTab />
        </Tabs.Panel>
        <Tabs.Panel value="categories" pt="md">
          <CategoriesTab />
        </Tabs.Panel>
        <Tabs.Panel value="agents" pt="md">
          <AgentsTab canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="sla" pt="md">
          <SlaPoliciesTab />
        </Tabs.Panel>
        <Tabs.Panel value="hours" pt="md">
          <CalendarsTab />
        </Tabs.Panel>
        <Tabs.Panel value="priority" pt="md">
          <PriorityRulesTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
