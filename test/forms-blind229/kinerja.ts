// LKjIP, PK with its Renstra, the recap of efisiensi per metode pemilihan and the recap of tender gagal
// and sanggah of two UKPBJ (Kabupaten Muara Sapih, Jambi; Kota Tanah Bumbung, Kalimantan Selatan).
// Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 pengukuran kinerja of the Bagian PBJ Muara Sapih: refleksi on the negative rows. */
export function lkjipUkpbj(): BookW {
  const b = new BookW(
    "lkjip-2024-efisiensi-hps-bagian-pbj-muara-sapih.xlsx",
    "LKjIP pengukuran kinerja (Bagian PBJ)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Predikat; ROUND formulas, refleksi (2T-R)/T on the negative rows named in a note; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2 Pengukuran Kinerja Sasaran Bagian Pengadaan Barang dan Jasa",
    "Sekretariat Daerah Kabupaten Muara Sapih Tahun 2024",
  ]);
  s.gap();
  const SAS1 = "Meningkatnya efisiensi dan akuntabilitas pengadaan";
  const SAS2 = "Meningkatnya kualitas proses pemilihan penyedia";
  const I = [
    {
      id: "i1",
      sas: SAS1,
      ind: "Persentase efisiensi hasil pemilihan terhadap HPS",
      sat: "%",
      neg: false,
      r0: 6.9,
      t: 7,
      r: 8.15,
    },
    {
      id: "i2",
      sas: SAS1,
      ind: "Nilai Indeks Tata Kelola Pengadaan (ITKP)",
      sat: "nilai",
      neg: false,
      r0: 74.2,
      t: 85,
      r: 78.6,
    },
    {
      id: "i3",
      sas: SAS1,
      ind: "Persentase nilai transaksi katalog elektronik terhadap belanja pengadaan",
      sat: "%",
      neg: false,
      r0: 24.5,
      t: 40,
      r: 31.2,
    },
    {
      id: "i4",
      sas: SAS2,
      ind: "Persentase paket tender yang gagal",
      sat: "%",
      neg: true,
      r0: 6.1,
      t: 5,
      r: 4.2,
    },
    {
      id: "i5",
      sas: SAS2,
      ind: "Jumlah sanggah yang dinyatakan benar",
      sat: "kasus",
      neg: true,
      r0: 9,
      t: 6,
      r: 7,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const P: Record<string, string> = {
    i1: "Sangat Baik",
    i2: "Sangat Baik",
    // planted: 78.00 is Baik
    i3: "Cukup",
    i4: "Sangat Baik",
    i5: "Baik",
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
          // planted: ITKP's capaian keeps a cached 97.65 from an earlier realisasi (78.6 / 85 = 92.47)
          c: fx(cap(x.neg, c.a("t"), c.a("r")), x.id === "i2" ? 97.65 : undefined),
          p: P[x.id],
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator tender gagal dan sanggah benar berpolaritas negatif, capaian = (2 x target - realisasi) / target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch"],
    note: "ITKP capaian =ROUND(R/T*100,2) holds a stale cached 97.65; 78.6 / 85 gives 92.47",
    truth: cap(false, a("t", "i2"), a("r", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Cukup' for 78.00 (31.2 / 40); the band > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  for (const id of ["i4", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: cap(true, a("t", id), a("r", id)),
      trap: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i1", "i3"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i4", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Bagian PBJ Tanah Bumbung, beside the Renstra 2025-2029 IKU targets. */
export function pkUkpbj(): BookW {
  const b = new BookW(
    "pk-2025-kabag-pbj-tanah-bumbung-renstra.xlsx",
    "PK 2025 with Renstra (UKPBJ)",
    "sheet 'PK Kabag PBJ 2025': statement, No | Sasaran | Indikator Kinerja | Target (value and Satuan in two columns); No | Kegiatan / Sub Kegiatan | Anggaran (Rp) | Ket. with a typed Jumlah; sheet 'IKU Renstra': Kondisi Awal 2024 | Target 2025..2029 | Kondisi Akhir 2029, a negative indicator (tender gagal)",
  );
  const R = "IKU Renstra";
  const P = "PK Kabag PBJ 2025";
  const ind = [
    {
      id: "a",
      ind: "Persentase efisiensi hasil pemilihan terhadap HPS",
      sat: "%",
      awal: 6.2,
      k: [6.5, 7, 7.5, 8, 8.5],
    },
    { id: "b", ind: "Persentase paket tender yang gagal", sat: "%", awal: 9.4, k: [8.5, 7.5, 6.5, 5.5, 5] },
    {
      id: "c",
      ind: "Persentase paket melalui e-purchasing katalog elektronik",
      sat: "%",
      awal: 38,
      k: [42, 47, 52, 56, 60],
    },
    {
      id: "d",
      ind: "Nilai Indeks Tata Kelola Pengadaan",
      sat: "nilai",
      awal: 71.5,
      k: [74, 76.5, 79, 81.5, 84],
    },
  ];
  const pk = b.sheet(P);
  const rsh = b.sheet(R);
  rsh.lines(["Indikator Kinerja Utama dan Target Renstra Bagian PBJ Kota Tanah Bumbung 2025-2029"]);
  rsh.gap();
  const YS = [2025, 2026, 2027, 2028, 2029];
  const rt = rsh.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...YS.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(YS.map((y, j) => [`y${y}`, x.k[j]])),
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA BAGIAN PENGADAAN BARANG/JASA SEKRETARIAT DAERAH KOTA TANAH BUMBUNG",
  ]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini,",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "tg", head: ["Target", "Nilai"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Target", "Satuan"], role: "satuan" },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Terwujudnya pengadaan barang/jasa yang efisien, transparan dan akuntabel",
        ind: x.ind,
        // planted: tender gagal target 6.5 is the Renstra 2027 value (2025: 8.5)
        tg: x.id === "b" ? x.k[2] : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const keg = [
    { id: "g1", nm: "4.01.01.2.02 Administrasi Keuangan Perangkat Daerah (Bagian PBJ)", rp: 2_318_650_000 },
    { id: "g2", nm: "4.01.03.2.04.0001 Pengelolaan Pengadaan Barang dan Jasa", rp: 1_245_000_000 },
    { id: "g3", nm: "4.01.03.2.04.0002 Pengelolaan Layanan Pengadaan Secara Elektronik", rp: 412_800_000 },
    { id: "g4", nm: "4.01.03.2.04.0003 Pembinaan dan Advokasi Pengadaan Barang dan Jasa", rp: 186_500_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Kegiatan / Sub Kegiatan"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...keg.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: "APBD 2025" } })),
      // planted: Jumlah typed 4,126,950,000; the four add up to 4,162,950,000
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 4_126_950_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanah Bumbung, 6 Januari 2025",
    jabatan: ["KEPALA BAGIAN PENGADAAN BARANG/JASA"],
    nama: "Hj. NOORLAILA FITRIANI, S.T., M.T.",
    nip: "19820317 200801 2 011",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y2025", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of paket tender gagal is 6.50, the Renstra 2027 target; the Renstra 2025 target is 8.50",
    truth: `'${R}'!${rt.a("y2025", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran typed 4,126,950,000; the four rows add up to 4,162,950,000",
    truth: `SUM(${at.a("rp", "g1")}:${at.a("rp", "g4")})`,
  });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "b"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: YS.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rt.a("y2029", "b"), rules: ["target-trend"], truth: "5" });
  return b.finish();
}

/** Rekap efisiensi per metode pemilihan 2024, Bagian PBJ Muara Sapih: HPS, kontrak, efisiensi. */
export function rekapMetode(): BookW {
  const b = new BookW(
    "rekap-efisiensi-hps-metode-pemilihan-muara-sapih.xlsx",
    "Rekap efisiensi per metode pemilihan (UKPBJ)",
    "Rekap 2024 per metode pemilihan: Jumlah Paket | Pagu | HPS | Nilai Kontrak | Efisiensi thd HPS (Rp) | % Efisiensi; number row '(7) = (5) - (6)', '(8) = (7)/(5) x 100'; JUMLAH row with the ratio of totals; source note",
  );
  const S = "Efisiensi 2024";
  const s = b.sheet(S);
  letterhead(s, ["BAGIAN PENGADAAN BARANG DAN JASA", "SEKRETARIAT DAERAH KABUPATEN MUARA SAPIH"]);
  s.lines(["REKAPITULASI HASIL PEMILIHAN PENYEDIA MENURUT METODE TAHUN ANGGARAN 2024", "(dalam rupiah)"]);
  s.gap();
  const M = [
    { id: "m1", nm: "Tender", n: 64, pagu: 98_450_000_000, hps: 96_120_500_000, k: 88_640_300_000 },
    {
      id: "m2",
      nm: "Seleksi (Jasa Konsultansi)",
      n: 22,
      pagu: 12_380_000_000,
      hps: 12_105_600_000,
      k: 11_214_800_000,
    },
    { id: "m3", nm: "Tender Cepat", n: 9, pagu: 6_740_000_000, hps: 6_612_000_000, k: 6_245_300_000 },
    {
      id: "m4",
      nm: "E-Purchasing (Katalog Elektronik)",
      n: 318,
      pagu: 41_260_000_000,
      hps: 41_260_000_000,
      k: 40_318_750_000,
    },
    {
      id: "m5",
      nm: "Pengadaan Langsung",
      n: 142,
      pagu: 18_915_000_000,
      hps: 18_602_400_000,
      k: 17_984_100_000,
    },
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Metode Pemilihan"], num: "(2)", width: 30 },
      { key: "n", head: ["Jumlah Paket"], num: "(3)", fmt: INT },
      { key: "pagu", head: ["Pagu Anggaran"], role: "anggaran", year: 2024, num: "(4)", fmt: RP, width: 18 },
      { key: "hps", head: ["Nilai HPS"], num: "(5)", fmt: RP, width: 18 },
      {
        key: "k",
        head: ["Nilai Kontrak"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(6)",
        fmt: RP,
        width: 18,
      },
      { key: "e", head: ["Efisiensi terhadap HPS", "Rp"], num: "(7) = (5) - (6)", fmt: RP, width: 18 },
      {
        key: "p",
        head: ["Efisiensi terhadap HPS", "%"],
        role: "capaian",
        year: 2024,
        num: "(8) = (7)/(5) x 100",
        fmt: DEC,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...M.map((m, i): Row => ({
        id: m.id,
        cells: (c) => ({
          no: i + 1,
          nm: m.nm,
          n: m.n,
          pagu: m.pagu,
          hps: m.hps,
          k: m.k,
          e: fx(`${c.a("hps")}-${c.a("k")}`),
          // planted: e-purchasing % typed 22.80 (941,250,000 / 41,260,000,000 = 2.28)
          p: m.id === "m4" ? 22.8 : fx(`ROUND(${c.a("e")}/${c.a("hps")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, Cell> = { no: "JUMLAH" };
          for (const k of ["n", "pagu", "hps", "e"]) out[k] = fx(`SUM(${c.a(k, "m1")}:${c.a(k, "m5")})`);
          // planted: the kontrak total leaves out Pengadaan Langsung
          out.k = fx(`SUM(${c.a("k", "m1")}:${c.a("k", "m4")})`);
          out.p = fx(`ROUND(${c.a("e")}/${c.a("hps")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: SPSE dan aplikasi katalog elektronik, diolah Bagian PBJ (data s.d. 31 Desember 2024)."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "m4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% efisiensi of e-purchasing is a typed 22.80 among formulas; 941,250,000 / 41,260,000,000 x 100 = 2.28",
    truth: `ROUND(${a("e", "m4")}/${a("hps", "m4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("k", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH nilai kontrak is =SUM over the first four methods (146,419,150,000); with Pengadaan Langsung it is 164,403,250,000",
    truth: `SUM(${a("k", "m1")}:${a("k", "m5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND((SUM(${a("hps", "m1")}:${a("hps", "m5")})-SUM(${a("k", "m1")}:${a("k", "m5")}))/SUM(${a("hps", "m1")}:${a("hps", "m5")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "m1")}:${a("p", "m3")},${a("p", "m5")}),2)`,
  });
  for (const id of ["m1", "m2", "m3", "m5"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND((${a("hps", id)}-${a("k", id)})/${a("hps", id)}*100,2)`,
    });
  for (const id of ["m2", "m4"])
    b.ok({ sheet: S, cell: a("e", id), rules: ["sum-mismatch"], truth: `${a("hps", id)}-${a("k", id)}` });
  for (const k of ["n", "pagu", "hps", "e"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "m1")}:${a(k, "m5")})` });
  return b.finish();
}

/** Tender gagal and sanggah per triwulan 2024, UKPBJ Tanah Bumbung: two tables side by side. */
export function rekapSanggah(): BookW {
  const b = new BookW(
    "tender-gagal-sanggah-triwulan-ukpbj-tanah-bumbung.xlsx",
    "Rekap tender gagal dan sanggah (UKPBJ)",
    "Left: per triwulan Selesai | Gagal | Jumlah diputus (4) = (2)+(3) | % gagal (5) = (3)/(4) x 100 | Tender ulang | Paket berjalan akhir triwulan (a stock: the year row takes TW IV); right, after one empty column: Sanggah masuk | benar | tidak benar | % benar | banding; both with a Jumlah row",
  );
  const S = "Gagal dan Sanggah 2024";
  const s = b.sheet(S);
  letterhead(s, ["UNIT KERJA PENGADAAN BARANG/JASA KOTA TANAH BUMBUNG"]);
  s.lines(["Rekapitulasi Tender Gagal dan Sanggah per Triwulan Tahun 2024"]);
  s.gap();
  const Q = [
    { id: "q1", tw: "TW I", sl: 9, gg: 2, ul: 2, bj: 14, sm: 4, sb: 1, banding: 0 },
    { id: "q2", tw: "TW II", sl: 21, gg: 3, ul: 3, bj: 19, sm: 7, sb: 2, banding: 1 },
    { id: "q3", tw: "TW III", sl: 26, gg: 2, ul: 2, bj: 11, sm: 5, sb: 1, banding: 0 },
    { id: "q4", tw: "TW IV", sl: 17, gg: 1, ul: 1, bj: 3, sm: 3, sb: 1, banding: 0 },
  ];
  const top = s.r;
  const t = s.table({
    cols: [
      { key: "tw", head: ["Periode"], num: "(1)", width: 12 },
      {
        key: "sl",
        head: ["Tender Diputus", "Selesai (Berkontrak)"],
        role: "realisasi",
        year: 2024,
        num: "(2)",
        fmt: INT,
      },
      { key: "gg", head: ["Tender Diputus", "Gagal"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      {
        key: "j",
        head: ["Tender Diputus", "Jumlah"],
        role: "realisasi",
        year: 2024,
        num: "(4) = (2)+(3)",
        fmt: INT,
      },
      {
        key: "p",
        head: ["% Tender Gagal"],
        role: "capaian",
        year: 2024,
        num: "(5) = (3)/(4) x 100",
        fmt: DEC,
      },
      { key: "ul", head: ["Tender Ulang"], num: "(6)", fmt: INT },
      { key: "bj", head: ["Paket Berjalan (posisi akhir periode)"], num: "(7)", fmt: INT, width: 16 },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          sl: q.sl,
          gg: q.gg,
          j: fx(`${c.a("sl")}+${c.a("gg")}`),
          p: fx(`ROUND(${c.a("gg")}/${c.a("j")}*100,2)`),
          ul: q.ul,
          bj: q.bj,
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => ({
          tw: "Tahun 2024",
          sl: fx(`SUM(${c.a("sl", "q1")}:${c.a("sl", "q4")})`),
          gg: fx(`SUM(${c.a("gg", "q1")}:${c.a("gg", "q4")})`),
          j: fx(`SUM(${c.a("j", "q1")}:${c.a("j", "q4")})`),
          p: fx(`ROUND(${c.a("gg")}/${c.a("j")}*100,2)`),
          // planted: the tender ulang total stops at TW III
          ul: fx(`SUM(${c.a("ul", "q1")}:${c.a("ul", "q3")})`),
          bj: fx(c.a("bj", "q4")),
        }),
      },
    ],
  });
  const st = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], num: "(1)", width: 10 },
        { key: "sm", head: ["Sanggah Masuk"], role: "realisasi", year: 2024, num: "(2)", fmt: INT },
        {
          key: "sb",
          head: ["Jawaban Sanggah", "Benar"],
          role: "realisasi",
          year: 2024,
          num: "(3)",
          fmt: INT,
        },
        {
          key: "stb",
          head: ["Jawaban Sanggah", "Tidak Benar"],
          role: "realisasi",
          year: 2024,
          num: "(4) = (2) - (3)",
          fmt: INT,
        },
        {
          key: "p",
          head: ["% Sanggah Benar"],
          role: "capaian",
          year: 2024,
          num: "(5) = (3)/(2) x 100",
          fmt: DEC,
        },
        { key: "bd", head: ["Sanggah Banding"], num: "(6)", fmt: INT },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...Q.map((q): Row => ({
          id: q.id,
          cells: (c) => ({
            tw: q.tw,
            sm: q.sm,
            sb: q.sb,
            stb: q.sm - q.sb,
            // planted: TW II typed 350.00 (masuk / benar, inverted); 2 / 7 = 28.57
            p: q.id === "q2" ? 350 : fx(`ROUND(${c.a("sb")}/${c.a("sm")}*100,2)`),
            bd: q.banding,
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            tw: "Jumlah",
            sm: fx(`SUM(${c.a("sm", "q1")}:${c.a("sm", "q4")})`),
            sb: fx(`SUM(${c.a("sb", "q1")}:${c.a("sb", "q4")})`),
            stb: fx(`SUM(${c.a("stb", "q1")}:${c.a("stb", "q4")})`),
            p: fx(`ROUND(${c.a("sb")}/${c.a("sm")}*100,2)`),
            bd: fx(`SUM(${c.a("bd", "q1")}:${c.a("bd", "q4")})`),
          }),
        },
      ],
    },
    9,
    top,
  );
  s.gap();
  s.lines([
    "Catatan: paket berjalan adalah posisi pada akhir periode, baris tahunan memuat posisi akhir TW IV.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Tanah Bumbung, 10 Januari 2025",
    jabatan: ["KEPALA BAGIAN PENGADAAN BARANG/JASA"],
    nama: "Hj. NOORLAILA FITRIANI, S.T., M.T.",
    nip: "19820317 200801 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const z = (k: string, id: string) => st.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ul", "tot") },
    rules: ["sum-mismatch"],
    note: "Tahun 2024 tender ulang is =SUM over TW I-III (7); with TW IV's 1 it is 8",
    truth: `SUM(${a("ul", "q1")}:${a("ul", "q4")})`,
  });
  b.plant({
    at: { sheet: S, cell: z("p", "q2") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "% sanggah benar of TW II is a typed 350.00 (masuk / benar); benar cannot exceed masuk: 2 / 7 x 100 = 28.57",
    truth: `ROUND(${z("sb", "q2")}/${z("sm", "q2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("gg", "q1")}:${a("gg", "q4")})/SUM(${a("j", "q1")}:${a("j", "q4")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "q1")}:${a("p", "q4")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("bj", "tot"),
    rules: ["sum-mismatch"],
    truth: a("bj", "q4"),
    trap: `SUM(${a("bj", "q1")}:${a("bj", "q4")})`,
  });
  for (const k of ["sl", "gg", "j"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "q1")}:${a(k, "q4")})` });
  for (const id of ["q1", "q2", "q3", "q4"]) {
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: `${a("sl", id)}+${a("gg", id)}` });
    b.ok({ sheet: S, cell: z("stb", id), rules: ["sum-mismatch"], truth: `${z("sm", id)}-${z("sb", id)}` });
  }
  for (const id of ["q1", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: z("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${z("sb", id)}/${z("sm", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: z("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${z("sb", "q1")}:${z("sb", "q4")})/SUM(${z("sm", "q1")}:${z("sm", "q4")})*100,2)`,
  });
  return b.finish();
}
