import { Alert, Button } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ResourceListView } from '../features/listing/components/ResourceListView';
import { priceRuleResource } from '../features/price-rules/api/price-rule-resource';
import type { PriceRule } from '../features/price-rules/api/price-rule-types';
import { useReloadPriceRules } from '../features/price-rules/api/usePriceRuleWrites';
import { DeletePriceRuleModal } from '../features/price-rules/components/DeletePriceRuleModal';
import { PriceRuleFilters } from '../features/price-rules/components/PriceRuleFilters';
import { PriceRuleFormModal } from '../features/price-rules/components/PriceRuleFormModal';
import { usePriceRuleColumns } from '../features/price-rules/hooks/usePriceRuleColumns';
import { useCatalogPermissions } from '../features/products/hooks/useCatalogPermissions';
import { useI18n } from '../i18n/useI18n';

type Notice = { kind: 'saved' | 'deleted' | 'conflict' };

export function PriceRulesPage() {
  const { t } = useI18n();
  const permissions = useCatalogPermissions();
  const reload = useReloadPriceRules();
  const [editing, setEditing] = useState<PriceRule | 'new' | null>(null);
  const [deleting, setDeleting] = useState<PriceRule | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const manage = permissions.manageCatalog;
  const columns = usePriceRuleColumns(
    manage
      ? {
          onEdit: (rule) => {
            setNotice(null);
            setEditing(rule);
          },
          onDelete: (rule) => {
            setNotice(null);
            setDeleting(rule);
          },
        }
      : {},
  );
  const conflict = () => {
    setEditing(null);
    setDeleting(null);
    setNotice({ kind: 'conflict' });
    void reload();
  };

  return (
    <>
      <ResourceListView
        resource={priceRuleResource}
        title={t('priceRules.title')}
        searchPlaceholder={t('priceRules.search')}
        columns={columns}
        rowPath={null}
        actions={
          manage && (
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => {
                setNotice(null);
                setEditing('new');
              }}
            >
              {t('priceRules.new.open')}
            </Button>
          )
        }
        banner={
          notice && (
            <Alert
              color={notice.kind === 'conflict' ? 'yellow' : 'green'}
              variant="light"
              icon={
                notice.kind === 'conflict' ? <IconInfoCircle aria-hidden /> : <IconCircleCheck aria-hidden />
              }
              role="status"
              mb="md"
            >
              {t(`priceRules.notice.${notice.kind}`)}
            </Alert>
          )
        }
        renderFilters={(controls) => <PriceRuleFilters {...controls} />}
      />
      <PriceRuleFormModal
        opened={editing !== null}
        rule={editing === 'new' || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setNotice({ kind: 'saved' });
        }}
        onConflict={conflict}
      />
      {deleting && (
        <DeletePriceRuleModal
          rule={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            setNotice({ kind: 'deleted' });
          }}
          onConflict={conflict}
        />
      )}
    </>
  );
}
