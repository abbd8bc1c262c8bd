import type { pb } from '@brook/protocol';
import type { TenantInfo } from '../../namespace/Namespaces.js';
import type { ServerContext } from '../ServerContext.js';

export function createTenant({ namespaces }: ServerContext) {
  return async (request: pb.CreateTenantRequest): Promise<pb.ITenantInfo> =>
    wireTenant(await namespaces.createTenant(request.tenant, request.adminRoles));
}

export function deleteTenant({ namespaces }: ServerContext) {
  return async (request: pb.DeleteTenantRequest): Promise<pb.IDeleteTenantResponse> => {
    await namespaces.deleteTenant(request.tenant);
    return {};
  };
}

export function listTenants({ namespaces }: ServerContext) {
  return async (_request: pb.ListTenantsRequest): Promise<pb.IListTenantsResponse> => ({
    tenants: await namespaces.listTenants(),
  });
}

export function getTenant({ namespaces }: ServerContext) {
  return async (request: pb.GetTenantRequest): Promise<pb.ITenantInfo> =>
    wireTenant(await namespaces.getTenant(request.tenant));
}

function wireTenant(info: TenantInfo): pb.ITenantInfo {
  return { tenant: info.tenant, adminRoles: info.adminRoles, createdAt: info.createdAt };
}
