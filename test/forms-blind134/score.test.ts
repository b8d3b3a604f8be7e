// The checker on the six workbooks of test/forms-blind134 (disaster management offices of Nusa Tenggara Barat and Sumatera Barat; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of 3a42f84): tables 8/8, roles 89/89, planted mistakes 12/12, no false alarm. A regression test of what the engine does.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind134 } from "./build";

scoreFormSet("the hundred-and-thirty-fourth form set (test/forms-blind134)", writeFormsBlind134, {
  books: 6,
  tables: 8,
  findings: 12,
});
