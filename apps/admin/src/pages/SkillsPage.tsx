import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useCanManageWorkforce } from '../features/employees/hooks/useCanManageWorkforce';
import { ResourceListView } from '../features/listing/components/ResourceListView';
import { skillResource } from '../features/skills/api/skill-resource';
import { useCreateSkill } from '../features/skills/api/useSkillWrites';
import { SkillNameModal } from '../features/skills/components/SkillNameModal';
import { useSkillColumns } from '../features/skills/hooks/useSkillColumns';
import { useI18n } from '../i18n/useI18n';

/** The skills employees can have, which ticket routing matches; managers create, rename and delete them. */
export function SkillsPage() {
  const { t } = useI18n();
  const canManage = useCanManageWorkforce();
  const columns = useSkillColumns(canManage);
  const create = useCreateSkill();
  const [creating, creation] = useDisclosure(false);
  const open = () => {
    create.reset();
    creation.open();
  };

  return (
    <>
      <ResourceListView
        resource={skillResource}
        title={t('skills.title')}
        searchPlaceholder={t('skills.search')}
        columns={columns}
        rowPath={null}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={open}>
              {t('skills.new.open')}
            </Button>
          )
        }
      />
      {canManage && (
        <SkillNameModal
          opened={creating}
          onClose={creation.close}
          title={t('skills.new.title')}
          submitLabel={t('skills.new.submit')}
          initialName=""
          save={create}
        />
      )}
    </>
  );
}
