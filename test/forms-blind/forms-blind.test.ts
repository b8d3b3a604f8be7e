// The third set must not lie either (../forms/soundness.ts says what is checked).
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind } from "./build";

soundnessSuite("the third set of unseen standard-form workbooks", buildBlind, {
  minBooks: 6,
  minTraps: 4,
  earlier: () => booksBefore("forms-blind"),
  uniqueClean: true,
});
