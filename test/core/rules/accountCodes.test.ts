// Account codes (kode rekening: 5 > 5.1 > 5.1.01) are no Kepmendagri programme codes, but they
// say which rows a parent adds up (test/forms-blind13's LRA, Belanja Modal's SUM that stops one
// line short). And a parent whose figure is a formula across its own row (Jumlah s.d. Desember =
// SUM of the months) is right when its months add up: a child's month left out is that child's
// mistake, not a second one at the parent (test/forms-blind6's Bapenda report).
import { sumMismatch } from "../../../src/core/rules/sumMismatch";
import type { CellValue } from "../../../src/core/grid";
import { ruleTester } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

function lra(modalRealisasi: number, modalFormula: string): SheetSpec {
  const rows: CellValue[][] = [
    ["LAPORAN REALISASI ANGGARAN BLUD TAHUN 2024"],
    [],
    ["Kode Rekening", "Uraian", "Anggaran Setelah Perubahan (Rp)", "Realisasi s.d. 31 Desember 2024 (Rp)"],
    ["5", "BELANJA"],
    ["5.1", "Belanja Operasi", 67_950_000_000, 65_793_155_850],
    ["5.1.01", "Belanja Pegawai", 41_200_000_000, 39_874_215_600],
    ["5.1.02", "Belanja Barang dan Jasa", 26_750_000_000, 25_918_940_250],
    ["5.2", "Belanja Modal", 13_870_000_000, modalRealisasi],
    ["5.2.02", "Belanja Modal Peralatan dan Mesin", 9_650_000_000, 8_742_300_000],
    ["5.2.03", "Belanja Modal Gedung dan Bangunan", 3_800_000_000, 3_615_480_000],
    ["5.2.05", "Belanja Modal Aset Tetap Lainnya", 420_000_000, 398_750_000],
    ["", "JUMLAH BELANJA", 81_820_000_000, 65_793_155_850 + modalRealisasi],
  ];
  return {
    name: "LRA BLUD 2024",
    rows,
    formulas: {
      C5: "SUM(C6:C7)",
      D5: "SUM(D6:D7)",
      C8: "SUM(C9:C11)",
      D8: modalFormula,
      C12: "SUM(C5,C8)",
      D12: "SUM(D5,D8)",
    },
  };
}

// A revenue report by month: a group's yearly figure is the sum of its own months.
function bapenda(hotelJumlah: number, hotelFormula: string): SheetSpec {
  const months = (xs: number[]): number[] => xs;
  const pbb = months([781, 1060, 1389, 2315]);
  const hotel = months([917, 1011, 1191, 940]);
  const group = pbb.map((x, i) => x + hotel[i]);
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    name: "Realisasi per Triwulan",
    rows: [
      [
        "Kode Rekening",
        "Uraian Pendapatan",
        "Target 2024 (Rp)",
        "TW I",
        "TW II",
        "TW III",
        "TW IV",
        "Jumlah Realisasi 2024 (Rp)",
      ],
      ["4.1.01", "PAJAK DAERAH", 12_000, ...group, total(group)],
      ["4.1.01.15", "PBB-P2", 6_000, ...pbb, total(pbb)],
      ["4.1.01.20", "PBJT atas Jasa Perhotelan", 6_000, ...hotel, hotelJumlah],
    ],
    formulas: {
      C2: "SUM(C3:C4)",
      D2: "SUM(D3:D4)",
      E2: "SUM(E3:E4)",
      F2: "SUM(F3:F4)",
      G2: "SUM(G3:G4)",
      H2: "SUM(D2:G2)",
      H3: "SUM(D3:G3)",
      H4: hotelFormula,
    },
  };
}

ruleTester(sumMismatch, {
  valid: [
    { name: "account-code parents that add up their accounts", sheets: [lra(12_756_530_000, "SUM(D9:D11)")] },
    {
      name: "a parent's row formula over months that add up (a child's month left out is the child's)",
      sheets: [bapenda(917 + 1011 + 1191, "SUM(D4:F4)")],
    },
  ],
  invalid: [
    {
      name: "an account-code parent's SUM that stops one account short",
      sheets: [lra(8_742_300_000 + 3_615_480_000, "SUM(D9:D10)")],
      findings: [{ sheet: "LRA BLUD 2024", cell: "D8", expected: 12_756_530_000, actual: 12_357_780_000 }],
    },
  ],
});
