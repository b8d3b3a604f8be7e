// Two recaps of a Dinas Pemberdayaan Masyarakat dan Desa: the penyaluran Dana Desa per kecamatan in three
// tahap (Kalimantan Barat; Jumlah = I + II + III, % = Jumlah / Pagu, Sisa = Pagu - Jumlah; the JUMLAH % is
// the ratio of the totals) and the BUMDes per kecamatan by klasifikasi (Nusa Tenggara Timur; Jumlah BUMDes
// = Dasar + Tumbuh + Berkembang + Maju). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

export function danaDesaTahap(): BookW {
  const b = new BookW(
    "penyaluran-dana-desa-tiga-tahap-dpmd-kapuas-senaru-b125.xlsx",
    "Rekap penyaluran Dana Desa per kecamatan (DPMD)",
    "Rekap penyaluran Dana Desa 2024 per kecamatan of a DPMD in Kalimantan Barat: No | Kecamatan | Jumlah Desa | Pagu Dana Desa (Rp) | 'Penyaluran RKUD ke RKDes (Rp)' > Tahap I (40%) | Tahap II (40%) | Tahap III (20%) | Jumlah Salur | % Salur | Sisa; number row (1) .. (10) with (8) = (5)+(6)+(7), (9) = (8)/(4) x 100, (10) = (4) - (8); '-' for a tahap not yet disbursed; JUMLAH row",
  );
  const S = "Salur DD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KAPUAS SENARU",
    "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA",
    "Jl. Pangeran Natakusuma No. 17 Senaru",
  ]);
  s.lines(["REKAPITULASI PENYALURAN DANA DESA TAHUN ANGGARAN 2024", "KEADAAN S.D. 31 DESEMBER 2024"]);
  s.gap();
  type K = { id: string; nama: string; desa: number; pagu: number; t3: boolean };
  const K: K[] = [
    { id: "k1", nama: "Senaru Hilir", desa: 14, pagu: 13_862_415_000, t3: true },
    { id: "k2", nama: "Nanga Embaloh", desa: 11, pagu: 10_475_230_000, t3: true },
    { id: "k3", nama: "Sungai Lebang", desa: 9, pagu: 8_613_905_000, t3: true },
    { id: "k4", nama: "Batang Seberuang", desa: 16, pagu: 15_206_740_000, t3: true },
    { id: "k5", nama: "Selimbau Laut", desa: 12, pagu: 11_732_860_000, t3: true },
    { id: "k6", nama: "Empanang Raya", desa: 8, pagu: 7_548_125_000, t3: false },
    { id: "k7", nama: "Puring Kencana Hulu", desa: 10, pagu: 9_394_570_000, t3: true },
  ];
  const G = "Penyaluran RKUD ke RKDes (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 22 },
    { key: "desa", head: ["Jumlah Desa"], num: "(3)", fmt: INT, width: 8 },
    {
      key: "pagu",
      head: ["Pagu Dana Desa (Rp)"],
      role: "anggaran",
      year: 2024,
      num: "(4)",
      fmt: RP,
      width: 18,
    },
    { key: "t1", head: [G, "Tahap I (40%)"], role: "realisasi-anggaran", year: 2024, num: "(5)", fmt: RP },
    { key: "t2", head: [G, "Tahap II (40%)"], role: "realisasi-anggaran", year: 2024, num: "(6)", fmt: RP },
    { key: "t3", head: [G, "Tahap III (20%)"], role: "realisasi-anggaran", year: 2024, num: "(7)", fmt: RP },
    {
      key: "jml",
      head: [G, "Jumlah Salur"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(8) = (5)+(6)+(7)",
      fmt: RP,
      width: 18,
    },
    { key: "pct", head: ["% Salur"], role: "capaian", year: 2024, num: "(9) = (8)/(4) x 100", fmt: DEC },
    { key: "sisa", head: ["Sisa Belum Salur (Rp)"], num: "(10) = (4) - (8)", fmt: RP, width: 17 },
  ];
  const tot = (k: string, x: Ctx) => `SUM(${x.a(k, "k1")}:${x.a(k, "k7")})`;
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
          desa: k.desa,
          pagu: k.pagu,
          t1: Math.round(k.pagu * 0.4),
          t2: Math.round(k.pagu * 0.4),
          // planted: Sungai Lebang's Tahap III typed 2,072,781,000 where 20 % is 1,722,781,000
          t3: !k.t3 ? "-" : k.id === "k3" ? 2_072_781_000 : Math.round(k.pagu * 0.2),
          // planted: Selimbau Laut's Jumlah typed (digits swapped) where the others add their tahap
          jml: k.id === "k5" ? 11_372_860_000 : fx(`SUM(${x.a("t1")}:${x.a("t3")})`),
          pct: fx(`ROUND(${x.a("jml")}/${x.a("pagu")}*100,2)`),
          // a Sisa of zero is written "-"
          sisa: ["k3", "k5", "k6"].includes(k.id) ? fx(`${x.a("pagu")}-${x.a("jml")}`) : "-",
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          desa: fx(tot("desa", x)),
          pagu: fx(tot("pagu", x)),
          t1: fx(tot("t1", x)),
          t2: fx(tot("t2", x)),
          t3: fx(tot("t3", x)),
          jml: fx(tot("jml", x)),
          pct: fx(`ROUND(${x.a("jml")}/${x.a("pagu")}*100,2)`),
          sisa: fx(tot("sisa", x)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    '1. Tahap III Kecamatan Empanang Raya belum disalurkan: 8 desa belum menyampaikan laporan realisasi Tahap II (tanda "-").',
    "2. Persentase baris JUMLAH dihitung dari jumlah salur dibagi jumlah pagu.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Senaru, 8 Januari 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA", "KABUPATEN KAPUAS SENARU,"],
    nama: "ANTONIUS JAWAN BATU, S.Sos., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740911 199903 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { anyOf: ["t3", "jml", "pct"].map((k) => ({ sheet: S, cell: a(k, "k3") })) },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Sungai Lebang: Tahap III typed 2,072,781,000 while 20 % of the pagu 8,613,905,000 is 1,722,781,000, so the Jumlah Salur 8,963,905,000 is above the pagu (104.06 %, Sisa -350,000,000)",
    truth: `${a("pagu", "k3")}-${a("t1", "k3")}-${a("t2", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("jml", "k5") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah Salur of Selimbau Laut is a typed 11,372,860,000 among SUM formulas; its three tahap give 11,732,860,000 (digits swapped)",
    truth: `SUM(${a("t1", "k5")}:${a("t3", "k5")})`,
  });
  for (const id of ["k1", "k2", "k4", "k6", "k7"])
    b.ok({
      sheet: S,
      cell: a("jml", id),
      rules: ["sum-mismatch"],
      truth: `${a("t1", id)}+${a("t2", id)}` + (id === "k6" ? "" : `+${a("t3", id)}`),
    });
  for (const id of ["k1", "k6"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["serapan-over-100", "percent-out-of-range"],
      truth: `ROUND(${a("jml", id)}/${a("pagu", id)}*100,2)`,
    });
  for (const k of ["desa", "pagu", "t1", "t2"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k7")})` });
  return b.finish();
}

export function bumdesKlasifikasi(): BookW {
  const b = new BookW(
    "bumdes-klasifikasi-per-kecamatan-dpmd-lewotana-timur-b125.xlsx",
    "Rekap BUMDes per kecamatan menurut klasifikasi (DPMD)",
    "Rekap BUMDes 2024 of a DPMD in Nusa Tenggara Timur: No | Kecamatan | Jumlah Desa | 'Klasifikasi BUMDes' (written once, not merged) > Dasar | Tumbuh | Berkembang | Maju | Jumlah BUMDes | Desa ber-BUMDes (%) | Penyertaan Modal Desa s.d. 2024 (Rp); number row 1 .. 10 with 8 = 4+5+6+7 and 9 = 8 : 3 x 100; TOTAL row",
  );
  const S = "BUMDes 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEWOTANA TIMUR", "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA"]);
  s.lines([
    "DATA BADAN USAHA MILIK DESA (BUMDes) MENURUT KLASIFIKASI",
    "PER KECAMATAN, KONDISI DESEMBER 2024",
  ]);
  s.gap();
  type K = {
    id: string;
    nama: string;
    desa: number;
    d: number;
    t: number;
    b: number;
    m: number;
    modal: number;
  };
  const K: K[] = [
    { id: "k1", nama: "Lewoleba Selatan", desa: 15, d: 6, t: 5, b: 3, m: 1, modal: 1_846_500_000 },
    { id: "k2", nama: "Ile Ape Timur", desa: 12, d: 5, t: 4, b: 2, m: 0, modal: 1_127_250_000 },
    { id: "k3", nama: "Nubatukan Raya", desa: 18, d: 7, t: 6, b: 3, m: 1, modal: 2_215_800_000 },
    { id: "k4", nama: "Atadei Hulu", desa: 10, d: 3, t: 3, b: 2, m: 2, modal: 1_409_600_000 },
    { id: "k5", nama: "Wulandoni Pantai", desa: 13, d: 6, t: 3, b: 2, m: 0, modal: 968_300_000 },
    { id: "k6", nama: "Kedang Waiwejak", desa: 9, d: 4, t: 2, b: 1, m: 0, modal: 655_450_000 },
  ];
  const KL = "Klasifikasi BUMDes";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 20 },
    { key: "desa", head: ["Jumlah Desa"], num: 3, fmt: INT, width: 8 },
    { key: "d", head: [KL, "Dasar"], role: "realisasi", year: 2024, num: 4, fmt: INT, width: 8 },
    { key: "t", head: [KL, "Tumbuh"], role: "realisasi", year: 2024, num: 5, fmt: INT, width: 8 },
    { key: "b", head: [KL, "Berkembang"], role: "realisasi", year: 2024, num: 6, fmt: INT, width: 10 },
    { key: "m", head: [KL, "Maju"], role: "realisasi", year: 2024, num: 7, fmt: INT, width: 8 },
    {
      key: "j",
      head: ["Jumlah BUMDes"],
      role: "realisasi",
      year: 2024,
      num: "8 = 4+5+6+7",
      fmt: INT,
      width: 10,
    },
    { key: "pct", head: ["Desa ber-BUMDes (%)"], num: "9 = 8 : 3 x 100", fmt: DEC, width: 11 },
    {
      key: "modal",
      head: ["Penyertaan Modal Desa s.d. 2024 (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 10,
      fmt: RP,
      width: 18,
    },
  ];
  const tot = (k: string, x: Ctx) => `SUM(${x.a(k, "k1")}:${x.a(k, "k6")})`;
  const trueModal = K.reduce((n, k) => n + k.modal, 0);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    groups: "first",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: k.nama,
          desa: k.desa,
          d: k.d,
          t: k.t,
          b: k.b,
          m: k.m,
          // planted: Atadei Hulu's formula leaves out the Maju column
          j: fx(
            k.id === "k4"
              ? `${x.a("d")}+${x.a("t")}+${x.a("b")}`
              : `${x.a("d")}+${x.a("t")}+${x.a("b")}+${x.a("m")}`,
          ),
          pct: fx(`ROUND(${x.a("j")}/${x.a("desa")}*100,2)`),
          modal: k.modal,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "TOTAL",
          desa: fx(tot("desa", x)),
          d: fx(tot("d", x)),
          t: fx(tot("t", x)),
          b: fx(tot("b", x)),
          m: fx(tot("m", x)),
          // the total row applies 8 = 4+5+6+7 to the class totals
          j: fx(`${x.a("d")}+${x.a("t")}+${x.a("b")}+${x.a("m")}`),
          pct: fx(`ROUND(${x.a("j")}/${x.a("desa")}*100,2)`),
          // planted: stale cached total, before Kedang Waiwejak's modal was entered
          modal: fx(tot("modal", x), trueModal - 655_450_000),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: Laporan Pendamping Desa dan hasil pemeringkatan BUMDes Kemendesa PDTT Tahun 2024.",
    "Kolom 9 baris TOTAL = jumlah BUMDes dibagi jumlah desa, bukan penjumlahan persentase kecamatan.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Lewoleba, 20 Januari 2025",
    jabatan: ["Kepala Bidang Pemberdayaan Usaha Ekonomi Desa,"],
    nama: "MARIA GORETTI BOLI TOKAN, S.E.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19830512 200902 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "k4") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Jumlah BUMDes of Atadei Hulu is =4+5+6 without the 2 BUMDes Maju (every other row adds 4+5+6+7): 8 instead of 10",
    truth: `${a("d", "k4")}+${a("t", "k4")}+${a("b", "k4")}+${a("m", "k4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("modal", "tot") },
    rules: ["sum-mismatch"],
    note: `TOTAL penyertaan modal is =SUM with a stale cached ${(trueModal - 655_450_000).toLocaleString("en")} (Kedang Waiwejak's 655,450,000 missing); the six rows give ${trueModal.toLocaleString("en")}`,
    truth: `SUM(${a("modal", "k1")}:${a("modal", "k6")})`,
  });
  for (const id of ["k1", "k2", "k3", "k5", "k6"])
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch", "inconsistent-formula"],
      truth: `${a("d", id)}+${a("t", id)}+${a("b", id)}+${a("m", id)}`,
    });
  for (const k of ["desa", "d", "t", "b", "m"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  b.ok({
    sheet: S,
    cell: a("pct", "k1"),
    rules: ["percent-out-of-range"],
    truth: `ROUND(${a("j", "k1")}/${a("desa", "k1")}*100,2)`,
  });
  // TOTAL coverage: the ratio of the totals, not the sum of the kecamatan percentages
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND((${a("d", "tot")}+${a("t", "tot")}+${a("b", "tot")}+${a("m", "tot")})/SUM(${a("desa", "k1")}:${a("desa", "k6")})*100,2)`,
    trap: `SUM(${a("pct", "k1")}:${a("pct", "k6")})`,
  });
  return b.finish();
}
