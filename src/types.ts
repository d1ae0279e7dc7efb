// TEMPORARY compatibility barrel: the types now live beside the layer that owns them
// (src/files, src/scan, src/compose, src/policy, src/database, src/model, src/api, src/engine,
// src/format). Only code not yet moved may import this (the database rules until issue 13 lands,
// and branches written against the old layout); no layer module imports it, so it adds no cycle.
export type * from './files/types';
export type * from './scan/types';
export type * from './compose/types';
export type * from './policy/types';
export type * from './database/types';
export type * from './model/types';
export type { ChangeSet, RelatedDescriptor as RelatedReport, ReportDescriptor as Report, Rule, RuleContext, RuleMeta, Severity } from './api/types';
export type * from './engine/types';
export type * from './format/types';
