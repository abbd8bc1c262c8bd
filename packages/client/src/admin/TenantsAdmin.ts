import type { pb } from '@brook/protocol';
import type { ConnectionPool } from '../connection/ConnectionPool.js';

export interface TenantInfo {
  readonly tenant: string;
  /** Roles allowed to administer the tenant (recorded; enforced once security exists). */
  readonly adminRoles: readonly string[];
  /** ms since the epoch. */
  readonly createdAt: number;
}

/**
 * Tenant administration (Pulsar's `tenants`). Tenants live in metadata only, so every call goes to
 * the service broker. A tenant holds namespaces and can be deleted only once it holds none.
 */
export class TenantsAdmin {
  constructor(
    private readonly pool: ConnectionPool,
    private readonly timeoutMs: number,
  ) {}

  async create(tenant: string, options: { adminRoles?: readonly string[] } = {}): Promise<TenantInfo> {
    const c = this.pool.service();
    const request = { tenant, adminRoles: [...(options.adminRoles ?? [])] };
    return tenantInfo(await c.unary(c.admin.createTenant, c.admin, request, this.timeoutMs));
  }

  async get(tenant: string): Promise<TenantInfo> {
    const c = this.pool.service();
    return tenantInfo(await c.unary(c.admin.getTenant, c.admin, { tenant }, this.timeoutMs));
  }

  /** Tenant names, sorted. */
  async list(): Promise<string[]> {
    const c = this.pool.service();
    return (await c.unary(c.admin.listTenants, c.admin, {}, this.timeoutMs)).tenants;
  }

  /** Refused with TENANT_NOT_EMPTY while the tenant has namespaces. */
  async delete(tenant: string): Promise<void> {
    const c = this.pool.service();
    await c.unary(c.admin.deleteTenant, c.admin, { tenant }, this.timeoutMs);
  }
}

function tenantInfo(wire: pb.TenantInfo): TenantInfo {
  return { tenant: wire.tenant, adminRoles: wire.adminRoles, createdAt: wire.createdAt };
}
