import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';

/**
 * A list's search box whose text lives in the URL (`value`): sent once typing pauses (300 ms) or on
 * Enter, and following the URL when it changes from outside (the back button).
 */
export function UrlSearchInput({
  value,
  onSearch,
  trim = false,
  ...input
}: Omit<TextInputProps, 'value' | 'onChange' | 'onKeyDown' | 'type'> & {
  value: string;
  onSearch: (text: string) => void;
  /** Send the text without its outer spaces. */
  trim?: boolean;
}) {
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text, 300);
  // The last text sent to the URL, to tell our own updates from outside ones.
  const sent = useRef(value);
  const search = (typed: string) => {
    const next = trim ? typed.trim() : typed;
    if (next === sent.current) return;
    sent.current = next;
    onSearch(next);
  };
  useEffect(() => {
    if (value === sent.current) return;
    sent.current = value;
    setText(value);
  }, [value]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new debounced value triggers a search
  useEffect(() => search(debounced), [debounced]);
  return (
    <TextInput
      leftSection={<IconSearch size={16} aria-hidden />}
      {...input}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') search(text);
      }}
      type="search"
    />
  );
}
