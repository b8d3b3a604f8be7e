// LKjIP, PK with its Renstra, the recap of desa wisata by classification per kecamatan and the
// quarterly recap of retribusi, homestay and visits of two Dinas Pariwisata (Jawa Barat, Sumatera
// Utara). Every office, person and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 pengukuran kinerja, Dinas Pariwisata Gunung Sariwangi: refleksi on the negative row. */
export function lkjipPariwisata(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-disparbud-gunung-sariwangi-desawisata.xlsx",
    "LKjIP pengukuran kinerja (Dinas Pariwisata)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Predikat; ROUND formulas, refleksi (2T-R)/T on the negative row; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2",
    "Pengukuran Capaian Kinerja Sasaran Dinas Pariwisata dan Kebudayaan Kabupaten Gunung Sariwangi Tahun 2024",
  ]);
  s.gap();
  const SAS = "Meningkatnya daya saing desa wisata";
  const I = [
    {
      id: "i1",
      ind: "Jumlah kunjungan wisatawan nusantara",
      sat: "orang",
      neg: false,
      r0: 1_184_200,
      t: 1_300_000,
      r: 1_362_450,
      p: "Sangat Baik",
    },
    {
      id: "i2",
      ind: "Persentase desa wisata berklasifikasi maju dan mandiri",
      sat: "%",
      neg: false,
      r0: 24.1,
      t: 28,
      r: 25.2,
      p: "Baik",
    },
    {
      id: "i3",
      ind: "Tingkat hunian homestay desa wisata",
      sat: "%",
      neg: false,
      r0: 36.8,
      t: 45,
      r: 39.6,
      p: "Baik",
    },
    {
      id: "i4",
      ind: "Persentase desa wisata rintisan yang tidak aktif",
      sat: "%",
      neg: true,
      r0: 17.2,
      t: 15,
      r: 12.6,
      p: "Sangat Baik",
    },
    // planted: "Sangat Baik" for 85.42
    {
      id: "i5",
      ind: "Kontribusi retribusi pariwisata terhadap PAD",
      sat: "%",
      neg: false,
      r0: 1.94,
      t: 2.4,
      r: 2.05,
      p: "Sangat Baik",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Tahun 2024", "% Capaian"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat", year: 2024 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: SAS,
          ind: x.ind,
          sat: x.sat,
          r0: x.r0,
          t: x.t,
          r: x.r,
          // planted: the homestay capaian keeps a stale cached 94.40 (the formula gives 88.00)
          c: x.id === "i3" ? fx(cap(false, c.a("t"), c.a("r")), 94.4) : fx(cap(x.neg, c.a("t"), c.a("r"))),
          p: x.p,
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
    "Catatan: indikator 4 berpolaritas negatif, capaian = (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch"],
    note: "=ROUND(G/F*100,2) with a stale cached 94.40; T 45 and R 39.6 give 88.00",
    truth: cap(false, a("t", "i3"), a("r", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Baik' for 85.42 (2.05 / 2.4); the band > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i4"), a("r", "i4")),
    trap: cap(false, a("t", "i4"), a("r", "i4")),
  });
  for (const id of ["i1", "i2", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dinas Pariwisata Lae Simardon, beside the Renstra 2025-2029 targets. */
export function pkPariwisata(): BookW {
  const b = new BookW(
    "pk-2025-dispar-lae-simardon-renstra-desawisata.xlsx",
    "PK 2025 with Renstra (Dinas Pariwisata)",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator | Satuan | Target | Keterangan; Kode | Program | Anggaran (Rp) with Jumlah; sheet 'Renstra': Kondisi Awal 2024 | Target 2025..2029 | Kondisi Akhir",
  );
  const R = "Renstra";
  const P = "PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Persentase desa wisata berklasifikasi maju dan mandiri",
      sat: "%",
      awal: 18.5,
      k: [21, 24, 27, 30, 33],
    },
    {
      id: "b",
      ind: "Jumlah kunjungan wisatawan ke desa wisata",
      sat: "orang",
      awal: 402_000,
      k: [425_000, 450_000, 478_000, 505_000, 535_000],
    },
    {
      id: "c",
      ind: "Persentase desa wisata rintisan yang tidak aktif",
      sat: "%",
      awal: 22.4,
      k: [20, 17.5, 15, 12.5, 10],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines([
    "Tujuan, Sasaran dan Target Kinerja Renstra Dinas Pariwisata Kabupaten Lae Simardon Tahun 2025-2029",
  ]);
  rs.gap();
  const YS = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
      ...YS.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        fmt: INT,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029 },
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
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PARIWISATA KABUPATEN LAE SIMARDON"]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini,",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target", year: 2025, fmt: INT },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya kualitas dan daya tarik desa wisata",
        ind: x.ind,
        sat: x.sat,
        // planted: the visits target is the Renstra 2026 value 450,000 (2025: 425,000)
        tg: x.id === "b" ? 450_000 : x.k[0],
        ket: i === 2 ? "polaritas negatif" : "IKU",
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      kode: "3.26.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 4_215_380_000,
    },
    {
      id: "p2",
      kode: "3.26.02",
      nm: "Program Peningkatan Daya Tarik Destinasi Pariwisata",
      rp: 6_874_500_000,
    },
    { id: "p3", kode: "3.26.03", nm: "Program Pemasaran Pariwisata", rp: 2_318_750_000 },
    {
      id: "p4",
      kode: "3.26.05",
      nm: "Program Pengembangan Sumber Daya Pariwisata dan Ekonomi Kreatif",
      rp: 1_146_200_000,
    },
  ];
  const gt = pk.table({
    cols: [
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((p) => ({ id: p.id, cells: { kode: p.kode, nm: p.nm, rp: p.rp, ket: "APBD" } })),
      {
        id: "jml",
        bold: true,
        span: ["kode", "nm"] as [string, string],
        // planted: Jumlah one row short
        cells: (x: { a: (k: string, id?: string) => string }) => ({
          kode: "Jumlah",
          rp: fx(`SUM(${x.a("rp", "p1")}:${x.a("rp", "p3")})`),
        }),
      },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Pangururan Lae, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PARIWISATA"],
    nama: "MARULI T. SIMANJORANG, S.E., M.Si.",
    nip: "19760421 200212 1 005",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y2025", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target 450,000 kunjungan is the Renstra 2026 target; the Renstra 2025 target is 425,000",
    truth: `${R}!${rt.a("y2025", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah is a SUM one row short: 13,408,630,000 instead of 14,554,830,000",
    truth: prog.map((p) => gt.a("rp", p.id)).join("+"),
  });
  for (const id of ["a", "c"]) {
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `${R}!${rt.a("y2025", id)}`,
    });
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: YS.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  }
  return b.finish();
}

/** Desa wisata per kecamatan by classification, Gunung Sariwangi 2024. */
export function rekapKlasifikasi(): BookW {
  const b = new BookW(
    "rekap-klasifikasi-desawisata-kecamatan-gunung-sariwangi-2024.xlsx",
    "Rekap desa wisata per kecamatan (Dinas Pariwisata)",
    "per kecamatan: Jumlah desa | Rintisan | Berkembang | Maju | Mandiri | (8) = 4+5+6+7 | (9) = 8/3 x 100 | (10) = (6+7)/8 x 100; JUMLAH row with % as ratio of totals; number row with identities",
  );
  const S = "Rekap Desa Wisata";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PARIWISATA DAN KEBUDAYAAN KABUPATEN GUNUNG SARIWANGI"]);
  s.lines([
    "Rekapitulasi Desa Wisata menurut Klasifikasi per Kecamatan Tahun 2024",
    "(berdasarkan Keputusan Bupati tentang Penetapan Klasifikasi Desa Wisata)",
  ]);
  s.gap();
  const K = [
    { id: "k1", nm: "Cibeureum Hilir", desa: 14, c: [3, 4, 2, 1] },
    { id: "k2", nm: "Sukamaju Girang", desa: 11, c: [2, 3, 1, 0] },
    { id: "k3", nm: "Pasirlaja", desa: 18, c: [4, 5, 3, 1] },
    { id: "k4", nm: "Cikadu Wetan", desa: 9, c: [1, 2, 1, 1] },
    { id: "k5", nm: "Talagasari", desa: 16, c: [5, 3, 2, 0] },
    { id: "k6", nm: "Ciranca", desa: 12, c: [2, 2, 2, 1] },
  ];
  const KL = "Klasifikasi Desa Wisata";
  const cls = ["Rintisan", "Berkembang", "Maju", "Mandiri"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
    { key: "desa", head: ["Jumlah Desa/ Kelurahan"], role: "lainnya", num: "(3)", fmt: INT },
    ...cls.map((c, i): Col => ({
      key: `c${i}`,
      head: [KL, c],
      role: "realisasi",
      year: 2024,
      num: `(${4 + i})`,
      fmt: INT,
    })),
    {
      key: "jml",
      head: ["Jumlah Desa Wisata"],
      role: "realisasi",
      year: 2024,
      num: "(8) = (4)+(5)+(6)+(7)",
      fmt: INT,
    },
    { key: "pdw", head: ["% Desa Wisata thd Desa"], role: "lainnya", num: "(9) = (8)/(3) x 100", fmt: DEC },
    {
      key: "pmm",
      head: ["% Maju dan Mandiri"],
      role: "capaian",
      year: 2024,
      num: "(10) = ((6)+(7))/(8) x 100",
      fmt: DEC,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x) => ({
          no: i + 1,
          nm: k.nm,
          desa: k.desa,
          c0: k.c[0],
          c1: k.c[1],
          c2: k.c[2],
          c3: k.c[3],
          jml: fx(`SUM(${x.a("c0")}:${x.a("c3")})`),
          // planted: Sukamaju Girang's % typed 45.45 (6 / 11 = 54.55)
          pdw: k.id === "k2" ? 45.45 : fx(`ROUND(${x.a("jml")}/${x.a("desa")}*100,2)`),
          pmm: fx(`ROUND((${x.a("c2")}+${x.a("c3")})/${x.a("jml")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (x) => ({
          no: "JUMLAH",
          desa: fx(`SUM(${x.a("desa", "k1")}:${x.a("desa", "k6")})`),
          c0: fx(`SUM(${x.a("c0", "k1")}:${x.a("c0", "k6")})`),
          c1: fx(`SUM(${x.a("c1", "k1")}:${x.a("c1", "k6")})`),
          c2: fx(`SUM(${x.a("c2", "k1")}:${x.a("c2", "k6")})`),
          // planted: SUM one row short (Ciranca left out)
          c3: fx(`SUM(${x.a("c3", "k1")}:${x.a("c3", "k5")})`),
          jml: fx(`SUM(${x.a("jml", "k1")}:${x.a("jml", "k6")})`),
          pdw: fx(`ROUND(${x.a("jml")}/${x.a("desa")}*100,2)`),
          pmm: fx(`ROUND((${x.a("c2")}+${x.a("c3")})/${x.a("jml")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Bidang Destinasi Wisata, data per 31 Desember 2024."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pdw", "k2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Sukamaju Girang's % desa wisata is a typed 45.45 among formulas; 6 / 11 x 100 = 54.55",
    truth: `ROUND(${a("jml", "k2")}/${a("desa", "k2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("c3", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Mandiri is =SUM over five kecamatan (3); the six add up to 4",
    truth: K.map((k) => a("c3", k.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("pdw", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("jml", "tot")}/${a("desa", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pdw", "k1")},${a("pdw", "k3")},${a("pdw", "k4")},${a("pdw", "k5")},${a("pdw", "k6")},54.55),2)`,
  });
  for (const id of ["k1", "k3", "k4", "k5", "k6"])
    b.ok({
      sheet: S,
      cell: a("jml", id),
      rules: ["sum-mismatch"],
      truth: ["c0", "c1", "c2", "c3"].map((c) => a(c, id)).join("+"),
    });
  for (const c of ["desa", "c0", "c1", "c2", "jml"])
    b.ok({ sheet: S, cell: a(c, "tot"), rules: ["sum-mismatch"], truth: K.map((k) => a(c, k.id)).join("+") });
  for (const id of ["k1", "k4", "k6"])
    b.ok({
      sheet: S,
      cell: a("pmm", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND((${a("c2", id)}+${a("c3", id)})/${a("jml", id)}*100,2)`,
    });
  return b.finish();
}

/** Retribusi desa wisata per quarter beside homestay occupancy and visits, Lae Simardon 2024. */
export function rekapRetribusi(): BookW {
  const b = new BookW(
    "retribusi-homestay-triwulan-2024-dispar-lae-simardon.xlsx",
    "Rekap retribusi dan homestay per triwulan (Dinas Pariwisata)",
    "two tables side by side: retribusi per desa wisata (Target | TW I-IV | Jumlah | %), and per triwulan kunjungan | kamar tersedia | kamar terjual | tingkat hunian (%), with a Tahun 2024 row whose hunian is the ratio of totals",
  );
  const S = "Retribusi TW 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LAE SIMARDON", "DINAS PARIWISATA", "UPT Pengelolaan Desa Wisata"]);
  s.lines(["Realisasi Retribusi Tempat Rekreasi Desa Wisata dan Okupansi Homestay Tahun Anggaran 2024"]);
  s.gap();
  const D = [
    {
      id: "d1",
      nm: "Desa Wisata Huta Ginjang",
      kl: "Mandiri",
      tg: 420_000_000,
      q: [88_450_000, 104_200_000, 131_750_000, 97_300_000],
    },
    {
      id: "d2",
      nm: "Desa Wisata Lumban Sirait",
      kl: "Maju",
      tg: 265_000_000,
      q: [51_200_000, 63_850_000, 78_400_000, 59_900_000],
    },
    {
      id: "d3",
      nm: "Desa Wisata Sipinggan Toba",
      kl: "Maju",
      tg: 198_000_000,
      q: [38_750_000, 44_100_000, 57_650_000, 41_200_000],
    },
    {
      id: "d4",
      nm: "Desa Wisata Aek Nauli Dolok",
      kl: "Berkembang",
      tg: 96_000_000,
      q: [14_300_000, 19_850_000, 26_400_000, 18_150_000],
    },
    {
      id: "d5",
      nm: "Desa Wisata Parbaba Jae",
      kl: "Rintisan",
      tg: 42_000_000,
      q: [6_250_000, 8_900_000, 11_400_000, 7_800_000],
    },
  ];
  const TW = ["I", "II", "III", "IV"];
  const left = s.r;
  const lt = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "nm", head: ["Desa Wisata"], role: "lokasi", width: 28 },
        { key: "kl", head: ["Klasifikasi"], role: "keterangan" },
        { key: "tg", head: ["Target Retribusi (Rp)"], role: "target", year: 2024, fmt: RP, width: 16 },
        ...TW.map((w, i): Col => ({
          key: `q${i}`,
          head: ["Realisasi (Rp)", `TW ${w}`],
          role: "realisasi",
          year: 2024,
          fmt: RP,
          width: 15,
        })),
        { key: "jml", head: ["Realisasi (Rp)", "Jumlah"], role: "realisasi", year: 2024, fmt: RP, width: 16 },
        { key: "pc", head: ["% Realisasi"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...D.map((d, i): Row => ({
          id: d.id,
          cells: (x) => ({
            no: i + 1,
            nm: d.nm,
            kl: d.kl,
            tg: d.tg,
            q0: d.q[0],
            q1: d.q[1],
            q2: d.q[2],
            q3: d.q[3],
            // planted: Sipinggan Toba's Jumlah typed 186,700,000 (the quarters give 181,700,000)
            jml: d.id === "d3" ? 186_700_000 : fx(`SUM(${x.a("q0")}:${x.a("q3")})`),
            pc: fx(`ROUND(${x.a("jml")}/${x.a("tg")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "kl"],
          cells: (x) => ({
            no: "JUMLAH",
            ...Object.fromEntries(
              ["tg", "q0", "q1", "q2", "q3", "jml"].map((k) => [
                k,
                fx(`SUM(${x.a(k, "d1")}:${x.a(k, "d5")})`),
              ]),
            ),
            pc: fx(`ROUND(${x.a("jml")}/${x.a("tg")}*100,2)`),
          }),
        },
      ],
    },
    1,
    left,
  );
  const H = [
    { id: "w1", v: 21_480, avail: 3_960, sold: 1_742 },
    { id: "w2", v: 27_915, avail: 4_050, sold: 2_268 },
    { id: "w3", v: 34_260, avail: 4_140, sold: 3_347 },
    { id: "w4", v: 25_730, avail: 4_140, sold: 2_195 },
  ];
  const rt = s.table(
    {
      cols: [
        { key: "tw", head: ["Triwulan"], width: 12 },
        { key: "v", head: ["Kunjungan Wisatawan (orang)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "av", head: ["Homestay", "Kamar Tersedia (malam)"], role: "lainnya", fmt: INT },
        { key: "sd", head: ["Homestay", "Kamar Terjual (malam)"], role: "lainnya", fmt: INT },
        { key: "oc", head: ["Homestay", "Tingkat Hunian (%)"], role: "realisasi", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...H.map((h, i): Row => ({
          id: h.id,
          cells: (x) => ({
            tw: `TW ${TW[i]}`,
            v: h.v,
            av: h.avail,
            sd: h.sold,
            // planted: TW III hunian typed 108.05 (3,347 / 4,140 = 80.85)
            oc: h.id === "w3" ? 108.05 : fx(`ROUND(${x.a("sd")}/${x.a("av")}*100,2)`),
          }),
        })),
        {
          id: "yr",
          bold: true,
          cells: (x) => ({
            tw: "Tahun 2024",
            v: fx(`SUM(${x.a("v", "w1")}:${x.a("v", "w4")})`),
            av: fx(`SUM(${x.a("av", "w1")}:${x.a("av", "w4")})`),
            sd: fx(`SUM(${x.a("sd", "w1")}:${x.a("sd", "w4")})`),
            oc: fx(`ROUND(${x.a("sd")}/${x.a("av")}*100,2)`),
          }),
        },
      ],
    },
    12,
    left,
  );
  s.r = Math.max(lt.lastDataRow, rt.lastDataRow) + 2;
  signature(s, 8, {
    tempat: "Pangururan Lae, 10 Januari 2025",
    jabatan: ["KEPALA UPT PENGELOLAAN DESA WISATA"],
    nama: "RISMA BR. TAMBUNAN, S.ST.Par.",
    nip: "19850917 201001 2 011",
  });
  const a = (k: string, id: string) => lt.a(k, id);
  const o = (k: string, id: string) => rt.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "d3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of Desa Wisata Sipinggan Toba is a typed 186,700,000 among SUM formulas; the four quarters add up to 181,700,000",
    truth: ["q0", "q1", "q2", "q3"].map((k) => a(k, "d3")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: o("oc", "w3") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "Tingkat hunian TW III typed 108.05 (over 100, impossible); 3,347 / 4,140 x 100 = 80.85",
    truth: `ROUND(${o("sd", "w3")}/${o("av", "w3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: o("oc", "yr"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${o("sd", "yr")}/${o("av", "yr")}*100,2)`,
    trap: `ROUND((${o("oc", "w1")}+${o("oc", "w2")}+80.85+${o("oc", "w4")})/4,2)`,
  });
  b.ok({
    sheet: S,
    cell: o("v", "yr"),
    rules: ["sum-mismatch"],
    truth: H.map((h) => o("v", h.id)).join("+"),
    trap: o("v", "w4"),
  });
  for (const id of ["w1", "w2", "w4"])
    b.ok({
      sheet: S,
      cell: o("oc", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${o("sd", id)}/${o("av", id)}*100,2)`,
    });
  for (const id of ["d1", "d2", "d4", "d5"])
    b.ok({
      sheet: S,
      cell: a("jml", id),
      rules: ["sum-mismatch"],
      truth: ["q0", "q1", "q2", "q3"].map((k) => a(k, id)).join("+"),
    });
  for (const k of ["tg", "q0", "q1", "q2", "q3"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: D.map((d) => a(k, d.id)).join("+") });
  for (const id of ["d1", "d5"])
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("jml", id)}/${a("tg", id)}*100,2)`,
    });
  return b.finish();
}
