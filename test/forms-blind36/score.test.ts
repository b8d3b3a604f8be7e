// The checker on the six workbooks of test/forms-blind36 (the Inspektorat and Bappeda of Nusa Tenggara Barat reviewing documents; written without reading
// src/). First score, before the detector saw them (commit 429ff78): tables 5/6, roles 46/47, planted mistakes 8/12, no false alarm (an audit follow-up recap whose columns name no role not found; an LRA per SKPD's belanja pair, a review's RPJMD target path unread).. Fixed since (93f0352): now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind36 } from "./build";

scoreFormSet(
  "the thirty-sixth form set (test/forms-blind36)",
  writeFormsBlind36,
  { books: 6, tables: 6, findings: 12 },
  [],
  [],
);
