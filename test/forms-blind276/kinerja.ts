// LKjIP, PK with its Renstra, the RTLH recap per kecamatan and sumber dana, and the kawasan kumuh / PSU
// recap of the two Disperkim (Sumatera Barat, Jawa Timur). All names and numbers are invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 Tabel 3.2, Disperkim Batang Sikumbang: refleksi on the two negative indicators. */
export function lkjipPerkim(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-disperkim-batang-sikumbang.xlsx",
    "LKjIP pengukuran kinerja (Disperkim)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Sifat | Target | Realisasi | Capaian | Kategori; ROUND formulas, refleksi on kawasan kumuh and backlog; predikat words; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Dinas Perumahan Rakyat dan Kawasan Permukiman Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kualitas perumahan dan permukiman";
  const S2 = "Terpenuhinya kebutuhan rumah layak huni";
  const I = [
    { id: "i1", sas: S1, ind: "Persentase RTLH yang tertangani", sat: "%", pol: "+", t: 18, r: 16.2 },
    { id: "i2", sas: S1, ind: "Luas kawasan permukiman kumuh", sat: "ha", pol: "-", t: 35.4, r: 33.1 },
    { id: "i3", sas: S2, ind: "Backlog kepemilikan rumah", sat: "unit", pol: "-", t: 4200, r: 3950 },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase PSU perumahan yang diserahkan ke Pemda",
      sat: "%",
      pol: "+",
      t: 60,
      r: 44.5,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase rumah korban bencana yang tertangani",
      sat: "%",
      pol: "+",
      t: 100,
      r: 100,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "pol", head: ["Sifat Indikator"], role: "polaritas" },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Kategori"], role: "predikat", year: 2024 },
  ];
  const refl = (t: string, r: string) => `ROUND((2*${t}-${r})/${t}*100,2)`;
  const rt = (t: string, r: string) => `ROUND(${r}/${t}*100,2)`;
  const capOf = (x: (typeof I)[number]) =>
    round(x.pol === "+" ? (x.r / x.t) * 100 : ((2 * x.t - x.r) / x.t) * 100);
  const body: Row[] = I.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      pol: x.pol === "+" ? "Semakin tinggi semakin baik" : "Semakin rendah semakin baik",
      t: x.t,
      r: x.r,
      // planted: the kawasan kumuh row (negative) uses R/T
      c: fx(x.pol === "+" || x.id === "i2" ? rt(c.a("t"), c.a("r")) : refl(c.a("t"), c.a("r"))),
      // planted: the PSU row (74.17) is called "Baik"
      p: x.id === "i4" ? "Baik" : predikatBaik(x.id === "i2" ? round((x.r / x.t) * 100) : capOf(x)),
    }),
  }));
  const t = s.table({
    cols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Kategori: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Luas kawasan permukiman kumuh is a negative indicator but its capaian is R/T = 93.50; refleksi (2T-R)/T gives 106.50",
    truth: refl(a("t", "i2"), a("r", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "PSU diserahkan: capaian 74.17 is Cukup (> 65 s.d. 75), the sheet says Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch"],
    truth: refl(a("t", "i3"), a("r", "i3")),
    trap: rt(a("t", "i3"), a("r", "i3")),
  });
  for (const id of ["i1", "i4", "i5"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(a("t", id), a("r", id)) });
  for (const id of ["i1", "i3", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 beside the Renstra 2025-2029 targets, Disperkim Kota Watu Ampel. */
export function pkPerkim(): BookW {
  const b = new BookW(
    "perjanjian-kinerja-2025-disperkim-watu-ampel.xlsx",
    "Perjanjian Kinerja (Disperkim)",
    "PK 2025 sheet: indicator table (Sasaran | Indikator | Satuan | Target 2025) and below it the program table (Kode | Program | Anggaran Rp | Keterangan, Jumlah row); sheet 'Renstra 2025-2029' with kondisi awal, five years, kondisi akhir",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  const IND = [
    {
      id: "a",
      sas: "Meningkatnya rumah layak huni",
      ind: "Persentase rumah layak huni",
      sat: "%",
      level: true,
      awal: 89.2,
      y: [90.1, 91.0, 91.8, 92.6, 93.5],
    },
    {
      id: "b",
      sas: "Berkurangnya kawasan permukiman kumuh",
      ind: "Luas kawasan permukiman kumuh",
      sat: "ha",
      level: true,
      awal: 21.4,
      y: [18.2, 15.0, 11.9, 8.7, 5.5],
    },
    {
      id: "c",
      sas: "Meningkatnya PSU perumahan yang dikelola Pemda",
      ind: "Jumlah perumahan yang PSU-nya diserahterimakan",
      sat: "lokasi",
      level: false,
      awal: 5,
      y: [6, 7, 7, 8, 8],
    },
    {
      id: "d",
      sas: "Meningkatnya rumah layak huni",
      ind: "Persentase rumah korban bencana yang tertangani",
      sat: "%",
      level: true,
      awal: 100,
      y: [100, 100, 100, 100, 100],
    },
  ];
  letterhead(rs, ["DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KOTA WATU AMPEL"]);
  rs.lines(["Tujuan, Sasaran, Indikator dan Target Kinerja Renstra 2025-2029"]);
  rs.gap();
  const YRS = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...YRS.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: IND.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(YRS.map((y, j) => [`y${y}`, x.y[j]])),
        ak: x.level ? x.y[4] : x.y.reduce((p, q) => p + q, 0),
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KOTA WATU AMPEL"]);
  const it = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5, num: 1 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34, num: 2 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40, num: 3 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, num: 5 },
    ],
    headerRows: 1,
    numberRow: "plain",
    // planted: kawasan kumuh target 15.0 is the Renstra 2026 value; 2025 is 18.2
    rows: IND.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.id === "b" ? x.y[1] : x.y[0] },
    })),
  });
  pk.gap();
  const PR = [
    {
      id: "p1",
      kode: "1.04.01",
      pr: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      rp: 6_482_350_000,
    },
    { id: "p2", kode: "1.04.02", pr: "PROGRAM PENGEMBANGAN PERUMAHAN", rp: 9_215_000_000 },
    { id: "p3", kode: "1.04.03", pr: "PROGRAM KAWASAN PERMUKIMAN", rp: 12_740_500_000 },
    {
      id: "p4",
      kode: "1.04.05",
      pr: "PROGRAM PENINGKATAN PRASARANA, SARANA DAN UTILITAS UMUM (PSU)",
      rp: 4_306_800_000,
    },
  ];
  const at = pk.table({
    cols: [
      { key: "kode", head: ["Kode"], role: "kode", width: 12 },
      { key: "pr", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...PR.map((p): Row => ({
        id: p.id,
        cells: { kode: p.kode, pr: p.pr, rp: p.rp, ket: p.id === "p2" ? "APBD + DAK" : "APBD" },
      })),
      // planted: SUM stops at p3
      {
        id: "tot",
        bold: true,
        cells: (x) => ({ pr: "Jumlah", rp: fx(`SUM(${x.a("rp", "p1")}:${x.a("rp", "p3")})`) }),
      },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Watu Ampel, 6 Januari 2025",
    jabatan: ["Kepala Dinas Perumahan dan Kawasan Permukiman"],
    nama: "Dra. SRI WAHYUNINGTYAS, M.Si.",
    nip: "19700822 199403 2 006",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: it.a("t", "b") },
        { sheet: R, cell: rt.a("y2025", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target of Luas kawasan permukiman kumuh is 15.00 ha, the Renstra 2026 target; Renstra 2025 is 18.20",
    truth: `'${R}'!${rt.a("y2025", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran =SUM stops one row short (28,437,850,000); four programs give 32,744,650,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: P,
      cell: it.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "b"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: YRS.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "c"),
    rules: ["kondisi-akhir-mismatch"],
    truth: YRS.map((y) => rt.a(`y${y}`, "c")).join("+"),
  });
  return b.finish();
}

/** RTLH ditangani per kecamatan and per sumber dana 2024, Batang Sikumbang; "(7) = (4)+(5)+(6)". */
export function rekapRtlh(): BookW {
  const b = new BookW(
    "rekap-rtlh-per-kecamatan-sumber-dana-batang-sikumbang-2024.xlsx",
    "Rekap RTLH per kecamatan dan sumber dana (Disperkim)",
    "Recap per kecamatan: RTLH awal | ditangani BSPS | APBD Kab | Baznas/CSR | (7) = (4)+(5)+(6) | (8) = (7)/(3) x 100 | (9) = (3)-(7); merged 'Ditangani Tahun 2024 menurut Sumber Dana' header; Jumlah row",
  );
  const S = "RTLH 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN KABUPATEN BATANG SIKUMBANG"]);
  s.lines(["REKAPITULASI PENANGANAN RUMAH TIDAK LAYAK HUNI (RTLH) PER KECAMATAN DAN SUMBER DANA TAHUN 2024"]);
  s.gap();
  const K = [
    { id: "k1", kec: "Lubuk Tarok", awal: 412, bsps: 35, apbd: 20, csr: 6 },
    { id: "k2", kec: "Sungai Sikumbang", awal: 538, bsps: 48, apbd: 25, csr: 4 },
    { id: "k3", kec: "Koto Tinggi", awal: 95, bsps: 20, apbd: 15, csr: 5 },
    { id: "k4", kec: "Padang Lawas Hilir", awal: 620, bsps: 55, apbd: 30, csr: 8 },
    { id: "k5", kec: "Batu Bajanjang", awal: 350, bsps: 30, apbd: 18, csr: 2 },
    { id: "k6", kec: "Tanjung Ampalu", awal: 187, bsps: 12, apbd: 12, csr: 5 },
  ];
  const D = "Ditangani Tahun 2024 menurut Sumber Dana (unit)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 24 },
      {
        key: "awal",
        head: ["RTLH Awal 2024 (unit)"],
        role: "kondisi-awal",
        year: 2024,
        num: "(3)",
        fmt: INT,
      },
      { key: "bsps", head: [D, "BSPS (APBN)"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "apbd", head: [D, "APBD Kabupaten"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      { key: "csr", head: [D, "Baznas / CSR"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
      {
        key: "jml",
        head: ["Jumlah Ditangani"],
        role: "realisasi",
        year: 2024,
        num: "(7) = (4)+(5)+(6)",
        fmt: INT,
      },
      {
        key: "pct",
        head: ["Persentase Tertangani (%)"],
        role: "capaian",
        year: 2024,
        num: "(8) = (7)/(3) x 100",
        fmt: DEC,
      },
      {
        key: "sisa",
        head: ["Sisa RTLH (unit)"],
        role: "kondisi-akhir",
        year: 2024,
        num: "(9) = (3)-(7)",
        fmt: INT,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x) => ({
          no: i + 1,
          kec: k.kec,
          awal: k.awal,
          bsps: k.bsps,
          apbd: k.apbd,
          csr: k.csr,
          // planted: Padang Lawas Hilir typed 98; 55+30+8 = 93
          jml: k.id === "k4" ? 98 : fx(`${x.a("bsps")}+${x.a("apbd")}+${x.a("csr")}`),
          pct: fx(`ROUND(${x.a("jml")}/${x.a("awal")}*100,2)`),
          sisa: fx(`${x.a("awal")}-${x.a("jml")}`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x) => {
          const S6 = (k: string) => fx(`SUM(${x.a(k, "k1")}:${x.a(k, "k6")})`);
          return {
            no: "JUMLAH",
            awal: S6("awal"),
            // planted: SUM over k1..k5
            bsps: fx(`SUM(${x.a("bsps", "k1")}:${x.a("bsps", "k5")})`),
            apbd: S6("apbd"),
            csr: S6("csr"),
            jml: S6("jml"),
            pct: fx(`ROUND(${x.a("jml")}/${x.a("awal")}*100,2)`),
            sisa: S6("sisa"),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: aplikasi e-RTLH dan laporan fasilitator BSPS, diolah Bidang Perumahan."]);
  const a = (k: string, id: string) => t.a(k, id);
  const rows6 = ["k1", "k2", "k3", "k4", "k5", "k6"];
  b.plant({
    at: { sheet: S, cell: a("jml", "k4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah ditangani of Padang Lawas Hilir is typed 98; (4)+(5)+(6) = 55+30+8 = 93",
    truth: `${a("bsps", "k4")}+${a("apbd", "k4")}+${a("csr", "k4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("bsps", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH of BSPS =SUM stops at Batu Bajanjang (188); six kecamatan give 200",
    truth: `SUM(${a("bsps", "k1")}:${a("bsps", "k6")})`,
  });
  for (const id of rows6.filter((r) => r !== "k4")) {
    b.ok({
      sheet: S,
      cell: a("jml", id),
      rules: ["sum-mismatch"],
      truth: `${a("bsps", id)}+${a("apbd", id)}+${a("csr", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("jml", id)}/${a("awal", id)}*100,2)`,
    });
  }
  for (const k of ["awal", "apbd", "csr"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("jml", "tot")}/${a("awal", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "k1")}:${a("pct", "k6")}),2)`,
  });
  return b.finish();
}

/** Kawasan kumuh per kelurahan beside the PSU serah terima per triwulan, Kota Watu Ampel 2024. */
export function kumuhPsu(): BookW {
  const b = new BookW(
    "kawasan-kumuh-dan-serah-terima-psu-watu-ampel-2024.xlsx",
    "Rekap kawasan kumuh dan PSU (Disperkim)",
    "Two tables side by side: kawasan kumuh per kelurahan (luas awal, ditangani, luas akhir, pengurangan %, Jumlah) and a row-wise table of PSU serah terima per triwulan (perumahan, luas PSU m2, nilai, kumulatif) with a Jumlah row",
  );
  const S = "Kumuh & PSU 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KOTA WATU AMPEL"]);
  s.lines(["Capaian Penanganan Kawasan Kumuh dan Serah Terima PSU Perumahan Tahun 2024"]);
  s.gap();
  const top = s.r;
  const KL = [
    { id: "l1", kel: "Kedung Rejo", aw: 6.4, d: 1.2 },
    { id: "l2", kel: "Sumber Wetan", aw: 4.85, d: 0.9 },
    { id: "l3", kel: "Pandan Sari", aw: 3.2, d: 0.75 },
    { id: "l4", kel: "Tegal Gondo", aw: 16.0, d: 1.8 },
    { id: "l5", kel: "Watu Kidul", aw: 2.6, d: 0.4 },
  ];
  const lt = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "kel", head: ["Kelurahan"], role: "lokasi", width: 18 },
        { key: "aw", head: ["Luas Kumuh (ha)", "Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
        { key: "d", head: ["Luas Kumuh (ha)", "Ditangani"], role: "realisasi", year: 2024, fmt: DEC },
        { key: "ak", head: ["Luas Kumuh (ha)", "Akhir 2024"], role: "kondisi-akhir", year: 2024, fmt: DEC },
        { key: "pct", head: ["Pengurangan (%)"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...KL.map((k, i): Row => ({
          id: k.id,
          cells: (x) => ({
            no: i + 1,
            kel: k.kel,
            aw: k.aw,
            d: k.d,
            ak: fx(`${x.a("aw")}-${x.a("d")}`),
            // planted: Tegal Gondo typed 112.50 (1.8/16 = 11.25%)
            pct: k.id === "l4" ? fmt2(112.5) : fx(`ROUND(${x.a("d")}/${x.a("aw")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "kel"],
          cells: (x) => ({
            no: "Jumlah",
            aw: fx(`SUM(${x.a("aw", "l1")}:${x.a("aw", "l5")})`),
            d: fx(`SUM(${x.a("d", "l1")}:${x.a("d", "l5")})`),
            ak: fx(`SUM(${x.a("ak", "l1")}:${x.a("ak", "l5")})`),
            pct: fx(`ROUND(${x.a("d")}/${x.a("aw")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const TW = [
    { id: "q1", tw: "Triwulan I", n: 1, m2: 4_820, rp: 1_245_600_000 },
    { id: "q2", tw: "Triwulan II", n: 2, m2: 9_315, rp: 2_870_150_000 },
    { id: "q3", tw: "Triwulan III", n: 1, m2: 3_960, rp: 1_102_400_000 },
    { id: "q4", tw: "Triwulan IV", n: 3, m2: 12_740, rp: 3_615_900_000 },
  ];
  const pt = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], width: 14 },
        {
          key: "n",
          head: ["Perumahan yang PSU-nya Diserahkan (lokasi)"],
          role: "realisasi",
          year: 2024,
          fmt: INT,
        },
        { key: "m2", head: ["Luas PSU (m2)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "rp", head: ["Nilai Aset PSU (Rp)"], role: "realisasi", year: 2024, fmt: RP, width: 18 },
        { key: "kum", head: ["Kumulatif s.d. Periode (lokasi)"], role: "realisasi", year: 2024, fmt: INT },
      ],
      headerRows: 2,
      rows: [
        ...TW.map((q, i): Row => ({
          id: q.id,
          cells: (x) => ({
            tw: q.tw,
            n: q.n,
            m2: q.m2,
            rp: q.rp,
            kum: i === 0 ? fx(x.a("n")) : fx(`${x.a("kum", TW[i - 1].id)}+${x.a("n")}`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            tw: "Jumlah 2024",
            n: fx(`SUM(${x.a("n", "q1")}:${x.a("n", "q4")})`),
            // planted: stale cached result (the Triwulan III figure was corrected after the total was saved)
            m2: fx(`SUM(${x.a("m2", "q1")}:${x.a("m2", "q4")})`, 32_435),
            rp: fx(`SUM(${x.a("rp", "q1")}:${x.a("rp", "q4")})`),
            kum: fx(x.a("kum", "q4")),
          }),
        },
      ],
    },
    8,
    top,
  );
  s.gap();
  s.lines([
    "Catatan: luas kumuh menurut SK Wali Kota tentang Penetapan Lokasi Perumahan Kumuh dan Permukiman Kumuh.",
  ]);
  const a = (k: string, id: string) => lt.a(k, id);
  const p = (k: string, id: string) => pt.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pct", "l4") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "Pengurangan of Tegal Gondo typed 112.50%: 1.80 ha of 16.00 ha is 11.25% (a share cannot pass 100)",
    truth: `ROUND(${a("d", "l4")}/${a("aw", "l4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: p("m2", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah luas PSU =SUM caches 32,435 m2; the four quarters give 30,835",
    truth: `SUM(${p("m2", "q1")}:${p("m2", "q4")})`,
  });
  for (const id of ["l1", "l2", "l3", "l5"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("d", id)}/${a("aw", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("d", "tot")}/${a("aw", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "l1")}:${a("pct", "l3")}),2)`,
  });
  for (const k of ["aw", "d", "ak"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "l1")}:${a(k, "l5")})` });
  for (const k of ["n", "rp"])
    b.ok({ sheet: S, cell: p(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${p(k, "q1")}:${p(k, "q4")})` });
  b.ok({
    sheet: S,
    cell: p("kum", "tot"),
    rules: ["sum-mismatch"],
    truth: p("kum", "q4"),
    trap: `SUM(${p("kum", "q1")}:${p("kum", "q4")})`,
  });
  return b.finish();
}

const fmt2 = (v: number) => ({ v, fmt: DEC });
