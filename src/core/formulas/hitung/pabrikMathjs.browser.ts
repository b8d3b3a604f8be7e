// The pane's copy of ./pabrikMathjs (webpack aliases one to the other): the same factories as
// static ES imports, so that webpack shakes the rest of mathjs out of the bundle.
import {
  addDependencies,
  create,
  divideDependencies,
  evaluateDependencies,
  multiplyDependencies,
  powDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
} from "mathjs";
import type { PabrikMathjs } from "./pabrikMathjs";

export function pabrikMathjs(): PabrikMathjs {
  return {
    create,
    evaluateDependencies,
    addDependencies,
    subtractDependencies,
    multiplyDependencies,
    divideDependencies,
    powDependencies,
    unaryMinusDependencies,
    unaryPlusDependencies,
  };
}
