import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from './use-page-title';

/** Also shown for records outside the user's scope: the app never hints that they exist. */
export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <Stack align="flex-start" gap="md" py="xl" data-testid="not-found">
      <Title order={1}>{t('notFound.title')}</Title>
      <Text>{t('notFound.body')}</Text>
      <Button component={Link} to="/partners" variant="light">
        {t('notFound.backToPartners')}
      </Button>
    </Stack>
  );
}
