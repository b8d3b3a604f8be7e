// The per-TPU occupancy recap of a kota in Jawa Tengah (petak terpakai s.d. 2023, pemakaman baru 2024,
// terpakai s.d. 2024, sisa, tingkat keterisian) and the retribusi pelayanan pemakaman per triwulan of a
// kota in Sulawesi Selatan (dalam ribuan rupiah). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, round, signature, type Col, type Row } from "../forms/kit";

type Tpu = { id: string; nama: string; kel: string; kap: number; t23: number; baru: number; ket: string };

export function okupansiTpuTirtomulyo(): BookW {
  const b = new BookW(
    "rekap-okupansi-tpu-disperkim-kota-tirtomulyo.xlsx",
    "Rekap okupansi TPU per lokasi (Disperkim)",
    "Rekapitulasi keterisian Tempat Pemakaman Umum 2024 of a kota in Jawa Tengah: No | Nama TPU | Kelurahan / Kecamatan | Kapasitas (petak) | 'Petak Terpakai' > s.d. 2023 | Pemakaman Baru 2024 | s.d. 2024 | Sisa Petak | Tingkat Keterisian (%) | Keterangan; number row 1 .. '7 = 5 + 6', '8 = 4 - 7', '9 = 7 / 4 x 100'; JUMLAH row with the ratio of the totals",
  );
  const S = "Okupansi TPU 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TIRTOMULYO",
    "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN",
    "UPTD PENGELOLAAN TEMPAT PEMAKAMAN UMUM",
  ]);
  s.lines(["REKAPITULASI KETERISIAN TEMPAT PEMAKAMAN UMUM (TPU)", "KEADAAN S.D. 31 DESEMBER 2024"]);
  s.gap();
  const T: Tpu[] = [
    {
      id: "k1",
      nama: "TPU Kebonsari",
      kel: "Kebonsari / Tirto Utara",
      kap: 4_860,
      t23: 4_512,
      baru: 214,
      ket: "Hampir penuh",
    },
    {
      id: "k2",
      nama: "TPU Bergota Kidul",
      kel: "Randusari / Tirto Selatan",
      kap: 6_240,
      t23: 5_178,
      baru: 297,
      ket: "-",
    },
    {
      id: "k3",
      nama: "TPU Sendangmulyo",
      kel: "Sendangmulyo / Tembalang Wetan",
      kap: 3_925,
      t23: 2_684,
      baru: 188,
      ket: "-",
    },
    {
      id: "k4",
      nama: "TPU Kalisari",
      kel: "Kalisari / Tirto Tengah",
      kap: 2_150,
      t23: 2_096,
      baru: 41,
      ket: "Makam tumpang",
    },
    {
      id: "k5",
      nama: "TPU Pedurungan Asri",
      kel: "Plamongan / Pedurungan",
      kap: 5_480,
      t23: 3_312,
      baru: 265,
      ket: "-",
    },
    {
      id: "k6",
      nama: "TPU Jatisari",
      kel: "Jatisari / Mijen Kulon",
      kap: 3_150,
      t23: 2_263,
      baru: 173,
      ket: "-",
    },
    {
      id: "k7",
      nama: "TPU Ngaliyan Baru",
      kel: "Wonosari / Ngaliyan",
      kap: 7_200,
      t23: 1_846,
      baru: 236,
      ket: "Perluasan 2023",
    },
  ];
  const P = "Petak Terpakai";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "tpu", head: ["Nama TPU"], role: "lokasi", num: "2", width: 22 },
    { key: "kel", head: ["Kelurahan / Kecamatan"], num: "3", width: 26 },
    { key: "kap", head: ["Kapasitas (petak)"], num: "4", fmt: INT, width: 11 },
    { key: "t23", head: [P, "s.d. 2023"], role: "realisasi", year: 2023, num: "5", fmt: INT, width: 10 },
    {
      key: "baru",
      head: [P, "Pemakaman Baru 2024"],
      role: "realisasi",
      year: 2024,
      num: "6",
      fmt: INT,
      width: 11,
    },
    {
      key: "t24",
      head: [P, "s.d. 2024"],
      role: "realisasi",
      year: 2024,
      num: "7 = 5 + 6",
      fmt: INT,
      width: 10,
    },
    { key: "sisa", head: ["Sisa Petak"], num: "8 = 4 - 7", fmt: INT, width: 10 },
    {
      key: "pct",
      head: ["Tingkat Keterisian (%)"],
      role: "capaian",
      year: 2024,
      num: "9 = 7 / 4 x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "10", width: 16 },
  ];
  const last = T[T.length - 1].id;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...T.map((k, i): Row => ({
        id: k.id,
        cells: (x) => ({
          no: i + 1,
          tpu: k.nama,
          kel: k.kel,
          kap: k.kap,
          t23: k.t23,
          baru: k.baru,
          t24: fx(`${x.a("t23")}+${x.a("baru")}`),
          sisa: fx(`${x.a("kap")}-${x.a("t24")}`),
          // planted: Jatisari divides by the sisa instead of the kapasitas
          pct: fx(`ROUND(${x.a("t24")}/${x.a(k.id === "k6" ? "sisa" : "kap")}*100,2)`),
          ket: k.ket,
        }),
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "kel"],
        cells: (x) => ({
          no: "JUMLAH",
          kap: fx(`SUM(${x.a("kap", "k1")}:${x.a("kap", last)})`),
          t23: fx(`SUM(${x.a("t23", "k1")}:${x.a("t23", last)})`),
          // planted: the range stops at TPU Jatisari, Ngaliyan Baru left out
          baru: fx(`SUM(${x.a("baru", "k1")}:${x.a("baru", "k6")})`),
          t24: fx(`SUM(${x.a("t24", "k1")}:${x.a("t24", last)})`),
          sisa: fx(`SUM(${x.a("sisa", "k1")}:${x.a("sisa", last)})`),
          pct: fx(`ROUND(${x.a("t24")}/${x.a("kap")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Kolom 9 baris JUMLAH dihitung dari jumlah petak terpakai dibagi jumlah kapasitas, bukan penjumlahan persentase.",
    "2. TPU Kalisari sudah menerapkan makam tumpang sesuai Perwal Nomor 14 Tahun 2022.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Tirtomulyo, 8 Januari 2025",
    jabatan: ["Kepala UPTD Pengelolaan TPU,"],
    nama: "BAMBANG SETYO NUGROHO, S.T.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19790612 200604 1 009",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("baru", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Pemakaman Baru 2024 is =SUM over TPU 1-6 only = 1,178; with Ngaliyan Baru's 236 the seven TPU give 1,414",
    truth: `SUM(${a("baru", "k1")}:${a("baru", last)})`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "k6") },
    rules: ["inconsistent-formula", "percent-out-of-range"],
    note: "Tingkat keterisian of TPU Jatisari is =ROUND(7/8*100,2) = 341.18 (divided by the sisa, not the kapasitas as every other row); 2,436 / 3,150 gives 77.33",
    truth: `ROUND(${a("t24", "k6")}/${a("kap", "k6")}*100,2)`,
  });
  for (const k of T) {
    b.ok({
      sheet: S,
      cell: a("t24", k.id),
      rules: ["sum-mismatch"],
      truth: `${a("t23", k.id)}+${a("baru", k.id)}`,
    });
    if (k.id !== "k6")
      b.ok({
        sheet: S,
        cell: a("pct", k.id),
        rules: ["inconsistent-formula", "percent-out-of-range"],
        truth: String(round(((k.t23 + k.baru) / k.kap) * 100)),
      });
  }
  for (const k of ["kap", "t23", "t24", "sisa"])
    b.ok({ sheet: S, cell: a(k, "j"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, last)})` });
  b.ok({
    sheet: S,
    cell: a("pct", "j"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("t24", "j")}/${a("kap", "j")}*100,2)`,
    trap: `SUM(${a("pct", "k1")}:${a("pct", last)})`,
  });
  return b.finish();
}

type Ret = { id: string; nm: string; tg: number; q: number[] };

export function retribusiPemakamanLamuru(): BookW {
  const b = new BookW(
    "retribusi-pemakaman-triwulan-kota-lamuru-raya.xlsx",
    "Realisasi retribusi pelayanan pemakaman per triwulan",
    "Laporan realisasi retribusi pelayanan pemakaman 2024 of a kota in Sulawesi Selatan, (dalam ribuan rupiah): No | Jenis Pelayanan | Tarif (Perda) | Target 2024 | 'Realisasi' > Triwulan I .. IV | Jumlah | % thd Target | Keterangan; number row (1) .. '(9) = (5)+(6)+(7)+(8)', '(10) = (9) : (4) x 100'; JUMLAH row",
  );
  const S = "Retribusi Makam 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA LAMURU RAYA",
    "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN",
    "Jl. Andi Mappanyukki No. 27 Lamuru",
  ]);
  s.lines([
    "LAPORAN REALISASI PENERIMAAN RETRIBUSI PELAYANAN PEMAKAMAN",
    "TAHUN ANGGARAN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const R: Ret[] = [
    {
      id: "r1",
      nm: "Sewa tanah makam (3 tahun pertama)",
      tg: 486_000,
      q: [98_400, 121_650, 117_300, 132_900],
    },
    { id: "r2", nm: "Perpanjangan sewa tanah makam", tg: 312_500, q: [61_250, 74_800, 69_375, 70_125] },
    {
      id: "r3",
      nm: "Penggalian dan penutupan liang lahat",
      tg: 228_000,
      q: [52_650, 55_800, 58_950, 61_200],
    },
    { id: "r4", nm: "Pelayanan mobil jenazah", tg: 96_000, q: [22_400, 25_650, 24_300, 27_450] },
    { id: "r5", nm: "Pemindahan / pembongkaran makam", tg: 42_000, q: [6_300, 9_450, 8_400, 11_550] },
  ];
  const tarif = ["300 / petak", "150 / petak", "450 / liang", "350 / rit", "750 / makam"];
  const RZ = "Realisasi";
  const qk = ["q1", "q2", "q3", "q4"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Jenis Pelayanan"], role: "indikator", num: "(2)", width: 34 },
    { key: "tarif", head: ["Tarif (Perda 3/2023)"], num: "(3)", width: 14 },
    { key: "tg", head: ["Target 2024"], role: "target", year: 2024, num: "(4)", fmt: RP, width: 13 },
    ...["I", "II", "III", "IV"].map((q, i): Col => ({
      key: qk[i],
      head: [RZ, `Triwulan ${q}`],
      role: "realisasi",
      year: 2024,
      num: `(${5 + i})`,
      fmt: RP,
      width: 12,
    })),
    {
      key: "jml",
      head: [RZ, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(9) = (5)+(6)+(7)+(8)",
      fmt: RP,
      width: 13,
    },
    {
      key: "pct",
      head: ["% thd Target"],
      role: "capaian",
      year: 2024,
      num: "(10) = (9) : (4) x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(11)", width: 16 },
  ];
  const last = "r5";
  const tw2True = R.reduce((n, r) => n + r.q[1], 0);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...R.map((r, i): Row => ({
        id: r.id,
        cells: (x) => {
          const pctF = `ROUND(${x.a("jml")}/${x.a("tg")}*100,2)`;
          const before = ((r.q[0] + r.q[1] + r.q[2]) / r.tg) * 100;
          return {
            no: i + 1,
            nm: r.nm,
            tarif: tarif[i],
            tg: r.tg,
            ...Object.fromEntries(qk.map((k, j) => [k, r.q[j]])),
            jml: fx(qk.map((k) => x.a(k)).join("+")),
            // planted: a stale result from before Triwulan IV was entered
            pct: r.id === "r2" ? fx(pctF, round(before)) : fx(pctF),
            ket: r.id === "r4" ? "Melampaui target" : "",
          };
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "tarif"],
        cells: (x) => ({
          no: "JUMLAH",
          tg: fx(`SUM(${x.a("tg", "r1")}:${x.a("tg", last)})`),
          q1: fx(`SUM(${x.a("q1", "r1")}:${x.a("q1", last)})`),
          // planted: typed total of Triwulan II, digits swapped
          q2: tw2True - 9_000,
          q3: fx(`SUM(${x.a("q3", "r1")}:${x.a("q3", last)})`),
          q4: fx(`SUM(${x.a("q4", "r1")}:${x.a("q4", last)})`),
          jml: fx(`SUM(${x.a("jml", "r1")}:${x.a("jml", last)})`),
          pct: fx(`ROUND(${x.a("jml")}/${x.a("tg")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: tarif dalam ribuan rupiah sesuai Perda Kota Lamuru Raya Nomor 3 Tahun 2023 tentang Pajak Daerah dan Retribusi Daerah.",
    "Persentase baris JUMLAH = jumlah realisasi : jumlah target x 100.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Lamuru, 15 Januari 2025",
    jabatan: ["Bendahara Penerimaan,"],
    nama: "ANDI NURFADILLAH AMIR, S.E.",
    nip: "19880924 201101 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("q2", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `JUMLAH Triwulan II is a typed ${(tw2True - 9_000).toLocaleString("en")} among SUM formulas; the five jenis pelayanan give ${tw2True.toLocaleString("en")} (digits swapped)`,
    truth: `SUM(${a("q2", "r1")}:${a("q2", last)})`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "r2") },
    rules: ["capaian-mismatch"],
    note: "% thd target of the perpanjangan sewa is =ROUND(9/4*100,2) with a stale cached 65.74 (before Triwulan IV); 275,550 / 312,500 gives 88.18",
    truth: `ROUND(${a("jml", "r2")}/${a("tg", "r2")}*100,2)`,
  });
  for (const r of R) {
    b.ok({
      sheet: S,
      cell: a("jml", r.id),
      rules: ["sum-mismatch"],
      truth: qk.map((k) => a(k, r.id)).join("+"),
    });
    if (r.id !== "r2")
      b.ok({
        sheet: S,
        cell: a("pct", r.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: String(round((r.q.reduce((n, v) => n + v, 0) / r.tg) * 100)),
      });
  }
  for (const k of ["tg", "q1", "q3", "q4", "jml"])
    b.ok({ sheet: S, cell: a(k, "j"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "r1")}:${a(k, last)})` });
  b.ok({
    sheet: S,
    cell: a("pct", "j"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("jml", "j")}/${a("tg", "j")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "r1")}:${a("pct", last)}),2)`,
  });
  return b.finish();
}
