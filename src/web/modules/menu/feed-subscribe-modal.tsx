import { Alert, Anchor, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarPlus, IconCheck, IconCopy } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { currentLocale } from '../../i18n';
import { AppModal } from '../../ui/app-modal';
import { ErrorAlert } from '../../ui/error-alert';
import { ModalActions } from '../../ui/modal-actions';
import { publicFeedUrl, useCreateFeed, webcalUrl } from './menu.api';
import { type MenuSearchState, toMenuFilter } from './menu-search-state';

/** A feed URL to copy, and the same as `webcal://` for calendar clients that open it directly. */
function FeedUrl({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <TextInput
        label={t('menu.feed.url')}
        value={url}
        readOnly
        onFocus={(e) => e.currentTarget.select()}
        data-testid="feed-url"
      />
      <Group gap="sm">
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button
              size="xs"
              variant={copied ? 'filled' : 'light'}
              leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
              onClick={copy}
            >
              {copied ? t('menu.feed.copied') : t('menu.feed.copy')}
            </Button>
          )}
        </CopyButton>
        <Anchor href={webcalUrl(url)} size="sm">
          {t('menu.feed.openInCalendar')}
        </Anchor>
      </Group>
    </Stack>
  );
}

/** Signed-in users get a personal feed (their own view of the menu, kept by the server under a secret URL). */
function PersonalFeedForm({ state, onClose }: { state: MenuSearchState; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateFeed();
  const [name, setName] = useState(t('menu.feed.defaultName'));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    create.mutate({ name: name.trim(), filter: toMenuFilter(state), lang: currentLocale() });
  };

  if (create.data) {
    return (
      <Stack gap="sm">
        <Alert color="green" variant="light" title={t('menu.feed.createdTitle')}>
          {t('menu.feed.createdBody')}
        </Alert>
        <FeedUrl url={create.data.url} />
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Group>
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('menu.feed.personalIntro')}</Text>
        <TextInput
          label={t('menu.feed.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          required
          maxLength={100}
          error={name.trim() ? undefined : t('validation.required')}
          data-autofocus
        />
        <ErrorAlert error={create.error} />
        <ModalActions onCancel={onClose} pending={create.isPending} submitLabel={t('menu.feed.create')} />
      </Stack>
    </form>
  );
}

/** "Subscribe": the current filter as an iCalendar feed. */
export function FeedSubscribeButton({ state }: { state: MenuSearchState }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconCalendarPlus size={16} aria-hidden />}
        onClick={open}
        data-testid="subscribe"
      >
        {t('menu.feed.subscribe')}
      </Button>
      <AppModal opened={opened} onClose={close} title={t('menu.feed.title')} size="lg">
        {opened &&
          (me ? (
            <PersonalFeedForm state={state} onClose={close} />
          ) : (
            <Stack gap="sm">
              <Text size="sm">{t('menu.feed.publicIntro')}</Text>
              <FeedUrl url={publicFeedUrl(state, currentLocale())} />
            </Stack>
          ))}
      </AppModal>
    </>
  );
}
