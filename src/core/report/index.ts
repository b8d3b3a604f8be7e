export * from "./types";
export { buildReport, reportTable } from "./buildReport";
export { JENIS, formatText, wrap } from "./formatText";
export type { TextOptions } from "./formatText";
export { SEVERITY_RANK, acceptedFindings, compareFindings, groupFindings } from "./groups";
export type { FindingGroup } from "./groups";
