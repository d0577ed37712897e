import { Center } from '@mantine/core';
import { LoadingState } from '@smartcrm/ui';

/** What a page shows while the start-up refresh decides whether the visitor is still signed in. */
export function RestoringSession() {
  return (
    <Center mih="100vh">
      <LoadingState />
    </Center>
  );
}
