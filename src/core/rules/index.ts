export { RULES } from "./registry";
export { ruleCatalogMarkdown } from "./catalog";
export { runRules } from "./runRules";
export { DEFAULT_SETTINGS } from "./types";
export { namaIndikator } from "./tahunan";
export { indicatorKey } from "./values";
export type { Rule, RuleContext, RuleFinding, Settings, TableInWorkbook, Fix, Fixable } from "./types";
