// Performance tables of the seventy-seventh unseen set: the SPM report of the sub-urusan kebakaran
// (persentase pelayanan penyelamatan dan evakuasi, quarters and the year as the ratio of its own
// totals) of a Damkar in Kalimantan Utara, and the LKjIP measurement of a Damkar in Papua Barat Daya
// with a response time in menit (lower is better: the refleksi). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Col,
  type Ctx,
} from "../forms/kit";

// ============================================ Damkar Kota Sebakis Utara, SPM sub-urusan kebakaran

/** Laporan penerapan SPM sub-urusan kebakaran 2024 per triwulan. */
export function spmKebakaran(): BookW {
  const b = new BookW(
    "spm-evakuasi-triwulan-damkar-sebakis-utara.xlsx",
    "Laporan penerapan SPM sub-urusan kebakaran (Dinas Damkar)",
    "SPM report 2024 of a kota Damkar: No | Periode | 'Jumlah Warga Negara Korban Kebakaran / Terdampak (orang)' > Yang Harus Dilayani | Yang Terlayani Sesuai Standar | Belum Terlayani | Persentase Pelayanan Penyelamatan dan Evakuasi (%) | Target SPM (%) | Keterangan; number row 1..8 with '5 = 3 - 4' and '6 = 4 / 3 x 100'; four quarters and a 'Tahun 2024' row (SUM of the counts, % of the totals, target 100 not 400)",
  );
  const S = "SPM Damkar 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA SEBAKIS UTARA",
    "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN",
    "Jl. Pelabuhan Lama No. 3, Sebakis Utara, Kalimantan Utara 77481",
  ]);
  s.lines([
    "LAPORAN PENERAPAN DAN PENCAPAIAN STANDAR PELAYANAN MINIMAL",
    "SUB URUSAN KEBAKARAN TAHUN 2024",
    "Jenis Pelayanan Dasar: Pelayanan Penyelamatan dan Evakuasi Korban Kebakaran",
  ]);
  s.gap();
  const Q: Array<{ id: string; nama: string; h: number; d: number }> = [
    { id: "q1", nama: "Triwulan I", h: 142, d: 137 },
    { id: "q2", nama: "Triwulan II", h: 118, d: 116 },
    { id: "q3", nama: "Triwulan III", h: 205, d: 193 },
    { id: "q4", nama: "Triwulan IV", h: 167, d: 162 },
  ];
  const JW = "Jumlah Warga Negara Korban Kebakaran / Terdampak (orang)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "per", head: ["Periode"], num: "2", width: 14 },
    { key: "h", head: [JW, "Yang Harus Dilayani"], role: "target", year: 2024, num: "3", fmt: INT },
    {
      key: "d",
      head: [JW, "Yang Terlayani Sesuai Standar"],
      role: "realisasi",
      year: 2024,
      num: "4",
      fmt: INT,
    },
    { key: "bt", head: [JW, "Belum Terlayani"], num: "5 = 3 - 4", fmt: INT },
    {
      key: "p",
      head: ["Persentase Pelayanan Penyelamatan dan Evakuasi (%)"],
      role: "capaian",
      year: 2024,
      num: "6 = 4 / 3 x 100",
      fmt: DEC,
      width: 16,
    },
    { key: "tg", head: ["Target SPM (%)"], num: "7", fmt: "0" },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "8", width: 26 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q, i) => ({
        id: q.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          per: q.nama,
          h: q.h,
          d: q.d,
          // planted: Triwulan IV Belum Terlayani typed 15 (the formula gives 5)
          bt: q.id === "q4" ? 15 : fx(`${c.a("h")}-${c.a("d")}`),
          // planted: Triwulan III persentase typed 91.45 (94.15 with digits swapped)
          p: q.id === "q3" ? 91.45 : fx(`ROUND(${c.a("d")}/${c.a("h")}*100,2)`),
          tg: 100,
          ket: q.id === "q3" ? "kebakaran permukiman padat Selumit" : "-",
        }),
      })),
      {
        id: "th",
        bold: true,
        span: ["no", "per"] as [string, string],
        cells: (c: Ctx) => ({
          no: "Tahun 2024",
          h: fx(`SUM(${c.a("h", "q1")}:${c.a("h", "q4")})`),
          d: fx(`SUM(${c.a("d", "q1")}:${c.a("d", "q4")})`),
          bt: fx(`${c.a("h")}-${c.a("d")}`),
          p: fx(`ROUND(${c.a("d")}/${c.a("h")}*100,2)`),
          tg: 100,
          ket: "persentase dari jumlah setahun",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: terlayani sesuai standar = dievakuasi/diselamatkan dengan waktu tanggap paling lama 15 menit.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Sebakis Utara, 14 Januari 2025",
    jabatan: ["Kepala Dinas Pemadam Kebakaran", "dan Penyelamatan,"],
    nama: "Ir. HERMANUS LAJAU, M.T.",
    pangkat: "Pembina Utama Muda",
    nip: "19700218 199603 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "q3") },
    rules: ["capaian-mismatch", "ratio-components-mismatch", "hardcoded-value"],
    note: "persentase of Triwulan III is a typed 91.45 among ROUND formulas; 193 / 205 x 100 gives 94.15 (digits swapped)",
    truth: `ROUND(${a("d", "q3")}/${a("h", "q3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("bt", "q4") },
    rules: ["sum-mismatch", "ratio-components-mismatch", "hardcoded-value"],
    note: "Belum Terlayani of Triwulan IV is a typed 15 among '=3-4' formulas; 167 - 162 gives 5",
    truth: `${a("h", "q4")}-${a("d", "q4")}`,
  });
  for (const id of ["q1", "q2", "q4"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "ratio-components-mismatch"],
      truth: `ROUND(${a("d", id)}/${a("h", id)}*100,2)`,
    });
  for (const id of ["q1", "q2", "q3"])
    b.ok({
      sheet: S,
      cell: a("bt", id),
      rules: ["ratio-components-mismatch"],
      truth: `${a("h", id)}-${a("d", id)}`,
    });
  for (const k of ["h", "d"])
    b.ok({ sheet: S, cell: a(k, "th"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "q1")}:${a(k, "q4")})` });
  // traps: the year's % is of its totals (not the sum or the mean of the quarters), its target 100
  b.ok({
    sheet: S,
    cell: a("p", "th"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(SUM(${a("d", "q1")}:${a("d", "q4")})/SUM(${a("h", "q1")}:${a("h", "q4")})*100,2)`,
    trap: `ROUND((${a("p", "q1")}+${a("p", "q2")}+${a("p", "q3")}+${a("p", "q4")})/4,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("tg", "th"),
    rules: ["sum-mismatch"],
    truth: a("tg", "q4"),
    trap: `SUM(${a("tg", "q1")}:${a("tg", "q4")})`,
  });
  return b.finish();
}

// ============================================ Damkar Kota Aimas Pesisir, LKjIP Tabel 3.2

type Ik = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
};

/** LKjIP 2024 pengukuran kinerja of a Damkar, response time lower is better. */
export function lkjipDamkar(): BookW {
  const b = new BookW(
    "lkjip-response-time-damkar-aimas-pesisir.xlsx",
    "LKjIP pengukuran kinerja sasaran (Dinas Damkar)",
    "LKjIP 2024 Tabel 3.2 of a kota Damkar: No | Sasaran Strategis (merged) | Indikator Kinerja Sasaran | Satuan | 'Tahun 2024' > Target | Realisasi | Tingkat Capaian (%) | Kriteria; Response time and kerugian materiil lower is better (refleksi '(2T - R) / T' by the note), a capaian above 100, a capaian of exactly 75.00 in the band Sedang; capaian ROUND formulas, kriteria typed",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA AIMAS PESISIR",
    "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN",
    "Jl. Klagison No. 40, Aimas Pesisir, Papua Barat Daya 98418",
  ]);
  s.lines(["Tabel 3.2", "Pengukuran Kinerja Sasaran Dinas Pemadam Kebakaran dan Penyelamatan Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kecepatan dan ketepatan penanganan kebakaran";
  const S2 = "Meningkatnya kesiapsiagaan masyarakat dan bangunan terhadap bahaya kebakaran";
  const R: Ik[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase penanganan kebakaran sesuai SOP",
      sat: "%",
      t: 90,
      r: 93.5,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Response time penanganan kebakaran",
      sat: "menit",
      t: 15,
      r: 12.8,
      neg: true,
      f: "0.0",
    },
    {
      id: "i3",
      sas: S1,
      ind: "Cakupan Wilayah Manajemen Kebakaran (WMK) yang terlayani pos pemadam",
      sat: "%",
      t: 70,
      r: 62.5,
      f: DEC,
    },
    {
      id: "i4",
      sas: S1,
      ind: "Persentase kerugian materiil akibat kebakaran terhadap nilai aset terdampak",
      sat: "%",
      t: 25,
      r: 28.4,
      neg: true,
      f: DEC,
    },
    {
      id: "i5",
      sas: S1,
      ind: "Persentase penyelamatan dan evakuasi korban non kebakaran (rescue)",
      sat: "%",
      t: 95,
      r: 88.2,
      f: DEC,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Persentase bangunan gedung yang memenuhi sistem proteksi kebakaran",
      sat: "%",
      t: 40,
      r: 27.6,
      f: DEC,
    },
    {
      id: "i7",
      sas: S2,
      ind: "Jumlah kelurahan dengan Sistem Keselamatan Kebakaran Lingkungan (SKKL)",
      sat: "kelurahan",
      t: 12,
      r: 9,
      f: "0",
    },
  ];
  const cap = (x: Ik) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (predikat(cap(R[5])) !== "Sedang" || cap(R[6]) !== 75) throw new Error("lkjip damkar");
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Sasaran"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Tahun 2024", "Tingkat Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "k", head: ["Kriteria"], role: "predikat", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: R.map((x, i) => ({
      id: x.id,
      cells: (c: Ctx) => ({
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        t: { v: x.t, fmt: x.f },
        r: { v: x.r, fmt: x.f },
        // planted: the kerugian materiil (lower is better) takes R / T, the formula of the positive rows
        c:
          x.neg && x.id !== "i4"
            ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
            : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
        // planted: the proteksi gedung (69.00) written "Tinggi"; the band > 65 - 75 is Sedang
        k: x.id === "i6" ? "Tinggi" : x.id === "i4" ? predikat(round((x.r / x.t) * 100)) : predikat(cap(x)),
      }),
    })),
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1) Indikator Response time dan persentase kerugian materiil bersifat negatif (semakin kecil semakin baik): capaian = (2 x target - realisasi) / target x 100.",
    "2) Kriteria (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Aimas Pesisir, 28 Februari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "SEPTINUS MOBALEN, S.H., M.M.",
    pangkat: "Pembina Tingkat I",
    nip: "19760402 200212 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of the persentase kerugian materiil (lower is better by note 1) is ROUND(R/T*100,2) = 113.60; (2 x 25 - 28.4) / 25 gives 86.40, as the response time row computes",
    truth: `ROUND((2*${a("t", "i4")}-${a("r", "i4")})/${a("t", "i4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("k", "i6") },
    rules: ["predikat-mismatch"],
    note: "kriteria 'Tinggi' for a capaian of 69.00 (27.6 / 40); the band > 65 - 75 of note 2 is Sedang",
    truth: `PREDIKAT(${a("c", "i6")})`,
  });
  // traps: the response time's refleksi, a capaian above 100, 75.00 is Sedang
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "i2")}-${a("r", "i2")})/${a("t", "i2")}*100,2)`,
    trap: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "i1")}/${a("t", "i1")}*100,2)`,
  });
  for (const id of ["i3", "i5", "i6", "i7"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i1", "i2", "i3", "i5", "i7"])
    b.ok({ sheet: S, cell: a("k", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  return b.finish();
}
