// The Renja evaluation (E.81), the Renstra funding table (T-C.27) and the LKjIP table of two DPMPTSP:
// perizinan berusaha melalui OSS, LKPM, waktu layanan, indeks kepuasan. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

type E = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k: number[];
  q: number[];
  r: number[];
  rq: number[];
};

/** E.81 of DPMPTSP Kabupaten Lembah Siraya (Sulawesi Tengah), s.d. Triwulan IV 2024. */
export function e81Dpmptsp(): BookW {
  const b = new BookW(
    "e81-dpmptsp-lembah-siraya-349.xlsx",
    "E.81 Evaluasi Renja (DPMPTSP)",
    "E.81 s.d. TW IV 2024, Renstra 2021-2026; no No column (Kode first); three header rows with Triwulan I..IV > K / Rp; merged number row with '13 = 6 + 12'; a level row (% izin tepat waktu); Rata-rata and Predikat footer",
  );
  const S = "E81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SIRAYA",
    "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
    "Jl. Trans Sulawesi No. 41, Bora Siraya",
  ]);
  s.lines([
    "Tabel Evaluasi Hasil Pelaksanaan Renja DPMPTSP Kabupaten Lembah Siraya",
    "Periode Pelaksanaan: Triwulan I s.d. IV Tahun Anggaran 2024 (Renstra 2021-2026)",
  ]);
  s.gap();
  const rows: E[] = [
    {
      id: "s1",
      kode: "2.18.04.2.01.0001",
      ur: "Penyediaan Pelayanan Perizinan Berusaha melalui Sistem OSS",
      ind: "Jumlah izin berusaha terbit melalui OSS",
      sat: "izin",
      level: false,
      k: [14500, 8920, 3100],
      q: [612, 805, 790, 934],
      r: [3_850_000_000, 2_204_600_000, 742_500_000],
      rq: [118_400_000, 196_250_000, 171_800_000, 224_900_000],
    },
    {
      id: "s2",
      kode: "2.18.04.2.01.0003",
      ur: "Pemantauan dan Pelaporan LKPM",
      ind: "Jumlah pelaku usaha yang menyampaikan LKPM",
      sat: "pelaku usaha",
      level: false,
      k: [2400, 1380, 520],
      q: [96, 148, 131, 162],
      r: [1_260_000_000, 702_350_000, 248_000_000],
      rq: [38_600_000, 71_450_000, 52_900_000, 79_300_000],
    },
  ];
  const pair = (
    key: string,
    g: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `${key}k`, head: [...g, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `${key}r`, head: [...g, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja dan Anggaran pada Triwulan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], role: "lainnya", num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Sub Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    ...pair("c5", ["Target Renstra PD Akhir Periode (2026)"], "5", "target", "anggaran", 2026),
    ...pair(
      "c6",
      ["Realisasi Capaian Renstra s.d. Renja 2023"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("c7", ["Target Kinerja dan Anggaran Renja 2024"], "7", "target", "anggaran", 2024),
    ...[1, 2, 3, 4].flatMap((i) =>
      pair(
        `q${i}`,
        [TW, ["I", "II", "III", "IV"][i - 1]],
        String(7 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair("c12", ["Realisasi Capaian Renja 2024"], "12", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "c13",
      ["Realisasi Kinerja dan Anggaran Renstra s.d. 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "c14",
      ["Tingkat Capaian Renstra s.d. 2024 (%)"],
      "14 = 13 / 5 x 100",
      "capaian",
      "capaian",
      2024,
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const qs = (x: { a(k: string, id?: string): string }, u: "k" | "r") =>
    [1, 2, 3, 4].map((i) => x.a(`q${i}${u}`)).join("+");
  const typed13 = 2_951_950_000; // planted: 2,204,600,000 + 711,350,000 = 2,915,950,000
  const body: Row[] = [
    {
      id: "p",
      bold: true,
      cells: (x) => {
        const c: Record<string, ReturnType<typeof fx> | string | number> = {
          kode: "2.18.04",
          ur: "Program Pelayanan Penanaman Modal",
          ind: "Persentase perizinan berusaha terbit tepat waktu melalui OSS",
          sat: "%",
          c5k: 95,
          c6k: 88.4,
          c7k: 92,
          q1k: 86.5,
          q2k: 89.2,
          q3k: 90.8,
          q4k: 93.1,
          c12k: fx(`=${x.a("q4k")}`),
          c13k: fx(`=${x.a("c12k")}`),
          c14k: fx(`=ROUND(${x.a("c13k")}/${x.a("c5k")}*100,2)`),
          c12r: fx(`=${qs(x, "r")}`),
          c13r: fx(`=${x.a("c6r")}+${x.a("c12r")}`),
          c14r: fx(`=ROUND(${x.a("c13r")}/${x.a("c5r")}*100,2)`),
          pj: "Bidang Pelayanan Perizinan",
        };
        for (const k of ["c5r", "c6r", "c7r", "q1r", "q2r", "q3r", "q4r"])
          c[k] = fx(`=${x.a(k, "s1")}+${x.a(k, "s2")}`);
        return c;
      },
    },
    ...rows.map((e): Row => ({
      id: e.id,
      cells: (x) => ({
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        c5k: e.k[0],
        c6k: e.k[1],
        c7k: e.k[2],
        c5r: e.r[0],
        c6r: e.r[1],
        c7r: e.r[2],
        ...Object.fromEntries(
          e.q.flatMap((v, i) => [
            [`q${i + 1}k`, v],
            [`q${i + 1}r`, e.rq[i]],
          ]),
        ),
        c12k: fx(`=${qs(x, "k")}`),
        c12r: fx(`=${qs(x, "r")}`),
        c13k: fx(`=${x.a("c6k")}+${x.a("c12k")}`),
        c13r: e.id === "s1" ? typed13 : fx(`=${x.a("c6r")}+${x.a("c12r")}`),
        c14k: fx(`=ROUND(${x.a("c13k")}/${x.a("c5k")}*100,2)`),
        c14r: fx(`=ROUND(${x.a("c13r")}/${x.a("c5r")}*100,2)`),
        pj: "Bidang Pelayanan Perizinan",
      }),
    })),
    {
      id: "avg",
      span: ["kode", "sat"],
      cells: (x) => ({
        kode: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
        c14k: fx(`=ROUND(AVERAGE(${x.a("c14k", "p")},${x.a("c14k", "s1")},${x.a("c14k", "s2")}),2)`),
        c14r: fx(`=ROUND(AVERAGE(${x.a("c14r", "p")},${x.a("c14r", "s1")},${x.a("c14r", "s2")}),2)`),
      }),
    },
    { id: "pred", span: ["kode", "sat"], cells: { kode: "Predikat kinerja", c14k: "Sangat Tinggi" } },
  ];
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows: body });
  s.gap();
  s.lines([
    "Faktor pendorong: integrasi OSS RBA dengan SiCantik Cloud.",
    "Faktor penghambat: jaringan di kecamatan pegunungan belum stabil.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Bora Siraya, 14 Januari 2025",
    jabatan: ["Kepala DPMPTSP"],
    nama: "Ir. HASNAWATI LAMAJIDO, M.Si",
    pangkat: "Pembina Utama Muda",
    nip: "19710312 199803 2 006",
  });
  // the average of the three K capaian: 98.00, 83.18, 79.88 -> 87.02 (Tinggi)
  const kavg = round(
    (round((93.1 / 95) * 100) + round(((8920 + 3141) / 14500) * 100) + round(((1380 + 537) / 2400) * 100)) /
      3,
  );
  if (predikat(kavg) !== "Tinggi") throw new Error(`E.81 average ${kavg}`);
  b.plant({
    at: { sheet: S, cell: t.a("c13r", "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "(13) Rp of sub kegiatan .0001 typed 2,951,950,000; 6 + 12 = 2,915,950,000",
    truth: `=${t.a("c6r", "s1")}+${t.a("c12r", "s1")}`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("c14k", "pred") },
    rules: ["predikat-mismatch"],
    note: "Sangat Tinggi for an average K capaian of 87.02 (Tinggi)",
    truth: `=PREDIKAT(${t.a("c14k", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c12k", "p"),
    rules: ["sum-mismatch"],
    truth: `=${t.a("q4k", "p")}`,
    trap: `=${t.a("q1k", "p")}+${t.a("q2k", "p")}+${t.a("q3k", "p")}+${t.a("q4k", "p")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c13k", "p"),
    rules: ["sum-mismatch"],
    truth: `=${t.a("c12k", "p")}`,
    trap: `=${t.a("c6k", "p")}+${t.a("c12k", "p")}`,
  });
  return b.finish();
}

/** T-C.27 of DPMPTSP Kota Batu Ampar Raya (Kalimantan Timur), Renstra 2025-2029, in thousands. */
export function tc27Dpmptsp(): BookW {
  const b = new BookW(
    "tc27-dpmptsp-batu-ampar-raya-349.xlsx",
    "T-C.27 Renstra pendanaan (DPMPTSP)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)'; Tahun ke-1..5 (2025..2029) > Target / Rp; kondisi akhir; level program and kegiatan, flow sub kegiatan; no number row",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines(
    [
      "Tabel 6.1",
      "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif DPMPTSP Kota Batu Ampar Raya 2025-2029",
      "(dalam ribuan rupiah)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "prog", head: ["Program, Kegiatan dan Sub Kegiatan"], role: "lainnya", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      fmt: DEC,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Target"],
        role: "target",
        year: 2024 + y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", fmt: RP },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi" },
  ];
  const subs = [
    {
      id: "s1",
      kode: "2.18.04.2.01.0001",
      n: "Penyediaan Pelayanan Perizinan Berusaha melalui OSS",
      ind: "Jumlah izin berusaha terbit melalui OSS",
      sat: "izin",
      awal: 4210,
      k: [4400, 4600, 4800, 5000, 5200],
      r: [1_245_600, 1_318_200, 1_392_750, 1_466_400, 1_540_800],
    },
    {
      id: "s2",
      kode: "2.18.04.2.01.0002",
      n: "Layanan Pengaduan dan Konsultasi Perizinan",
      ind: "Jumlah pengaduan perizinan yang ditindaklanjuti",
      sat: "pengaduan",
      awal: 180,
      k: [190, 200, 210, 220, 230],
      r: [312_500, 328_400, 345_100, 362_800, 381_250],
    },
  ];
  const typedK2 = 1_664_600; // planted: 1,318,200 + 328,400 = 1,646,600
  const akR = (x: { a(k: string): string }) => fx(`=${Y.map((y) => x.a(`r${y}`)).join("+")}`);
  const rows: Row[] = [
    {
      id: "p",
      bold: true,
      cells: (x) => ({
        kode: "2.18.04",
        prog: "Program Pelayanan Penanaman Modal",
        ind: "Indeks Kepuasan Masyarakat terhadap pelayanan perizinan",
        sat: "indeks",
        awal: 82.4,
        ...Object.fromEntries(
          Y.flatMap((y) => [
            [`k${y}`, 82.5 + y],
            [`r${y}`, fx(`=${x.a(`r${y}`, "k")}`)],
          ]),
        ),
        akK: fx(`=${x.a("k5")}`),
        akR: akR(x),
        pj: "DPMPTSP",
        lok: "Kota Batu Ampar Raya",
      }),
    },
    {
      id: "k",
      cells: (x) => ({
        kode: "2.18.04.2.01",
        prog: "Pelayanan Perizinan dan Non Perizinan secara Terpadu Satu Pintu",
        ind: "Persentase permohonan izin diselesaikan sesuai SOP",
        sat: "%",
        awal: 91.2,
        ...Object.fromEntries(
          Y.flatMap((y) => [
            [`k${y}`, 91 + y],
            [`r${y}`, y === 2 ? typedK2 : fx(`=${x.a(`r${y}`, "s1")}+${x.a(`r${y}`, "s2")}`)],
          ]),
        ),
        akK: fx(`=${x.a("k5")}`),
        akR: akR(x),
        pj: "Bidang Pelayanan",
        lok: "Kota Batu Ampar Raya",
      }),
    },
    ...subs.map((e): Row => ({
      id: e.id,
      cells: (x) => ({
        kode: e.kode,
        prog: e.n,
        ind: e.ind,
        sat: e.sat,
        awal: e.awal,
        ...Object.fromEntries(
          Y.flatMap((y) => [
            [`k${y}`, e.k[y - 1]],
            [`r${y}`, e.r[y - 1]],
          ]),
        ),
        akK: e.id === "s1" ? e.k[4] : fx(`=${Y.map((y) => x.a(`k${y}`)).join("+")}`),
        akR: akR(x),
        pj: "Bidang Pelayanan",
        lok: e.id === "s1" ? "MPP Batu Ampar" : "6 kecamatan",
      }),
    })),
  ];
  const t = s.table({ cols, headerRows: 3, rows });
  s.gap();
  s.lines(["Sumber: Renstra DPMPTSP Kota Batu Ampar Raya 2025-2029 (diolah)."]);
  const kk = (id: string) => Y.map((y) => t.a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: t.a("r2", "k") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "kegiatan Tahun ke-2 Rp typed 1,664,600; its sub kegiatan give 1,646,600",
    truth: `=${t.a("r2", "s1")}+${t.a("r2", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("akK", "s1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of a flow (izin terbit) typed as the Tahun ke-5 target 5,200; the five years give 24,000",
    truth: `=${kk("s1")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `=${t.a("k5", "p")}`,
    trap: `=${kk("p")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("akK", "k"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `=${t.a("k5", "k")}`,
    trap: `=${kk("k")}`,
  });
  b.ok({ sheet: S, cell: t.a("akK", "s2"), rules: ["kondisi-akhir-mismatch"], truth: `=${kk("s2")}` });
  b.ok({
    sheet: S,
    cell: t.a("r3", "k"),
    rules: ["sum-mismatch"],
    truth: `=${t.a("r3", "s1")}+${t.a("r3", "s2")}`,
  });
  return b.finish();
}

/** LKjIP 2024 Tabel 3.1 of DPMPTSP Kabupaten Lembah Siraya. */
export function lkjipDpmptsp(): BookW {
  const b = new BookW(
    "lkjip-2024-dpmptsp-lembah-siraya-349.xlsx",
    "LKjIP (DPMPTSP)",
    "LKjIP 2024 Tabel 3.1; merged Sasaran; ROUND capaian formulas, refleksi on the waktu layanan (lower is better); predikat words",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines(["Tabel 3.1", "Pengukuran Kinerja DPMPTSP Kabupaten Lembah Siraya Tahun 2024"], 1, { bold: true });
  s.gap();
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, num: "(5)", fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, num: "(6)", fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, num: "(7)", fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024, num: "(8)" },
  ];
  const A = "Meningkatnya realisasi investasi PMA dan PMDN";
  const B = "Meningkatnya kualitas pelayanan perizinan berusaha";
  const ind = [
    {
      sas: A,
      ind: "Nilai realisasi investasi PMA dan PMDN",
      sat: "Rp miliar",
      t: 2150,
      r: 2318.6,
      neg: false,
    },
    { sas: A, ind: "Pertumbuhan realisasi investasi", sat: "%", t: 8.5, r: 7.9, neg: false },
    { sas: B, ind: "Indeks Kepuasan Masyarakat (IKM) DPMPTSP", sat: "indeks", t: 84, r: 86.12, neg: false },
    {
      sas: B,
      ind: "Rata-rata waktu penyelesaian perizinan berusaha (makin kecil makin baik)",
      sat: "hari",
      t: 5,
      r: 5.8,
      neg: true,
    },
    { sas: B, ind: "Persentase izin terbit melalui OSS tepat waktu", sat: "%", t: 95, r: 81.7, neg: false },
  ];
  const rows: Row[] = ind.map((e, i) => {
    const c = e.neg ? round(((2 * e.t - e.r) / e.t) * 100) : round((e.r / e.t) * 100);
    return {
      id: `i${i + 1}`,
      cells: (x) => ({
        no: i + 1,
        sas: e.sas,
        ind: e.ind,
        sat: e.sat,
        t: e.t,
        r: e.r,
        c: e.neg
          ? fx(`=ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`)
          : fx(`=ROUND(${x.a("r")}/${x.a("t")}*100,2)`, i === 4 ? 96.32 : undefined),
        p: i === 1 ? "Baik" : predikatBaik(c),
      }),
    };
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Capaian indikator waktu penyelesaian dihitung dengan rumus (2 x Target - Realisasi) / Target x 100.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Bora Siraya, 20 Februari 2025",
    jabatan: ["Kepala DPMPTSP"],
    nama: "Ir. HASNAWATI LAMAJIDO, M.Si",
    nip: "19710312 199803 2 006",
  });
  b.plant({
    at: { sheet: S, cell: t.a("c", "i5") },
    rules: ["capaian-mismatch"],
    note: "stale cached 96.32; 81.7 / 95 gives 86.00",
    truth: `=ROUND(${t.a("r", "i5")}/${t.a("t", "i5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "Baik for a capaian of 92.94 (Sangat Baik)",
    truth: `=PREDIKAT_BAIK(${t.a("c", "i2")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c", "i4"),
    rules: ["capaian-mismatch"],
    truth: `=ROUND((2*${t.a("t", "i4")}-${t.a("r", "i4")})/${t.a("t", "i4")}*100,2)`,
    trap: `=ROUND(${t.a("r", "i4")}/${t.a("t", "i4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t.a("p", "i4"),
    rules: ["predikat-mismatch"],
    truth: `=PREDIKAT_BAIK(${t.a("c", "i4")})`,
  });
  return b.finish();
}
