// Performance tables: the Renstra 2025-2029 target table of the Dinas Ketenagakerjaan of Provinsi
// Daerah Khusus Jayakarta (kondisi akhir for rates and flows), and the LKjIP 2024 table of the Badan
// Pendapatan Daerah of Provinsi Kalimantan Selatan. Every office, person and number is invented.
import { BookW, DEC, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type RsR = { id: string; ind: string; sat: string; aw: number; k: number[]; flow?: boolean; sifat: string };

/** Renstra 2025-2029 target kinerja, Disnaker Provinsi DK Jayakarta. */
export function renstraDisnakerJayakarta(): BookW {
  const b = new BookW(
    "renstra-2025-2029-target-kinerja-disnaker-provinsi-dk-jayakarta.xlsx",
    "Renstra target table with kondisi akhir for rates and flows",
    "No | Indikator Kinerja Tujuan / Sasaran | Satuan | Baseline 2024 | 'Proyeksi Target' > 2025 .. 2029 | Kondisi Akhir Periode Renstra | Sifat Data; rates end on the 2029 target (formula), flows add the five years (SUM)",
  );
  const S = "Target Renstra";
  const s = b.sheet(S);
  letterhead(s, ["DINAS TENAGA KERJA, TRANSMIGRASI DAN ENERGI", "PROVINSI DAERAH KHUSUS JAYAKARTA"]);
  s.lines(["Tabel 5.1 Target Kinerja Renstra Tahun 2025-2029"], 1, { bold: true });
  s.gap();
  const rs: RsR[] = [
    {
      id: "tpt",
      ind: "Tingkat Pengangguran Terbuka (TPT)",
      sat: "%",
      aw: 6.21,
      k: [6.05, 5.9, 6.75, 5.6, 5.45],
      sifat: "tingkat, negatif",
    },
    {
      id: "tpak",
      ind: "Tingkat Partisipasi Angkatan Kerja",
      sat: "%",
      aw: 63.4,
      k: [63.8, 64.2, 64.6, 65.0, 65.4],
      sifat: "tingkat",
    },
    {
      id: "sert",
      ind: "Persentase tenaga kerja bersertifikat kompetensi",
      sat: "%",
      aw: 21.5,
      k: [23, 25, 27, 29, 31],
      sifat: "tingkat",
    },
    {
      id: "latih",
      ind: "Jumlah peserta pelatihan berbasis kompetensi",
      sat: "orang",
      aw: 4_860,
      k: [5_000, 5_250, 5_500, 5_750, 6_000],
      flow: true,
      sifat: "jumlah per tahun",
    },
    {
      id: "tempat",
      ind: "Jumlah pencari kerja yang ditempatkan",
      sat: "orang",
      aw: 18_420,
      k: [19_000, 19_800, 20_600, 21_400, 22_200],
      flow: true,
      sifat: "jumlah per tahun",
    },
    {
      id: "phi",
      ind: "Persentase kasus hubungan industrial yang diselesaikan",
      sat: "%",
      aw: 78,
      k: [80, 82, 84, 86, 88],
      sifat: "tingkat",
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Tujuan / Sasaran"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "aw", head: ["Baseline 2024"], role: "kondisi-awal", year: 2024, fmt: "#,##0.00", width: 10 },
    ...Y.map((y, i): Col => ({
      key: `y${i}`,
      head: ["Proyeksi Target", String(y)],
      role: "target",
      year: y,
      fmt: "#,##0.00",
      width: 9,
    })),
    {
      key: "ka",
      head: ["Kondisi Akhir Periode Renstra"],
      role: "kondisi-akhir",
      year: 2029,
      fmt: "#,##0.00",
      width: 11,
    },
    { key: "sif", head: ["Sifat Data"], role: "keterangan", width: 14 },
  ];
  const rows: Row[] = rs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat, aw: x.aw, sif: x.sifat };
      x.k.forEach((v, k) => (out[`y${k}`] = v));
      // planted: the kondisi akhir of pencari kerja ditempatkan (a flow) takes the 2029 target only
      out.ka = x.flow && x.id !== "tempat" ? fx(`SUM(${c.a("y0")}:${c.a("y4")})`) : fx(c.a("y4"));
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines([
    "Catatan: indikator tingkat berakhir pada target tahun 2029; indikator jumlah per tahun dijumlahkan selama lima tahun.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Jayakarta, 3 Maret 2025",
    jabatan: ["Kepala Dinas"],
    nama: "Ir. YOHANES BAYU PRASETYA, M.Sc.",
    nip: "19750921 200003 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2", "tpt") },
    rules: ["target-trend", "target-outlier"],
    note: "TPT (lower is better) target 2027 typed 6.75 between 5.90 (2026) and 5.60 (2028); the steady step of 0.15 gives 5.75 (digits 5 and 7 mixed up)",
    truth: `(${a("y1", "tpt")}+${a("y3", "tpt")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("ka", "tempat") },
    rules: ["kondisi-akhir-mismatch"],
    note: "pencari kerja ditempatkan is a yearly count, yet its kondisi akhir is = the 2029 target (22,200); the five years add to 103,000",
    truth: `SUM(${a("y0", "tempat")}:${a("y4", "tempat")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ka", "tpak"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("y4", "tpak"),
    trap: `SUM(${a("y0", "tpak")}:${a("y4", "tpak")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ka", "latih"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${a("y0", "latih")}:${a("y4", "latih")})`,
    trap: a("y4", "latih"),
  });
  b.ok({ sheet: S, cell: a("y4", "tpt"), rules: ["target-trend"], truth: `${a("y3", "tpt")}-0.15` });
  return b.finish();
}

type LkR = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  neg?: boolean;
  kat: string;
};

/** LKjIP 2024 tabel capaian, Bapenda Provinsi Kalimantan Selatan. */
export function lkjipBapendaKalsel(): BookW {
  const b = new BookW(
    "lkjip-2024-bapenda-provinsi-kalimantan-selatan-capaian-sasaran.xlsx",
    "LKjIP row-wise table with capaian and kategori",
    "No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target 2024 | Realisasi 2024 | % Capaian | Kategori; refleksi formula for the two lower-is-better indicators; kategori typed; bands in a note",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN SELATAN"]);
  s.lines(["Tabel 3.1 Capaian Indikator Kinerja Sasaran Strategis Tahun 2024"], 1, { bold: true });
  s.gap();
  const A = "Meningkatnya pendapatan asli daerah";
  const B = "Meningkatnya kualitas pelayanan pajak daerah";
  const rs: LkR[] = [
    {
      id: "rasio",
      sas: A,
      ind: "Rasio PAD terhadap total pendapatan daerah",
      sat: "%",
      t: 48.5,
      r: 50.12,
      kat: "Sangat Tinggi",
    },
    {
      id: "capad",
      sas: A,
      ind: "Persentase realisasi PAD terhadap target",
      sat: "%",
      t: 100,
      r: 103.47,
      kat: "Sangat Tinggi",
    },
    {
      id: "tungg",
      sas: A,
      ind: "Persentase tunggakan PKB terhadap ketetapan",
      sat: "%",
      t: 9.5,
      r: 11.2,
      neg: true,
      kat: "Tinggi",
    },
    { id: "ikm", sas: B, ind: "Indeks kepuasan wajib pajak", sat: "indeks", t: 85, r: 58.6, kat: "Rendah" },
    {
      id: "waktu",
      sas: B,
      ind: "Rata-rata waktu layanan pengesahan STNK di Samsat",
      sat: "menit",
      t: 45,
      r: 38,
      neg: true,
      kat: "Sangat Tinggi",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: DEC, width: 10 },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
    { key: "c", head: ["% Capaian"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "kat", head: ["Kategori"], role: "predikat", width: 14 },
  ];
  const rows: Row[] = rs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      t: x.t,
      r: x.r,
      // planted: the waktu layanan (menit, lower is better) takes R / T
      c:
        x.neg && x.id !== "waktu"
          ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
          : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
      kat: x.kat,
    }),
  }));
  const t = s.table({ cols, headerRows: 1, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Keterangan: indikator tunggakan dan waktu layanan bersifat negatif, capaian = (2 x T - R) / T x 100.",
    "Kategori: > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; > 65 s.d. 75 Sedang; > 50 s.d. 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Banjarbaru, 26 Februari 2025",
    jabatan: ["Kepala Badan Pendapatan Daerah", "Provinsi Kalimantan Selatan"],
    nama: "H. SYAHRIANOOR WIBISONO, S.Hut., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19740130 199903 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "waktu") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "waktu layanan (menit, negatif by the note) capaian R / T = 84.44 (38 / 45); the refleksi gives (90 - 38) / 45 x 100 = 115.56",
    truth: `ROUND((2*${a("t", "waktu")}-${a("r", "waktu")})/${a("t", "waktu")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("kat", "ikm") },
    rules: ["predikat-mismatch"],
    note: "kategori 'Rendah' for 68.94 (58.6 / 85 x 100): taken from the realisasi 58.6 instead of the capaian; the band > 65 s.d. 75 is Sedang",
    truth: `PREDIKAT(${a("c", "ikm")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "tungg"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "tungg")}-${a("r", "tungg")})/${a("t", "tungg")}*100,2)`,
    trap: `${a("r", "tungg")}/${a("t", "tungg")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "capad"),
    rules: ["percent-out-of-range", "capaian-mismatch"],
    truth: `ROUND(${a("r", "capad")}/${a("t", "capad")}*100,2)`,
  });
  for (const id of ["rasio", "capad", "tungg"])
    b.ok({ sheet: S, cell: a("kat", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  return b.finish();
}
