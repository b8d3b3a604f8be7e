// The bantuan sosial recap of a Bagian Kesra in Kalimantan Barat: bansos berencana to individuals per
// kecamatan (lanjut usia terlantar, penyandang disabilitas berat), penerima and nilai per kind, the
// totals, and the coverage against the DTKS households (a percentage: the total row is the ratio of
// the totals, never the sum of the rows). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Kec = { id: string; nama: string; dtks: number; lan: number; dis: number };

export function bansosKecamatan(): BookW {
  const b = new BookW(
    "bansos-berencana-per-kecamatan-ketungau-raya.xlsx",
    "Rekap bantuan sosial per kecamatan (Bagian Kesra)",
    "Rekap penyaluran bantuan sosial berencana 2024 per kecamatan of a Bagian Kesra in Kalimantan Barat: No | Kecamatan | KK Miskin DTKS | 'Bansos Lanjut Usia Terlantar' > Penerima (org) | Nilai (Rp) | 'Bansos Penyandang Disabilitas Berat' > Penerima (org) | Nilai (Rp) | 'Jumlah' > Penerima (org) | Nilai (Rp) | Cakupan thd KK DTKS (%); number row (1) .. (10) with (8)=(4)+(6) and (10)=(8)/(3)x100; typed nilai (penerima x Rp 200.000 / Rp 250.000 x 12 bulan), Jumlah formulas, Total row",
  );
  const S = "Bansos Kecamatan";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KETUNGAU RAYA",
    "SEKRETARIAT DAERAH",
    "BAGIAN KESEJAHTERAAN RAKYAT",
    "Jl. Lintas Selatan Km. 3 Nanga Ketungau",
  ]);
  s.lines([
    "REKAPITULASI PENYALURAN BANTUAN SOSIAL BERENCANA KEPADA INDIVIDU",
    "MENURUT KECAMATAN TAHUN ANGGARAN 2024",
  ]);
  s.gap();
  const K: Kec[] = [
    { id: "k1", nama: "Ketungau Hilir", dtks: 2_184, lan: 146, dis: 58 },
    { id: "k2", nama: "Ketungau Tengah", dtks: 1_927, lan: 131, dis: 47 },
    { id: "k3", nama: "Ketungau Hulu", dtks: 1_365, lan: 88, dis: 39 },
    { id: "k4", nama: "Nanga Sebadau", dtks: 2_706, lan: 205, dis: 166 },
    { id: "k5", nama: "Sepauk Laut", dtks: 1_482, lan: 97, dis: 33 },
    { id: "k6", nama: "Tebidah Raya", dtks: 1_138, lan: 72, dis: 29 },
    { id: "k7", nama: "Kayan Mentibi", dtks: 964, lan: 61, dis: 24 },
    { id: "k8", nama: "Binjai Hulu", dtks: 1_573, lan: 109, dis: 41 },
  ];
  const LAN = 2_400_000;
  const DIS = 3_000_000;
  const PL = "Bansos Lanjut Usia Terlantar";
  const PD = "Bansos Penyandang Disabilitas Berat";
  const J = "Jumlah";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
    { key: "dtks", head: ["KK Miskin DTKS"], num: "(3)", fmt: INT, width: 11 },
    {
      key: "lp",
      head: [PL, "Penerima (org)"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
      width: 10,
    },
    {
      key: "lr",
      head: [PL, "Nilai (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(5)",
      fmt: RP,
      width: 16,
    },
    {
      key: "dp",
      head: [PD, "Penerima (org)"],
      role: "realisasi",
      year: 2024,
      num: "(6)",
      fmt: INT,
      width: 10,
    },
    {
      key: "dr",
      head: [PD, "Nilai (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(7)",
      fmt: RP,
      width: 16,
    },
    {
      key: "jp",
      head: [J, "Penerima (org)"],
      role: "realisasi",
      year: 2024,
      num: "(8)=(4)+(6)",
      fmt: INT,
      width: 11,
    },
    {
      key: "jr",
      head: [J, "Nilai (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(9)=(5)+(7)",
      fmt: RP,
      width: 17,
    },
    { key: "cak", head: ["Cakupan thd KK DTKS (%)"], num: "(10)=(8)/(3)x100", fmt: DEC, width: 12 },
  ];
  const sumCol = (k: string, x: Ctx) => `SUM(${x.a(k, "k1")}:${x.a(k, "k8")})`;
  const trueLr = K.reduce((n, k) => n + k.lan * LAN, 0);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: k.nama,
          dtks: k.dtks,
          lp: k.lan,
          lr: k.lan * LAN,
          dp: k.dis,
          dr: k.dis * DIS,
          jp: fx(`${x.a("lp")}+${x.a("dp")}`),
          // planted: Nanga Sebadau's Jumlah Nilai typed 909,000,000 (492,000,000 + 498,000,000 = 990,000,000)
          jr: k.id === "k4" ? 909_000_000 : fx(`${x.a("lr")}+${x.a("dr")}`),
          cak: fx(`ROUND(${x.a("jp")}/${x.a("dtks")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "TOTAL",
          dtks: fx(sumCol("dtks", x)),
          lp: fx(sumCol("lp", x)),
          // planted: a stale cached result, the total before Binjai Hulu's 109 lansia were revised from 107
          lr: fx(sumCol("lr", x), trueLr - 2 * LAN),
          dp: fx(sumCol("dp", x)),
          dr: fx(sumCol("dr", x)),
          jp: fx(sumCol("jp", x)),
          jr: fx(sumCol("jr", x)),
          cak: fx(`ROUND(${x.a("jp")}/${x.a("dtks")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Bansos lanjut usia terlantar Rp 200.000/orang/bulan, penyandang disabilitas berat Rp 250.000/orang/bulan, selama 12 bulan.",
    "- Kolom (10): persentase penerima terhadap jumlah KK miskin DTKS di kecamatan; baris TOTAL dihitung dari jumlah, bukan dijumlahkan.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Nanga Ketungau, 10 Januari 2025",
    jabatan: ["Plt. KEPALA BAGIAN KESEJAHTERAAN RAKYAT", "SEKRETARIAT DAERAH KABUPATEN KETUNGAU RAYA,"],
    nama: "Hj. SITI ROHANA DAENG, S.Ag., M.Pd.I.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19810403 200604 2 011",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jr", "k4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah Nilai of Nanga Sebadau is a typed 909,000,000 among (5)+(7) formulas; 492,000,000 (205 lansia) + 498,000,000 (166 disabilitas) give 990,000,000 (digits swapped)",
    truth: `${a("lr", "k4")}+${a("dr", "k4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("lr", "tot") },
    rules: ["sum-mismatch"],
    note: `TOTAL Nilai of the bansos lansia is =SUM over the kecamatan with a stale cached result of ${(trueLr - 2 * LAN).toLocaleString("en")}; the eight rows give ${trueLr.toLocaleString("en")}`,
    truth: `SUM(${a("lr", "k1")}:${a("lr", "k8")})`,
  });
  for (const k of K) {
    b.ok({
      sheet: S,
      cell: a("jp", k.id),
      rules: ["sum-mismatch"],
      truth: `${a("lp", k.id)}+${a("dp", k.id)}`,
    });
    if (k.id !== "k4")
      b.ok({
        sheet: S,
        cell: a("jr", k.id),
        rules: ["sum-mismatch"],
        truth: `${a("lr", k.id)}+${a("dr", k.id)}`,
      });
  }
  for (const id of ["k1", "k4", "k7"])
    b.ok({
      sheet: S,
      cell: a("cak", id),
      rules: ["percent-out-of-range"],
      truth: `ROUND(${a("jp", id)}/${a("dtks", id)}*100,2)`,
    });
  for (const k of ["dtks", "lp", "dp", "dr", "jp"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k8")})` });
  // the total row's coverage is the ratio of the totals, not the sum of the kecamatan percentages
  b.ok({
    sheet: S,
    cell: a("cak", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${a("jp", "k1")}:${a("jp", "k8")})/SUM(${a("dtks", "k1")}:${a("dtks", "k8")})*100,2)`,
    trap: `SUM(${a("cak", "k1")}:${a("cak", "k8")})`,
  });
  return b.finish();
}
