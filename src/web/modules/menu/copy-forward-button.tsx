import { Button, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCopy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiRequest } from '../../lib/api-client';
import { AppModal } from '../../ui/app-modal';
import { ErrorAlert } from '../../ui/error-alert';
import { ModalActions } from '../../ui/modal-actions';
import { menuKeys } from './menu.api';

interface CopyForwardResult {
  fromYear: number;
  toYear: number;
  created: number;
  skipped: string[];
}

/** Starts next year's menu from this year's recurring activities (staff), after a confirmation. */
export function CopyForwardButton({ year }: { year: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const copy = useMutation({
    mutationFn: async () =>
      (await apiRequest<CopyForwardResult>('POST', `/menu/years/${year}/copy-forward`)).data,
    onSuccess: (result) => {
      void client.invalidateQueries({ queryKey: menuKeys.all });
      close();
      notifications.show({
        color: 'green',
        message: t('menu.copyForward.done', {
          created: result.created,
          skipped: result.skipped.length,
          year: result.toYear,
        }),
      });
      navigate(`/menu?year=${result.toYear}&status=draft`);
    },
  });
  return (
    <>
      <Button variant="default" leftSection={<IconCopy size={16} aria-hidden />} onClick={open}>
        {t('menu.copyForward.button', { year: year + 1 })}
      </Button>
      <AppModal
        opened={opened}
        onClose={close}
        title={t('menu.copyForward.title', { from: year, to: year + 1 })}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            copy.mutate();
          }}
        >
          <Stack>
            <Text>{t('menu.copyForward.explain', { from: year, to: year + 1 })}</Text>
            {copy.error && <ErrorAlert error={copy.error} />}
            <ModalActions
              onCancel={close}
              pending={copy.isPending}
              submitLabel={t('menu.copyForward.confirm')}
            />
          </Stack>
        </form>
      </AppModal>
    </>
  );
}
