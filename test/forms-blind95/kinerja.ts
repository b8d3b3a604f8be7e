// Performance documents of the disaster offices: the Perjanjian Kinerja 2025 of the Kepala Pelaksana
// BPBD Provinsi Sulawesi Tengah beside the Renstra 2025-2029 targets it quotes (IRBI lower is better,
// an index: its kondisi akhir is the last target), and the LKjIP 2024 measurement of the BPBD of Kota
// Cibeber Raya (Banten) with a Polaritas column, refleksi for the negative indicators and predikat
// words. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

// ========================================== PK 2025 BPBD Provinsi Sulawesi Tengah + Renstra

type RI = { id: string; sas: string; ind: string; sat: string; awal: number; t: number[]; level: boolean };

export function pkBpbdSulteng(): BookW {
  const b = new BookW(
    "pk-2025-bpbd-sulteng-dan-renstra.xlsx",
    "Perjanjian Kinerja beside its Renstra (BPBD)",
    "PK 2025 of the Kepala Pelaksana BPBD of a province: statement lines, then 'Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025' and 'No | Program | Anggaran (Rp) | Keterangan' with a Jumlah row; sheet 'Renstra 2025-2029': No | Sasaran | Indikator | Satuan | Kondisi Awal (2024) | Target 2025..2029 | Kondisi Akhir (last target for indices and persentase, the sum for counts)",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const SA = "Menurunnya risiko bencana di Provinsi Sulawesi Tengah";
  const SB = "Meningkatnya kecepatan penanganan darurat bencana";
  const RI_: RI[] = [
    {
      id: "i1",
      sas: SA,
      ind: "Indeks Risiko Bencana Provinsi (IRBI)",
      sat: "indeks",
      awal: 142.35,
      t: [138.2, 134.1, 130.05, 126, 121.9],
      level: true,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Persentase desa tangguh bencana",
      sat: "%",
      awal: 18.5,
      t: [22, 26, 30, 34, 38],
      level: true,
    },
    {
      id: "i3",
      sas: SA,
      ind: "Jumlah dokumen rencana kontinjensi yang disahkan",
      sat: "dokumen",
      awal: 2,
      t: [2, 3, 2, 3, 2],
      level: false,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Rata-rata waktu tanggap darurat bencana",
      sat: "jam",
      awal: 8,
      t: [7.5, 7, 6.5, 6, 5.5],
      level: true,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Persentase logistik tersalurkan dalam 2 x 24 jam",
      sat: "%",
      awal: 72.4,
      t: [76, 80, 84, 88, 92],
      level: true,
    },
  ];
  // ---------------------------------------------------------- Renstra sheet (built first: PK quotes it)
  const r = b.sheet(R);
  letterhead(r, ["BADAN PENANGGULANGAN BENCANA DAERAH PROVINSI SULAWESI TENGAH"]);
  r.lines(["Tabel 5.2", "Indikator Kinerja Utama dan Target Renstra BPBD Tahun 2025-2029"]);
  r.gap();
  const YR = [2025, 2026, 2027, 2028, 2029];
  const rt = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 38 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 11 },
      ...YR.map((y, i): Col => ({
        key: `t${i}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ka", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", width: 11 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: RI_.map((x, k): Row => ({
      id: x.id,
      cells: (c: Ctx) => ({
        no: k + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.t.map((v, i) => [`t${i}`, v])),
        ka: x.level ? x.t[4] : fx(`SUM(${c.a("t0")}:${c.a("t4")})`),
      }),
    })),
  });
  r.gap();
  r.lines(["Catatan: IRBI dan waktu tanggap semakin kecil semakin baik."]);

  // ---------------------------------------------------------- PK sheet
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI SULAWESI TENGAH", "BADAN PENANGGULANGAN BENCANA DAERAH"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini:",
    "Nama    : Ir. ANDI MASYHUR TOMBOLOTUTU, M.T.",
    "Jabatan : Kepala Pelaksana Badan Penanggulangan Bencana Daerah Provinsi Sulawesi Tengah",
    "selanjutnya disebut pihak pertama, berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(["LAMPIRAN PERJANJIAN KINERJA TAHUN 2025", "BPBD PROVINSI SULAWESI TENGAH"]);
  s.gap();
  const PLANT = "i2";
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 38 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: RI_.map((x, k): Row => ({
      id: x.id,
      // planted: the desa tangguh target is the Renstra 2026 target
      cells: { no: k + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.id === PLANT ? x.t[1] : x.t[0] },
    })),
  });
  s.gap();
  const PR = [
    { id: "g1", nama: "Program Penunjang Urusan Pemerintahan Daerah Provinsi", rp: 8_742_316_500 },
    { id: "g2", nama: "Program Penanggulangan Bencana", rp: 14_386_925_000 },
    { id: "g3", nama: "Program Pencegahan, Kesiapsiagaan dan Mitigasi Bencana", rp: 5_118_470_000 },
    { id: "g4", nama: "Program Rehabilitasi dan Rekonstruksi Pascabencana", rp: 9_604_250_000 },
  ];
  const tot = PR.reduce((n, p) => n + p.rp, 0);
  const gt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 32 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 38 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 9 },
    ],
    headerRows: 1,
    rows: [
      ...PR.map((p, k): Row => ({ id: p.id, cells: { no: k + 1, prog: p.nama, rp: p.rp, ket: "APBD" } })),
      {
        id: "jml",
        bold: true,
        // planted: the SUM stops one row short (rehabilitasi dan rekonstruksi left out)
        cells: (c: Ctx) => ({ prog: "Jumlah", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g3")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Palu Barat Raya, 6 Januari 2025",
    jabatan: ["KEPALA PELAKSANA BPBD", "PROVINSI SULAWESI TENGAH,"],
    nama: "Ir. ANDI MASYHUR TOMBOLOTUTU, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720605 199803 1 009",
  });
  const ra = (k: string, id: string) => rt.a(k, id);
  const pa = (id: string) => pt.a("t", id);
  const rp = (id: string) => `'${R}'!${ra("t0", id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: pa(PLANT) },
        { sheet: R, cell: ra("t0", PLANT) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the persentase desa tangguh bencana is 26 (the Renstra 2026 target); the Renstra 2025 target is 22",
    truth: rp(PLANT),
  });
  b.plant({
    at: { sheet: S, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: `Jumlah anggaran is =SUM over three programs, one row short: ${(tot - PR[3].rp).toLocaleString("en")} instead of ${tot.toLocaleString("en")}`,
    truth: `SUM(${gt.a("rp", "g1")}:${gt.a("rp", "g4")})`,
  });
  for (const x of RI_) {
    if (x.id !== PLANT) b.ok({ sheet: S, cell: pa(x.id), rules: ["cross-table-mismatch"], truth: rp(x.id) });
    const sumT = `SUM(${ra("t0", x.id)}:${ra("t4", x.id)})`;
    if (x.level)
      b.ok({
        sheet: R,
        cell: ra("ka", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: ra("t4", x.id),
        trap: sumT,
      });
    else
      b.ok({
        sheet: R,
        cell: ra("ka", x.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: sumT,
        trap: ra("t4", x.id),
      });
  }
  // the falling IRBI and waktu tanggap paths are right for lower-is-better indicators
  for (const id of ["i1", "i4"])
    b.ok({
      sheet: R,
      cell: ra("t2", id),
      rules: ["target-trend", "target-outlier"],
      truth: `(${ra("t1", id)}+${ra("t3", id)})/2`,
    });
  return b.finish();
}

// ========================================== LKjIP 2024 BPBD Kota Cibeber Raya (Banten)

type LI = {
  id: string;
  ind: string;
  sat: string;
  pol: "Positif" | "Negatif";
  t: number;
  r: number;
  c23: number;
};

export function lkjipBpbdCibeber(): BookW {
  const b = new BookW(
    "lkjip-2024-bpbd-cibeber-raya-polaritas.xlsx",
    "LKjIP pengukuran kinerja with polaritas (BPBD)",
    "LKjIP 2024 Tabel 3.1 of the BPBD of a kota in Banten: No | Indikator Kinerja Utama | Satuan | Polaritas | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Capaian 2023 (%); ROUND formulas, refleksi (2T-R)/T on the Negatif rows (IRB, waktu tanggap), predikat in the Sangat Baik..Sangat Kurang words; Rata-rata and predikat footer; the scale under the table",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["BADAN PENANGGULANGAN BENCANA DAERAH KOTA CIBEBER RAYA"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Indikator Kinerja Utama BPBD Tahun 2024"]);
  s.gap();
  const L: LI[] = [
    {
      id: "i1",
      ind: "Indeks Risiko Bencana (IRB) Kota Cibeber Raya",
      sat: "indeks",
      pol: "Negatif",
      t: 118.4,
      r: 121.36,
      c23: 96.12,
    },
    {
      id: "i2",
      ind: "Persentase kelurahan tangguh bencana",
      sat: "%",
      pol: "Positif",
      t: 35,
      r: 35.71,
      c23: 100.4,
    },
    {
      id: "i3",
      ind: "Rata-rata waktu tanggap kejadian bencana",
      sat: "menit",
      pol: "Negatif",
      t: 30,
      r: 24,
      c23: 108.33,
    },
    {
      id: "i4",
      ind: "Persentase logistik bencana tersalurkan dalam 2 x 24 jam",
      sat: "%",
      pol: "Positif",
      t: 90,
      r: 76.5,
      c23: 81.7,
    },
    {
      id: "i5",
      ind: "Persentase rekomendasi kajian risiko bencana yang ditindaklanjuti",
      sat: "%",
      pol: "Positif",
      t: 60,
      r: 37.8,
      c23: 55.25,
    },
  ];
  const cap = (x: LI) => round(x.pol === "Negatif" ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const STALE = "i2";
  const PRED = "i4";
  if (predikatBaik(cap(L[3])) !== "Baik") throw new Error("lkjip i4");
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "pol", head: ["Polaritas"], role: "polaritas", width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 13 },
    { key: "c23", head: ["Capaian 2023 (%)"], role: "capaian", year: 2023, fmt: DEC, width: 11 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...L.map((x, k): Row => ({
        id: x.id,
        cells: (c: Ctx) => ({
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          pol: x.pol,
          t: fmt(x.t, DEC),
          r: fmt(x.r, DEC),
          c: fx(
            x.pol === "Negatif"
              ? `ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`
              : `ROUND(${c.a("r")}/${c.a("t")}*100,2)`,
            // planted: a stale cached result (the capaian before the realisasi was revised)
            x.id === STALE ? 120.03 : undefined,
          ),
          // planted: "Sangat Baik" for 85.00 (the band > 75 - 90 is Baik)
          p: x.id === PRED ? "Sangat Baik" : predikatBaik(cap(x)),
          c23: x.c23,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c: Ctx) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator berpolaritas negatif (semakin kecil semakin baik) dihitung capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Cibeber Raya, 27 Februari 2025",
    jabatan: ["KEPALA PELAKSANA BPBD", "KOTA CIBEBER RAYA,"],
    nama: "RUDI HERMAWAN SANTOSO, S.T., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19800716 200501 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const rtf = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  const ref = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", STALE) },
    rules: ["capaian-mismatch"],
    note: `Capaian of the kelurahan tangguh is =ROUND(R/T*100,2) with a stale cached result of 120.03; 35.71 / 35 gives ${cap(L[1])}`,
    truth: rtf(STALE),
  });
  b.plant({
    at: { sheet: S, cell: a("p", PRED) },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Baik' for a capaian of 85.00 (76.5 / 90); the band > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", PRED)})`,
  });
  for (const x of L) {
    if (x.pol === "Negatif")
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: ["capaian-mismatch", "inconsistent-formula"],
        truth: ref(x.id),
        trap: rtf(x.id),
      });
    else if (x.id !== STALE)
      b.ok({ sheet: S, cell: a("c", x.id), rules: ["capaian-mismatch"], truth: rtf(x.id) });
    if (x.id !== PRED && x.id !== STALE)
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  return b.finish();
}
