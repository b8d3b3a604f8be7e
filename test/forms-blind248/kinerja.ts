// The LKjIP capaian table, the Perjanjian Kinerja beside its Renstra, the PBG recap per kecamatan and
// the retribusi PBG / menara telekomunikasi sheet of the Dinas PUPR Kabupaten Lembah Seruni (Jawa
// Tengah) and the Dinas Perkim dan Cipta Karya Kota Tanjung Meranti (Kalimantan Barat). All invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 Tabel 3.2 of the Dinas PUPR Lembah Seruni: refleksi on the two negative indicators. */
export function lkjipCiptaKarya(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-pbg-slf-pupr-lembah-seruni.xlsx",
    "LKjIP capaian kinerja (PUPR Cipta Karya)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged over its indicators) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Predikat; ROUND formulas, refleksi (2T-R)/T on the negative rows; Permendagri predikat words; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2 Capaian Indikator Kinerja Dinas PUPR Kabupaten Lembah Seruni Tahun 2024",
    "(indikator bertanda * berpolaritas negatif: capaian = (2 x Target - Realisasi) / Target x 100)",
  ]);
  s.gap();
  const SA = "Meningkatnya tertib penyelenggaraan bangunan gedung";
  const SB = "Meningkatnya kualitas layanan persetujuan bangunan gedung";
  const SC = "Meningkatnya pendapatan retribusi PBG";
  const I = [
    {
      id: "i1",
      sas: SA,
      ind: "Persentase bangunan gedung yang memiliki PBG",
      sat: "%",
      neg: false,
      r0: 36.8,
      t: 42,
      r: 39.6,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Persentase bangunan gedung yang memiliki SLF",
      sat: "%",
      neg: false,
      r0: 19.4,
      t: 28,
      r: 23.1,
    },
    {
      id: "i3",
      sas: SB,
      ind: "Rata-rata waktu penerbitan PBG *",
      sat: "hari kerja",
      neg: true,
      r0: 33,
      t: 28,
      r: 31,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Jumlah pengaduan layanan PBG yang tidak tertangani *",
      sat: "kasus",
      neg: true,
      r0: 14,
      t: 12,
      r: 9,
    },
    {
      id: "i5",
      sas: SC,
      ind: "Realisasi retribusi PBG",
      sat: "Rp juta",
      neg: false,
      r0: 3862.5,
      t: 4250,
      r: 4618.35,
    },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const capv = (x: (typeof I)[number]) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024, width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r0: x.r0,
          t: x.t,
          r: x.r,
          // planted: the waktu PBG row (negative) typed as R / T = 110.71
          c: x.id === "i3" ? round((x.r / x.t) * 100) : fx(cap(x.neg, c.a("t"), c.a("r"))),
          // planted: "Sangat Tinggi" for the SLF row (82.50 is Tinggi); the waktu PBG row follows its typed value
          p: x.id === "i2" ? "Sangat Tinggi" : predikat(x.id === "i3" ? round((x.r / x.t) * 100) : capv(x)),
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Skala predikat (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Rata-rata waktu penerbitan PBG (negative) typed as R / T = 31 / 28 = 110.71 among formulas; refleksi (2 x 28 - 31) / 28 gives 89.29",
    truth: cap(true, a("t", "i3"), a("r", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Tinggi' for a capaian of 82.50 (23.1 / 28); the band > 75 - 90 is Tinggi",
    truth: `PREDIKAT(${a("c", "i2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch"],
    truth: cap(true, a("t", "i4"), a("r", "i4")),
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i4", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  return b.finish();
}

/** PK 2026 of the Kepala Dinas Perkim dan Cipta Karya Tanjung Meranti, beside the Renstra 2025-2029. */
export function pkCiptaKarya(): BookW {
  const b = new BookW(
    "pk-2026-dan-renstra-cipta-karya-tanjung-meranti.xlsx",
    "PK 2026 with Renstra (Cipta Karya)",
    "sheet 'Perjanjian Kinerja 2026': statement, No | Sasaran | Indikator | Satuan | Target 2026; No | Program | Anggaran (Rp) | Keterangan with Jumlah; sheet 'Renstra 2025-2029': Kondisi Awal 2024 | Target 2025..2029 | Kondisi Akhir 2029, one negative indicator (hari)",
  );
  const R = "Renstra 2025-2029";
  const P = "Perjanjian Kinerja 2026";
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  const ind = [
    {
      id: "a",
      ind: "Persentase bangunan gedung yang memiliki PBG",
      sat: "%",
      awal: 32.5,
      k: [36, 40, 45, 50, 55],
    },
    {
      id: "b",
      ind: "Persentase bangunan gedung layanan publik yang memiliki SLF",
      sat: "%",
      awal: 45,
      k: [52, 60, 68, 76, 85],
    },
    {
      id: "c",
      ind: "Rata-rata waktu layanan penerbitan PBG",
      sat: "hari kerja",
      awal: 35,
      k: [30, 28, 25, 22, 20],
    },
    {
      id: "d",
      ind: "Persentase menara telekomunikasi yang memiliki PBG",
      sat: "%",
      awal: 61,
      k: [66, 72, 78, 84, 90],
    },
  ];
  rs.lines([
    "Indikator Kinerja Utama dan Target Renstra Dinas Perkim dan Cipta Karya Kota Tanjung Meranti 2025-2029",
  ]);
  rs.gap();
  const YEARS = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...YEARS.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "akhir", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(YEARS.map((y, j) => [`y${y}`, x.k[j]])),
        akhir: x.k[4],
      },
    })),
  });
  letterhead(pk, ["PEMERINTAH KOTA TANJUNG MERANTI", "DINAS PERUMAHAN, KAWASAN PERMUKIMAN DAN CIPTA KARYA"]);
  pk.lines([
    "PERJANJIAN KINERJA TAHUN 2026",
    "Kepala Dinas Perumahan, Kawasan Permukiman dan Cipta Karya berjanji mewujudkan target kinerja berikut:",
  ]);
  pk.gap();
  // planted: the waktu layanan PBG target is the Renstra 2027 value (25), not 2026 (28)
  const pkT = { a: 40, b: 60, c: 25, d: 72 };
  const it = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2026"], role: "target", year: 2026, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.id === "c" ? "Meningkatnya kualitas layanan PBG" : "Meningkatnya keandalan bangunan gedung",
        ind: x.ind,
        sat: x.sat,
        t: pkT[x.id as keyof typeof pkT],
      },
    })),
  });
  pk.gap();
  pk.lines(["Program dan anggaran pendukung:"]);
  pk.gap();
  const progs = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 6_412_350_000 },
    { id: "p2", nm: "Program Penataan Bangunan Gedung", rp: 2_845_600_000 },
    { id: "p3", nm: "Program Penataan Bangunan dan Lingkungannya", rp: 1_930_000_000 },
    { id: "p4", nm: "Program Pengembangan Permukiman", rp: 3_276_480_000 },
  ];
  const total = sum(progs.map((p) => p.rp));
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2026, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i) => ({ id: p.id, cells: { no: i + 1, nm: p.nm, rp: p.rp, ket: "APBD 2026" } })),
      // planted: Jumlah typed 100,000,000 above the four programs
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"] as [string, string],
        cells: { no: "Jumlah", rp: total + 100_000_000 },
      },
    ],
  });
  pk.gap();
  signature(pk, 2, {
    tempat: "Tanjung Meranti, 6 Januari 2026",
    jabatan: ["WALI KOTA TANJUNG MERANTI"],
    nama: "H. SYARIF ABDULLAH ALKADRIE",
    nip: "-",
  });
  const ra = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: it.a("t", "c") },
        { sheet: R, cell: rt.a("y2026", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2026 target of rata-rata waktu layanan PBG is 25 hari (the Renstra 2027 target); the Renstra gives 28 for 2026",
    truth: ra("y2026", "c"),
  });
  b.plant({
    at: { sheet: P, cell: pt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah typed 14,564,430,000; the four programs add up to 14,464,430,000",
    truth: progs.map((p) => pt.a("rp", p.id)).join("+"),
  });
  for (const id of ["a", "b", "d"])
    b.ok({ sheet: P, cell: it.a("t", id), rules: ["cross-table-mismatch"], truth: ra("y2026", id) });
  for (const id of ["a", "b", "c", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("akhir", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: YEARS.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Recap of PBG applications and retribusi per kecamatan, Lembah Seruni 2024. */
export function rekapPbgKecamatan(): BookW {
  const b = new BookW(
    "rekap-permohonan-pbg-retribusi-per-kecamatan-lembah-seruni.xlsx",
    "Rekap PBG per kecamatan (PUPR Cipta Karya)",
    "per kecamatan: Terbit | Dikembalikan | Dalam Proses | Jumlah '(6) = (3)+(4)+(5)' | % Terbit '(7) = (3)/(6) x 100' | Retribusi (Rp) | Pangsa '(9) = (8)/Jumlah (8) x 100'; JUMLAH row with SUMs and a ratio of totals",
  );
  const S = "Rekap PBG 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN LEMBAH SERUNI", "BIDANG CIPTA KARYA"]);
  s.lines([
    "Rekapitulasi Permohonan PBG dan Retribusi PBG per Kecamatan, 1 Januari - 31 Desember 2024 (sumber: SIMBG)",
  ]);
  s.gap();
  const K = [
    { id: "k1", nm: "Seruni Kidul", tb: 412, kb: 38, pr: 27, rp: 1_284_615_000 },
    { id: "k2", nm: "Wonoreja", tb: 296, kb: 41, pr: 19, rp: 806_240_500 },
    { id: "k3", nm: "Karangsela", tb: 188, kb: 22, pr: 14, rp: 512_908_000 },
    { id: "k4", nm: "Tegalmulyo", tb: 154, kb: 17, pr: 9, rp: 377_450_000 },
    { id: "k5", nm: "Sidareja Lor", tb: 231, kb: 25, pr: 18, rp: 689_320_000 },
    { id: "k6", nm: "Banyuwangun", tb: 97, kb: 12, pr: 6, rp: 214_775_000 },
    { id: "k7", nm: "Pakisan", tb: 126, kb: 15, pr: 11, rp: 298_640_500 },
  ];
  const G = "Permohonan PBG";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
    { key: "tb", head: [G, "Terbit"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
    { key: "kb", head: [G, "Dikembalikan"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    { key: "pr", head: [G, "Dalam Proses"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
    { key: "j", head: [G, "Jumlah"], role: "realisasi", year: 2024, num: "(6) = (3)+(4)+(5)", fmt: INT },
    { key: "p", head: ["% Terbit"], role: "capaian", year: 2024, num: "(7) = (3)/(6) x 100", fmt: DEC },
    {
      key: "rp",
      head: ["Retribusi PBG (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(8)",
      fmt: RP,
      width: 18,
    },
    { key: "sh", head: ["Pangsa Retribusi (%)"], role: "lainnya", num: "(9) = (8)/Jml (8) x 100", fmt: DEC },
  ];
  const truthRp = sum(K.map((k) => k.rp));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x) => ({
          no: i + 1,
          nm: k.nm,
          tb: k.tb,
          kb: k.kb,
          pr: k.pr,
          j: fx(`${x.a("tb")}+${x.a("kb")}+${x.a("pr")}`),
          // planted: Tegalmulyo % typed upside down, (6)/(3) = 116.88
          p:
            k.id === "k4"
              ? round(((k.tb + k.kb + k.pr) / k.tb) * 100)
              : fx(`ROUND(${x.a("tb")}/${x.a("j")}*100,2)`),
          rp: k.rp,
          sh: fx(`ROUND(${x.a("rp")}/SUM(${x.a("rp", "k1")}:${x.a("rp", "k7")})*100,2)`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"],
        cells: (x) => {
          const col = (k: string) => fx(`SUM(${x.a(k, "k1")}:${x.a(k, "k7")})`);
          return {
            no: "JUMLAH",
            tb: col("tb"),
            kb: col("kb"),
            pr: col("pr"),
            j: col("j"),
            p: fx(`ROUND(${x.a("tb")}/${x.a("j")}*100,2)`),
            // planted: retribusi total typed 90,000,000 too high
            rp: truthRp + 90_000_000,
            sh: col("sh"),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: permohonan dikembalikan = berkas tidak lengkap / tidak sesuai KRK; dalam proses = dibawa ke 2025.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Seruni, 10 Januari 2025",
    jabatan: ["Kepala Bidang Cipta Karya"],
    nama: "DWI ASTUTI RAHAYU, S.T., M.T.",
    nip: "19830709 200901 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ids = K.map((k) => k.id);
  b.plant({
    at: { sheet: S, cell: a("p", "k4") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "% terbit of Tegalmulyo typed 116.88 = (6)/(3) x 100 = 180/154; (3)/(6) gives 85.56, and a share of applications cannot exceed 100",
    truth: `ROUND(${a("tb", "k4")}/${a("j", "k4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp", "jml") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH retribusi typed 4,273,949,000 among SUM formulas; the seven kecamatan add up to 4,183,949,000",
    truth: ids.map((id) => a("rp", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("p", "jml"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("tb", "jml")}/${a("j", "jml")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "k1")}:${a("p", "k7")}),2)`,
  });
  for (const k of ["tb", "kb", "pr", "j"])
    b.ok({
      sheet: S,
      cell: a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  for (const id of ["k1", "k3", "k4", "k7"])
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("tb", id)}+${a("kb", id)}+${a("pr", id)}`,
    });
  for (const id of ["k2", "k5", "k6"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("tb", id)}/${a("j", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("sh", "k1"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("rp", "k1")}/(${ids.map((id) => a("rp", id)).join("+")})*100,2)`,
    trap: `ROUND(${a("rp", "k1")}/${a("rp", "jml")}*100,2)`,
  });
  return b.finish();
}

/** Retribusi PBG per triwulan beside the menara telekomunikasi per kecamatan, Tanjung Meranti 2024. */
export function retribusiMenara(): BookW {
  const b = new BookW(
    "retribusi-pbg-triwulan-dan-menara-telekomunikasi-tanjung-meranti.xlsx",
    "Retribusi PBG per triwulan and menara per kecamatan (Cipta Karya)",
    "one sheet, two tables side by side with one empty column: Triwulan | Target | Realisasi | Capaian | Kumulatif SUM($C$..) | Capaian kumulatif thd target tahunan, Jumlah; No | Kecamatan | Menara > Terdata | Ber-PBG | Ber-SLF | % Ber-SLF, Total (taller)",
  );
  const S = "Retribusi dan Menara";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERUMAHAN, KAWASAN PERMUKIMAN DAN CIPTA KARYA KOTA TANJUNG MERANTI"]);
  const top = s.r;
  s.put(top, 1, "A. Realisasi Retribusi PBG per Triwulan Tahun 2024", { bold: true });
  s.put(top, 8, "B. Menara Telekomunikasi per Kecamatan (posisi 31 Desember 2024)", { bold: true });
  const T = [850_000_000, 1_100_000_000, 1_250_000_000, 1_300_000_000];
  const Rz = [612_450_000, 1_184_300_000, 1_097_800_000, 1_486_250_000];
  const tw = ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"];
  const lt = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], width: 14 },
        { key: "t", head: ["Target Retribusi (Rp)"], role: "target", year: 2024, fmt: RP, width: 16 },
        { key: "r", head: ["Realisasi (Rp)"], role: "realisasi", year: 2024, fmt: RP, width: 16 },
        { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
        { key: "k", head: ["Realisasi Kumulatif (Rp)"], role: "realisasi", year: 2024, fmt: RP, width: 16 },
        { key: "kc", head: ["Kumulatif thd Target Tahunan (%)"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 1,
      rows: [
        ...tw.map((nm, i): Row => ({
          id: `q${i + 1}`,
          cells: (x) => ({
            tw: nm,
            t: T[i],
            r: Rz[i],
            c: fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
            // planted: the TW III cumulative typed 2,849,550,000 (true 2,894,550,000)
            k: i === 2 ? 2_849_550_000 : fx(`SUM($${x.c("r")}$${x.row("q1")}:${x.a("r")})`),
            kc: fx(`ROUND(${x.a("k")}/${x.a("t", "jml")}*100,2)`),
          }),
        })),
        {
          id: "jml",
          bold: true,
          cells: (x) => ({
            tw: "Jumlah",
            t: fx(`SUM(${x.a("t", "q1")}:${x.a("t", "q4")})`),
            r: fx(`SUM(${x.a("r", "q1")}:${x.a("r", "q4")})`),
            c: fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top + 1,
  );
  const M = [
    { id: "m1", nm: "Meranti Hilir", td: 38, pbg: 35, slf: 29 },
    { id: "m2", nm: "Sungai Rengas", td: 24, pbg: 21, slf: 15 },
    { id: "m3", nm: "Parit Baru", td: 31, pbg: 27, slf: 22 },
    { id: "m4", nm: "Tanjung Kapuas", td: 17, pbg: 12, slf: 8 },
    { id: "m5", nm: "Sei Jawi Lama", td: 22, pbg: 20, slf: 17 },
  ];
  const G = "Menara Telekomunikasi (unit)";
  const rt = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "nm", head: ["Kecamatan"], role: "lokasi", width: 16 },
        { key: "td", head: [G, "Terdata"], role: "realisasi", fmt: INT },
        { key: "pbg", head: [G, "Ber-PBG"], role: "realisasi", fmt: INT },
        { key: "slf", head: [G, "Ber-SLF"], role: "realisasi", fmt: INT },
        { key: "p", head: ["% Ber-SLF"], role: "capaian", fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...M.map((m, i): Row => ({
          id: m.id,
          cells: (x) => ({
            no: i + 1,
            nm: m.nm,
            td: m.td,
            pbg: m.pbg,
            slf: m.slf,
            // planted: Parit Baru keeps a stale cached 79.71 (the formula gives 70.97)
            p: fx(`ROUND(${x.a("slf")}/${x.a("td")}*100,2)`, m.id === "m3" ? 79.71 : undefined),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "nm"],
          cells: (x) => ({
            no: "Total",
            td: fx(`SUM(${x.a("td", "m1")}:${x.a("td", "m5")})`),
            pbg: fx(`SUM(${x.a("pbg", "m1")}:${x.a("pbg", "m5")})`),
            slf: fx(`SUM(${x.a("slf", "m1")}:${x.a("slf", "m5")})`),
            p: fx(`ROUND(${x.a("slf")}/${x.a("td")}*100,2)`),
          }),
        },
      ],
    },
    8,
    top + 1,
  );
  s.r = Math.max(lt.lastDataRow, rt.lastDataRow) + 2;
  s.lines(["Sumber: SIMBG dan Sistem Informasi Retribusi Daerah (diolah)."]);
  s.gap();
  signature(s, 10, {
    tempat: "Tanjung Meranti, 14 Januari 2025",
    jabatan: ["Kepala Bidang Bangunan Gedung"],
    nama: "NURUL HIDAYATI, S.T.",
    nip: "19870412 201101 2 003",
  });
  const la = (k: string, id: string) => lt.a(k, id);
  const ra = (k: string, id: string) => rt.a(k, id);
  b.plant({
    at: { sheet: S, cell: la("k", "q3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi kumulatif s.d. Triwulan III typed 2,849,550,000 among SUM formulas; TW I-III add up to 2,894,550,000",
    truth: `${la("r", "q1")}+${la("r", "q2")}+${la("r", "q3")}`,
  });
  b.plant({
    at: { sheet: S, cell: ra("p", "m3") },
    rules: ["capaian-mismatch"],
    note: "% ber-SLF of Parit Baru caches 79.71; its formula 22/31 x 100 gives 70.97 (stale result)",
    truth: `ROUND(${ra("slf", "m3")}/${ra("td", "m3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: la("c", "jml"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${la("r", "jml")}/${la("t", "jml")}*100,2)`,
    trap: `ROUND(AVERAGE(${la("c", "q1")}:${la("c", "q4")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: la("k", "q4"),
    rules: ["sum-mismatch"],
    truth: la("r", "jml"),
    trap: la("r", "q4"),
  });
  b.ok({
    sheet: S,
    cell: la("k", "q2"),
    rules: ["sum-mismatch"],
    truth: `${la("r", "q1")}+${la("r", "q2")}`,
  });
  for (const k of ["t", "r"])
    b.ok({
      sheet: S,
      cell: la(k, "jml"),
      rules: ["sum-mismatch"],
      truth: ["q1", "q2", "q3", "q4"].map((id) => la(k, id)).join("+"),
    });
  for (const id of ["q1", "q2", "q4"])
    b.ok({
      sheet: S,
      cell: la("kc", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${la("k", id)}/${la("t", "jml")}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: ra("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${ra("slf", "tot")}/${ra("td", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${ra("p", "m1")}:${ra("p", "m5")}),2)`,
  });
  for (const id of ["m1", "m2", "m4", "m5"])
    b.ok({
      sheet: S,
      cell: ra("p", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${ra("slf", id)}/${ra("td", id)}*100,2)`,
    });
  for (const k of ["td", "pbg", "slf"])
    b.ok({
      sheet: S,
      cell: ra(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ["m1", "m2", "m3", "m4", "m5"].map((id) => ra(k, id)).join("+"),
    });
  return b.finish();
}
