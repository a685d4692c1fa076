import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

type Props = { label: string; value: string; onChange: (value: string) => void };

/** Reports what was typed once typing pauses, so a list is not fetched on every key. */
export function SearchInput({ label, value, onChange }: Props) {
  const [text, setText] = useState(value);
  const report = useDebouncedCallback((next: string) => onChange(next.trim()), 350);
  return (
    <TextInput
      type="search"
      label={label}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        report(event.currentTarget.value);
      }}
    />
  );
}
