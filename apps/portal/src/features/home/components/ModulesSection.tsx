import {
  Box,
  Button,
  Container,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { moduleKeys } from '../utils/value-propositions';

export function ModulesSection() {
  const { t } = useI18n();
  return (
    <Box bg="gray.0" py={{ base: 48, md: 72 }} component="section" aria-labelledby="modules-title">
      <Container size="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing={48}>
          <Stack gap="md">
            <Title order={2} id="modules-title">
              {t('home.modulesTitle')}
            </Title>
            <List
              spacing="sm"
              size="md"
              icon={
                <ThemeIcon size={22} radius="xl" color="teal" aria-hidden>
                  <IconCheck size={14} />
                </ThemeIcon>
              }
            >
              {moduleKeys.map((key) => (
                <List.Item key={key}>{t(key)}</List.Item>
              ))}
            </List>
          </Stack>
          <Paper radius="lg" p="xl" withBorder shadow="sm">
            <Stack gap="md" align="flex-start">
              <Title order={2} size="h3">
                {t('home.ctaTitle')}
              </Title>
              <Text c="dimmed">{t('home.ctaText')}</Text>
              <Button component={Link} to="/contact" size="md">
                {t('home.ctaButton')}
              </Button>
            </Stack>
          </Paper>
        </SimpleGrid>
      </Container>
    </Box>
  );
}
