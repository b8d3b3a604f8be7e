// Every rule of the product. Adding a rule: one new module and one line here.
import { crossTableMismatch } from "./crossTableMismatch";
import { hardcodedValue } from "./hardcodedValue";
import { inconsistentFormula } from "./inconsistentFormula";
import { ratioComponentsMismatch } from "./ratioComponentsMismatch";
import { sumMismatch } from "./sumMismatch";
import type { Rule } from "./types";

export const RULES: readonly Rule[] = [
  sumMismatch,
  ratioComponentsMismatch,
  crossTableMismatch,
  inconsistentFormula,
  hardcodedValue,
];
