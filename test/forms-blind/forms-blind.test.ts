// The third set must not lie either (../forms/soundness.ts says what is checked).
import { buildForms } from "../forms/build";
import { soundnessSuite } from "../forms/soundness";
import { buildUnseen } from "../forms-unseen/build";
import { buildBlind } from "./build";

soundnessSuite("the third set of unseen standard-form workbooks", buildBlind, {
  minBooks: 6,
  minTraps: 4,
  earlier: () => [...buildForms(), ...buildUnseen()],
  uniqueClean: true,
});
