import { Paper, Stack, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

export type SectionCardProps = {
  title: string;
  /** The title's id, for content that names itself after the section (a table, say); made up otherwise. */
  titleId?: string;
  children: ReactNode;
};

/** A titled panel of a page; the title names the section for assistive technology too. */
export function SectionCard({ title, titleId: givenId, children }: SectionCardProps) {
  const generatedId = useId();
  const titleId = givenId ?? generatedId;
  return (
    <Paper component="section" aria-labelledby={titleId} withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
      <Stack gap="md">
        <Title order={2} size="h3" id={titleId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
