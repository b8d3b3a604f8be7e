// The Dinas Komunikasi dan Informatika books: an LKjIP measurement table (Kabupaten Muaro Kumpeh, Jambi),
// an E.81-like evaluation of the Renja 2024 in thousands of rupiah and an IKU matrix 2025-2029 (both in
// Papua Selatan). Regions, people and numbers are invented; codes are Kepmendagri-shaped (2.16.03 ...).
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

// ============================================================ LKjIP 2024, Diskominfo Muaro Kumpeh (Jambi)
export function lkjipKominfo(): BookW {
  const b = new BookW(
    "lkjip-spbe-diskominfo-muaro-kumpeh.xlsx",
    "LKjIP pengukuran kinerja (Diskominfo)",
    "LKjIP 2024 Tabel 3.1: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Tahun 2024' > Target | Realisasi | % Capaian | Predikat | Realisasi 2023; ROUND formulas, refleksi for the lower-is-better waktu pemulihan; typed predikat; Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KOMUNIKASI DAN INFORMATIKA", "KABUPATEN MUARO KUMPEH"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"]);
  const T = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: [T, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [T, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "cap", head: [T, "% Capaian"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "pred", head: [T, "Predikat"], role: "predikat", year: 2024, width: 12 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 11 },
  ];
  const S1 = "Meningkatnya kualitas penyelenggaraan pemerintahan berbasis elektronik";
  const S2 = "Meningkatnya akses dan mutu layanan informatika bagi masyarakat";
  const rows = [
    {
      id: "i1",
      sas: S1,
      ind: "Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)",
      sat: "indeks",
      t: 2.6,
      r: 2.94,
      r23: 2.41,
      pred: "Sangat Baik",
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase perangkat daerah yang layanannya terintegrasi SPBE",
      sat: "%",
      t: 80,
      r: 84.62,
      r23: 73.08,
      pred: "Sangat Baik",
    },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase desa yang terakses jaringan internet",
      sat: "%",
      t: 78,
      r: 74.35,
      r23: 69.57,
      pred: "Sangat Baik",
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase layanan publik berbasis elektronik",
      sat: "%",
      t: 70,
      r: 49.7,
      r23: 44.1,
      pred: "Baik",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Rata-rata waktu pemulihan gangguan jaringan intra pemerintah",
      sat: "jam",
      t: 6,
      r: 4.5,
      r23: 7.5,
      pred: "Sangat Baik",
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, i): Row => ({
        id: x.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted: i3 typed 93.52 (74.35 / 78 gives 95.32); i5 lower is better: refleksi (2T - R) / T
          cap:
            x.id === "i3"
              ? 93.52
              : x.id === "i5"
                ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
                : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
          pred: x.pred,
          r23: x.r23,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata Capaian",
          cap: fx(`ROUND(AVERAGE(${c.a("cap", "i1")}:${c.a("cap", "i5")}),2)`),
          pred: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator waktu pemulihan gangguan: semakin kecil semakin baik, capaian = (2 x target - realisasi) / target x 100.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Muaro Kumpeh, 14 Februari 2025",
    jabatan: ["KEPALA DINAS KOMUNIKASI DAN INFORMATIKA,"],
    nama: "Ir. MUHAMMAD FADLI SYAHPUTRA, M.Kom.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760912 200212 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cap", "i3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% Capaian of the desa terakses internet is a typed 93.52 among ROUND formulas; 74.35 / 78 gives 95.32 (digits swapped)",
    truth: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "i4") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Baik' for 71.00 (49.70 against 70); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("cap", "i4")})`,
  });
  for (const id of ["i1", "i2", "i4"])
    b.ok({
      sheet: S,
      cell: a("cap", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("cap", "i5"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "i5")}-${a("r", "i5")})/${a("t", "i5")}*100,2)`,
    trap: `ROUND(${a("r", "i5")}/${a("t", "i5")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i5"])
    b.ok({
      sheet: S,
      cell: a("pred", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("cap", id)})`,
    });
  return b.finish();
}

// ============================================ E.81 evaluasi Renja 2024, Diskominfo Merauke Selatan (Papua Selatan)
type E = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  tk: number;
  rk: number;
  trp?: number;
  q?: number[];
};

export function e81Kominfo(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-diskominfo-merauke-selatan.xlsx",
    "E.81 evaluasi Renja (Diskominfo)",
    "E.81-like evaluasi Renja 2024 (dalam ribuan rupiah): Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | 'Target Renja 2024' > K | Rp | 'Realisasi Anggaran' > Triwulan I .. IV | 'Realisasi s.d. Triwulan IV' > K | Rp '(12) = 7+8+9+10' | 'Tingkat Capaian (%)' > K | Rp; program > two kegiatan > four sub kegiatan",
  );
  const S = "E81 Diskominfo 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MERAUKE SELATAN", "DINAS KOMUNIKASI DAN INFORMATIKA"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH",
    "Periode Pelaksanaan: Triwulan I s.d. Triwulan IV Tahun 2024",
    "(dalam ribuan rupiah)",
  ]);
  const TR = "Target Renja Tahun 2024";
  const RA = "Realisasi Anggaran per Triwulan";
  const RS = "Realisasi Kinerja dan Anggaran s.d. Triwulan IV";
  const TC = "Tingkat Capaian (%)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 20 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 44 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 9 },
    { key: "tk", head: [TR, "K"], role: "target", year: 2024, num: "5", width: 8 },
    { key: "trp", head: [TR, "Rp"], role: "anggaran", year: 2024, num: "6", fmt: RP, width: 14 },
    { key: "q1", head: [RA, "I"], role: "realisasi-anggaran", year: 2024, num: "7", fmt: RP, width: 12 },
    { key: "q2", head: [RA, "II"], role: "realisasi-anggaran", year: 2024, num: "8", fmt: RP, width: 12 },
    { key: "q3", head: [RA, "III"], role: "realisasi-anggaran", year: 2024, num: "9", fmt: RP, width: 12 },
    { key: "q4", head: [RA, "IV"], role: "realisasi-anggaran", year: 2024, num: "10", fmt: RP, width: 12 },
    { key: "rk", head: [RS, "K"], role: "realisasi", year: 2024, num: "11", width: 8 },
    {
      key: "rrp",
      head: [RS, "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "12 = 7+8+9+10",
      fmt: RP,
      width: 14,
    },
    { key: "ck", head: [TC, "K"], role: "capaian", year: 2024, num: "13 = 11/5", fmt: DEC, width: 9 },
    { key: "crp", head: [TC, "Rp"], role: "capaian", year: 2024, num: "14 = 12/6", fmt: DEC, width: 9 },
  ];
  const rows: E[] = [
    {
      id: "p",
      kode: "2.16.03",
      ur: "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA",
      ind: "Indeks SPBE",
      sat: "indeks",
      tk: 2.5,
      rk: 2.71,
    },
    {
      id: "k1",
      kode: "2.16.03.2.01",
      ur: "Pengelolaan Nama Domain yang Telah Ditetapkan oleh Pemerintah Pusat dan Sub Domain di Lingkup Pemerintah Daerah",
      ind: "Jumlah sub domain perangkat daerah yang aktif",
      sat: "domain",
      tk: 42,
      rk: 45,
    },
    {
      id: "s1",
      kode: "2.16.03.2.01.0001",
      ur: "Pengelolaan Nama Domain dan Sub Domain Pemerintah Daerah",
      ind: "Jumlah nama domain dan sub domain yang dikelola",
      sat: "domain",
      tk: 42,
      rk: 45,
      trp: 186_500,
      q: [21_300, 48_750, 52_100, 59_860],
    },
    {
      id: "k2",
      kode: "2.16.03.2.02",
      ur: "Pengelolaan e-Government di Lingkup Pemerintah Daerah",
      ind: "Jumlah layanan SPBE yang terintegrasi",
      sat: "layanan",
      tk: 14,
      rk: 12,
    },
    {
      id: "s2",
      kode: "2.16.03.2.02.0001",
      ur: "Penatalaksanaan dan Pengawasan e-Government dalam Pelaksanaan Sistem Pemerintahan Berbasis Elektronik",
      ind: "Jumlah dokumen evaluasi mandiri SPBE",
      sat: "dokumen",
      tk: 1,
      rk: 1,
      trp: 412_000,
      q: [38_400, 96_250, 121_700, 137_480],
    },
    {
      id: "s3",
      kode: "2.16.03.2.02.0005",
      ur: "Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik",
      ind: "Jumlah aplikasi layanan yang dikembangkan",
      sat: "aplikasi",
      tk: 6,
      rk: 5,
      trp: 1_284_000,
      q: [102_600, 318_400, 296_150, 411_870],
    },
    {
      id: "s4",
      kode: "2.16.03.2.01.0006",
      ur: "Pengelolaan Pusat Data Pemerintah Daerah",
      ind: "Persentase ketersediaan layanan pusat data (uptime)",
      sat: "%",
      tk: 99.5,
      rk: 99.71,
      trp: 935_500,
      q: [176_200, 214_900, 238_650, 283_120],
    },
  ];
  const subs: Record<string, string[]> = { k1: ["s1"], k2: ["s2", "s3", "s4"], p: ["k1", "k2"] };
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: !x.q,
      cells: (c: Ctx) => {
        const add = (k: string) => subs[x.id].map((id) => c.a(k, id)).join("+");
        const base: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: x.kode,
          ur: x.ur,
          ind: x.ind,
          sat: x.sat,
          tk: x.tk,
          rk: x.rk,
          ck: fx(`ROUND(${c.a("rk")}/${c.a("tk")}*100,2)`),
          crp: fx(`ROUND(${c.a("rrp")}/${c.a("trp")}*100,2)`),
        };
        if (x.q) {
          base.trp = x.trp!;
          x.q.forEach((v, i) => (base[`q${i + 1}`] = v));
          // planted: s2 adds Triwulan I-III only
          base.rrp =
            x.id === "s2"
              ? fx(`${c.a("q1")}+${c.a("q2")}+${c.a("q3")}`)
              : fx(`${c.a("q1")}+${c.a("q2")}+${c.a("q3")}+${c.a("q4")}`);
        } else {
          base.trp = fx(add("trp"));
          for (const k of ["q1", "q2", "q3", "q4", "rrp"]) base[k] = fx(add(k));
        }
        return base;
      },
    })),
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan anggaran perubahan untuk pusat data dan bandwidth.",
    "Faktor penghambat: keterbatasan SDM pranata komputer; integrasi dua layanan tertunda ke Tahun 2025.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Merauke Selatan, 20 Januari 2025",
    jabatan: ["KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", "KABUPATEN MERAUKE SELATAN,"],
    nama: "YOHANES K. GEBZE, S.T., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19790305 200501 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q4sum = (id: string) => ["q1", "q2", "q3", "q4"].map((k) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rrp", "s2") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Realisasi Rp (12) of sub kegiatan 2.16.03.2.02.0001 is =7+8+9, Triwulan IV (137,480) left out: 256,350 instead of 393,830",
    truth: q4sum("s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengelolaan Pusat Data Pemerintah Daerah is coded 2.16.03.2.01.0006 under kegiatan 2.16.03.2.02; its code is 2.16.03.2.02.0006",
    truth: `${a("kode", "k2")}&".0006"`,
  });
  for (const id of ["s1", "s3", "s4"])
    b.ok({ sheet: S, cell: a("rrp", id), rules: ["sum-mismatch", "inconsistent-formula"], truth: q4sum(id) });
  b.ok({ sheet: S, cell: a("rrp", "k1"), rules: ["sum-mismatch"], truth: a("rrp", "s1") });
  b.ok({
    sheet: S,
    cell: a("trp", "k2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("trp", "s2")}:${a("trp", "s4")})`,
  });
  // the program's pagu adds its two kegiatan, not every row under it (that would count each sub kegiatan twice)
  b.ok({
    sheet: S,
    cell: a("trp", "p"),
    rules: ["sum-mismatch"],
    truth: `${a("trp", "k1")}+${a("trp", "k2")}`,
    trap: `SUM(${a("trp", "k1")}:${a("trp", "s4")})`,
  });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("crp", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rrp", id)}/${a("trp", id)}*100,2)`,
    });
  for (const id of ["s1", "k2"])
    b.ok({
      sheet: S,
      cell: a("ck", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rk", id)}/${a("tk", id)}*100,2)`,
    });
  for (const id of ["s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "k2"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "k2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "k2")})`,
    actual: a("kode", "p"),
  });
  return b.finish();
}

// ================================================ Matriks IKU 2025-2029, Diskominfo Mappi Raya (Papua Selatan)
export function ikuKominfo(): BookW {
  const b = new BookW(
    "matriks-iku-diskominfo-mappi-raya.xlsx",
    "IKU matrix (Diskominfo)",
    "Matriks IKU 2025-2029: No | Sasaran | Indikator Kinerja Utama | Definisi / Formulasi | Satuan | Kondisi Awal (2024) | 'Target Tahun ke-' > I (2025) .. V (2029) | Kondisi Akhir (2029) | Penanggung Jawab; kondisi akhir =the 2029 target",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MAPPI RAYA",
    "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN",
  ]);
  s.lines(["MATRIKS INDIKATOR KINERJA UTAMA (IKU) TAHUN 2025 - 2029"]);
  s.gap();
  const TT = "Target Tahun ke-";
  const ord = ["I", "II", "III", "IV", "V"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "def", head: ["Definisi / Formulasi"], role: "rumus", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "aw", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
    ...ord.map((o, i): Col => ({
      key: `y${2025 + i}`,
      head: [TT, `${o} (${2025 + i})`],
      role: "target",
      year: 2025 + i,
      width: 9,
    })),
    { key: "ka", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, width: 10 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 22 },
  ];
  const A = "Meningkatnya tata kelola pemerintahan berbasis elektronik";
  const B = "Meningkatnya konektivitas dan layanan informasi publik";
  const rows = [
    {
      id: "i1",
      sas: A,
      ind: "Indeks SPBE",
      def: "Nilai evaluasi SPBE oleh Kementerian PANRB",
      sat: "indeks",
      aw: 2.45,
      y: [2.6, 2.75, 2.9, 3.05, 3.2],
      pj: "Bidang Aptika",
    },
    {
      id: "i2",
      sas: A,
      ind: "Persentase perangkat daerah yang menggunakan aplikasi umum SPBE",
      def: "PD pengguna aplikasi umum / seluruh PD x 100",
      sat: "%",
      aw: 70,
      y: [78, 85, 92, 98, 104],
      pj: "Bidang Aptika",
    },
    {
      id: "i3",
      sas: B,
      ind: "Persentase kampung yang terakses jaringan internet",
      def: "Kampung terakses internet / seluruh kampung x 100",
      sat: "%",
      aw: 61.3,
      y: [68, 74, 71, 86, 92],
      pj: "Bidang Infrastruktur TIK",
    },
    {
      id: "i4",
      sas: B,
      ind: "Rata-rata waktu pemulihan gangguan jaringan intra pemerintah",
      def: "Jumlah jam pemulihan / jumlah gangguan (semakin kecil semakin baik)",
      sat: "jam",
      aw: 8,
      y: [7, 6, 5, 4.5, 4],
      pj: "Bidang Infrastruktur TIK",
    },
    {
      id: "i5",
      sas: B,
      ind: "Persentase aduan SP4N-LAPOR! yang ditindaklanjuti",
      def: "Aduan ditindaklanjuti / aduan masuk x 100",
      sat: "%",
      aw: 82,
      y: [85, 88, 90, 92, 95],
      pj: "Bidang IKP",
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => ({
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        def: x.def,
        sat: x.sat,
        aw: x.aw,
        ...Object.fromEntries(x.y.map((v, j) => [`y${2025 + j}`, v])),
        ka: fx(c.a("y2029")),
        pj: x.pj,
      }),
    })),
  });
  s.gap();
  s.lines([
    "Catatan: target kampung terakses internet mengikuti rencana pembangunan BTS BAKTI 4G dan VSAT Kominfo.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "i3") },
    rules: ["target-trend"],
    note: "target 2027 of the kampung terakses internet falls to 71 between 74 (2026) and 86 (2028) on a rising indicator; the Renstra series is 80",
    truth: "80",
  });
  b.plant({
    at: { sheet: S, cell: a("y2029", "i2") },
    rules: ["percent-out-of-range"],
    note: "target 2029 of the PD using the aplikasi umum SPBE is 104 %, a share of all PD cannot pass 100",
    truth: "100",
  });
  for (const id of ["i1", "i4", "i5"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", id),
      trap: `SUM(${a("y2025", id)}:${a("y2029", id)})`,
    });
  for (const y of [2026, 2027, 2028, 2029])
    b.ok({ sheet: S, cell: a(`y${y}`, "i4"), rules: ["target-trend"], truth: String(rows[3].y[y - 2025]) });
  b.ok({ sheet: S, cell: a("y2029", "i5"), rules: ["percent-out-of-range"], truth: "95" });
  return b.finish();
}
