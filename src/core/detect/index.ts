export { detectTables } from "./detectTables";
export { classifyHeader } from "./roles";
export { kodeLevel } from "./rows";
export type * from "./types";
