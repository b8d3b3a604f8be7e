// The fifth set must not lie either (../forms/soundness.ts says what is checked).
import { buildForms } from "../forms/build";
import { soundnessSuite } from "../forms/soundness";
import { buildUnseen } from "../forms-unseen/build";
import { buildBlind } from "../forms-blind/build";
import { buildBlind2 } from "../forms-blind2/build";
import { buildBlind3 } from "./build";

soundnessSuite("the fifth set of unseen standard-form workbooks", buildBlind3, {
  minBooks: 6,
  minTraps: 4,
  earlier: () => [...buildForms(), ...buildUnseen(), ...buildBlind(), ...buildBlind2()],
  uniqueClean: true,
});
