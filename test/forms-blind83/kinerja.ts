// Kinerja tables of the eighty-third unseen set: the row-wise LKjIP comparison 2022-2024 (Uraian
// Target / Realisasi / Capaian per indicator, years across) of the Badan Pengelola Perbatasan Daerah
// of Kabupaten Amfoang Tasifeto (Nusa Tenggara Timur), and the IKU matrix of the Renstra 2025-2029
// with the PK 2025 on a second sheet of the BPPD of Kabupaten Bahau Ulu Raya (Kalimantan Utara).
// "Persentase desa perbatasan tertinggal" is lower-is-better in both. Every name and number is
// invented.
import { BookW, DEC, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

const rt = (R: string, T: string): string => `ROUND(${R}/${T}*100,2)`;
const refl = (R: string, T: string): string => `ROUND((2*${T}-${R})/${T}*100,2)`;

// ========================================== LKjIP 2024, Kabupaten Amfoang Tasifeto (Nusa Tenggara Timur)

type Lk = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  t: number[];
  r: number[];
  ket: string;
};

/** Three rows per indicator (Target, Realisasi, Capaian (%)), years 2022 .. 2024 across, capaian formulas. */
export function lkjipAmfoang(): BookW {
  const b = new BookW(
    "lkjip-2024-perbandingan-capaian-tiga-tahun-bppd-amfoang-tasifeto.xlsx",
    "LKjIP 2024 Bab III: target, realisasi and capaian of every IKU 2022-2024, row-wise (BPPD)",
    "No | Sasaran Strategis | Indikator Kinerja | Satuan (merged over three rows) | Uraian (Target / Realisasi / Capaian (%)) | 'Tahun' > 2022 | 2023 | 2024 | Keterangan; capaian ROUND formulas, refleksi (2T - R) / T for desa tertinggal; a count realised above target",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN AMFOANG TASIFETO", "BADAN PENGELOLA PERBATASAN DAERAH"]);
  s.lines(
    ["Tabel 3.2 Perbandingan Target, Realisasi dan Capaian Indikator Kinerja Utama Tahun 2022 - 2024"],
    1,
    { bold: true },
  );
  const A = "Meningkatnya kesejahteraan masyarakat di kawasan perbatasan negara";
  const B = "Meningkatnya kualitas pelayanan dan kerja sama lintas batas negara";
  const xs: Lk[] = [
    {
      id: "i1",
      sas: A,
      ind: "Persentase desa perbatasan tertinggal",
      sat: "%",
      neg: true,
      t: [38.5, 35.2, 32],
      r: [37.9, 34.6, 33.1],
      ket: "Semakin kecil semakin baik; capaian = (2 x T - R) / T x 100",
    },
    {
      id: "i2",
      sas: A,
      ind: "Indeks pengelolaan kawasan perbatasan",
      sat: "indeks",
      neg: false,
      t: [2.85, 3, 3.15],
      r: [2.91, 2.96, 3.22],
      ket: "Skala 1 - 5",
    },
    {
      id: "i3",
      sas: B,
      ind: "Persentase pos lintas batas yang beroperasi sesuai standar pelayanan",
      sat: "%",
      neg: false,
      t: [70, 75, 80],
      r: [72.5, 78, 76],
      ket: "",
    },
    {
      id: "i4",
      sas: B,
      ind: "Jumlah kesepakatan kerja sama lintas batas yang terlaksana",
      sat: "dokumen",
      neg: false,
      t: [4, 5, 6],
      r: [4, 6, 5],
      ket: "Sosek Malindo / JBWG RI - RDTL",
    },
  ];
  const Y = [2022, 2023, 2024];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "u", head: ["Uraian"], width: 12 },
    ...Y.map((y, i): Col => ({ key: `y${i}`, head: ["Tahun", String(y)], fmt: DEC, width: 10 })),
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 28 },
  ];
  const rows: Row[] = [];
  xs.forEach((x, k) => {
    const tg: Record<string, Cell> = {
      no: k + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      u: "Target",
      ket: x.ket,
    };
    const re: Record<string, Cell> = { u: "Realisasi" };
    Y.forEach((_, i) => {
      tg[`y${i}`] = x.t[i];
      re[`y${i}`] = x.r[i];
    });
    rows.push({ id: `t.${x.id}`, cells: tg }, { id: `r.${x.id}`, cells: re });
    rows.push({
      id: `c.${x.id}`,
      cells: (c) => {
        const cp: Record<string, Cell> = { u: "Capaian (%)" };
        Y.forEach((_, i) => {
          const T = c.a(`y${i}`, `t.${x.id}`);
          const R = c.a(`y${i}`, `r.${x.id}`);
          // planted 1: the 2023 capaian of desa tertinggal copied from a positive row (R / T)
          const f = x.neg && i !== 1 ? refl(R, T) : rt(R, T);
          // planted 2: the 2024 capaian of the pos lintas batas keeps 97.50 from the draft realisasi 78
          cp[`y${i}`] = x.id === "i3" && i === 2 ? fx(f, 97.5) : fx(f);
        });
        return cp;
      },
    });
  });
  const t = s.table({ cols, headerRows: 2, rows });
  for (const x of xs)
    for (const key of ["no", "sas", "ind", "sat", "ket"]) {
      const c = t.left + cols.findIndex((q) => q.key === key);
      s.ws.mergeCells(t.row(`t.${x.id}`), c, t.row(`c.${x.id}`), c);
    }
  s.gap();
  s.lines(["Sumber: data Bidang Pengembangan Kawasan Perbatasan dan Bidang Lintas Batas, diolah."]);
  s.gap();
  signature(s, 7, {
    tempat: "Oelbubuk, 28 Februari 2025",
    jabatan: ["Kepala Badan Pengelola Perbatasan Daerah", "Kabupaten Amfoang Tasifeto"],
    nama: "Drs. AGUSTINUS NAHAK TAEK, M.Si",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700518 199503 1 004",
  });
  const a = (i: number, id: string) => t.a(`y${i}`, id);
  b.plant({
    at: { sheet: S, cell: a(1, "c.i1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "2023 capaian of desa perbatasan tertinggal (lower is better) =ROUND(R/T*100,2) = 34.60 / 35.20 = 98.30; the refleksi used in 2022 and 2024 gives (70.40 - 34.60) / 35.20 = 101.70",
    truth: refl(a(1, "r.i1"), a(1, "t.i1")),
  });
  b.plant({
    at: { sheet: S, cell: a(2, "c.i3") },
    rules: ["capaian-mismatch"],
    note: "2024 capaian of pos lintas batas sesuai standar caches 97.50 (from the draft realisasi 78); 76 / 80 x 100 = 95.00",
    truth: rt(a(2, "r.i3"), a(2, "t.i3")),
  });
  for (const i of [0, 2])
    b.ok({
      sheet: S,
      cell: a(i, "c.i1"),
      rules: ["capaian-mismatch"],
      truth: refl(a(i, "r.i1"), a(i, "t.i1")),
      trap: rt(a(i, "r.i1"), a(i, "t.i1")),
    });
  b.ok({
    sheet: S,
    cell: a(1, "c.i4"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: rt(a(1, "r.i4"), a(1, "t.i4")),
  });
  b.ok({ sheet: S, cell: a(2, "c.i2"), rules: ["capaian-mismatch"], truth: rt(a(2, "r.i2"), a(2, "t.i2")) });
  return b.finish();
}

// ======================================= Matriks IKU 2025-2029 and PK 2025, Kabupaten Bahau Ulu Raya (Kaltara)

type Iku = {
  id: string;
  sas: string;
  ind: string;
  form: string;
  sat: string;
  arah: string;
  aw: number;
  t: number[];
  akh: "last" | "sum" | number;
  pic: string;
};

/** IKU matrix with Arah, Baseline 2024, yearly targets and Target Akhir Renstra; the PK 2025 on the next sheet. */
export function ikuBahauUlu(): BookW {
  const b = new BookW(
    "matriks-iku-renstra-2025-2029-dan-pk-2025-bppd-bahau-ulu-raya.xlsx",
    "Matriks IKU Renstra 2025-2029 with Perjanjian Kinerja 2025 on a second sheet (BPPD)",
    "sheet 'Matriks IKU': No | Sasaran (merged) | Indikator Kinerja Utama | Formula Perhitungan | Satuan | Arah | Baseline 2024 | 'Target Tahunan' > 2025 .. 2029 | Target Akhir Renstra (2029) | Bidang Pengampu; number row; kondisi akhir = the 2029 target (formula) for rates, the sum for a count of desa; desa tertinggal and waktu layanan fall; sheet 'PK 2025': No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BAHAU ULU RAYA", "BADAN PENGELOLA PERBATASAN DAERAH"]);
  s.lines(["MATRIKS INDIKATOR KINERJA UTAMA (IKU) RENSTRA BPPD TAHUN 2025 - 2029"], 1, { bold: true });
  s.gap();
  const A = "Berkurangnya ketertinggalan desa di kawasan perbatasan";
  const B = "Meningkatnya tata kelola dan pelayanan lintas batas negara";
  const xs: Iku[] = [
    {
      id: "u1",
      sas: A,
      ind: "Persentase desa perbatasan tertinggal",
      form: "Desa perbatasan berstatus tertinggal / sangat tertinggal (IDM) dibagi seluruh desa perbatasan x 100",
      sat: "%",
      arah: "Menurun",
      aw: 41.2,
      // planted 1: the 2027 target copied from 2025 (33.10 is meant)
      t: [38.5, 35.8, 38.5, 30.4, 27.7],
      akh: "last",
      pic: "Bidang Pengembangan Kawasan",
    },
    {
      id: "u2",
      sas: A,
      ind: "Indeks pengelolaan kawasan perbatasan",
      form: "Rata-rata tertimbang nilai aspek tata ruang, infrastruktur, ekonomi dan sosial (skala 1 - 5)",
      sat: "indeks",
      arah: "Meningkat",
      aw: 2.78,
      t: [2.9, 3.05, 3.2, 3.35, 3.5],
      // planted 2: the end-period target typed from 2028
      akh: 3.35,
      pic: "Bidang Pengembangan Kawasan",
    },
    {
      id: "u3",
      sas: A,
      ind: "Persentase ruas jalan strategis perbatasan dalam kondisi mantap",
      form: "Panjang jalan kondisi baik dan sedang / panjang ruas jalan strategis perbatasan x 100",
      sat: "%",
      arah: "Meningkat",
      aw: 58.4,
      t: [62, 66, 70, 74, 78],
      akh: "last",
      pic: "Bidang Infrastruktur Kawasan",
    },
    {
      id: "u4",
      sas: A,
      ind: "Jumlah desa perbatasan yang difasilitasi pengembangan ekonomi lokal",
      form: "Jumlah desa yang menerima fasilitasi pada tahun berjalan",
      sat: "desa",
      arah: "Meningkat",
      aw: 6,
      t: [8, 8, 10, 10, 12],
      akh: "sum",
      pic: "Bidang Pengembangan Kawasan",
    },
    {
      id: "u5",
      sas: B,
      ind: "Rata-rata waktu pemeriksaan pelintas di PLBN",
      form: "Jumlah waktu pemeriksaan seluruh sampel pelintas / jumlah sampel",
      sat: "menit",
      arah: "Menurun",
      aw: 14,
      t: [13, 12, 11, 10, 9],
      akh: "last",
      pic: "Bidang Lintas Batas Negara",
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: 3, width: 34 },
    { key: "form", head: ["Formula Perhitungan"], role: "rumus", num: 4, width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 8 },
    { key: "arah", head: ["Arah"], role: "polaritas", num: 6, width: 10 },
    { key: "aw", head: ["Baseline 2024"], role: "kondisi-awal", year: 2024, num: 7, fmt: DEC, width: 10 },
    ...Y.map((y, i): Col => ({
      key: `y${i}`,
      head: ["Target Tahunan", String(y)],
      role: "target",
      year: y,
      num: 8 + i,
      fmt: DEC,
      width: 9,
    })),
    {
      key: "akh",
      head: ["Target Akhir Renstra (2029)"],
      role: "kondisi-akhir",
      year: 2029,
      num: 13,
      fmt: DEC,
      width: 12,
    },
    { key: "pic", head: ["Bidang Pengampu"], role: "penanggung-jawab", num: 14, width: 22 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      const out: Record<string, Cell> = {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        form: x.form,
        sat: x.sat,
        arah: x.arah,
        aw: x.aw,
        pic: x.pic,
      };
      x.t.forEach((v, k) => (out[`y${k}`] = v));
      out.akh =
        x.akh === "last" ? fx(c.a("y4")) : x.akh === "sum" ? fx(`SUM(${c.a("y0")}:${c.a("y4")})`) : x.akh;
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  s.lines(["Catatan: Arah 'Menurun' berarti semakin kecil realisasi semakin baik."]);

  const P = "PK 2025";
  const p = b.sheet(P);
  p.lines(
    ["PERJANJIAN KINERJA TAHUN 2025", "KEPALA BADAN PENGELOLA PERBATASAN DAERAH KABUPATEN BAHAU ULU RAYA"],
    1,
    {
      bold: true,
    },
  );
  p.gap();
  const pcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "tgt", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
  ];
  const prow: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: {
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      // planted 3: the PK copies the 2026 target of the jalan mantap
      tgt: x.id === "u3" ? x.t[1] : x.t[0],
    },
  }));
  const pt = p.table({ cols: pcols, headerRows: 1, rows: prow, vmerge: ["sas"] });
  p.gap();
  signature(p, 3, {
    tempat: "Long Labang, 2 Januari 2025",
    jabatan: ["Kepala Badan Pengelola Perbatasan Daerah"],
    nama: "YOHANES LAWING IRANG, S.Sos., M.AP",
    nip: "19720914 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ys = (id: string) => Y.map((_, k) => a(`y${k}`, id));
  const M = (cell: string) => `'${S}'!${cell}`;
  b.plant({
    at: { sheet: S, cell: a("y2", "u1") },
    rules: ["target-trend", "target-outlier"],
    note: "2027 target of desa perbatasan tertinggal (lower is better) 38.50, copied from 2025, in the falling 38.50, 35.80, 38.50, 30.40, 27.70; between 35.80 and 30.40 it is 33.10",
    truth: `(${a("y1", "u1")}+${a("y3", "u1")})/2`,
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("akh", "u2") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: "Target Akhir Renstra of the indeks pengelolaan typed 3.35 (the 2028 target); the 2029 target is 3.50",
    truth: a("y4", "u2"),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tgt", "u3") },
        { sheet: S, cell: a("y0", "u3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of jalan strategis mantap 66.00 (the 2026 target of the IKU matrix); the matrix gives 62.00 for 2025",
    truth: M(a("y0", "u3")),
  });
  b.ok({
    sheet: S,
    cell: a("akh", "u1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("y4", "u1"),
    trap: ys("u1").join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("akh", "u4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ys("u4").join("+"),
    trap: a("y4", "u4"),
  });
  b.ok({
    sheet: S,
    cell: a("akh", "u5"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("y4", "u5"),
    trap: ys("u5").join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("y1", "u5"),
    rules: ["target-trend", "target-outlier"],
    truth: `(${a("y0", "u5")}+${a("y2", "u5")})/2`,
  });
  b.ok({
    sheet: S,
    cell: a("y0", "u1"),
    rules: ["target-trend", "target-outlier"],
    truth: `(${a("aw", "u1")}+${a("y1", "u1")})/2`,
  });
  for (const id of ["u1", "u2"])
    b.ok({ sheet: P, cell: pt.a("tgt", id), rules: ["cross-table-mismatch"], truth: M(a("y0", id)) });
  return b.finish();
}
