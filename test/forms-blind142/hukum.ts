// The Bagian Hukum of a Sekretariat Daerah on produk hukum and JDIH: a PK 2025 beside the Renstra Setda
// (Sulawesi Barat), a Renja evaluation with quarters in thousands of rupiah (Sulawesi Barat) and a JDIH
// recap of produk hukum per jenis and triwulan (Jawa Timur). Every region, name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

/** PK 2025 of the Kepala Bagian Hukum and the Renstra Setda 2025-2029, Kabupaten Polewali Timur. */
export function pkHukumPolewaliTimur(): BookW {
  const b = new BookW(
    "pk-kabag-hukum-renstra-setda-polewali-timur.xlsx",
    "Perjanjian Kinerja 2025 with its Renstra (Bagian Hukum)",
    "sheet 'PK Hukum 2025': No | Sasaran | Indikator Kinerja | Satuan | Target 2025; sheet 'Renstra Setda': No | Indikator | Satuan | Baseline 2024 | 'Target Tahun ke-' > I (2025) .. V (2029) | Kondisi Akhir 2029",
  );
  const P = "PK Hukum 2025";
  const RS = "Renstra Setda";
  type I = { id: string; ind: string; sat: string; base: number; k: number[]; flow?: boolean };
  const I: I[] = [
    {
      id: "r1",
      ind: "Persentase produk hukum daerah yang ditetapkan tepat waktu",
      sat: "%",
      base: 80,
      k: [82, 84, 86, 88, 90],
    },
    {
      id: "r2",
      ind: "Persentase produk hukum yang dipublikasikan melalui JDIH",
      sat: "%",
      base: 75,
      k: [80, 85, 90, 95, 100],
    },
    {
      id: "r3",
      ind: "Jumlah rancangan produk hukum yang difasilitasi",
      sat: "dokumen/tahun",
      base: 116,
      k: [120, 125, 130, 135, 140],
      flow: true,
    },
    {
      id: "r4",
      ind: "Indeks kepuasan layanan bantuan hukum",
      sat: "indeks",
      base: 3.1,
      k: [3.2, 3.3, 3.4, 3.5, 3.6],
    },
  ];
  // the Renstra first, so the PK can point at it
  const rs = b.sheet(RS);
  rs.lines([
    "RENCANA STRATEGIS SEKRETARIAT DAERAH KABUPATEN POLEWALI TIMUR 2025-2029",
    "Indikator Kinerja Bagian Hukum",
  ]);
  rs.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rom = ["I", "II", "III", "IV", "V"];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "base", head: ["Baseline 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...Y.map((y, i): Col => ({
        key: `k${y}`,
        head: ["Target Tahun ke-", `${rom[i]} (${y})`],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: I.map((r, n): Row => ({
      id: r.id,
      cells: (x: Ctx) => ({
        no: n + 1,
        ind: r.ind,
        sat: r.sat,
        base: r.base,
        ...Object.fromEntries(Y.map((y, i) => [`k${y}`, r.k[i]])),
        // planted: r2's kondisi akhir typed 95 (the 2029 target is 100)
        ak: r.id === "r2" ? 95 : r.flow ? fx(`SUM(${x.a("k2025")}:${x.a("k2029")})`) : fx(x.a("k2029")),
      }),
    })),
  });
  const p = b.sheet(P);
  letterhead(p, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA BAGIAN HUKUM SEKRETARIAT DAERAH KABUPATEN POLEWALI TIMUR",
  ]);
  const SAS = "Meningkatnya kualitas dan kepastian produk hukum daerah";
  const PK_T: Record<string, number> = { r1: 82, r2: 80, r3: 120, r4: 3.3 };
  const pt = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: I.map((r, n): Row => ({
      id: r.id,
      cells: { no: n + 1, sas: SAS, ind: r.ind, sat: r.sat, t: PK_T[r.id] },
    })),
  });
  p.gap();
  signature(p, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["SEKRETARIS DAERAH,"],
    nama: "Dr. ANDI SYAMSUL BAHRI, S.STP., M.Si.",
    nip: "19780521 199712 1 002",
  });
  p.r -= 7;
  signature(p, 4, {
    tempat: "Polewali Timur, 3 Februari 2025 - Pihak Pertama,",
    jabatan: ["KEPALA BAGIAN HUKUM,"],
    nama: "NURHAYATI PAWELANGI, S.H., M.H.",
    nip: "19840917 200902 2 004",
  });
  const ref = (id: string) => `'${RS}'!${rt.a("k2025", id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "r4") },
        { sheet: RS, cell: rt.a("k2025", "r4") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the indeks kepuasan bantuan hukum is 3.30, the Renstra 2026 target; the Renstra 2025 target is 3.20",
    truth: ref("r4"),
  });
  b.plant({
    at: { sheet: RS, cell: rt.a("ak", "r2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir 2029 of the JDIH publication rate is a typed 95.00; a rate ends at its 2029 target, 100.00",
    truth: rt.a("k2029", "r2"),
  });
  for (const id of ["r1", "r2", "r3"])
    b.ok({ sheet: P, cell: pt.a("t", id), rules: ["cross-table-mismatch"], truth: ref(id) });
  b.ok({
    sheet: RS,
    cell: rt.a("ak", "r3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${rt.a("k2025", "r3")}:${rt.a("k2029", "r3")})`,
    trap: rt.a("k2029", "r3"),
  });
  for (const id of ["r1", "r4"])
    b.ok({
      sheet: RS,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("k2029", id),
      trap: `SUM(${rt.a("k2025", id)}:${rt.a("k2029", id)})`,
    });
  return b.finish();
}

/** E.81-like evaluation of the Renja 2024 of the Bagian Hukum, Kabupaten Majene Selatan (ribuan rupiah). */
export function evaluasiRenjaHukumMajene(): BookW {
  const b = new BookW(
    "evaluasi-renja-bagian-hukum-majene-selatan-2024.xlsx",
    "E.81 evaluasi Renja (Bagian Hukum)",
    "Evaluasi Renja 2024 in thousands of rupiah: Kode | Program / Kegiatan / Sub Kegiatan | Pagu Renja 2024 | 'Realisasi Triwulan' > I .. IV | Realisasi s.d. Triwulan IV | Tingkat Capaian (%); number row 1 .. '8 = 4 + 5 + 6 + 7', '9 = 8 / 3 x 100'; program = its kegiatan, kegiatan = its three sub kegiatan",
  );
  const S = "E81 Hukum 2024";
  const s = b.sheet(S);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH",
    "SEKRETARIAT DAERAH KABUPATEN MAJENE SELATAN - BAGIAN HUKUM",
    "Periode Pelaksanaan: Triwulan I s.d. IV Tahun 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const TW = "Realisasi Kinerja dan Anggaran Triwulan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 20 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 40 },
    { key: "pagu", head: ["Pagu Renja Tahun 2024"], role: "anggaran", year: 2024, num: 3, fmt: INT },
    { key: "q1", head: [TW, "I"], num: 4, fmt: INT },
    { key: "q2", head: [TW, "II"], num: 5, fmt: INT },
    { key: "q3", head: [TW, "III"], num: 6, fmt: INT },
    { key: "q4", head: [TW, "IV"], num: 7, fmt: INT },
    {
      key: "jml",
      head: ["Realisasi s.d. Triwulan IV"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "8 = 4 + 5 + 6 + 7",
      fmt: INT,
    },
    {
      key: "cap",
      head: ["Tingkat Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "9 = 8 / 3 x 100",
      fmt: DEC,
    },
  ];
  const SUB = [
    {
      id: "s1",
      kode: "4.01.02.2.03.0001",
      ur: "Fasilitasi Penyusunan Produk Hukum Daerah",
      pagu: 842_500,
      q: [126_300, 198_450, 231_600, 214_880],
    },
    {
      id: "s2",
      kode: "4.01.02.2.03.0002",
      ur: "Fasilitasi Bantuan Hukum",
      pagu: 315_000,
      q: [41_250, 68_900, 87_400, 96_150],
    },
    {
      id: "s3",
      // planted: coded under kegiatan 4.01.02.2.02 instead of 4.01.02.2.03
      kode: "4.01.02.2.02.0003",
      ur: "Pendokumentasian Produk Hukum dan Pengelolaan JDIH",
      pagu: 276_400,
      q: [38_700, 57_250, 69_800, 82_640],
    },
  ];
  const qs = ["q1", "q2", "q3", "q4"];
  const agg = (id: string, x: Ctx): Record<string, ReturnType<typeof fx>> => {
    const from = id === "prog" ? "keg" : "s1";
    const to = id === "prog" ? "keg" : "s3";
    const out: Record<string, ReturnType<typeof fx>> = {};
    for (const k of ["pagu", ...qs])
      out[k] = fx(from === to ? x.a(k, "keg") : `SUM(${x.a(k, from)}:${x.a(k, to)})`);
    // planted: the kegiatan's Triwulan III adds s1 and s2 only
    if (id === "keg") out.q3 = fx(`SUM(${x.a("q3", "s1")}:${x.a("q3", "s2")})`);
    return out;
  };
  const rowTail = (x: Ctx) => ({
    jml: fx(`${x.a("q1")}+${x.a("q2")}+${x.a("q3")}+${x.a("q4")}`),
    cap: fx(`ROUND(${x.a("jml")}/${x.a("pagu")}*100,2)`),
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      {
        id: "prog",
        bold: true,
        cells: (x) => ({
          kode: "4.01.02",
          ur: "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT",
          ...agg("prog", x),
          ...rowTail(x),
        }),
      },
      {
        id: "keg",
        bold: true,
        cells: (x) => ({
          kode: "4.01.02.2.03",
          ur: "Fasilitasi dan Koordinasi Hukum",
          ...agg("keg", x),
          ...rowTail(x),
        }),
      },
      ...SUB.map((u): Row => ({
        id: u.id,
        cells: (x: Ctx) => ({
          kode: u.kode,
          ur: u.ur,
          pagu: u.pagu,
          ...Object.fromEntries(qs.map((k, i) => [k, u.q[i]])),
          ...rowTail(x),
          // planted: s2's capaian typed 92.15 (293,700 / 315,000 = 93.24)
          ...(u.id === "s2" ? { cap: 92.15 } : {}),
        }),
      })),
    ],
  });
  s.gap();
  s.lines([
    "Faktor penghambat: penundaan pembahasan Ranperda di DPRD pada Triwulan III.",
    "Tindak lanjut: percepatan harmonisasi bersama Kanwil Kemenkumham Sulawesi Barat.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pendokumentasian Produk Hukum dan Pengelolaan JDIH is coded 4.01.02.2.02.0003 under kegiatan 4.01.02.2.03",
    truth: a("kode", "keg"),
    actual: `PARENT(${a("kode", "s3")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("q3", "keg") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Triwulan III of the kegiatan is =SUM over the first two sub kegiatan (319,000); with the JDIH's 69,800 it is 388,800",
    truth: `SUM(${a("q3", "s1")}:${a("q3", "s3")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("cap", "s2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Tingkat capaian of the Fasilitasi Bantuan Hukum is a typed 92.15 among ROUND formulas; 293,700 / 315,000 gives 93.24",
    truth: `ROUND(${a("jml", "s2")}/${a("pagu", "s2")}*100,2)`,
  });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", "keg"),
      actual: `PARENT(${a("kode", id)})`,
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("jml", id),
      rules: ["sum-mismatch"],
      truth: `${a("q1", id)}+${a("q2", id)}+${a("q3", id)}+${a("q4", id)}`,
    });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("cap", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("jml", id)}/${a("pagu", id)}*100,2)`,
    });
  for (const k of ["pagu", "q1", "q2", "q4"])
    b.ok({ sheet: S, cell: a(k, "keg"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "s1")}:${a(k, "s3")})` });
  b.ok({
    sheet: S,
    cell: a("pagu", "prog"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pagu", "s1")}:${a("pagu", "s3")})`,
    trap: `SUM(${a("pagu", "keg")}:${a("pagu", "s3")})`,
  });
  return b.finish();
}

/** Rekap produk hukum and their upload to the JDIH per triwulan, Kabupaten Ngrowo Kidul (Jawa Timur). */
export function rekapJdihNgrowoKidul(): BookW {
  const b = new BookW(
    "rekap-produk-hukum-jdih-ngrowo-kidul-2024.xlsx",
    "Rekap produk hukum dan JDIH (Bagian Hukum)",
    "Rekap produk hukum 2024 per jenis: No | Jenis Produk Hukum | 'Ditetapkan pada Triwulan' > I .. IV | Jumlah 2024 | Diunggah ke JDIH | % Terunggah; number row (1) .. '(7) = (3)+(4)+(5)+(6)', '(9) = (8)/(7)x100'; JUMLAH row; footer",
  );
  const S = "Rekap JDIH";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN NGROWO KIDUL",
    "SEKRETARIAT DAERAH - BAGIAN HUKUM",
    "Jl. Panglima Sudirman No. 7 Ngrowo Kidul, Jawa Timur",
  ]);
  s.lines(["REKAPITULASI PRODUK HUKUM DAERAH DAN PUBLIKASI JDIH TAHUN 2024"]);
  s.gap();
  const J = [
    { id: "j1", nama: "Peraturan Daerah", q: [2, 3, 1, 6], up: 12 },
    { id: "j2", nama: "Peraturan Bupati", q: [14, 19, 11, 23], up: 65 },
    { id: "j3", nama: "Keputusan Bupati", q: [46, 52, 38, 71], up: 184 },
    { id: "j4", nama: "Instruksi Bupati", q: [3, 4, 2, 4], up: 12 },
    { id: "j5", nama: "Surat Edaran Bupati", q: [5, 7, 4, 6], up: 18 },
    { id: "j6", nama: "Keputusan Sekretaris Daerah", q: [9, 12, 8, 15], up: 31 },
  ];
  const G = "Ditetapkan pada Triwulan";
  const qs = ["q1", "q2", "q3", "q4"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "jenis", head: ["Jenis Produk Hukum"], num: "(2)", width: 30 },
    ...qs.map((k, i): Col => ({
      key: k,
      head: [G, ["I", "II", "III", "IV"][i]],
      num: `(${3 + i})`,
      fmt: INT,
      width: 8,
    })),
    { key: "jml", head: ["Jumlah 2024"], role: "target", year: 2024, num: "(7) = (3)+(4)+(5)+(6)", fmt: INT },
    { key: "up", head: ["Diunggah ke JDIH"], role: "realisasi", year: 2024, num: "(8)", fmt: INT },
    { key: "pct", head: ["% Terunggah"], role: "capaian", year: 2024, num: "(9) = (8)/(7)x100", fmt: DEC },
  ];
  const tot = (k: string, x: Ctx) => `SUM(${x.a(k, "j1")}:${x.a(k, "j6")})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...J.map((j, i): Row => ({
        id: j.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          jenis: j.nama,
          ...Object.fromEntries(qs.map((k, n) => [k, j.q[n]])),
          jml: fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
          up: j.up,
          // planted: Instruksi Bupati typed 108.33 (the ratio turned over: 13 / 12); 12 / 13 = 92.31
          pct: j.id === "j4" ? 108.33 : fx(`ROUND(${x.a("up")}/${x.a("jml")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "jenis"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          q1: fx(tot("q1", x)),
          // planted: stale cached 94 (before three Keputusan Bupati of June were registered)
          q2: fx(tot("q2", x), 94),
          q3: fx(tot("q3", x)),
          q4: fx(tot("q4", x)),
          jml: fx(tot("jml", x)),
          up: fx(tot("up", x)),
          pct: fx(`ROUND(${x.a("up")}/${x.a("jml")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: produk hukum yang belum diunggah menunggu penomoran dan autentifikasi salinan.",
    "Persentase baris JUMLAH dihitung dari total unggahan dibagi total produk hukum.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Ngrowo Kidul, 8 Januari 2025",
    jabatan: ["KEPALA BAGIAN HUKUM,"],
    nama: "RATNA DEWI KUSUMAWARDANI, S.H., M.Hum.",
    pangkat: "Pembina (IV/a)",
    nip: "19800226 200501 2 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pct", "j4") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "% Terunggah of the Instruksi Bupati is a typed 108.33 (13 / 12, the ratio turned over); 12 of 13 uploaded give 92.31",
    truth: `ROUND(${a("up", "j4")}/${a("jml", "j4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("q2", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Triwulan II is =SUM over the six jenis with a stale cached 94; the rows give 97",
    truth: `SUM(${a("q2", "j1")}:${a("q2", "j6")})`,
  });
  for (const j of J) {
    b.ok({
      sheet: S,
      cell: a("jml", j.id),
      rules: ["sum-mismatch"],
      truth: `SUM(${a("q1", j.id)}:${a("q4", j.id)})`,
    });
    if (j.id !== "j4")
      b.ok({
        sheet: S,
        cell: a("pct", j.id),
        rules: ["percent-out-of-range", "capaian-mismatch"],
        truth: `ROUND(${a("up", j.id)}/${a("jml", j.id)}*100,2)`,
      });
  }
  for (const k of ["q1", "q3", "q4", "jml", "up"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "j1")}:${a(k, "j6")})` });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${a("up", "j1")}:${a("up", "j6")})/SUM(${a("jml", "j1")}:${a("jml", "j6")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "j1")}:${a("pct", "j6")}),2)`,
  });
  return b.finish();
}
