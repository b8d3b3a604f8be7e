// A sector recap of the SPM bidang sosial 2024 of a DIY kabupaten (Kabupaten Progo Wetan, invented): per
// jenis layanan dasar the PPKS sasaran, those served, the SPM capaian, pagu, realisasi and serapan. The
// total row's percentages are ratios of the totals, never the sum or the average of the rows.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Col, type Ctx } from "../forms/kit";

export function rekapSpmProgoWetan(): BookW {
  const b = new BookW(
    "rekap-spm-sosial-2024-dinsos-progo-wetan.xlsx",
    "Rekap penerapan SPM bidang sosial 2024",
    "Rekap SPM sosial 2024: No | Jenis Pelayanan Dasar | Jumlah PPKS Sasaran | Jumlah PPKS Terlayani | Capaian SPM (%) | Pagu (Rp) | Realisasi (Rp) | Serapan (%); number row (1) .. (8) with (5)=(4)/(3)x100 and (8)=(7)/(6)x100; JUMLAH row",
  );
  const S = "Rekap SPM 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN PROGO WETAN",
    "DINAS SOSIAL PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
  ]);
  s.lines(["REKAPITULASI CAPAIAN PENERAPAN SPM BIDANG SOSIAL TAHUN 2024"]);
  s.gap();
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "jl", head: ["Jenis Pelayanan Dasar"], role: "indikator", num: "(2)", width: 48 },
    {
      key: "sas",
      head: ["Jumlah PPKS", "Sasaran"],
      role: "target",
      year: 2024,
      num: "(3)",
      fmt: INT,
      width: 10,
    },
    {
      key: "ter",
      head: ["Jumlah PPKS", "Terlayani"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
      width: 10,
    },
    {
      key: "cap",
      head: ["Capaian SPM (%)"],
      role: "capaian",
      year: 2024,
      num: "(5)=(4)/(3)x100",
      fmt: DEC,
      width: 10,
    },
    {
      key: "pagu",
      head: ["Anggaran", "Pagu (Rp)"],
      role: "anggaran",
      year: 2024,
      num: "(6)",
      fmt: RP,
      width: 16,
    },
    {
      key: "real",
      head: ["Anggaran", "Realisasi (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(7)",
      fmt: RP,
      width: 16,
    },
    {
      key: "ser",
      head: ["Serapan (%)"],
      role: "capaian",
      year: 2024,
      num: "(8)=(7)/(6)x100",
      fmt: DEC,
      width: 10,
    },
  ];
  type J = { id: string; jl: string; sas: number; ter: number; pagu: number; real: number };
  const J: J[] = [
    {
      id: "j1",
      jl: "Rehabilitasi sosial dasar penyandang disabilitas terlantar di luar panti",
      sas: 412,
      ter: 367,
      pagu: 1_236_000_000,
      real: 1_104_750_000,
    },
    {
      id: "j2",
      jl: "Rehabilitasi sosial dasar anak terlantar di luar panti",
      sas: 286,
      ter: 261,
      pagu: 858_000_000,
      real: 801_300_000,
    },
    // planted: realisasi 1,521,480,000 typed for 1,251,480,000
    {
      id: "j3",
      jl: "Rehabilitasi sosial dasar lanjut usia terlantar di luar panti",
      sas: 538,
      ter: 502,
      pagu: 1_345_000_000,
      real: 1_521_480_000,
    },
    {
      id: "j4",
      jl: "Rehabilitasi sosial dasar tuna sosial khususnya gelandangan dan pengemis di luar panti",
      sas: 124,
      ter: 97,
      pagu: 310_000_000,
      real: 254_620_000,
    },
    {
      id: "j5",
      jl: "Perlindungan dan jaminan sosial pada saat dan setelah tanggap darurat bencana bagi korban bencana",
      sas: 1_350,
      ter: 1_350,
      pagu: 675_000_000,
      real: 662_400_000,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...J.map((j, i) => ({
        id: j.id,
        cells: (x: Ctx): Record<string, Cell> => ({
          no: i + 1,
          jl: j.jl,
          sas: j.sas,
          ter: j.ter,
          // planted: j4's capaian typed 87.23 (97 / 124 gives 78.23)
          cap: j.id === "j4" ? 87.23 : fx(`ROUND(${x.a("ter")}/${x.a("sas")}*100,2)`),
          pagu: j.pagu,
          real: j.real,
          ser: fx(`ROUND(${x.a("real")}/${x.a("pagu")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "jl"],
        cells: (x: Ctx): Record<string, Cell> => ({
          no: "JUMLAH",
          sas: fx(`SUM(${x.a("sas", "j1")}:${x.a("sas", "j5")})`),
          ter: fx(`SUM(${x.a("ter", "j1")}:${x.a("ter", "j5")})`),
          cap: fx(`ROUND(${x.a("ter")}/${x.a("sas")}*100,2)`),
          pagu: fx(`SUM(${x.a("pagu", "j1")}:${x.a("pagu", "j5")})`),
          real: fx(`SUM(${x.a("real", "j1")}:${x.a("real", "j5")})`),
          ser: fx(`ROUND(${x.a("real")}/${x.a("pagu")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: SIKS-NG dan SIPD Kabupaten Progo Wetan, data s.d. 31 Desember 2024."]);
  s.gap();
  signature(s, 6, {
    tempat: "Progo Wetan, 17 Januari 2025",
    jabatan: ["KEPALA DINAS SOSIAL P3A", "KABUPATEN PROGO WETAN,"],
    nama: "Dra. SRI HASTUTI RAHAYU, M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690817 199403 2 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("ser", "j3") },
        { sheet: S, cell: a("real", "j3") },
      ],
    },
    rules: ["serapan-over-100"],
    note: "Realisasi of the lansia layanan is 1,521,480,000 against a pagu of 1,345,000,000 (serapan 113.12 %); the SP2D total is 1,251,480,000 (93.05 %)",
    truth: `ROUND(1251480000/${a("pagu", "j3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("cap", "j4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian SPM of the gepeng layanan is a typed 87.23 among ROUND formulas; 97 / 124 x 100 gives 78.23",
    truth: `ROUND(${a("ter", "j4")}/${a("sas", "j4")}*100,2)`,
  });
  for (const id of ["j1", "j2", "j3", "j5"])
    b.ok({
      sheet: S,
      cell: a("cap", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `${a("ter", id)}/${a("sas", id)}*100`,
    });
  for (const id of ["j1", "j2", "j4", "j5"])
    b.ok({
      sheet: S,
      cell: a("ser", id),
      rules: ["serapan-over-100"],
      truth: `${a("real", id)}/${a("pagu", id)}*100`,
    });
  for (const k of ["sas", "ter", "pagu"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "j1")}:${a(k, "j5")})` });
  b.ok({
    sheet: S,
    cell: a("cap", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("ter", "j1")}:${a("ter", "j5")})/SUM(${a("sas", "j1")}:${a("sas", "j5")})*100,2)`,
    trap: `AVERAGE(${a("cap", "j1")}:${a("cap", "j5")})`,
  });
  return b.finish();
}
