// The LKjIP capaian table, the Perjanjian Kinerja beside its Renstra, and two recaps of the same two
// invented Dinas Kelautan dan Perikanan: garam rakyat per kecamatan and pengolah ikan (UPI / SKP).
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikatBaik,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

type L = { id: string; sas: string; ind: string; sat: string; neg: boolean; t: number; r: number };

/** LKjIP 2024 Tabel 3.2 of the DKP Kabupaten Tanjung Warasa. */
export function lkjipGaram(): BookW {
  const b = new BookW(
    "lkjip-2024-dkp-tanjung-warasa-capaian.xlsx",
    "LKjIP capaian (DKP garam dan olahan ikan)",
    "LKjIP 2024 Tabel 3.2, Sifat Indikator column (naik / turun), capaian formulas, refleksi (2T-R)/T on negatives, predikat words",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2", "Pengukuran Capaian Kinerja Sasaran Dinas Kelautan dan Perikanan Tahun 2024"], 1, {
    bold: true,
  });
  s.gap();
  const SAS1 = "Meningkatnya produksi dan kualitas garam rakyat";
  const SAS2 = "Meningkatnya mutu hasil olahan dan konsumsi ikan";
  const L: L[] = [
    { id: "a", sas: SAS1, ind: "Produksi garam rakyat", sat: "ton", neg: false, t: 52_000, r: 47_320 },
    { id: "b", sas: SAS1, ind: "Persentase garam rakyat kualitas K1", sat: "%", neg: false, t: 45, r: 47.7 },
    {
      id: "c",
      sas: SAS1,
      ind: "Persentase lahan garam tidak berproduksi",
      sat: "%",
      neg: true,
      t: 12,
      r: 10.2,
    },
    {
      id: "d",
      sas: SAS2,
      ind: "Persentase pengolah ikan bersertifikat SKP",
      sat: "%",
      neg: false,
      t: 35,
      r: 31.5,
    },
    {
      id: "e",
      sas: SAS2,
      ind: "Angka konsumsi ikan per kapita",
      sat: "kg/kapita",
      neg: false,
      t: 36.5,
      r: 35.9,
    },
    {
      id: "f",
      sas: SAS2,
      ind: "Persentase susut hasil olahan ikan (losses)",
      sat: "%",
      neg: true,
      t: 8,
      r: 9.2,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sifat", head: ["Sifat Indikator"], role: "polaritas", width: 10 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat", width: 14 },
  ];
  const cap = (l: L, x: { a(k: string): string }, posFormula = false) =>
    l.neg && !posFormula
      ? fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`)
      : fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`);
  // f: negative indicator with R/T (planted): 115.00 instead of refleksi 85.00
  const capVal = (l: L) => Math.round((l.neg ? (2 * l.t - l.r) / l.t : l.r / l.t) * 10000) / 100;
  const rows: Row[] = L.map((l, i) => ({
    id: l.id,
    cells: (x) => ({
      no: i + 1,
      sas: l.sas,
      ind: l.ind,
      sifat: l.neg ? "turun" : "naik",
      sat: l.sat,
      t: l.t,
      r: l.r,
      c: cap(l, x, l.id === "f"),
      // d: capaian 90.00 -> "Baik" (planted: typed "Sangat Baik")
      p: l.id === "d" ? "Sangat Baik" : l.id === "f" ? "Sangat Baik" : predikatBaik(capVal(l)),
    }),
  }));
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan: indikator bersifat turun dihitung dengan rumus (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  const rt = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "f") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Susut hasil olahan (sifat turun) computed R/T = 115.00; refleksi (2T-R)/T gives 85.00",
    truth: refl("f"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "d") },
    rules: ["predikat-mismatch"],
    note: "'Sangat Baik' for a capaian of 90.00; > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "d")})`,
  });
  b.ok({ sheet: S, cell: a("c", "c"), rules: ["capaian-mismatch"], truth: refl("c"), trap: rt("c") });
  for (const id of ["a", "b", "d", "e"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(id) });
  for (const id of ["a", "b", "c", "e"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** Perjanjian Kinerja 2025 of the DKP Kota Pasir Bahari, with its Renstra targets on a second sheet. */
export function pkOlahan(): BookW {
  const b = new BookW(
    "pk-2025-dkp-pasir-bahari-dengan-renstra.xlsx",
    "Perjanjian Kinerja (DKP pengolahan ikan)",
    "PK 2025: indicator table and program / anggaran table with Jumlah; sheet Renstra 2025-2029 with yearly targets and kondisi akhir",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Angka konsumsi ikan per kapita",
      sat: "kg/kapita/tahun",
      k: [39.6, 40.8, 42.0, 43.1, 44.5],
      flow: false,
    },
    {
      id: "b",
      ind: "Persentase pengolah ikan bersertifikat SKP",
      sat: "%",
      k: [27, 32, 38, 44, 50],
      flow: false,
    },
    {
      id: "c",
      ind: "Nilai produksi olahan hasil perikanan",
      sat: "miliar Rp",
      k: [86.5, 92.0, 98.4, 105.1, 112.6],
      flow: false,
    },
    {
      id: "d",
      ind: "Jumlah sertifikat SKP yang diterbitkan",
      sat: "sertifikat",
      k: [18, 20, 22, 24, 26],
      flow: true,
    },
  ];
  const rs = b.sheet(R);
  rs.lines(["Target Indikator Kinerja Utama Renstra DKP Kota Pasir Bahari 2025-2029"], 1, { bold: true });
  rs.gap();
  const YR = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      ...YR.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ka", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        ...Object.fromEntries(YR.map((y, j) => [`y${y}`, x.k[j]])),
        ka: x.flow ? x.k.reduce((p, q) => p + q, 0) : x.k[4],
      },
    })),
  });
  const ps = b.sheet(P);
  letterhead(ps, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS KELAUTAN DAN PERIKANAN KOTA PASIR BAHARI"]);
  const pt = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5, num: "(1)" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30, num: "(2)" },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40, num: "(3)" },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, num: "(5)" },
    ],
    headerRows: 1,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: i < 1 ? "Meningkatnya konsumsi ikan masyarakat" : "Meningkatnya daya saing produk olahan ikan",
        ind: x.ind,
        sat: x.sat,
        // c: planted, the Renstra 2026 target
        tg: x.id === "c" ? x.k[1] : x.k[0],
      },
    })),
  });
  ps.gap();
  const progs = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 3_486_250_000 },
    { id: "p2", nm: "Program Pengolahan dan Pemasaran Hasil Perikanan", rp: 2_918_400_000 },
    { id: "p3", nm: "Program Pengelolaan Perikanan Tangkap", rp: 1_275_900_000 },
    { id: "p4", nm: "Program Pengawasan Sumber Daya Kelautan dan Perikanan", rp: 436_800_000 },
  ];
  const mt: Row[] = [
    ...progs.map((p, i) => ({ id: p.id, cells: { no: i + 1, nm: p.nm, rp: p.rp, ket: "APBD" } })),
    // planted: Jumlah typed 8,071,350,000; the programs add up to 8,117,350,000
    {
      id: "jml",
      bold: true,
      span: ["no", "nm"] as [string, string],
      cells: { no: "Jumlah", rp: 8_071_350_000 },
    },
  ];
  const mtab = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: mt,
  });
  ps.gap();
  signature(ps, 3, {
    tempat: "Pasir Bahari, 6 Januari 2025",
    jabatan: ["WALI KOTA PASIR BAHARI"],
    nama: "H. ANDI MAPPASESSU",
    nip: "-",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 nilai produksi olahan 92.00 is the Renstra 2026 target; the 2025 target is 86.50",
    truth: `'${R}'!${rt.a("y2025", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: mtab.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah typed 8,071,350,000; the four programs add up to 8,117,350,000",
    truth: progs.map((p) => mtab.a("rp", p.id)).join("+"),
  });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "b", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: YR.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({
    sheet: R,
    cell: rt.a("ka", "d"),
    rules: ["kondisi-akhir-mismatch"],
    truth: YR.map((y) => rt.a(`y${y}`, "d")).join("+"),
  });
  return b.finish();
}

/** Produksi garam rakyat per kecamatan by kualitas, Kabupaten Tanjung Warasa, musim 2024. */
export function rekapGaram(): BookW {
  const b = new BookW(
    "rekap-produksi-garam-kualitas-kecamatan-tanjung-warasa.xlsx",
    "Rekap produksi garam per kecamatan",
    "per kecamatan: luas lahan, produksi K1 / K2 / K3 (ton), Jumlah (6) = (3)+(4)+(5), % K1 (7) = (3)/(6) x 100, produktivitas (8) = (6)/(2); TOTAL row with ratios of totals",
  );
  const S = "Produksi Garam 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KELAUTAN DAN PERIKANAN KABUPATEN TANJUNG WARASA", "Bidang Pengelolaan Garam"]);
  s.lines(["REKAPITULASI PRODUKSI GARAM RAKYAT MENURUT KUALITAS PER KECAMATAN MUSIM PRODUKSI 2024"], 1, {
    bold: true,
  });
  s.gap();
  const K = [
    { id: "k1", nm: "Labuhan Warasa", ha: 412.5, q: [6_840, 4_215, 1_530] },
    { id: "k2", nm: "Sekotong Timur Laut", ha: 286.0, q: [3_920, 3_105, 1_284] },
    { id: "k3", nm: "Tanjung Pasir", ha: 358.25, q: [5_610, 3_870, 1_095] },
    { id: "k4", nm: "Pringgawarasa", ha: 198.75, q: [2_140, 2_655, 1_318] },
    { id: "k5", nm: "Batu Nampar Selatan", ha: 324.0, q: [4_785, 3_240, 1_141] },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "", width: 24 },
    { key: "ha", head: ["Luas Lahan Garam (ha)"], role: "lainnya", num: "(2)", fmt: DEC },
    { key: "q1", head: ["Produksi Garam (ton)", "K1"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
    { key: "q2", head: ["Produksi Garam (ton)", "K2"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    { key: "q3", head: ["Produksi Garam (ton)", "K3"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
    {
      key: "jm",
      head: ["Produksi Garam (ton)", "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(6) = (3)+(4)+(5)",
      fmt: INT,
    },
    { key: "pk1", head: ["Porsi K1 (%)"], role: "lainnya", num: "(7) = (3)/(6) x 100", fmt: DEC },
    { key: "prd", head: ["Produktivitas (ton/ha)"], role: "lainnya", num: "(8) = (6)/(2)", fmt: DEC },
  ];
  const rows: Row[] = [
    ...K.map((k, i) => ({
      id: k.id,
      cells: (x: { a(k: string, id?: string): string }) => ({
        no: i + 1,
        nm: k.nm,
        ha: k.ha,
        q1: k.q[0],
        q2: k.q[1],
        q3: k.q[2],
        // k3: planted, typed 10,755 (the parts give 10,575)
        jm: k.id === "k3" ? 10_755 : fx(`${x.a("q1")}+${x.a("q2")}+${x.a("q3")}`),
        pk1: fx(`ROUND(${x.a("q1")}/${x.a("jm")}*100,2)`),
        prd: fx(`ROUND(${x.a("jm")}/${x.a("ha")},2)`),
      }),
    })),
    {
      id: "tot",
      bold: true,
      span: ["no", "nm"],
      cells: (x) => ({
        no: "TOTAL",
        // planted: SUM one row short (stops at Pringgawarasa)
        ha: fx(`SUM(${x.a("ha", "k1")}:${x.a("ha", "k4")})`),
        q1: fx(`SUM(${x.a("q1", "k1")}:${x.a("q1", "k5")})`),
        q2: fx(`SUM(${x.a("q2", "k1")}:${x.a("q2", "k5")})`),
        q3: fx(`SUM(${x.a("q3", "k1")}:${x.a("q3", "k5")})`),
        jm: fx(`SUM(${x.a("jm", "k1")}:${x.a("jm", "k5")})`),
        pk1: fx(`ROUND(${x.a("q1")}/${x.a("jm")}*100,2)`),
        prd: fx(`ROUND(${x.a("jm")}/${x.a("ha")},2)`),
      }),
    },
  ];
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(["Sumber: laporan penyuluh perikanan per kecamatan, diolah."]);
  const a = (k: string, id: string) => t.a(k, id);
  const ids = K.map((k) => k.id);
  b.plant({
    at: { sheet: S, cell: a("jm", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah Tanjung Pasir typed 10,755 among formulas; 5,610 + 3,870 + 1,095 = 10,575",
    truth: `${a("q1", "k3")}+${a("q2", "k3")}+${a("q3", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("ha", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL luas lahan =SUM over four kecamatan (1,255.50); the five give 1,579.50",
    truth: ids.map((id) => a("ha", id)).join("+"),
  });
  for (const k of ["q1", "q2", "q3"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  for (const id of ["k1", "k2", "k4", "k5"])
    b.ok({
      sheet: S,
      cell: a("jm", id),
      rules: ["sum-mismatch"],
      truth: `${a("q1", id)}+${a("q2", id)}+${a("q3", id)}`,
    });
  b.ok({
    sheet: S,
    cell: a("pk1", "tot"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("q1", "tot")}/${a("jm", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pk1", "k1")}:${a("pk1", "k5")}),2)`,
  });
  for (const id of ["k1", "k2", "k4", "k5"])
    b.ok({
      sheet: S,
      cell: a("pk1", id),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${a("q1", id)}/${a("jm", id)}*100,2)`,
    });
  return b.finish();
}

/** Unit pengolahan ikan (UPI) and SKP per kecamatan beside the SKP issued per triwulan, Kota Pasir Bahari. */
export function rekapSkp(): BookW {
  const b = new BookW(
    "rekap-upi-sertifikat-skp-triwulan-pasir-bahari.xlsx",
    "Rekap UPI bersertifikat SKP",
    "two tables side by side: per kecamatan UPI terdaftar / bersertifikat SKP / % with Jumlah (ratio of totals); per triwulan SKP terbit, pembinaan, UPI aktif (a level) with Jumlah",
  );
  const S = "UPI dan SKP 2024";
  const s = b.sheet(S);
  s.lines(
    ["DATA PENGOLAH IKAN (UPI) DAN SERTIFIKAT KELAYAKAN PENGOLAHAN (SKP) KOTA PASIR BAHARI TAHUN 2024"],
    1,
    { bold: true },
  );
  s.gap();
  const top = s.r;
  const kec = [
    { id: "a", nm: "Bahari Utara", upi: 64, skp: 21 },
    { id: "b", nm: "Pasir Putih", upi: 48, skp: 12 },
    { id: "c", nm: "Tanjung Kapota", upi: 37, skp: 9 },
    { id: "d", nm: "Lamanggu", upi: 29, skp: 5 },
  ];
  const left = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "nm", head: ["Kecamatan"], role: "lokasi", width: 18 },
        { key: "upi", head: ["UPI Terdaftar (unit)"], role: "lainnya", fmt: INT },
        { key: "skp", head: ["UPI Bersertifikat SKP (unit)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "pct", head: ["% UPI ber-SKP"], role: "capaian", fmt: DEC },
      ],
      headerRows: 1,
      rows: [
        ...kec.map((k, i) => ({
          id: k.id,
          cells: (x: { a(k: string, id?: string): string }) => ({
            no: i + 1,
            nm: k.nm,
            upi: k.upi,
            skp: k.skp,
            // c: planted, typed 124.32 (upi/skp swapped); 9/37 = 24.32
            pct: k.id === "c" ? 124.32 : fx(`ROUND(${x.a("skp")}/${x.a("upi")}*100,2)`),
          }),
        })),
        {
          id: "jml",
          bold: true,
          span: ["no", "nm"],
          cells: (x) => ({
            no: "Jumlah",
            upi: fx(`SUM(${x.a("upi", "a")}:${x.a("upi", "d")})`),
            skp: fx(`SUM(${x.a("skp", "a")}:${x.a("skp", "d")})`),
            pct: fx(`ROUND(${x.a("skp")}/${x.a("upi")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const tw = [
    { id: "t1", nm: "Triwulan I", terbit: 3, bina: 4, aktif: 168 },
    { id: "t2", nm: "Triwulan II", terbit: 5, bina: 6, aktif: 172 },
    { id: "t3", nm: "Triwulan III", terbit: 7, bina: 5, aktif: 175 },
    { id: "t4", nm: "Triwulan IV", terbit: 4, bina: 7, aktif: 178 },
  ];
  const right = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], width: 14 },
        { key: "terbit", head: ["SKP Terbit (sertifikat)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "bina", head: ["Pembinaan CPIB (kali)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "aktif", head: ["UPI Aktif Akhir Periode (unit)"], role: "lainnya", fmt: INT },
      ],
      headerRows: 1,
      rows: [
        ...tw.map((q) => ({ id: q.id, cells: { tw: q.nm, terbit: q.terbit, bina: q.bina, aktif: q.aktif } })),
        {
          id: "jml",
          bold: true,
          cells: (x) => ({
            tw: "Jumlah 2024",
            terbit: fx(`SUM(${x.a("terbit", "t1")}:${x.a("terbit", "t4")})`),
            // planted: stale cached 20 (the quarters give 22)
            bina: fx(`SUM(${x.a("bina", "t1")}:${x.a("bina", "t4")})`, 20),
            aktif: fx(x.a("aktif", "t4")),
          }),
        },
      ],
    },
    7,
    top,
  );
  s.gap();
  signature(s, 2, {
    tempat: "Pasir Bahari, 10 Januari 2025",
    jabatan: ["Kepala Bidang Pengolahan dan Pemasaran"],
    nama: "MUH. ARSYAD LAODE, S.Pi.",
    nip: "19830817 200902 1 003",
  });
  const la = (k: string, id: string) => left.a(k, id);
  const ra = (k: string, id: string) => right.a(k, id);
  b.plant({
    at: { sheet: S, cell: la("pct", "c") },
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    note: "% UPI ber-SKP of Tanjung Kapota typed 124.32; 9 of 37 UPI is 24.32 and a share cannot pass 100",
    truth: `ROUND(${la("skp", "c")}/${la("upi", "c")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: ra("bina", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah pembinaan =SUM of the quarters with a stale cached 20; the quarters give 22",
    truth: tw.map((q) => ra("bina", q.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: la("pct", "jml"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${la("skp", "jml")}/${la("upi", "jml")}*100,2)`,
    trap: `ROUND(AVERAGE(${la("pct", "a")},${la("pct", "b")},${la("pct", "d")},9/37*100),2)`,
  });
  for (const k of ["upi", "skp"])
    b.ok({
      sheet: S,
      cell: la(k, "jml"),
      rules: ["sum-mismatch"],
      truth: kec.map((q) => la(k, q.id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: ra("terbit", "jml"),
    rules: ["sum-mismatch"],
    truth: tw.map((q) => ra("terbit", q.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: ra("aktif", "jml"),
    rules: ["sum-mismatch"],
    truth: ra("aktif", "t4"),
    trap: tw.map((q) => ra("aktif", q.id)).join("+"),
  });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: S,
      cell: la("pct", id),
      rules: ["percent-out-of-range", "ratio-components-mismatch"],
      truth: `ROUND(${la("skp", id)}/${la("upi", id)}*100,2)`,
    });
  return b.finish();
}
