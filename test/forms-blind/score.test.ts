// The checker on the six workbooks of test/forms-blind. First score, before the detector saw
// them: tables 7/7, roles 74/79, planted mistakes 8/12, 2 false alarms (one of them a labelling
// slip in the set), 25 other errors and warnings. Fixed on them since (Y14, which followed U15
// through the typed copy Y15, is now named in U15's finding): now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind } from "./build";

scoreFormSet("the third form set (test/forms-blind)", writeFormsBlind, { books: 6, tables: 7, findings: 12 });
