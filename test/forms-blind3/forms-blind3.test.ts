// The fifth set must not lie either (../forms/soundness.ts says what is checked).
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind3 } from "./build";

soundnessSuite("the fifth set of unseen standard-form workbooks", buildBlind3, {
  minBooks: 6,
  minTraps: 4,
  earlier: () => booksBefore("forms-blind3"),
  uniqueClean: true,
});
