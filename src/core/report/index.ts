export * from "./types";
export { buildReport, reportTable } from "./buildReport";
export { formatText } from "./formatText";
