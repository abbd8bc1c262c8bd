import type { pb } from '@brook/protocol';
import type { ServerContext } from '../ServerContext.js';
import { policyChangeOf, wireNamespacePolicies } from './policiesWire.js';

export function createNamespace({ namespaces }: ServerContext) {
  return async (request: pb.CreateNamespaceRequest): Promise<pb.INamespacePolicies> =>
    wireNamespacePolicies(await namespaces.createNamespace(request.namespace, policyChangeOf(request.policies)));
}

export function deleteNamespace({ namespaces }: ServerContext) {
  return async (request: pb.DeleteNamespaceRequest): Promise<pb.IDeleteNamespaceResponse> => {
    await namespaces.deleteNamespace(request.namespace);
    return {};
  };
}

export function listNamespaces({ namespaces }: ServerContext) {
  return async (request: pb.ListNamespacesRequest): Promise<pb.IListNamespacesResponse> => ({
    namespaces: await namespaces.listNamespaces(request.tenant),
  });
}

export function getPolicies({ namespaces }: ServerContext) {
  return async (request: pb.GetPoliciesRequest): Promise<pb.INamespacePolicies> =>
    wireNamespacePolicies(await namespaces.getPolicies(request.namespace));
}

export function setPolicies({ namespaces }: ServerContext) {
  return async (request: pb.SetPoliciesRequest): Promise<pb.INamespacePolicies> =>
    wireNamespacePolicies(await namespaces.setPolicies(request.namespace, policyChangeOf(request.policies)));
}

export function removePolicy({ namespaces }: ServerContext) {
  return async (request: pb.RemovePolicyRequest): Promise<pb.INamespacePolicies> =>
    wireNamespacePolicies(await namespaces.removePolicy(request.namespace, request.policy));
}
