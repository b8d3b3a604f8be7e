// The workbook the pane tests run on (jest and the end-to-end test in Chromium): Kota Blitar
// Renstra "Capaian Kinerja Program" with a wrong numerator, and Tabel 2.3.1 (2018) whose capaian
// column is computed by formula except for one typed number.
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.CermatContohWorkbook = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";
  return function contohWorkbook() {
    return {
      sheets: [
        {
          name: "Capaian Program",
          cells: {
            A1: "Capaian Kinerja Program Tahun 2017-2020",
            A3: "No",
            B3: "Uraian",
            C3: 2017,
            D3: 2018,
            E3: 2019,
            F3: 2020,
            A4: "3.",
            B4: "Persentase PSKS yang terampil dalam pelayanan kesejahteraan sosial",
            C4: 100,
            D4: 100,
            E4: 100,
            F4: 100,
            A5: "3.1",
            B5: "Jumlah PSKS yang terampil dalam pelayanan kesejahteraan sosial",
            C5: 125,
            D5: 132,
            E5: 132,
            F5: 133,
            A6: "3.2",
            B6: "Jumlah PSKS",
            C6: 125,
            D6: 132,
            E6: 132,
            F6: 143,
          },
        },
        {
          name: "T 2.3.1",
          cells: {
            A1: "No",
            B1: "Indikator",
            C1: "Satuan",
            D1: "Target 2018",
            E1: "Realisasi 2018",
            F1: "Capaian 2018",
            A2: 1,
            B2: "Persentase PMKS memperoleh rehabilitasi sosial",
            C2: "%",
            D2: 82,
            E2: 91.35,
            F2: { value: 111.40243902439025, formula: "E2/D2*100", numberFormat: "0.00" },
            A3: 2,
            B3: "Persentase PSKS aktif",
            C3: "%",
            D3: 98,
            E3: 100,
            F3: { value: 102.04081632653062, formula: "E3/D3*100", numberFormat: "0.00" },
            A4: 3,
            B4: "Persentase fakir miskin mandiri",
            C4: "%",
            D4: 10,
            E4: 18.07,
            F4: { value: 180.7, formula: "E4/D4*100", numberFormat: "0.00" },
            A5: 4,
            B5: "Persentase PMKS bantuan sosial",
            C5: "%",
            D5: 80,
            E5: 100,
            F5: { value: 125, numberFormat: "0.00" },
          },
          notes: [{ address: "F5", content: "Data dari Bidang Linjamsos" }],
        },
      ],
    };
  };
});
