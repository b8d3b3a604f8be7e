// The recap a provincial Diskominfo SP really keeps for its jaringan internet kampung: per kabupaten,
// the kampung served by BTS 4G and VSAT, the share of kampung served (a percentage whose total row is
// the ratio of the totals) and the money of the year (pagu, realisasi, serapan). Every kabupaten,
// name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Kab = {
  id: string;
  nm: string;
  dis: number;
  kam: number;
  bts: number;
  vsat: number;
  pagu: number;
  real: number;
};

export function rekapInternetKampung(): BookW {
  const b = new BookW(
    "rekap-akses-internet-kampung-per-kabupaten-papua-selatan-2024.xlsx",
    "Rekap akses internet kampung per kabupaten (Diskominfo SP)",
    "Rekap 2024 per kabupaten of a provincial Diskominfo SP: No | Kabupaten | Jumlah Distrik | Jumlah Kampung | 'Kampung Terlayani Internet s.d. 2024' > BTS 4G | VSAT | Jumlah | Persentase Kampung Terlayani (%) | 'Anggaran Akses Internet Kampung TA 2024' > Pagu (Rp) | Realisasi (Rp) | Serapan (%); number row (1) .. (11) with (7)=(5)+(6), (8)=(7)/(4)x100, (11)=(10)/(9)x100; TOTAL row with ratios of totals",
  );
  const S = "Rekap Internet Kampung";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI PAPUA SELATAN",
    "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN",
    "BIDANG INFRASTRUKTUR TEKNOLOGI INFORMASI DAN KOMUNIKASI",
  ]);
  s.lines(["REKAPITULASI AKSES INTERNET KAMPUNG MENURUT KABUPATEN", "KEADAAN 31 DESEMBER 2024"]);
  s.gap();
  const K: Kab[] = [
    {
      id: "k1",
      nm: "Kabupaten Bian Raya",
      dis: 20,
      kam: 179,
      bts: 88,
      vsat: 41,
      pagu: 1_845_000_000,
      real: 1_792_350_000,
    },
    {
      id: "k2",
      nm: "Kabupaten Digul Tengah",
      dis: 20,
      kam: 112,
      bts: 23,
      vsat: 37,
      pagu: 1_620_000_000,
      real: 1_588_600_000,
    },
    {
      id: "k3",
      nm: "Kabupaten Eilanden Hilir",
      dis: 15,
      kam: 164,
      bts: 19,
      vsat: 46,
      pagu: 1_050_000_000,
      real: 1_186_400_000,
    },
    {
      id: "k4",
      nm: "Kabupaten Kumbe Hulu",
      dis: 23,
      kam: 224,
      bts: 27,
      vsat: 58,
      pagu: 1_732_500_000,
      real: 1_611_920_000,
    },
    {
      id: "k5",
      nm: "Kabupaten Muting Selatan",
      dis: 11,
      kam: 96,
      bts: 31,
      vsat: 22,
      pagu: 864_000_000,
      real: 842_750_000,
    },
    {
      id: "k6",
      nm: "Kabupaten Asuwet Pantai",
      dis: 9,
      kam: 74,
      bts: 12,
      vsat: 19,
      pagu: 702_000_000,
      real: 655_180_000,
    },
  ];
  const KT = "Kampung Terlayani Internet s.d. 2024";
  const AG = "Anggaran Akses Internet Kampung TA 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kab", head: ["Kabupaten"], role: "lokasi", num: "(2)", width: 26 },
    { key: "dis", head: ["Jumlah Distrik"], num: "(3)", fmt: INT, width: 9 },
    { key: "kam", head: ["Jumlah Kampung"], num: "(4)", fmt: INT, width: 10 },
    { key: "bts", head: [KT, "BTS 4G"], role: "realisasi", year: 2024, num: "(5)", fmt: INT, width: 9 },
    { key: "vsat", head: [KT, "VSAT"], role: "realisasi", year: 2024, num: "(6)", fmt: INT, width: 9 },
    {
      key: "jml",
      head: [KT, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(7)=(5)+(6)",
      fmt: INT,
      width: 10,
    },
    {
      key: "pct",
      head: ["Persentase Kampung Terlayani (%)"],
      num: "(8)=(7)/(4)x100",
      fmt: DEC,
      width: 12,
    },
    { key: "pagu", head: [AG, "Pagu (Rp)"], role: "anggaran", year: 2024, num: "(9)", fmt: RP, width: 16 },
    {
      key: "real",
      head: [AG, "Realisasi (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(10)",
      fmt: RP,
      width: 16,
    },
    { key: "ser", head: [AG, "Serapan (%)"], num: "(11)=(10)/(9)x100", fmt: DEC, width: 10 },
  ];
  const sumOf = (k: string, x: Ctx, last = "k6") => `SUM(${x.a(k, "k1")}:${x.a(k, last)})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, n): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: n + 1,
          kab: k.nm,
          dis: k.dis,
          kam: k.kam,
          bts: k.bts,
          vsat: k.vsat,
          jml: fx(`${x.a("bts")}+${x.a("vsat")}`),
          pct: fx(`ROUND(${x.a("jml")}/${x.a("kam")}*100,2)`),
          pagu: k.pagu,
          // planted (k3): realisasi typed above the pagu
          real: k.real,
          ser: fx(`ROUND(${x.a("real")}/${x.a("pagu")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kab"],
        cells: (x: Ctx) => ({
          no: "TOTAL PROVINSI",
          dis: fx(sumOf("dis", x)),
          kam: fx(sumOf("kam", x)),
          // planted: the BTS total stops at the fifth kabupaten
          bts: fx(sumOf("bts", x, "k5")),
          vsat: fx(sumOf("vsat", x)),
          jml: fx(sumOf("jml", x)),
          pct: fx(`ROUND(${x.a("jml")}/${x.a("kam")}*100,2)`),
          pagu: fx(sumOf("pagu", x)),
          real: fx(sumOf("real", x)),
          ser: fx(`ROUND(${x.a("real")}/${x.a("pagu")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: laporan penyedia jasa dan BAST pekerjaan akses internet kampung TA 2024.",
    "Kolom (8) baris TOTAL dihitung dari jumlah kolom (7) dan (4), bukan penjumlahan persentase.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Merauke, 8 Januari 2025",
    jabatan: ["KEPALA BIDANG INFRASTRUKTUR TIK,"],
    nama: "MARIA G. KAIZE, S.T., M.T.",
    pangkat: "Pembina (IV/a)",
    nip: "19830317 200902 2 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("real", "k3") },
        { sheet: S, cell: a("ser", "k3") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Realisasi of Kabupaten Eilanden Hilir is 1,186,400,000 against a pagu of 1,050,000,000 (serapan 112.99 %); spending cannot exceed the pagu",
    truth: a("pagu", "k3"),
  });
  b.plant({
    at: { sheet: S, cell: a("bts", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL BTS 4G is =SUM over the first five kabupaten (188); with Asuwet Pantai's 12 the six give 200",
    truth: `SUM(${a("bts", "k1")}:${a("bts", "k6")})`,
  });
  for (const k of K) {
    b.ok({
      sheet: S,
      cell: a("jml", k.id),
      rules: ["sum-mismatch"],
      truth: `${a("bts", k.id)}+${a("vsat", k.id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("pct", k.id),
      rules: ["percent-out-of-range"],
      truth: `ROUND(${a("jml", k.id)}/${a("kam", k.id)}*100,2)`,
    });
    if (k.id !== "k3")
      b.ok({
        sheet: S,
        cell: a("ser", k.id),
        rules: ["serapan-over-100", "percent-out-of-range"],
        truth: `ROUND(${a("real", k.id)}/${a("pagu", k.id)}*100,2)`,
      });
  }
  for (const k of ["dis", "kam", "vsat", "jml", "pagu"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${a("jml", "k1")}:${a("jml", "k6")})/SUM(${a("kam", "k1")}:${a("kam", "k6")})*100,2)`,
    trap: `SUM(${a("pct", "k1")}:${a("pct", "k6")})`,
  });
  return b.finish();
}
