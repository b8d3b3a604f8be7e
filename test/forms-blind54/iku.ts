// The women's empowerment and child protection offices: the IKU matrix 2025-2029 of the Dinas
// Pemberdayaan Perempuan dan Perlindungan Anak of Provinsi Papua (lower-is-better indicators with
// falling targets), and the cross-sheet workbook of the same office of Provinsi Gorontalo, whose
// LKjIP 2024 sheet quotes the targets of its Renstra 2022-2026 sheet by formula. Every name and
// number is invented.
import {
  BookW,
  DEC,
  INT,
  fmt,
  fx,
  letterhead,
  predikat,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

const Y5 = [2025, 2026, 2027, 2028, 2029];

type IkuR = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  awal: number;
  k: number[];
  f?: string;
  pj: string;
};

/** IKU matrix 2025-2029, DP3A Provinsi Papua. */
export function ikuDp3aPapua(): BookW {
  const b = new BookW(
    "matriks-iku-2025-2029-dp3a-provinsi-papua-kekerasan-anak.xlsx",
    "IKU matrix with targets 2025-2029 and kondisi akhir",
    "No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Cara Perhitungan | Satuan | Capaian Awal (2024) | 'Target Kinerja per Tahun' > 2025..2029 | Kondisi Kinerja pada Akhir Periode (2029) | Bidang Pengampu; number row (1)..(12); lower-is-better rows (kekerasan terhadap anak, perkawinan anak) with falling targets; kondisi akhir a formula pointing at 2029",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI PAPUA",
    "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
    "Jl. Raya Abepura-Kotaraja No. 27, Jayapura",
  ]);
  s.lines(["MATRIKS INDIKATOR KINERJA UTAMA (IKU) PERIODE 2025-2029"], 1, { bold: true });
  s.gap();
  const S1 = "Meningkatnya kesetaraan gender dalam pembangunan daerah";
  const S2 = "Menurunnya kekerasan terhadap perempuan dan anak";
  const S3 = "Meningkatnya pemenuhan hak anak";
  const rs: IkuR[] = [
    {
      id: "ipg",
      sas: S1,
      ind: "Indeks Pembangunan Gender (IPG)",
      rumus: "IPM perempuan / IPM laki-laki x 100 (BPS)",
      sat: "indeks",
      awal: 80.12,
      k: [80.45, 80.8, 81.15, 81.5, 81.85],
      f: DEC,
      pj: "Bidang Kesetaraan Gender",
    },
    {
      id: "idg",
      sas: S1,
      ind: "Indeks Pemberdayaan Gender (IDG)",
      rumus: "komposit keterlibatan perempuan di parlemen, manajerial dan sumbangan pendapatan (BPS)",
      sat: "indeks",
      awal: 69.3,
      k: [69.8, 70.3, 70.8, 71.3, 71.8],
      f: DEC,
      pj: "Bidang Kesetaraan Gender",
    },
    {
      id: "kta",
      sas: S2,
      ind: "Persentase kekerasan terhadap anak",
      rumus: "jumlah anak korban kekerasan yang dilaporkan / jumlah anak x 100 (indikator negatif)",
      sat: "%",
      awal: 14.6,
      k: [13.9, 13.2, 12.5, 11.8, 11.1],
      f: DEC,
      pj: "Bidang Perlindungan Khusus Anak",
    },
    {
      id: "tgn",
      sas: S2,
      ind: "Persentase kasus kekerasan terhadap perempuan dan anak yang tertangani",
      rumus: "jumlah kasus yang mendapat layanan UPTD PPA / jumlah kasus dilaporkan x 100",
      sat: "%",
      awal: 72.5,
      k: [76, 80, 84, 88, 92],
      f: DEC,
      pj: "UPTD PPA",
    },
    {
      id: "pka",
      sas: S2,
      ind: "Angka perkawinan anak",
      rumus:
        "perempuan 20-24 tahun yang menikah sebelum 18 tahun / perempuan 20-24 tahun x 100 (indikator negatif)",
      sat: "%",
      awal: 9.85,
      k: [9.4, 8.95, 8.5, 8.05, 7.6],
      f: DEC,
      pj: "Bidang Pemenuhan Hak Anak",
    },
    {
      id: "kla",
      sas: S3,
      ind: "Jumlah kabupaten/kota layak anak kategori Pratama ke atas (kumulatif)",
      rumus: "jumlah kabupaten/kota yang memperoleh penghargaan KLA",
      sat: "kab/kota",
      awal: 3,
      k: [4, 5, 6, 7, 8],
      f: INT,
      pj: "Bidang Pemenuhan Hak Anak",
    },
  ];
  const G = "Target Kinerja per Tahun";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 34 },
    { key: "rumus", head: ["Cara Perhitungan"], role: "rumus", num: "(4)", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)", width: 9 },
    { key: "aw", head: ["Capaian Awal (2024)"], role: "kondisi-awal", year: 2024, num: "(6)", width: 10 },
    ...Y5.map((y, i): Col => ({
      key: `t${y}`,
      head: [G, String(y)],
      role: "target",
      year: y,
      num: `(${7 + i})`,
      width: 9,
    })),
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode (2029)"],
      role: "kondisi-akhir",
      num: "(12)",
      width: 12,
    },
    { key: "pj", head: ["Bidang Pengampu"], role: "penanggung-jawab", num: "(13)", width: 22 },
  ];
  const rows: Row[] = rs.map((r, i) => ({
    id: r.id,
    cells: (x) => {
      const c: Record<string, Cell> = {
        no: i + 1,
        sas: r.sas,
        ind: r.ind,
        rumus: r.rumus,
        sat: r.sat,
        aw: fmt(r.awal, r.f ?? DEC),
        pj: r.pj,
      };
      Y5.forEach((y, j) => {
        // planted: the 2027 target of the kasus tertangani typed 48 (84 with its digits swapped)
        const v = r.id === "tgn" && y === 2027 ? 48 : r.k[j];
        c[`t${y}`] = fmt(v, r.f ?? DEC);
      });
      // planted: the kondisi akhir of the kekerasan terhadap anak points at the 2028 column
      c.ak = fx(r.id === "kta" ? x.a("t2028") : x.a("t2029"));
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan: indikator negatif (persentase kekerasan terhadap anak, angka perkawinan anak) semakin kecil semakin baik.",
    "Kondisi akhir periode = target tahun 2029 (indikator tingkat/kumulatif).",
  ]);
  s.gap();
  signature(s, 11, {
    tempat: "Jayapura, 14 Februari 2025",
    jabatan: ["Kepala Dinas Pemberdayaan Perempuan", "dan Perlindungan Anak Provinsi Papua"],
    nama: "MARTHINA AWOM, S.E., M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720914 199903 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const sum5 = (id: string) => `SUM(${a("t2025", id)}:${a("t2029", id)})`;
  b.plant({
    at: { sheet: S, cell: a("t2027", "tgn") },
    rules: ["target-trend", "target-outlier"],
    note: "the 2027 target of the persentase kasus kekerasan yang tertangani is 48.00 between 80.00 (2026) and 88.00 (2028); the series rises by 4 a year, so 84.00 (digits swapped)",
    truth: `(${a("t2026", "tgn")}+${a("t2028", "tgn")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "kta") },
    rules: ["kondisi-akhir-mismatch", "inconsistent-formula"],
    note: "kondisi akhir of the persentase kekerasan terhadap anak is =K (the 2028 target, 11.80) where every other row points at 2029; the 2029 target is 11.10",
    truth: a("t2029", "kta"),
  });
  b.ok({
    sheet: S,
    cell: a("ak", "pka"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t2029", "pka"),
    trap: sum5("pka"),
  });
  b.ok({
    sheet: S,
    cell: a("ak", "kla"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t2029", "kla"),
    trap: sum5("kla"),
  });
  b.ok({
    sheet: S,
    cell: a("ak", "ipg"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t2029", "ipg"),
    trap: sum5("ipg"),
  });
  b.ok({ sheet: S, cell: a("ak", "tgn"), rules: ["kondisi-akhir-mismatch"], truth: a("t2029", "tgn") });
  for (const y of [2026, 2027, 2028, 2029]) {
    b.ok({
      sheet: S,
      cell: a(`t${y}`, "kta"),
      rules: ["target-trend"],
      truth: `${a(`t${y - 1}`, "kta")}-0.7`,
    });
    b.ok({
      sheet: S,
      cell: a(`t${y}`, "pka"),
      rules: ["target-trend"],
      truth: `${a(`t${y - 1}`, "pka")}-0.45`,
    });
  }
  return b.finish();
}

type LkR = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  real: number;
  neg?: boolean;
  f: string;
  /** kondisi akhir the sum of the years (a flow) */
  flow?: boolean;
};

/** Renstra 2022-2026 and LKjIP 2024 (targets quoted by formula), DP3A Provinsi Gorontalo. */
export function lkjipRenstraDp3aGorontalo(): BookW {
  const b = new BookW(
    "lkjip-2024-kutip-renstra-dp3a-provinsi-gorontalo.xlsx",
    "LKjIP capaian 2024 quoting the Renstra sheet, and the Renstra 2022-2026 targets",
    "sheet 'Renstra 2022-2026': No | Indikator Kinerja | Satuan | Kondisi Awal (2021) | 'Target Tahun' > 2022..2026 | Kondisi Akhir (2026); sheet 'LKjIP 2024': No | Sasaran (merged) | Indikator Kinerja | Satuan | Target 2024 (='Renstra 2022-2026'!G..) | Realisasi 2024 | % Capaian | Predikat; refleksi on the lower-is-better rows by the note; predikat typed",
  );
  const R = "Renstra 2022-2026";
  const L = "LKjIP 2024";
  const SA = "Meningkatnya peran dan kualitas hidup perempuan";
  const SB = "Meningkatnya perlindungan perempuan dan anak dari kekerasan";
  const rs: LkR[] = [
    {
      id: "ipg",
      sas: SA,
      ind: "Indeks Pembangunan Gender",
      sat: "indeks",
      awal: 86.12,
      k: [86.4, 86.7, 87.0, 87.3, 87.6],
      real: 86.94,
      f: DEC,
    },
    {
      id: "idg",
      sas: SA,
      ind: "Indeks Pemberdayaan Gender",
      sat: "indeks",
      awal: 72.48,
      k: [73.0, 73.5, 74.0, 74.5, 75.0],
      real: 73.62,
      f: DEC,
    },
    {
      id: "kta",
      sas: SB,
      ind: "Persentase kekerasan terhadap anak",
      sat: "%",
      awal: 11.42,
      k: [10.9, 10.4, 9.9, 9.4, 8.9],
      real: 8.96,
      neg: true,
      f: DEC,
    },
    {
      id: "rkp",
      sas: SB,
      ind: "Rasio kekerasan terhadap perempuan per 10.000 penduduk perempuan",
      sat: "rasio",
      awal: 3.84,
      k: [3.7, 3.55, 3.4, 3.25, 3.1],
      real: 3.74,
      neg: true,
      f: DEC,
    },
    {
      id: "lyn",
      sas: SB,
      ind: "Persentase perempuan dan anak korban kekerasan yang mendapat layanan komprehensif",
      sat: "%",
      awal: 78.5,
      k: [82, 85, 88, 91, 94],
      real: 77.88,
      f: DEC,
    },
    {
      id: "drp",
      sas: SB,
      ind: "Jumlah desa/kelurahan ramah perempuan dan peduli anak (DRPPA) yang dibentuk",
      sat: "desa/kel",
      awal: 6,
      k: [10, 12, 15, 15, 18],
      real: 16,
      f: INT,
      flow: true,
    },
  ];
  // Renstra sheet
  const r = b.sheet(R);
  letterhead(r, ["PEMERINTAH PROVINSI GORONTALO", "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"]);
  r.lines(["Target Kinerja Sasaran Renstra Tahun 2022-2026"], 1, { bold: true });
  r.gap();
  const YR = [2022, 2023, 2024, 2025, 2026];
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "aw", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", year: 2021, width: 10 },
    ...YR.map((y): Col => ({
      key: `t${y}`,
      head: ["Target Tahun", String(y)],
      role: "target",
      year: y,
      width: 9,
    })),
    { key: "ak", head: ["Kondisi Akhir (2026)"], role: "kondisi-akhir", width: 11 },
  ];
  const tr = r.table({
    cols: rcols,
    headerRows: 2,
    rows: rs.map((x, i) => ({
      id: x.id,
      cells: (c) => {
        const o: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat, aw: fmt(x.awal, x.f) };
        YR.forEach((y, j) => (o[`t${y}`] = fmt(x.k[j], x.f)));
        o.ak = x.flow ? fx(`SUM(${c.a("t2022")}:${c.a("t2026")})`) : fx(c.a("t2026"));
        return o;
      },
    })),
  });
  r.gap();
  r.lines(["Keterangan: DRPPA dihitung per tahun pembentukan; kondisi akhir = jumlah 2022-2026."]);
  // LKjIP sheet
  const s = b.sheet(L);
  letterhead(s, ["BAB III AKUNTABILITAS KINERJA"]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Indikator Kinerja Sasaran Tahun 2024"], 1, { bold: true });
  s.gap();
  const lcols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, num: 5, fmt: DEC, width: 10 },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, num: 6, width: 10 },
    { key: "c", head: ["% Capaian"], role: "capaian", year: 2024, num: 7, fmt: DEC, width: 10 },
    { key: "p", head: ["Predikat"], role: "predikat", num: 8, width: 13 },
  ];
  const ref = (id: string, y: number) => `'${R}'!${tr.a(`t${y}`, id)}`;
  const cap = (x: LkR): number => {
    const t = x.k[2];
    return Math.round((x.neg && x.id !== "rkp" ? (2 * t - x.real) / t : x.real / t) * 10000) / 100;
  };
  const tl = s.table({
    cols: lcols,
    headerRows: 1,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rs.map((x, i) => ({
      id: x.id,
      cells: (c) => {
        // planted: the IDG target quotes the 2025 column of the Renstra sheet
        const t = fx(x.id === "idg" ? ref(x.id, 2025) : ref(x.id, 2024));
        // planted: the rasio kekerasan (lower is better) divides R by T, the formula of the positive rows
        const capF =
          x.neg && x.id !== "rkp"
            ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
            : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`);
        // planted: the predikat of the layanan komprehensif (88.50) typed from the band above 90
        const p =
          x.id === "lyn"
            ? "Sangat Tinggi"
            : x.id === "idg"
              ? predikat((x.real / 74.5) * 100)
              : predikat(cap(x));
        return { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t, r: fmt(x.real, x.f), c: capF, p };
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: indikator negatif dihitung dengan rumus (2 x target - realisasi) / target x 100.",
    "Predikat: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Gorontalo, 28 Februari 2025",
    jabatan: ["Kepala Dinas PPPA Provinsi Gorontalo"],
    nama: "Dra. NOVIANTI MOPANGGA, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19750402 200003 2 006",
  });
  const a = (k: string, id: string) => tl.a(k, id);
  const rv = (k: string, id: string) => `'${R}'!${tr.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: L, cell: a("t", "idg") },
        { sheet: R, cell: tr.a("t2024", "idg") },
      ],
    },
    rules: ["cross-table-mismatch", "inconsistent-formula"],
    note: "the 2024 target of the IDG quotes ='Renstra 2022-2026'!H (the 2025 target, 74.50); the Renstra's 2024 target is 74.00 and every other row quotes column G",
    truth: rv("t2024", "idg"),
    actual: a("t", "idg"),
  });
  b.plant({
    at: { sheet: L, cell: a("c", "rkp") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "% Capaian of the rasio kekerasan terhadap perempuan (lower is better by the note) is =ROUND(R/T*100,2) = 110.00 (3.74 / 3.40); the refleksi (2 x 3.40 - 3.74) / 3.40 gives 90.00",
    truth: `ROUND((2*${a("t", "rkp")}-${a("r", "rkp")})/${a("t", "rkp")}*100,2)`,
  });
  b.plant({
    at: { sheet: L, cell: a("p", "lyn") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sangat Tinggi' for a capaian of 88.50 (77.88 / 88.00); the band > 75 - 90 of the note is Tinggi",
    truth: `PREDIKAT(${a("c", "lyn")})`,
  });
  b.ok({
    sheet: L,
    cell: a("c", "kta"),
    rules: ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"],
    truth: `ROUND((2*${a("t", "kta")}-${a("r", "kta")})/${a("t", "kta")}*100,2)`,
    trap: `ROUND(${a("r", "kta")}/${a("t", "kta")}*100,2)`,
  });
  b.ok({ sheet: L, cell: a("p", "kta"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", "kta")})` });
  b.ok({
    sheet: L,
    cell: a("c", "drp"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "drp")}/${a("t", "drp")}*100,2)`,
  });
  b.ok({ sheet: L, cell: a("p", "drp"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", "drp")})` });
  b.ok({ sheet: L, cell: a("p", "ipg"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", "ipg")})` });
  b.ok({
    sheet: L,
    cell: a("c", "lyn"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "lyn")}/${a("t", "lyn")}*100,2)`,
  });
  for (const id of ["ipg", "kta", "rkp", "lyn", "drp"])
    b.ok({ sheet: L, cell: a("t", id), rules: ["cross-table-mismatch"], truth: rv("t2024", id) });
  b.ok({
    sheet: R,
    cell: tr.a("ak", "drp"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${tr.a("t2022", "drp")}:${tr.a("t2026", "drp")})`,
    trap: tr.a("t2026", "drp"),
  });
  b.ok({
    sheet: R,
    cell: tr.a("ak", "kta"),
    rules: ["kondisi-akhir-mismatch"],
    truth: tr.a("t2026", "kta"),
    trap: `SUM(${tr.a("t2022", "kta")}:${tr.a("t2026", "kta")})`,
  });
  b.ok({ sheet: R, cell: tr.a("ak", "rkp"), rules: ["kondisi-akhir-mismatch"], truth: tr.a("t2026", "rkp") });
  b.ok({ sheet: R, cell: tr.a("t2025", "drp"), rules: ["target-trend"], truth: tr.a("t2024", "drp") });
  return b.finish();
}
