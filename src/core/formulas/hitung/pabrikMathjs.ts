// The mathjs factories the restricted instance is built from, loaded on first use. mathjs's
// CommonJS entry loads every function it has (0,7 to 2 seconds of each CLI start, for formula
// text that most workbooks never hold), so Node asks for it only when a text is evaluated. The
// pane's bundle takes pabrikMathjs.browser.ts instead (a webpack alias): static ES imports let
// webpack keep only these factories.
import type * as MathJs from "mathjs";

export type PabrikMathjs = Pick<
  typeof MathJs,
  | "create"
  | "evaluateDependencies"
  | "addDependencies"
  | "subtractDependencies"
  | "multiplyDependencies"
  | "divideDependencies"
  | "powDependencies"
  | "unaryMinusDependencies"
  | "unaryPlusDependencies"
>;

export function pabrikMathjs(): PabrikMathjs {
  // the full entry, as in the pane: the number-only one answers some expressions otherwise
  // ((-8)^(1/3) is NaN there, a complex number refused here)
  // a library deferred, not a Node built-in: core stays host-neutral (webpack swaps this file)
  // eslint-disable-next-line @typescript-eslint/no-require-imports, no-restricted-globals
  return require("mathjs") as PabrikMathjs;
}
