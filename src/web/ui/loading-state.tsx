import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function LoadingState() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="md" aria-label={t('common.loading')} />
    </Center>
  );
}
