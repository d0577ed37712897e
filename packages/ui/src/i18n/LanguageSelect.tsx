import { NativeSelect } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { type Language, languages } from './languages';
import { useI18n } from './useI18n';

export type LanguageSelectProps = { size?: 'xs' | 'sm' };

export function LanguageSelect({ size = 'sm' }: LanguageSelectProps) {
  const { language, setLanguage, t } = useI18n();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      size={size}
      miw={116}
      leftSection={<IconLanguage size={16} aria-hidden />}
      value={language}
      onChange={(event) => setLanguage(event.currentTarget.value as Language)}
      data={languages.map(({ value, label }) => ({ value, label }))}
    />
  );
}
