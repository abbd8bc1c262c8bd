import { describe } from 'vitest';
import { ConformanceHarness, type MetadataStoreFactory } from './conformance/ConformanceHarness.js';
import { describeDurabilityRules } from './conformance/durabilityRules.js';
import { describeKeyValueRules } from './conformance/keyValueRules.js';
import { describeLifecycleRules } from './conformance/lifecycleRules.js';
import { describePrefixRules } from './conformance/prefixRules.js';
import { describeSessionRules } from './conformance/sessionRules.js';
import { describeTransactionRules } from './conformance/transactionRules.js';
import { describeWatchRules } from './conformance/watchRules.js';

export type { MetadataStoreFactory, OpenedMetadataStore } from './conformance/ConformanceHarness.js';

/**
 * Registers the tests every MetadataStore must pass: the rules of the contract's doc comment, seen
 * only through the interface. Each test gets a fresh store from `factory` and keys under a root of
 * its own. A watch counts as started once `watch()` has returned. The durability rules run when
 * the factory offers `reopen`.
 */
export function describeMetadataStoreConformance(name: string, factory: MetadataStoreFactory): void {
  describe(`${name} keeps the MetadataStore contract`, async () => {
    const harness = new ConformanceHarness(factory);
    harness.install();
    describeKeyValueRules(harness);
    describePrefixRules(harness);
    describeTransactionRules(harness);
    describeWatchRules(harness);
    describeSessionRules(harness);
    describeLifecycleRules(harness);
    if (await harness.offersReopen()) describeDurabilityRules(harness);
  });
}
