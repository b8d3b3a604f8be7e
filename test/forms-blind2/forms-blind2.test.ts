// The fourth set must not lie either (../forms/soundness.ts says what is checked).
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind2 } from "./build";

soundnessSuite("the fourth set of unseen standard-form workbooks", buildBlind2, {
  minBooks: 6,
  minTraps: 4,
  earlier: () => booksBefore("forms-blind2"),
  uniqueClean: true,
});
