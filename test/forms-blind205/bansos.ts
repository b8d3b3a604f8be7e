// A sector recap of a Dinas Sosial in Sulawesi Tengah (Kabupaten Tojo Lembah, invented): the programme
// sembako / BPNT per kecamatan (alokasi KPM, pagu, tersalur, realisasi, persentase) beside the PKH
// (KPM, nilai, rata-rata per KPM: a ratio, so its total row is the ratio of the totals), and the total
// bansos per kecamatan. Every number is invented; BPNT is Rp 200.000 per KPM per month, 12 months.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Kec = { id: string; nm: string; alo: number; sal: number; pkh: number; npkh: number };

export function rekapBansosTojo(): BookW {
  const b = new BookW(
    "rekap-bpnt-pkh-kecamatan-tojo-lembah.xlsx",
    "Rekap penyaluran bansos per kecamatan (Dinas Sosial)",
    "Rekap penyaluran bansos 2024 per kecamatan of a Dinas Sosial in Sulawesi Tengah: No | Kecamatan | 'Program Sembako / BPNT' > Alokasi KPM | Pagu (Rp) | KPM Tersalur | Realisasi (Rp) | Penyaluran (%) | 'PKH' > KPM | Nilai Bantuan (Rp) | Rata-rata per KPM (Rp) | Total Bansos (Rp); number row '(7) = (6)/(4) x 100', '(11) = (6) + (9)'; JUMLAH row",
  );
  const S = "Rekap Bansos 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TOJO LEMBAH",
    "DINAS SOSIAL",
    "Jl. Trans Sulawesi No. 7, Ampana Lembah",
  ]);
  s.lines([
    "REKAPITULASI PENYALURAN BANTUAN SOSIAL SEMBAKO (BPNT) DAN PKH",
    "PER KECAMATAN TAHUN 2024 (TAHAP I s.d. IV)",
  ]);
  s.gap();
  const K: Kec[] = [
    { id: "k1", nm: "Ampana Lembah", alo: 2_416, sal: 2_389, pkh: 1_842, npkh: 4_973_400_000 },
    { id: "k2", nm: "Tojo Barat", alo: 1_935, sal: 1_902, pkh: 1_377, npkh: 3_786_750_000 },
    { id: "k3", nm: "Ulubongka Hilir", alo: 1_842, sal: 1_842, pkh: 1_206, npkh: 3_256_200_000 },
    { id: "k4", nm: "Ratolindo Selatan", alo: 1_268, sal: 1_231, pkh: 954, npkh: 2_623_500_000 },
    { id: "k5", nm: "Una-Una Pesisir", alo: 874, sal: 851, pkh: 612, npkh: 1_713_600_000 },
    { id: "k6", nm: "Walea Tengah", alo: 1_053, sal: 1_020, pkh: 788, npkh: 2_167_000_000 },
    { id: "k7", nm: "Bongka Hulu", alo: 1_517, sal: 1_498, pkh: 1_104, npkh: 2_980_800_000 },
  ];
  const BP = 2_400_000;
  const G1 = "Program Sembako / BPNT";
  const G2 = "Program Keluarga Harapan (PKH)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
    { key: "alo", head: [G1, "Alokasi KPM"], role: "target", year: 2024, num: "(3)", fmt: INT },
    { key: "pagu", head: [G1, "Pagu (Rp)"], role: "anggaran", year: 2024, num: "(4)", fmt: RP, width: 16 },
    { key: "sal", head: [G1, "KPM Tersalur"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
    {
      key: "real",
      head: [G1, "Realisasi (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(6)",
      fmt: RP,
      width: 16,
    },
    {
      key: "pct",
      head: [G1, "Penyaluran (%)"],
      role: "capaian",
      year: 2024,
      num: "(7) = (6)/(4) x 100",
      fmt: DEC,
    },
    { key: "pkh", head: [G2, "KPM"], num: "(8)", fmt: INT },
    { key: "npkh", head: [G2, "Nilai Bantuan (Rp)"], num: "(9)", fmt: RP, width: 16 },
    { key: "avg", head: [G2, "Rata-rata per KPM (Rp)"], num: "(10) = (9)/(8)", fmt: RP, width: 13 },
    { key: "tot", head: ["Total Bansos (Rp)"], num: "(11) = (6) + (9)", fmt: RP, width: 17 },
  ];
  const REAL3 = 4_602_000_000; // planted: Ulubongka Hilir's 1,842 KPM x 2,400,000 = 4,420,800,000 = its pagu
  const PCT6 = 69.83; // planted: typed; 1,020 / 1,053 gives 96.87
  const sumC = (k: string, x: Ctx) => `SUM(${x.a(k, "k1")}:${x.a(k, "k7")})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: k.nm,
          alo: k.alo,
          pagu: k.alo * BP,
          sal: k.sal,
          real: k.id === "k3" ? REAL3 : k.sal * BP,
          pct: k.id === "k6" ? PCT6 : fx(`ROUND(${x.a("real")}/${x.a("pagu")}*100,2)`),
          pkh: k.pkh,
          npkh: k.npkh,
          avg: fx(`ROUND(${x.a("npkh")}/${x.a("pkh")},0)`),
          tot: fx(`${x.a("real")}+${x.a("npkh")}`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          alo: fx(sumC("alo", x)),
          pagu: fx(sumC("pagu", x)),
          sal: fx(sumC("sal", x)),
          real: fx(sumC("real", x)),
          pct: fx(`ROUND(${x.a("real")}/${x.a("pagu")}*100,2)`),
          pkh: fx(sumC("pkh", x)),
          npkh: fx(sumC("npkh", x)),
          avg: fx(`ROUND(${x.a("npkh")}/${x.a("pkh")},0)`),
          tot: fx(sumC("tot", x)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: SIKS-NG dan laporan penyaluran PT Pos Indonesia / Himbara, posisi 31 Desember 2024.",
    "*) Kolom (10) dan baris JUMLAH kolom (7) dan (10) dihitung dari jumlah, bukan dijumlahkan.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Ampana Lembah, 15 Januari 2025",
    jabatan: ["KEPALA BIDANG PERLINDUNGAN DAN JAMINAN SOSIAL,"],
    nama: "NURHAYATI LABANTJA, S.E., M.M.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19810907 200903 2 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("real", "k3") },
        { sheet: S, cell: a("pct", "k3") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Ulubongka Hilir: realisasi 4,602,000,000 above its pagu 4,420,800,000 (104.10 %); its 1,842 KPM tersalur x Rp 2,400,000 give 4,420,800,000",
    truth: `${a("sal", "k3")}*2400000`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "k6") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Penyaluran (%) of Walea Tengah is a typed 69.83 among ROUND formulas; 2,448,000,000 / 2,527,200,000 gives 96.87",
    truth: `ROUND(${a("real", "k6")}/${a("pagu", "k6")}*100,2)`,
  });
  for (const id of ["k1", "k2", "k4", "k5", "k7"]) {
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a("real", id)}/${a("pagu", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("tot", id),
      rules: ["sum-mismatch"],
      truth: `${a("real", id)}+${a("npkh", id)}`,
    });
  }
  for (const k of ["alo", "pagu", "sal", "pkh", "npkh"])
    b.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k7")})` });
  b.ok({
    sheet: S,
    cell: a("avg", "jml"),
    rules: ["sum-mismatch"],
    truth: `ROUND(SUM(${a("npkh", "k1")}:${a("npkh", "k7")})/SUM(${a("pkh", "k1")}:${a("pkh", "k7")}),0)`,
    trap: `SUM(${a("avg", "k1")}:${a("avg", "k7")})`,
    tol: 1,
  });
  return b.finish();
}
