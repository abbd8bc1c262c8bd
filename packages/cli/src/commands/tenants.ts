import type { TenantInfo } from '@brook/client';
import type { Command } from 'commander';
import { type ClientFlags, SERVICE_URL_HELP, withClient } from './clientCommand.js';
import { emit, type OutputFlags, outputOption } from './output.js';

type Flags = ClientFlags & OutputFlags;

export function registerTenants(program: Command): void {
  const tenants = program.command('tenants').description('list, create, inspect and delete tenants');

  tenants
    .command('list')
    .description('list tenants')
    .addOption(outputOption())
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .action(async (flags: Flags) => {
      const listed = await withClient(flags, (client) => client.admin.tenants.list());
      emit(flags, listed, () => listed.join('\n'));
    });

  tenants
    .command('create')
    .description('create a tenant')
    .argument('<tenant>', 'tenant name')
    .option('-r, --admin-roles <roles>', 'comma-separated roles that administer the tenant', commaList, [])
    .addOption(outputOption())
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .action(async (tenant: string, flags: Flags & { adminRoles: string[] }) => {
      const info = await withClient(flags, (client) =>
        client.admin.tenants.create(tenant, { adminRoles: flags.adminRoles }),
      );
      emit(flags, info, () => `created tenant ${tenant}`);
    });

  tenants
    .command('get')
    .description("show a tenant's admin roles and creation time")
    .argument('<tenant>', 'tenant name')
    .addOption(outputOption())
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .action(async (tenant: string, flags: Flags) => {
      const info = await withClient(flags, (client) => client.admin.tenants.get(tenant));
      emit(flags, info, () => tenantText(info));
    });

  tenants
    .command('delete')
    .description('delete a tenant that has no namespaces')
    .argument('<tenant>', 'tenant name')
    .addOption(outputOption())
    .option('-u, --service-url <url>', SERVICE_URL_HELP)
    .action(async (tenant: string, flags: Flags) => {
      await withClient(flags, (client) => client.admin.tenants.delete(tenant));
      emit(flags, { tenant, deleted: true }, () => `deleted tenant ${tenant}`);
    });
}

function tenantText(info: TenantInfo): string {
  return [
    `tenant: ${info.tenant}`,
    `adminRoles: ${info.adminRoles.join(',')}`,
    `createdAt: ${new Date(info.createdAt).toISOString()}`,
  ].join('\n');
}

function commaList(value: string): string[] {
  return value
    .split(',')
    .map((role) => role.trim())
    .filter((role) => role.length > 0);
}
