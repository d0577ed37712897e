import { Button, Container, Group, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import { CaseStudyCard } from '../features/cases/components/CaseStudyCard';
import { caseStudies } from '../features/cases/utils/case-studies';
import { useI18n } from '../i18n/useI18n';
import { PageIntro } from '../ui/PageIntro';

export function CasesPage() {
  const { t } = useI18n();
  return (
    <Container size="lg" py="xl">
      <PageIntro title={t('cases.title')} lead={t('cases.lead')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        {caseStudies.map((study) => (
          <CaseStudyCard key={study.id} study={study} />
        ))}
      </SimpleGrid>
      <Group justify="center" mt={48} gap="md">
        <Text fw={600}>{t('cases.cta')}</Text>
        <Button component={Link} to="/contact">
          {t('home.ctaButton')}
        </Button>
      </Group>
    </Container>
  );
}
