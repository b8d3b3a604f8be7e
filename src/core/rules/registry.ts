// Every rule of the product. Adding a rule: one new module and one line here.
import { capaianMismatch } from "./capaianMismatch";
import { codeFormat } from "./codeFormat";
import { codeHierarchy } from "./codeHierarchy";
import { codeNameMismatch } from "./codeNameMismatch";
import { codeRenamed } from "./codeRenamed";
import { codeUnknown } from "./codeUnknown";
import { crossTableMismatch } from "./crossTableMismatch";
import { duplicateCode } from "./duplicateCode";
import { growthMismatch } from "./growthMismatch";
import { hardcodedValue } from "./hardcodedValue";
import { inconsistentFormula } from "./inconsistentFormula";
import { kondisiAkhirMismatch } from "./kondisiAkhirMismatch";
import { missingValue } from "./missingValue";
import { numberScale } from "./numberScale";
import { percentOutOfRange } from "./percentOutOfRange";
import { predikatMismatch } from "./predikatMismatch";
import { ratioComponentsMismatch } from "./ratioComponentsMismatch";
import { sakipGradeMismatch } from "./sakipGradeMismatch";
import { serapanOver100 } from "./serapanOver100";
import { sumMismatch } from "./sumMismatch";
import { targetOutlier } from "./targetOutlier";
import { targetTrend } from "./targetTrend";
import { textNumber } from "./textNumber";
import { yearGap } from "./yearGap";
import type { Rule } from "./types";

export const RULES: readonly Rule[] = [
  capaianMismatch,
  sumMismatch,
  growthMismatch,
  ratioComponentsMismatch,
  kondisiAkhirMismatch,
  targetTrend,
  targetOutlier,
  yearGap,
  crossTableMismatch,
  textNumber,
  numberScale,
  inconsistentFormula,
  hardcodedValue,
  predikatMismatch,
  sakipGradeMismatch,
  codeHierarchy,
  codeFormat,
  codeUnknown,
  codeRenamed,
  codeNameMismatch,
  duplicateCode,
  serapanOver100,
  percentOutOfRange,
  missingValue,
];
