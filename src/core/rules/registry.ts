// Every rule of the product. Adding a rule: one new module and one line here.
import { capaianMismatch } from "./capaianMismatch";
import { crossTableMismatch } from "./crossTableMismatch";
import { growthMismatch } from "./growthMismatch";
import { hardcodedValue } from "./hardcodedValue";
import { inconsistentFormula } from "./inconsistentFormula";
import { kondisiAkhirMismatch } from "./kondisiAkhirMismatch";
import { percentOutOfRange } from "./percentOutOfRange";
import { ratioComponentsMismatch } from "./ratioComponentsMismatch";
import { serapanOver100 } from "./serapanOver100";
import { sumMismatch } from "./sumMismatch";
import { targetOutlier } from "./targetOutlier";
import { targetTrend } from "./targetTrend";
import type { Rule } from "./types";

export const RULES: readonly Rule[] = [
  capaianMismatch,
  sumMismatch,
  growthMismatch,
  ratioComponentsMismatch,
  kondisiAkhirMismatch,
  targetTrend,
  targetOutlier,
  crossTableMismatch,
  inconsistentFormula,
  hardcodedValue,
  serapanOver100,
  percentOutOfRange,
];
