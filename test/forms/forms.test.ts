// The eighteen workbooks of test/forms must not lie (./soundness.ts says what is checked): every
// form in two variants, and a clean cell may ask to stay blank.
import { buildForms } from "./build";
import { soundnessSuite } from "./soundness";

soundnessSuite("unseen standard-form workbooks (test/forms)", buildForms, {
  variantsPerForm: 2,
  blankTruth: true,
});
