// The checker on the six workbooks of test/forms-blind26 (eastern Indonesia's improvised layouts;
// written without reading src/). First score, before the detector saw them (commit 16f5ead):
// tables 7/7, roles 46/53, planted mistakes 8/12, 1 false alarm (a row-wise block's capaian read
// without the block's polarity), 7 other findings (an LRA's surplus and financing lines). Fixed
// since (targets written with their unit too), except the gaps below: now a regression test.
import { scoreFormSet } from "../forms/score";
import { writeFormsBlind26 } from "./build";

scoreFormSet(
  "the twenty-eighth form set (test/forms-blind26)",
  writeFormsBlind26,
  { books: 6, tables: 7, findings: 12 },
  [],
  [
    // gap, left: "Anak Usia 5-6 Tahun | Berpartisipasi di PAUD" of a breakdown by kecamatan name
    // the people to serve and those served without any role word
    "spm-pendidikan-capaian-dikbud-wairasa.xlsx SPM Pendidikan column C",
    "spm-pendidikan-capaian-dikbud-wairasa.xlsx SPM Pendidikan column D",
  ],
);
