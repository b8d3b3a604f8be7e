export { detectTables } from "./detectTables";
export { classifyHeader } from "./roles";
export { kodeLevel } from "./rows";
export {
  INDICATOR_VALUE_ROLES,
  LABEL_ROLES,
  MONEY_ROLES,
  NUMERIC_ROLES,
  PERAN,
  PROSE_ROLES,
  ROLES,
  TEXT_ROLES,
  YEAR_ROLES,
  kondisiAkhirRupiah,
  namaPeran,
} from "./peran";
export type * from "./types";
