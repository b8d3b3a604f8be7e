// The checker on the six workbooks of test/forms-blind170 (a Bapenda provinsi with its UPT Samsat: PKB, BBNKB, PAP, pajak rokok, tunggakan, Jawa Timur and Kalimantan Barat; written without reading src/ or the commit subjects).
// First score, before the detector saw them (engine of c27626b): tables 9/9, roles 92/92, planted mistakes 12/12, no false alarm, one other finding (an E.81's (13) K of a percentage row, "=R18", the latest level, named an inconsistent formula). A regression test of what the engine does,
// the misses listed below.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind170 } from "./build";

scoreFormSet(
  "the hundred-and-seventieth form set (test/forms-blind170)",
  writeFormsBlind170,
  { books: 6, tables: 9, findings: 12 },
  [],
  [],
);
