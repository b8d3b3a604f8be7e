// A sector recap of the Dinas Kesehatan of an invented Nusa Tenggara Barat kabupaten (Sumbawa Hulu):
// SPM pelayanan kesehatan ODGJ berat per puskesmas in 2024, with the BOK pagu and its realisation per
// puskesmas, number row "(6) = (5) / (4) x 100" and "(9) = (8) / (7) x 100", a TOTAL row whose
// percentages are ratios of the totals. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Row } from "../forms/kit";

type Pkm = { id: string; nm: string; kec: string; sas: number; lay: number; pagu: number; real: number };

export function rekapSpmOdgj(): BookW {
  const b = new BookW(
    "rekap-spm-odgj-berat-puskesmas-sumbawa-hulu.xlsx",
    "rekap capaian SPM ODGJ berat dan serapan BOK per puskesmas 2024",
    "recap of the Dinas Kesehatan Kabupaten Sumbawa Hulu (NTB), 2024: No | Puskesmas | Kecamatan | 'Pelayanan Kesehatan ODGJ Berat' > Sasaran (orang) | Dilayani Sesuai Standar (orang) | Capaian SPM (%) | 'Dana BOK Kesehatan Jiwa (Rp)' > Pagu | Realisasi | Serapan (%); number row with '(6) = (5) / (4) x 100', '(9) = (8) / (7) x 100'; TOTAL row; notes",
  );
  const S = "Rekap SPM Keswa 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SUMBAWA HULU", "DINAS KESEHATAN", "Jl. Garuda No. 11, Sumbawa Hulu"]);
  s.lines([
    "REKAPITULASI CAPAIAN SPM PELAYANAN KESEHATAN ORANG DENGAN GANGGUAN JIWA (ODGJ) BERAT",
    "DAN REALISASI DANA BOK PER PUSKESMAS s.d. DESEMBER 2024",
  ]);
  s.gap();
  const pk: Pkm[] = [
    {
      id: "p1",
      nm: "Tepal Raya",
      kec: "Batu Lanteh Hulu",
      sas: 46,
      lay: 44,
      pagu: 45_000_000,
      real: 48_750_000,
    },
    { id: "p2", nm: "Sebasang", kec: "Moyo Tengah", sas: 38, lay: 38, pagu: 38_500_000, real: 37_915_000 },
    { id: "p3", nm: "Ropang Hulu", kec: "Ropang", sas: 29, lay: 31, pagu: 32_000_000, real: 31_480_000 },
    { id: "p4", nm: "Lenangguar", kec: "Lenangguar", sas: 52, lay: 47, pagu: 52_750_000, real: 49_862_500 },
    { id: "p5", nm: "Empang Baru", kec: "Empang", sas: 41, lay: 36, pagu: 41_200_000, real: 38_940_000 },
    { id: "p6", nm: "Moyo Hilir", kec: "Moyo Hilir", sas: 63, lay: 60, pagu: 60_000_000, real: 58_725_000 },
    { id: "p7", nm: "Lape Timur", kec: "Lape", sas: 35, lay: 29, pagu: 36_800_000, real: 33_210_000 },
    { id: "p8", nm: "Plampang Utara", kec: "Plampang", sas: 57, lay: 55, pagu: 55_400_000, real: 54_980_000 },
  ];
  const A = "Pelayanan Kesehatan ODGJ Berat";
  const D = "Dana BOK Kesehatan Jiwa (Rp)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Puskesmas"], role: "lokasi", num: "(2)", width: 18 },
      { key: "kec", head: ["Kecamatan"], role: "lainnya", num: "(3)", width: 18 },
      { key: "sas", head: [A, "Sasaran (orang)"], role: "target", year: 2024, num: "(4)", width: 10 },
      {
        key: "lay",
        head: [A, "Dilayani Sesuai Standar (orang)"],
        role: "realisasi",
        year: 2024,
        num: "(5)",
        width: 12,
      },
      {
        key: "cap",
        head: [A, "Capaian SPM (%)"],
        role: "capaian",
        year: 2024,
        num: "(6) = (5) / (4) x 100",
        fmt: DEC,
        width: 11,
      },
      { key: "pagu", head: [D, "Pagu"], role: "anggaran", year: 2024, num: "(7)", fmt: RP, width: 15 },
      {
        key: "real",
        head: [D, "Realisasi"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(8)",
        fmt: RP,
        width: 15,
      },
      {
        key: "ser",
        head: [D, "Serapan (%)"],
        role: "capaian",
        year: 2024,
        num: "(9) = (8) / (7) x 100",
        fmt: DEC,
        width: 10,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...pk.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          nm: x.nm,
          kec: x.kec,
          sas: x.sas,
          lay: x.lay,
          // planted (p4): the formula divides by the next puskesmas' sasaran
          cap: fx(`ROUND(${c.a("lay")}/${x.id === "p4" ? c.a("sas", "p5") : c.a("sas")}*100,2)`),
          pagu: x.pagu,
          real: x.real,
          ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => ({
          no: "TOTAL KABUPATEN",
          sas: fx(`SUM(${c.a("sas", "p1")}:${c.a("sas", "p8")})`),
          lay: fx(`SUM(${c.a("lay", "p1")}:${c.a("lay", "p8")})`),
          cap: fx(`ROUND(${c.a("lay")}/${c.a("sas")}*100,2)`),
          pagu: fx(`SUM(${c.a("pagu", "p1")}:${c.a("pagu", "p8")})`),
          real: fx(`SUM(${c.a("real", "p1")}:${c.a("real", "p8")})`),
          ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: sasaran = estimasi ODGJ berat (prevalensi psikosis 3 per mil rumah tangga); capaian > 100% bila ODGJ berat yang ditemukan melebihi estimasi.",
    "Sumber: laporan bulanan keswa puskesmas dan SP2D BOK Dinas Kesehatan.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Sumbawa Hulu, 20 Januari 2025",
    jabatan: ["Kepala Bidang Pencegahan dan Pengendalian Penyakit,"],
    nama: "I GEDE PUTU ARYAWAN, S.KM., M.Kes.",
    nip: "19830125 200701 1 009",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("real", "p1") },
        { sheet: S, cell: a("ser", "p1") },
      ],
    },
    rules: ["serapan-over-100"],
    note: "Realisasi BOK of Puskesmas Tepal Raya is 48,750,000 against a pagu of 45,000,000 (serapan 108.33 %); the SP2D add up to 43,750,000 (97.22 %)",
    truth: "43750000",
  });
  b.plant({
    at: { sheet: S, cell: a("cap", "p4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian SPM of Puskesmas Lenangguar divides its 47 by the next row's sasaran (41): 114.63; 47 / 52 gives 90.38",
    truth: `ROUND(${a("lay", "p4")}/${a("sas", "p4")}*100,2)`,
  });
  for (const x of pk.filter((x) => x.id !== "p4"))
    b.ok({
      sheet: S,
      cell: a("cap", x.id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: `ROUND(${a("lay", x.id)}/${a("sas", x.id)}*100,2)`,
    });
  for (const x of pk.filter((x) => x.id !== "p1"))
    b.ok({
      sheet: S,
      cell: a("ser", x.id),
      rules: ["serapan-over-100", "capaian-mismatch"],
      truth: `ROUND(${a("real", x.id)}/${a("pagu", x.id)}*100,2)`,
    });
  for (const k of ["sas", "lay", "pagu"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: pk.map((x) => a(k, x.id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("cap", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("lay", "tot")}/${a("sas", "tot")}*100,2)`,
    // the total's capaian is the ratio of the totals, not the puskesmas percentages added up
    trap: `SUM(${a("cap", "p1")}:${a("cap", "p8")})`,
  });
  return b.finish();
}
