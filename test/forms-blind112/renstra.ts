// Renstra tables of the Dinas Kesehatan of a kota in Maluku Utara (Renstra 2025-2029): a T-C.27 with
// "Tahun ke-1 .. ke-5" over Target | Rp "(dalam ribuan rupiah)" and SUM formulas for the kegiatan and the
// program, and an IKU matrix (kondisi awal 2024, targets 2025-2029, kondisi akhir) with lower-is-better
// rows (prevalensi stunting, kasus gizi buruk, kematian ibu). Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

const YEARS = [2025, 2026, 2027, 2028, 2029];
// the target columns of the five years (Tahun ke-1 .. ke-5), with an Rp column after each
const TK = ["k1", "k2", "k3", "k4", "k5"];

// ========================================================= T-C.27 Dinas Kesehatan Kota Gamkonora

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  flow: boolean;
  awal: number;
  k: number[];
  rp?: number[];
  kf: string;
};

export function tc27DinkesGamkonora(): BookW {
  const b = new BookW(
    "tc27-renstra-dinkes-kota-gamkonora-2025-2029.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif (Dinas Kesehatan)",
    "T-C.27 of a Dinas Kesehatan in Maluku Utara, Renstra 2025-2029, (dalam ribuan rupiah): Tujuan | Sasaran (merged) | Kode | Program dan Kegiatan | Indikator | Satuan | Data Capaian Tahun Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1..ke-5 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja | Lokasi; number row (1)..(22); kegiatan and program Rp are SUM formulas; flows sum, levels take the last year",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA GAMKONORA", "DINAS KESEHATAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Kesehatan Kota Gamkonora",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const lines: Line[] = [
    {
      id: "prog",
      kode: "1.02.02",
      nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      ind: "Persentase puskesmas terakreditasi paripurna",
      sat: "%",
      flow: false,
      awal: 25,
      k: [37.5, 50, 62.5, 75, 87.5],
      kf: DEC,
    },
    {
      id: "ka",
      kode: "1.02.02.2.01",
      nm: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Jumlah fasilitas pelayanan kesehatan yang ditingkatkan sarana dan prasarananya",
      sat: "unit",
      flow: true,
      awal: 2,
      k: [2, 2, 1, 2, 1],
      kf: "0",
    },
    {
      id: "a1",
      kode: "1.02.02.2.01.0009",
      nm: "Rehabilitasi dan Pemeliharaan Puskesmas",
      ind: "Jumlah puskesmas yang direhabilitasi",
      sat: "unit",
      flow: true,
      awal: 1,
      k: [1, 1, 1, 1, 0],
      rp: [2_450_000, 2_610_000, 2_380_500, 2_744_000, 0],
      kf: "0",
    },
    {
      id: "a2",
      kode: "1.02.02.2.01.0014",
      nm: "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
      ind: "Jumlah puskesmas yang memperoleh alat kesehatan sesuai standar",
      sat: "unit",
      flow: true,
      awal: 3,
      k: [2, 2, 2, 1, 1],
      rp: [1_865_400, 1_920_000, 2_015_750, 1_102_300, 1_140_000],
      kf: "0",
    },
    {
      id: "kb",
      kode: "1.02.02.2.02",
      nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Cakupan imunisasi dasar lengkap",
      sat: "%",
      flow: false,
      awal: 84.6,
      k: [87, 89, 91, 93, 95],
      kf: DEC,
    },
    {
      id: "b1",
      kode: "1.02.02.2.02.0001",
      nm: "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
      ind: "Jumlah ibu hamil yang mendapatkan pelayanan antenatal sesuai standar",
      sat: "orang",
      flow: true,
      awal: 4_020,
      k: [4_150, 4_180, 4_210, 4_240, 4_270],
      rp: [386_500, 402_750, 418_900, 431_200, 447_650],
      kf: "#,##0",
    },
    {
      id: "b2",
      kode: "1.02.02.2.02.0004",
      nm: "Pengelolaan Pelayanan Kesehatan Balita",
      ind: "Persentase balita gizi buruk yang mendapat perawatan sesuai standar",
      sat: "%",
      flow: false,
      awal: 100,
      k: [100, 100, 100, 100, 100],
      rp: [512_300, 528_400, 545_100, 566_850, 584_000],
      kf: DEC,
    },
    {
      id: "b3",
      kode: "1.02.02.2.02.0019",
      nm: "Pengelolaan Pelayanan Kesehatan Imunisasi",
      ind: "Jumlah bayi yang mendapat imunisasi dasar lengkap",
      sat: "bayi",
      flow: true,
      awal: 3_310,
      k: [3_420, 3_470, 3_520, 3_580, 3_640],
      rp: [624_800, 651_200, 677_450, 702_300, 729_900],
      kf: "#,##0",
    },
  ];
  const subsOf: Record<string, string[]> = { ka: ["a1", "a2"], kb: ["b1", "b2", "b3"] };
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: "(1)", width: 22 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(2)", width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(3)", width: 18 },
    { key: "nm", head: ["Program dan Kegiatan"], num: "(4)", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "(5)",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(6)", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      num: "(7)",
      width: 11,
    },
  ];
  YEARS.forEach((y, i) =>
    cols.push(
      {
        key: `k${i + 1}`,
        head: [G, `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        num: `(${8 + 2 * i})`,
      },
      {
        key: `rp${i + 1}`,
        head: [G, `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        num: `(${9 + 2 * i})`,
        fmt: RP,
        width: 13,
      },
    ),
  );
  cols.push(
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "(18)", width: 11 },
    { key: "akRp", head: [AK, "Rp"], num: "(19)", fmt: RP, width: 14 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "(20)", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(21)", width: 14 },
  );
  const kk = YEARS.map((_, i) => `k${i + 1}`);
  const rk = YEARS.map((_, i) => `rp${i + 1}`);
  const TUJ = "Meningkatnya derajat kesehatan masyarakat Kota Gamkonora";
  const SAS = "Meningkatnya akses dan mutu pelayanan kesehatan dasar";
  const KB_AKHIR = 91.8;
  const rowOf = (x: Line): Row => ({
    id: x.id,
    bold: x.id === "prog",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        tuj: TUJ,
        sas: SAS,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.kf),
        pj: x.id === "prog" ? "Dinas Kesehatan" : "Bidang Kesmas / Yankes",
        lok: "Kota Gamkonora",
      };
      kk.forEach((k, i) => (out[k] = fmt(x.k[i], x.kf)));
      rk.forEach((k, i) => {
        if (x.rp) out[k] = x.rp[i];
        else if (x.id === "prog") out[k] = fx(`${c.a(k, "ka")}+${c.a(k, "kb")}`);
        else {
          const sub = subsOf[x.id];
          // planted: kegiatan ka's Rp Tahun ke-3 sums its first sub kegiatan only
          const last = x.id === "ka" && k === "rp3" ? sub[0] : sub[sub.length - 1];
          out[k] = fx(`SUM(${c.a(k, sub[0])}:${c.a(k, last)})`);
        }
      });
      // planted: the kondisi akhir of the imunisasi rate is the average of the five targets, typed
      out.akK =
        x.id === "kb" ? fmt(KB_AKHIR, x.kf) : x.flow ? fx(TK.map((k) => c.a(k)).join("+")) : fx(c.a("k5"));
      out.akRp = fx(rk.map((k) => c.a(k)).join("+"));
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["tuj", "sas"],
    rows: lines.map(rowOf),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir target = target tahun ke-5 untuk indikator persentase/cakupan, jumlah tahun ke-1 s.d. ke-5 untuk indikator jumlah.",
  ]);
  s.gap();
  signature(s, 18, {
    tempat: "Gamkonora, 14 Agustus 2025",
    jabatan: ["KEPALA DINAS KESEHATAN KOTA GAMKONORA,"],
    nama: "dr. HAMSINA A. LATIF, M.P.H.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19790304 200501 2 011",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("akK", "kb") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the cakupan imunisasi dasar lengkap (a rate) is a typed 91.80, the average of the five targets; the rate ends at the Tahun ke-5 target 95.00",
    truth: a("k5", "kb"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp3", "ka") },
    rules: ["sum-mismatch"],
    note: "Rp Tahun ke-3 (2027) of kegiatan 1.02.02.2.01 is =SUM over its first sub kegiatan only (2,380,500); both sub kegiatan add up to 4,396,250",
    truth: `${a("rp3", "a1")}+${a("rp3", "a2")}`,
  });
  for (const x of lines) {
    if (x.id === "kb") continue;
    // (the years' targets one by one: a SUM over k1:k5 would add the Rp between them)
    const sumK = TK.map((k) => a(k, x.id)).join("+");
    b.ok({
      sheet: S,
      cell: a("akK", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? sumK : a("k5", x.id),
      // flows add their years; rates end at the last year (the 100 % row is both, so no trap there)
      trap: x.id === "b2" ? undefined : x.flow ? a("k5", x.id) : sumK,
    });
    if (x.id !== "ka" && x.id !== "prog")
      b.ok({
        sheet: S,
        cell: a("akRp", x.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: rk.map((k) => a(k, x.id)).join("+"),
      });
  }
  for (const [keg, subs] of Object.entries(subsOf))
    for (const k of rk) {
      if (keg === "ka" && k === "rp3") continue;
      b.ok({
        sheet: S,
        cell: a(k, keg),
        rules: ["sum-mismatch"],
        truth: subs.map((id) => a(k, id)).join("+"),
      });
    }
  for (const k of ["rp1", "rp2", "rp4", "rp5"])
    b.ok({
      sheet: S,
      cell: a(k, "prog"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "ka")}+${a(k, "kb")}`,
      // the program adds its two kegiatan, not every row beneath it
      trap: `SUM(${a(k, "ka")}:${a(k, "b3")})`,
    });
  for (const [keg, subs] of Object.entries(subsOf))
    for (const id of subs)
      b.ok({
        sheet: S,
        cell: a("kode", id),
        rules: ["code-hierarchy"],
        truth: `PARENT(${a("kode", id)})`,
        actual: a("kode", keg),
      });
  return b.finish();
}

// ================================================= IKU matrix, Dinas Kesehatan Kota Gamkonora

type Iku = {
  id: string;
  ind: string;
  rumus: string;
  sat: string;
  neg: boolean;
  awal: number;
  tg: number[];
  f: string;
};

export function ikuDinkesGamkonora(): BookW {
  const b = new BookW(
    "iku-matriks-dinkes-gamkonora-2025-2029.xlsx",
    "IKU matrix with targets (Dinas Kesehatan)",
    "IKU of a Dinas Kesehatan in Maluku Utara: No | Indikator Kinerja Utama | Formulasi Perhitungan | Satuan | Polaritas | Kondisi Awal (2024) | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir (2029) | Sumber Data | Penanggung Jawab; rates and lower-is-better rows; kondisi akhir formulas",
  );
  const S = "IKU Dinkes";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA GAMKONORA", "DINAS KESEHATAN"]);
  s.lines([
    "Lampiran Keputusan Kepala Dinas Kesehatan Nomor 800/117/DINKES/2025",
    "INDIKATOR KINERJA UTAMA DINAS KESEHATAN KOTA GAMKONORA TAHUN 2025-2029",
  ]);
  s.gap();
  const rows: Iku[] = [
    {
      id: "i1",
      ind: "Prevalensi balita stunting",
      rumus: "Jumlah balita stunting / jumlah balita diukur x 100%",
      sat: "%",
      neg: true,
      awal: 24.3,
      tg: [22.5, 20.8, 19.2, 17.6, 16],
      f: DEC,
    },
    {
      id: "i2",
      ind: "Jumlah kasus kematian ibu",
      rumus: "Jumlah ibu meninggal karena kehamilan, persalinan dan nifas dalam satu tahun",
      sat: "kasus",
      neg: true,
      awal: 7,
      // planted: 2027 rises from 5 to 8 on a lower-is-better row
      tg: [6, 5, 8, 4, 3],
      f: "0",
    },
    {
      id: "i3",
      ind: "Jumlah kasus gizi buruk pada balita",
      rumus: "Jumlah balita dengan BB/TB < -3 SD yang ditemukan dalam satu tahun",
      sat: "kasus",
      neg: true,
      awal: 41,
      tg: [38, 34, 30, 27, 24],
      f: "0",
    },
    {
      id: "i4",
      ind: "Cakupan imunisasi dasar lengkap",
      rumus: "Jumlah bayi diimunisasi dasar lengkap / jumlah bayi sasaran x 100%",
      sat: "%",
      neg: false,
      awal: 84.6,
      // planted: 2028 typed 9.3 for 93 (a decimal slip)
      tg: [87, 89, 91, 9.3, 95],
      f: DEC,
    },
    {
      id: "i5",
      ind: "Persentase puskesmas terakreditasi paripurna",
      rumus: "Jumlah puskesmas terakreditasi paripurna / jumlah puskesmas x 100%",
      sat: "%",
      neg: false,
      awal: 25,
      tg: [37.5, 50, 62.5, 75, 87.5],
      f: DEC,
    },
    {
      id: "i6",
      ind: "Persentase capaian SPM bidang kesehatan",
      rumus: "Rata-rata capaian 12 indikator SPM bidang kesehatan",
      sat: "%",
      neg: false,
      awal: 88.15,
      tg: [90, 92, 94, 96, 100],
      f: DEC,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "pol", head: ["Polaritas"], role: "polaritas", width: 12 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
    ...YEARS.map((y): Col => ({
      key: `y${y}`,
      head: ["Target Tahun", String(y)],
      role: "target",
      year: y,
      width: 9,
    })),
    { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, width: 10 },
    { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 16 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => ({
        no: i + 1,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        pol: x.neg ? "Negatif (-)" : "Positif (+)",
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(YEARS.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: fx(c.a("y2029")),
        sd: i < 3 ? "e-PPGBM / MPDN" : "Profil Kesehatan",
        pj: i < 3 ? "Bidang Kesmas" : "Bidang Yankes",
      }),
    })),
  });
  s.gap();
  s.lines(["Catatan: polaritas negatif berarti semakin kecil realisasi semakin baik."]);
  s.gap();
  signature(s, 9, {
    tempat: "Gamkonora, 6 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN,"],
    nama: "dr. HAMSINA A. LATIF, M.P.H.",
    nip: "19790304 200501 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "i2") },
    rules: ["target-trend", "target-outlier"],
    note: "2027 target of the kematian ibu (polaritas negatif) is 8 in 7 (2024), 6, 5, 8, 4, 3: it rises against the falling path; 5 to 4 would hold it (4.5 between its neighbours)",
    truth: `(${a("y2026", "i2")}+${a("y2028", "i2")})/2`,
    tol: 0.05,
  });
  b.plant({
    at: { sheet: S, cell: a("y2028", "i4") },
    rules: ["target-outlier", "target-trend"],
    note: "2028 target of the cakupan IDL is 9.30 among 87, 89, 91, ., 95: a decimal slip for 93.00 (between its neighbours)",
    truth: `(${a("y2027", "i4")}+${a("y2029", "i4")})/2`,
  });
  for (const x of rows) {
    b.ok({
      sheet: S,
      cell: a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", x.id),
      // rates, counts per year and lower-is-better rows end at the last target, not the sum
      trap: `SUM(${a("y2025", x.id)}:${a("y2029", x.id)})`,
    });
  }
  // falling targets on lower-is-better rows are the right way
  for (const id of ["i1", "i3"])
    for (const y of [2026, 2027, 2028, 2029])
      b.ok({
        sheet: S,
        cell: a(`y${y}`, id),
        rules: ["target-trend"],
        truth: String(rows.find((x) => x.id === id)!.tg[y - 2025]),
      });
  b.ok({ sheet: S, cell: a("y2029", "i6"), rules: ["target-outlier", "percent-out-of-range"], truth: "100" });
  return b.finish();
}
