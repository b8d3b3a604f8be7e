// An E.81 evaluation of the Renja 2024 (n-1) of a DPPKB in Jawa Barat, Renstra PD 2021-2026: Kinerja |
// Keuangan (Rp) pairs per numbered column, ordinal (n-2) / (n-1) headers with the year in the title,
// a three-row header with "Realisasi Kinerja pada Triwulan" > I .. IV, every value typed (no formulas
// but the footer averages). Flows (paket alokon, peserta KB baru) add their quarters; the mCPR and the
// faskes reporting rate are levels: the year's K is the Triwulan IV level and the s.d. K the latest
// level. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: number[];
  rp5: number;
  rp6: number;
  rp7: number;
  rpq: number[];
};

const KIN = "Kinerja";
const KEU = "Keuangan (Rp)";

export function e81Dppkb(): BookW {
  const b = new BookW(
    "e81-renja-dppkb-cisalak-hilir-2024.xlsx",
    "E.81 evaluasi hasil Renja (DPPKB)",
    "E.81 of the DPPKB of a Jawa Barat kabupaten, Renja 2024 (n-1) against the Renstra PD 2021-2026: No | Kode | Urusan / Bidang / Program / Kegiatan / Sub Kegiatan | Indikator Kinerja (satuan in the text) | (5) Target Renstra akhir | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja tahun berjalan (n-1) | 'Realisasi Kinerja pada Triwulan' > I..IV | (12) | (13) | (14) each Kinerja | Keuangan (Rp); number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100%'; typed values; Rata-rata and Predikat rows; faktor pendorong / penghambat and a signature",
  );
  const S = "E.81 DPPKB";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN CISALAK HILIR",
    "DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA",
    "Jl. Raya Cisalak No. 47, Cisalak Hilir - Jawa Barat",
  ]);
  s.lines([
    "Formulir E.81",
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN CISALAK HILIR",
    "Renja Dinas Pengendalian Penduduk dan Keluarga Berencana Tahun 2024 s.d. Triwulan IV",
    "Periode pelaksanaan Renstra PD: 2021-2026",
  ]);
  s.gap();
  const subs: Line[] = [
    {
      id: "s1",
      kode: "2.14.03.2.03.0001",
      nm: "Pengendalian dan Pendistribusian Kebutuhan Alat dan Obat Kontrasepsi",
      ind: "Jumlah paket alat dan obat kontrasepsi yang didistribusikan ke faskes (paket)",
      level: false,
      k5: 1200,
      k6: 720,
      k7: 240,
      kq: [60, 60, 55, 65],
      rp5: 1_475_000_000,
      rp6: 862_400_000,
      rp7: 298_500_000,
      rpq: [52_180_000, 74_960_000, 81_305_000, 86_410_000],
    },
    {
      id: "s2",
      kode: "2.14.03.2.03.0002",
      nm: "Pelayanan KB Metode Kontrasepsi Jangka Panjang (MKJP)",
      ind: "Jumlah peserta KB baru MKJP yang dilayani (orang)",
      level: false,
      k5: 14500,
      k6: 8420,
      k7: 3000,
      kq: [640, 755, 810, 902],
      rp5: 3_850_000_000,
      rp6: 2_304_150_000,
      rp7: 812_400_000,
      rpq: [148_250_000, 196_830_000, 214_600_000, 231_475_000],
    },
    {
      id: "s3",
      kode: "2.14.03.2.03.0003",
      nm: "Peningkatan Kapasitas Fasilitas Kesehatan dalam Pencatatan dan Pelaporan Pelayanan KB",
      ind: "Persentase faskes KB yang melaporkan pelayanan KB tepat waktu (%)",
      level: true,
      k5: 90,
      k6: 78.4,
      k7: 82,
      kq: [74.1, 79.25, 81.6, 84.3],
      rp5: 640_000_000,
      rp6: 371_250_000,
      rp7: 126_800_000,
      rpq: [18_640_000, 29_315_000, 33_870_000, 38_125_000],
    },
  ];
  const keg: Line = {
    id: "keg",
    kode: "2.14.03.2.03",
    nm: "Pengendalian dan Pendistribusian Kebutuhan Alat dan Obat Kontrasepsi serta Pelaksanaan Pelayanan KB di Daerah Kabupaten/Kota",
    ind: "Jumlah peserta KB baru (orang)",
    level: false,
    k5: 48000,
    k6: 28640,
    k7: 9800,
    kq: [2215, 2480, 2610, 2705],
    rp5: sum(subs.map((x) => x.rp5)),
    rp6: sum(subs.map((x) => x.rp6)),
    rp7: sum(subs.map((x) => x.rp7)),
    rpq: [0, 1, 2, 3].map((q) => sum(subs.map((x) => x.rpq[q]))),
  };
  const prog: Line = {
    ...keg,
    id: "prog",
    kode: "2.14.03",
    nm: "PROGRAM PEMBINAAN KELUARGA BERENCANA (KB)",
    ind: "Persentase peserta KB aktif metode kontrasepsi modern / mCPR (%)",
    level: true,
    k5: 63.5,
    k6: 60.12,
    k7: 61.8,
    kq: [59.87, 60.44, 61.02, 61.93],
  };
  const k12 = (x: Line) => (x.level ? x.kq[3] : sum(x.kq));
  const k13 = (x: Line) => (x.level ? x.kq[3] : x.k6 + sum(x.kq));
  const rp12 = (x: Line) => sum(x.rpq);
  const rp13 = (x: Line) => x.rp6 + rp12(x);
  const k14 = (x: Line) => round((k13(x) / x.k5) * 100);
  const rp14 = (x: Line) => round((rp13(x) / x.rp5) * 100);
  const Q = ["I", "II", "III", "IV"];
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rRole: Col["role"],
    year?: number,
  ) => [
    { key: `k${key}`, head: [...head, KIN], role: kRole, year, num, width: 10 } as Col,
    { key: `rp${key}`, head: [...head, KEU], role: rRole, year, num, fmt: RP, width: 16 } as Col,
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    {
      key: "nm",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan"],
      num: "3",
      width: 38,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    ...pair("5", ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (n-2)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        ["Realisasi Kinerja pada Triwulan", q],
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan (n-1)"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun (n-1) (%)"],
      "14 = 13/5 x 100%",
      "capaian",
      "capaian",
    ).map((c) => ({ ...c, fmt: DEC })),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
    { key: "ket", head: ["Ket."], role: "keterangan", num: "16", width: 10 },
  ];
  // planted values, typed like every other cell
  const K14_S1 = round((k12(subs[0]) / subs[0].k7) * 100); // the Renja capaian 12 / 7 x 100
  const RP12_S2 = 719_155_000; // digits swapped: the quarters give 791,155,000
  const line = (x: Line, no: Cell, bold = false): Row => {
    const c: Record<string, Cell> = {
      no,
      kode: x.kode,
      nm: x.nm,
      ind: x.ind,
      k5: x.k5,
      rp5: x.rp5,
      k6: x.k6,
      rp6: x.rp6,
      k7: x.k7,
      rp7: x.rp7,
      k12: k12(x),
      rp12: x.id === "s2" ? RP12_S2 : rp12(x),
      k13: k13(x),
      rp13: rp13(x),
      k14: x.id === "s1" ? K14_S1 : k14(x),
      rp14: rp14(x),
      pj: x.id === "prog" ? "DPPKB" : "Bidang KB",
    };
    x.kq.forEach((v, q) => (c[`kq${q + 1}`] = v));
    x.rpq.forEach((v, q) => (c[`rpq${q + 1}`] = v));
    return { id: x.id, bold, cells: c };
  };
  const avgRp = round(sum(subs.map(rp14)) / subs.length);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      {
        id: "bid",
        bold: true,
        cells: {
          kode: "2.14",
          nm: "URUSAN PEMERINTAHAN BIDANG PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA",
        },
      },
      line(prog, "1", true),
      line(keg, "1.1"),
      ...subs.map((x, i) => line(x, `1.1.${i + 1}`)),
      {
        id: "avg",
        bold: true,
        span: ["no", "ind"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran sub kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "ind"],
        cells: {
          no: "Predikat kinerja",
          k14: predikat(round((K14_S1 + k14(subs[1]) + k14(subs[2])) / 3)),
          rp14: predikat(avgRp),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong keberhasilan pencapaian: dukungan DAK Non Fisik BOKB dan penggerakan PKB/PLKB di 26 kecamatan.",
    "Faktor penghambat pencapaian kinerja: kekosongan stok implan di gudang alokon pada Triwulan I.",
    "Tindak lanjut yang diperlukan dalam triwulan berikutnya: percepatan permintaan alokon melalui aplikasi SIRIKA.",
    "Tindak lanjut yang diperlukan dalam Renja PD berikutnya: penambahan sasaran MKJP pada kecamatan dengan unmet need tinggi.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Cisalak Hilir, 17 Januari 2025",
    jabatan: ["Kepala Dinas Pengendalian Penduduk", "dan Keluarga Berencana,"],
    nama: "Hj. NENG SITI ROHMAWATI, S.K.M., M.Kes.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19741109 199903 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const qk = [1, 2, 3, 4].map((q) => `kq${q}`);
  const qr = [1, 2, 3, 4].map((q) => `rpq${q}`);
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch"],
    note: `Column 14 K of sub kegiatan 2.14.03.2.03.0001 holds ${K14_S1.toFixed(2)}, the Renja capaian 12 / 7 x 100 (240 / 240); 13 / 5 x 100 = 960 / 1,200 gives ${k14(subs[0]).toFixed(2)}`,
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp12", "s2") },
    rules: ["sum-mismatch"],
    note: `Column 12 Rp of sub kegiatan 2.14.03.2.03.0002 (MKJP) is 719,155,000, but its four quarters add up to ${rp12(subs[1]).toLocaleString("en")} (digits swapped)`,
    truth: qr.map((k) => a(k, "s2")).join("+"),
  });
  // the levels: the year's K is the Triwulan IV value and the s.d. K the latest level
  for (const id of ["s3", "prog"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: qk.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s1", "s2", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s2", "s3", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["sum-mismatch"],
      truth: `${a("rp6", id)}+${a("rp12", id)}`,
    });
  }
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  for (const k of ["rp5", "rp6", "rp7", ...qr])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: subs.map((x) => a(k, x.id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("rp14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("rp14", "avg")})`,
  });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "keg"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "keg"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "keg")})`,
    actual: a("kode", "prog"),
  });
  return b.finish();
}
