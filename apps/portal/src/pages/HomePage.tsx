import { useDocumentTitle } from '@mantine/hooks';
import { HeroSection } from '../features/home/components/HeroSection';
import { ModulesSection } from '../features/home/components/ModulesSection';
import { StatsBand } from '../features/home/components/StatsBand';
import { ValueGrid } from '../features/home/components/ValueGrid';
import { useI18n } from '../i18n/useI18n';

export function HomePage() {
  const { t } = useI18n();
  useDocumentTitle(`${t('app.name')} · ${t('home.eyebrow')}`);
  return (
    <>
      <HeroSection />
      <StatsBand />
      <ValueGrid />
      <ModulesSection />
    </>
  );
}
