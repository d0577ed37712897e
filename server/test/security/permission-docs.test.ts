import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { permissionMatrix } from '../../src/platform/auth/permissions';
import { userRoles } from '../../src/platform/auth/roles';
import { repoRoot } from '../../src/platform/paths';

describe('docs/security.md', () => {
  it('shows exactly the permission matrix the code enforces', () => {
    const page = readFileSync(join(repoRoot, 'docs/security.md'), 'utf8');
    const header = page.split('\n').find((line) => line.startsWith('| permission |'));
    const roles = header
      ?.split('|')
      .slice(2, -1)
      .map((cell) => cell.trim());
    expect(roles).toEqual([...userRoles]);
    const documented = Object.fromEntries(
      page
        .split('\n')
        .filter((line) => /^\| `[\w:]+` \|/.test(line))
        .map((line) => {
          const [name, ...cells] = line
            .split('|')
            .slice(1, -1)
            .map((cell) => cell.trim());
          return [name?.replaceAll('`', ''), userRoles.filter((_, index) => cells[index] === '✓')];
        }),
    );
    const enforced = Object.fromEntries(
      Object.entries(permissionMatrix).map(([name, roles]) => [
        name,
        userRoles.filter((role) => (roles as readonly string[]).includes(role)),
      ]),
    );
    expect(documented).toEqual(enforced);
  });
});
