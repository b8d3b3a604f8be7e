// LKjIP, PK beside its Renstra, the production recap per alat tangkap and the KUSUKA / BBM subsidi
// recap per kecamatan of two Dinas Perikanan (Maluku Utara, Sulawesi Tenggara). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 Dinas Perikanan Teluk Wadaso: sasaran merged over indicators, refleksi on negatives. */
export function lkjipPerikanan(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-dinas-perikanan-teluk-wadaso.xlsx",
    "LKjIP pengukuran kinerja (Dinas Perikanan)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori; ROUND formulas, refleksi (2T-R)/T on the negative rows; Rata-rata row; scale footnote",
  );
  const S = "Capaian IKU 2024";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2", "Pengukuran Capaian Kinerja Dinas Perikanan Kabupaten Teluk Wadaso Tahun 2024"], 1, {
    bold: true,
  });
  s.gap();
  const A = "Meningkatnya produksi perikanan tangkap";
  const B = "Meningkatnya perlindungan dan keselamatan nelayan";
  const I = [
    {
      id: "i1",
      sas: A,
      ind: "Produksi perikanan tangkap",
      sat: "ton",
      neg: false,
      r0: 41_250,
      t: 44_000,
      r: 42_618.5,
    },
    {
      id: "i2",
      sas: A,
      ind: "Nilai Tukar Nelayan (NTN)",
      sat: "nilai",
      neg: false,
      r0: 104.12,
      t: 106,
      r: 103.37,
    },
    {
      id: "i3",
      sas: B,
      ind: "Persentase nelayan yang terlindungi asuransi",
      sat: "%",
      neg: false,
      r0: 38.5,
      t: 48,
      r: 47.9,
    },
    {
      id: "i4",
      sas: B,
      ind: "Jumlah kecelakaan kapal nelayan di laut",
      sat: "kejadian",
      neg: true,
      r0: 17,
      t: 14,
      r: 11,
    },
    {
      id: "i5",
      sas: B,
      ind: "Persentase kapal perikanan yang beroperasi tanpa dokumen perizinan",
      sat: "%",
      neg: true,
      r0: 22.4,
      t: 18,
      r: 20.7,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Kategori"], role: "predikat" },
  ];
  const words: Record<string, string> = {
    i1: "Baik", // planted: 96.86 is Sangat Baik
    i2: "Sangat Baik",
    i3: "Sangat Baik",
    i4: "Sangat Baik",
    i5: "Sangat Baik", // follows the planted R/T capaian of i5
  };
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
          // planted: i5 (negative) computed R/T
          c:
            x.neg && x.id !== "i5"
              ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
              : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
          p: words[x.id],
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          p: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Kategori: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator nomor 4 dan 5 bersifat negatif: capaian = (2 x target - realisasi) / target x 100.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch"],
    note: "Kapal tanpa dokumen perizinan is a negative indicator computed R/T = 115.00; refleksi (2T-R)/T gives 85.00",
    truth: `ROUND((2*${a("t", "i5")}-${a("r", "i5")})/${a("t", "i5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i1") },
    rules: ["predikat-mismatch"],
    note: "Produksi perikanan tangkap capaian 96.86 is labelled 'Baik'; > 90 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i1")})`,
  });
  for (const id of ["i1", "i2", "i3"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "i4")}-${a("r", "i4")})/${a("t", "i4")}*100,2)`,
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  for (const id of ["i2", "i3", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Dinas Perikanan Tanjung Lamara beside its Renstra 2025-2029 sheet. */
export function pkPerikanan(): BookW {
  const b = new BookW(
    "perjanjian-kinerja-2025-dinas-perikanan-tanjung-lamara.xlsx",
    "Perjanjian Kinerja 2025 (Dinas Perikanan)",
    "sheet 'Renstra 2025-2029' (kondisi awal, targets 2025-2029, kondisi akhir) and sheet 'PK 2025' (statement lines, indicator table with Target 2025, program table with Anggaran and a Jumlah SUM, two signatures)",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  const rs = b.sheet(R);
  rs.lines(
    [
      "Tabel 5.1 Indikator Kinerja Dinas Perikanan Kabupaten Tanjung Lamara yang Mengacu pada Tujuan dan Sasaran RPJMD",
    ],
    1,
    {
      bold: true,
    },
  );
  rs.gap();
  const N = [
    {
      id: "n1",
      sas: "Meningkatnya produksi perikanan tangkap",
      ind: "Produksi perikanan tangkap",
      sat: "ton",
      awal: 28_460,
      k: [29_800, 31_200, 32_700, 34_300, 36_000],
    },
    {
      id: "n2",
      sas: "Meningkatnya kesejahteraan nelayan",
      ind: "Persentase nelayan yang memiliki kartu KUSUKA",
      sat: "%",
      awal: 54.2,
      k: [60, 66, 72, 78, 84],
    },
    {
      id: "n3",
      sas: "Meningkatnya kesejahteraan nelayan",
      ind: "Persentase nelayan penerima bantuan premi asuransi",
      sat: "%",
      awal: 31,
      k: [35, 38.5, 42, 45.5, 49],
    },
    {
      id: "n4",
      sas: "Meningkatnya tertib usaha perikanan tangkap",
      ind: "Jumlah kapal perikanan yang didaftarkan dan diukur ulang",
      sat: "unit",
      awal: 310,
      k: [320, 330, 340, 350, 360],
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
    ...Y.map((y): Col => ({
      key: `y${y}`,
      head: ["Target Kinerja pada Tahun", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
    })),
    { key: "akhir", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
  ];
  const rt = rs.table({
    cols: rcols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: N.map((n, i) => ({
      id: n.id,
      cells: {
        no: i + 1,
        sas: n.sas,
        ind: n.ind,
        sat: n.sat,
        awal: n.awal,
        ...Object.fromEntries(Y.map((y, j) => [`y${y}`, n.k[j]])),
        // planted: the count's kondisi akhir is the sum of four years (1,340), not five (1,700)
        akhir: n.id === "n4" ? 1340 : n.sat === "unit" ? n.k.reduce((x, z) => x + z, 0) : n.k[4],
      },
    })),
  });
  const ps = b.sheet(P);
  letterhead(ps, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PERIKANAN KABUPATEN TANJUNG LAMARA"]);
  ps.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  ps.gap();
  // planted: n3's PK target is the Renstra 2026 target 38.5 (2025 is 35)
  const pkT: Record<string, number> = { n1: 29_800, n2: 60, n3: 38.5, n4: 320 };
  const pt = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    rows: N.map((n, i) => ({
      id: n.id,
      cells: { no: i + 1, sas: n.sas, ind: n.ind, sat: n.sat, t: pkT[n.id] },
    })),
  });
  ps.gap(2);
  const prog = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6_842_150_000],
    ["Program Pengelolaan Perikanan Tangkap", 4_318_600_000],
    ["Program Pengelolaan Perikanan Budidaya", 2_145_800_000],
    ["Program Pengolahan dan Pemasaran Hasil Perikanan", 1_276_400_000],
  ] as const;
  const gt = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map(([p, rp], i) => ({ id: `g${i}`, cells: { no: i + 1, prog: p, rp, ket: "APBD" } })),
      {
        id: "jml",
        span: ["no", "prog"],
        bold: true,
        cells: (x) => ({ no: "Jumlah", rp: fx(`SUM(${x.a("rp", "g0")}:${x.a("rp", "g3")})`) }),
      },
    ],
  });
  ps.gap();
  signature(ps, 2, {
    tempat: "Lamara, 3 Januari 2025",
    jabatan: ["PIHAK KEDUA,", "BUPATI TANJUNG LAMARA"],
    nama: "DRS. H. ANDI MUSTARI RAHMAN",
    nip: "-",
  });
  const ra = (k: string, id: string) => rt.a(k, id);
  const pa = (id: string) => pt.a("t", id);
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pa("n3") },
        { sheet: R, cell: ra("y2025", "n3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of premi asuransi 38.50 is the Renstra 2026 target; Renstra 2025 is 35.00",
    truth: `'${R}'!${ra("y2025", "n3")}`,
  });
  b.plant({
    at: { sheet: R, cell: ra("akhir", "n4") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the kapal count is 1,340 (2025-2028 only); five years give 1,700",
    truth: Y.map((y) => ra(`y${y}`, "n4")).join("+"),
  });
  for (const id of ["n1", "n2", "n4"])
    b.ok({ sheet: P, cell: pa(id), rules: ["cross-table-mismatch"], truth: `'${R}'!${ra("y2025", id)}` });
  for (const id of ["n2", "n3"])
    b.ok({
      sheet: R,
      cell: ra("akhir", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ra("y2029", id),
      trap: Y.map((y) => ra(`y${y}`, id)).join("+"),
    });
  b.ok({
    sheet: P,
    cell: gt.a("rp", "jml"),
    rules: ["sum-mismatch"],
    truth: [0, 1, 2, 3].map((i) => gt.a("rp", `g${i}`)).join("+"),
  });
  return b.finish();
}

const ALAT = [
  { id: "a1", nama: "Pukat cincin (purse seine)", unit: 48, q: [1_842.6, 2_105.3, 1_688.4, 1_520.9] },
  { id: "a2", nama: "Huhate (pole and line)", unit: 36, q: [1_215, 1_480.2, 1_362.7, 1_098.5] },
  { id: "a3", nama: "Pancing ulur", unit: 412, q: [864.3, 921.7, 1_005.2, 876.4] },
  { id: "a4", nama: "Rawai tuna", unit: 22, q: [402.8, 455.1, 388.6, 361] },
  { id: "a5", nama: "Jaring insang", unit: 265, q: [512.4, 498.9, 547.3, 530.6] },
  { id: "a6", nama: "Bagan apung", unit: 58, q: [288.7, 301.5, 262.8, 244.1] },
];

/** Production per alat tangkap per triwulan, Teluk Wadaso 2024: totals, shares, ton per unit. */
export function produksiAlatTangkap(): BookW {
  const b = new BookW(
    "produksi-per-alat-tangkap-triwulan-2024-teluk-wadaso.xlsx",
    "Rekap produksi perikanan tangkap per alat tangkap",
    "No | Alat Tangkap | Jumlah Unit | Produksi TW I-IV (ton) | Jumlah (8)=(4)+(5)+(6)+(7) | Kontribusi (%) (9)=(8)/Jumlah x 100 | Produktivitas (10)=(8)/(3); Jumlah row of SUMs, productivity of the Jumlah row the ratio of totals",
  );
  const S = "Produksi Alat Tangkap";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS PERIKANAN KABUPATEN TELUK WADASO",
    "Bidang Perikanan Tangkap - Seksi Data dan Statistik",
  ]);
  s.lines(["Rekapitulasi Produksi Perikanan Tangkap Menurut Alat Tangkap per Triwulan Tahun 2024 (ton)"]);
  s.gap();
  const G = "Produksi (ton)";
  const qk = ["q1", "q2", "q3", "q4"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "alat", head: ["Jenis Alat Tangkap"], num: "(2)", width: 28 },
    { key: "unit", head: ["Jumlah Unit"], role: "lainnya", num: "(3)", fmt: INT },
    ...["I", "II", "III", "IV"].map((w, i): Col => ({
      key: qk[i],
      head: [G, `Triwulan ${w}`],
      role: "realisasi",
      year: 2024,
      num: `(${4 + i})`,
      fmt: DEC,
    })),
    {
      key: "jml",
      head: [G, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(8) = (4)+(5)+(6)+(7)",
      fmt: DEC,
    },
    { key: "share", head: ["Kontribusi (%)"], role: "lainnya", num: "(9) = (8)/Jumlah (8) x 100", fmt: DEC },
    { key: "prod", head: ["Produktivitas (ton/unit)"], role: "lainnya", num: "(10) = (8)/(3)", fmt: DEC },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...ALAT.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          alat: x.nama,
          unit: x.unit,
          ...Object.fromEntries(qk.map((k, j) => [k, x.q[j]])),
          jml: fx(`SUM(${c.a("q1")}:${c.a("q4")})`),
          share: fx(`ROUND(${c.a("jml")}/${c.a("jml", "tot")}*100,2)`),
          // planted: huhate's productivity keeps a stale cached 142.11 (the formula gives 143.23)
          prod:
            x.id === "a2"
              ? fx(`ROUND(${c.a("jml")}/${c.a("unit")},2)`, 142.11)
              : fx(`ROUND(${c.a("jml")}/${c.a("unit")},2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "alat"],
        cells: (c) => ({
          no: "Jumlah",
          unit: fx(`SUM(${c.a("unit", "a1")}:${c.a("unit", "a6")})`),
          q1: fx(`SUM(${c.a("q1", "a1")}:${c.a("q1", "a6")})`),
          q2: fx(`SUM(${c.a("q2", "a1")}:${c.a("q2", "a6")})`),
          // planted: the range stops one row short (bagan apung left out)
          q3: fx(`SUM(${c.a("q3", "a1")}:${c.a("q3", "a5")})`),
          q4: fx(`SUM(${c.a("q4", "a1")}:${c.a("q4", "a6")})`),
          jml: fx(`SUM(${c.a("jml", "a1")}:${c.a("jml", "a6")})`),
          share: fx(`SUM(${c.a("share", "a1")}:${c.a("share", "a6")})`),
          prod: fx(`ROUND(${c.a("jml")}/${c.a("unit")},2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: log book penangkapan ikan dan pencatatan di TPI Wadaso, Sidangoli Laut dan Bobale."]);
  const a = (k: string, id: string) => t.a(k, id);
  const col = (k: string) => ALAT.map((x) => a(k, x.id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("q3", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah Triwulan III is =SUM over five rows (bagan apung left out): 4,992.20 instead of 5,255.00",
    truth: col("q3"),
  });
  b.plant({
    at: { sheet: S, cell: a("prod", "a2") },
    rules: ["ratio-components-mismatch"],
    note: "Productivity of huhate =ROUND(jumlah/unit,2) keeps a stale cached 142.11; 5,156.40 / 36 = 143.23",
    truth: `ROUND(${a("jml", "a2")}/${a("unit", "a2")},2)`,
  });
  for (const k of ["q1", "q2", "q4", "unit", "jml"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: col(k) });
  for (const id of ["a1", "a4", "a6"])
    b.ok({ sheet: S, cell: a("jml", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
  b.ok({
    sheet: S,
    cell: a("prod", "tot"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("jml", "tot")}/${a("unit", "tot")},2)`,
    trap: `ROUND((${col("prod")})/6,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("share", "a1"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("jml", "a1")}/${a("jml", "tot")}*100,2)`,
  });
  return b.finish();
}

const KEC = [
  { id: "k1", nama: "Lamara Pesisir", n: 1_248, ks: 1_012, kuota: 412, salur: 398.6, asr: 524 },
  { id: "k2", nama: "Tanjung Batu", n: 986, ks: 744, kuota: 318.5, salur: 301.2, asr: 388 },
  { id: "k3", nama: "Pulau Sembilu", n: 642, ks: 415, kuota: 205, salur: 188.4, asr: 231 },
  { id: "k4", nama: "Kolono Jaya", n: 1_105, ks: 903, kuota: 356, salur: 349.7, asr: 472 },
  { id: "k5", nama: "Moramo Laut", n: 734, ks: 528, kuota: 240.5, salur: 226.3, asr: 295 },
  { id: "k6", nama: "Lainea Baru", n: 418, ks: 262, kuota: 121, salur: 97.8, asr: 140 },
];

/** KUSUKA, BBM solar bersubsidi and asuransi per kecamatan, Tanjung Lamara 2024. */
export function kusukaBbmKecamatan(): BookW {
  const b = new BookW(
    "kusuka-bbm-subsidi-asuransi-per-kecamatan-tanjung-lamara.xlsx",
    "Rekap KUSUKA, BBM subsidi dan asuransi nelayan per kecamatan",
    "Kecamatan | Nelayan: Jumlah, Ber-KUSUKA, % | Solar subsidi (KL): Kuota, Tersalur, Serapan % | Peserta asuransi; number row with '(5) = (4)/(3) x 100' and '(8) = (7)/(6) x 100'; TOTAL row whose % are ratios of totals",
  );
  const S = "Rekap Kecamatan 2024";
  const s = b.sheet(S);
  s.lines([
    "REKAPITULASI NELAYAN BER-KARTU KUSUKA, PENYALURAN BBM SOLAR BERSUBSIDI DAN PESERTA ASURANSI NELAYAN",
    "KABUPATEN TANJUNG LAMARA KEADAAN 31 DESEMBER 2024",
  ]);
  s.gap();
  const NL = "Nelayan (orang)";
  const BB = "Solar Bersubsidi (kiloliter)";
  const cols: Col[] = [
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(1)", width: 20 },
    { key: "n", head: [NL, "Jumlah"], role: "lainnya", num: "(3)", fmt: INT },
    { key: "ks", head: [NL, "Ber-KUSUKA"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    { key: "pk", head: [NL, "% KUSUKA"], role: "capaian", year: 2024, num: "(5) = (4)/(3) x 100", fmt: DEC },
    { key: "kuota", head: [BB, "Kuota Rekomendasi"], role: "target", year: 2024, num: "(6)", fmt: DEC },
    { key: "salur", head: [BB, "Tersalur"], role: "realisasi", year: 2024, num: "(7)", fmt: DEC },
    {
      key: "ps",
      head: [BB, "Serapan (%)"],
      role: "capaian",
      year: 2024,
      num: "(8) = (7)/(6) x 100",
      fmt: DEC,
    },
    { key: "asr", head: ["Peserta Asuransi Nelayan (orang)"], role: "lainnya", num: "(9)", fmt: INT },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...KEC.map((k): Row => ({
        id: k.id,
        cells: (c) => ({
          kec: k.nama,
          n: k.n,
          ks: k.ks,
          // planted: Pulau Sembilu's % typed 74.64 among formulas (415/642 = 64.64)
          pk: k.id === "k3" ? 74.64 : fx(`ROUND(${c.a("ks")}/${c.a("n")}*100,2)`),
          kuota: k.kuota,
          salur: k.salur,
          ps: fx(`ROUND(${c.a("salur")}/${c.a("kuota")}*100,2)`),
          asr: k.asr,
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => {
          const sm = (k: string) => fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k6")})`);
          return {
            kec: "TOTAL",
            n: sm("n"),
            ks: sm("ks"),
            pk: fx(`ROUND(${c.a("ks")}/${c.a("n")}*100,2)`),
            kuota: sm("kuota"),
            // planted: typed 1,652.0; the kecamatan give 1,562.0
            salur: 1652,
            ps: fx(`ROUND(${c.a("salur")}/${c.a("kuota")}*100,2)`),
            asr: sm("asr"),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Ket: kuota sesuai surat rekomendasi Dinas Perikanan; penyaluran melalui SPBUN Lamara dan SPBUN Kolono.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Lamara, 10 Januari 2025",
    jabatan: ["Kepala Bidang Perikanan Tangkap"],
    nama: "WA ODE NURHAYATI, S.Pi.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19830417 200904 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const col = (k: string) => KEC.map((x) => a(k, x.id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("pk", "k3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% KUSUKA of Pulau Sembilu is a typed 74.64 among formulas; 415/642 x 100 = 64.64",
    truth: `ROUND(${a("ks", "k3")}/${a("n", "k3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("salur", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "TOTAL solar tersalur is a typed 1,652.00; the six kecamatan give 1,562.00",
    truth: col("salur"),
  });
  for (const k of ["n", "ks", "kuota", "asr"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: col(k) });
  b.ok({
    sheet: S,
    cell: a("pk", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("ks", "tot")}/${a("n", "tot")}*100,2)`,
    trap: `ROUND((${col("pk")})/6,2)`,
  });
  for (const id of ["k1", "k5", "k6"])
    b.ok({
      sheet: S,
      cell: a("ps", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("salur", id)}/${a("kuota", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("pk", "k6"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("ks", "k6")}/${a("n", "k6")}*100,2)`,
  });
  return b.finish();
}
