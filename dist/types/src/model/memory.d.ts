import type { ComposeService } from '../compose/types';
import type { Policy } from '../policy/types';
import type { HostModel } from './types';
export interface MemoryUsage {
    service: ComposeService;
    /** Declared limit times replicas, or the catalog estimate times replicas, or null (neither known). */
    bytes: number | null;
    /** The limit is declared (deploy.resources.limits.memory or mem_limit); false: estimate or unknown. */
    declared: boolean;
    replicas: number;
}
export interface MemoryBudget {
    /** budget.memory in bytes, null when the policy sets none. */
    budget: number | null;
    /** Every active compose service without a profile, in stack then service order. */
    usages: MemoryUsage[];
    /** Sum of declared limits. */
    declared: number;
    /** Sum of the catalog's estimates for services with no limit. */
    estimated: number;
    total: number;
}
/**
 * Usage of every service that runs on the host (active stacks; services behind a profile do not start with a plain `up`).
 * Computed once per model: the rule and the JSON output ask for the same budget.
 */
export declare function memoryBudget(model: HostModel): MemoryBudget;
export declare function memoryUsage(service: ComposeService, policy: Policy): MemoryUsage;
export declare function sumBytes(usages: readonly MemoryUsage[]): number;
/** The JSON output's `memory` field: the budget, the sums, and every counted service with its stack file (cwd-relative). */
export declare function memoryJson(budget: MemoryBudget, displayPath: (abs: string) => string): {
    budget: number | null;
    total: number;
    declared: number;
    estimated: number;
    services: {
        service: string;
        path: string;
        bytes: number | null;
        limit: boolean;
        replicas: number;
    }[];
};
