// LKjIP, Perjanjian Kinerja and two recaps of the Badan Kesbangpol of Kabupaten Sungai Lemadang (Jambi)
// and Kota Pelabuhan Ratna (Sulawesi Utara): partisipasi pemilih per kecamatan on the Pilkada 2024 and the
// bantuan keuangan partai politik per partai. Every name and number is invented.
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
  sum,
  type Col,
} from "../forms/kit";

/** LKjIP 2024 of the Badan Kesbangpol Kabupaten Sungai Lemadang: capaian IKU with refleksi. */
export function lkjipKesbangpol(): BookW {
  const b = new BookW(
    "lkjip-2024-kesbangpol-sungai-lemadang.xlsx",
    "LKjIP Tabel capaian IKU (Kesbangpol)",
    "LKjIP 2024 Tabel 3.2, sasaran merged over its indicators, Realisasi 2023 beside the 2024 Target | Realisasi | Capaian | Predikat; the negative indicator flagged in its own name with the refleksi formula; a typed capaian among ROUND formulas; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, ["BADAN KESATUAN BANGSA DAN POLITIK KABUPATEN SUNGAI LEMADANG"]);
  s.lines(["Tabel 3.2 Pengukuran Capaian Indikator Kinerja Utama Tahun 2024"]);
  s.gap();
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024 },
  ];
  const SA = "Meningkatnya partisipasi politik masyarakat";
  const SB = "Terjaganya stabilitas politik daerah";
  const inds = [
    {
      id: "pp",
      sas: SA,
      ind: "Tingkat partisipasi pemilih pada Pilkada Serentak 2024",
      sat: "%",
      r0: 81.2,
      t: 77.5,
      r: 72.86,
      neg: false,
    },
    {
      id: "lpj",
      sas: SA,
      ind: "Persentase partai politik penerima banpol yang menyampaikan LPJ tepat waktu",
      sat: "%",
      r0: 72.73,
      t: 90.91,
      r: 81.82,
      neg: false,
    },
    {
      id: "kf",
      sas: SB,
      ind: "Jumlah kejadian konflik sosial berlatar politik selama tahapan pemilihan (semakin kecil semakin baik)",
      sat: "kejadian",
      r0: 5,
      t: 4,
      r: 3,
      neg: true,
    },
    {
      id: "idi",
      sas: SB,
      ind: "Indeks Demokrasi Indonesia (IDI) Kabupaten",
      sat: "poin",
      r0: 75.1,
      t: 76,
      r: 78.42,
      neg: false,
    },
  ];
  const cap = (x: (typeof inds)[number]) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  // planted: partisipasi capaian typed 97.64 (R/T is 94.01); "Sangat Baik" for the 90.00 of the LPJ row
  const CAP_PP = 97.64;
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...inds.map((x, i) => ({
        id: x.id,
        cells: (c: { a(k: string, id?: string): string }) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r0: x.r0,
          t: x.t,
          r: x.r,
          c:
            x.id === "pp"
              ? CAP_PP
              : x.neg
                ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
                : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
          p: x.id === "lpj" ? "Sangat Baik" : predikatBaik(x.id === "pp" ? CAP_PP : cap(x)),
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"] as [string, string],
        cells: (c: { a(k: string, id?: string): string }) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "pp")}:${c.a("c", "idi")}),2)`),
          p: predikatBaik(round((CAP_PP + sum(inds.slice(1).map(cap))) / 4)),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 7, {
    tempat: "Muara Lemadang, 28 Februari 2025",
    jabatan: ["Kepala Badan Kesbangpol"],
    nama: "Drs. HASBULLAH NURDIN, M.Si.",
    nip: "19710318 199403 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "pp") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the partisipasi pemilih typed 97.64 among ROUND formulas; 72.86/77.5 x 100 = 94.01",
    truth: `ROUND(${a("r", "pp")}/${a("t", "pp")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "lpj") },
    rules: ["predikat-mismatch"],
    note: 'Predikat "Sangat Baik" for a capaian of exactly 90.00; the band above 75 up to 90 is "Baik"',
    truth: `PREDIKAT_BAIK(${a("c", "lpj")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "kf"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "kf")}-${a("r", "kf")})/${a("t", "kf")}*100,2)`,
    trap: `ROUND(${a("r", "kf")}/${a("t", "kf")}*100,2)`,
  });
  for (const id of ["lpj", "idi"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["pp", "kf", "idi"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  b.ok({
    sheet: S,
    cell: a("p", "avg"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "avg")})`,
  });
  return b.finish();
}

/** Perjanjian Kinerja 2025 of the Kepala Badan Kesbangpol Kota Pelabuhan Ratna, beside the Renstra. */
export function pkKesbangpol(): BookW {
  const b = new BookW(
    "pk-2025-kesbangpol-pelabuhan-ratna.xlsx",
    "Perjanjian Kinerja with Renstra (Kesbangpol)",
    "PK 2025 (sasaran / indikator / target, then program / anggaran with Jumlah typed) on one sheet, the Renstra 2025-2029 IKU with kondisi awal and akhir on another",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  const ps = b.sheet(P);
  const rs = b.sheet(R);
  const Y = [2025, 2026, 2027, 2028, 2029];
  const iku = [
    {
      id: "pp",
      ind: "Tingkat partisipasi pemilih pada Pemilu dan Pilkada",
      sat: "%",
      awal: 71.4,
      k: [72, 73.5, 75, 76.5, 78],
      neg: false,
    },
    {
      id: "idi",
      ind: "Indeks Demokrasi Indonesia (IDI) Kota",
      sat: "poin",
      awal: 76.02,
      k: [76.5, 77, 77.5, 78, 78.5],
      neg: false,
    },
    {
      id: "lpj",
      ind: "Persentase partai politik yang menyampaikan LPJ banpol tepat waktu",
      sat: "%",
      awal: 88.89,
      k: [90, 92.5, 95, 97.5, 100],
      neg: false,
    },
    {
      id: "kf",
      ind: "Jumlah konflik sosial berlatar politik (negatif)",
      sat: "kejadian",
      awal: 5,
      k: [4, 3, 3, 2, 2],
      neg: true,
    },
  ];
  letterhead(rs, ["Indikator Kinerja Utama Badan Kesbangpol Kota Pelabuhan Ratna, Renstra 2025-2029"]);
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...Y.map((y, i): Col => ({
        key: `k${i}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: iku.map((x, i) => ({
      id: x.id,
      cells: Object.fromEntries([
        ["no", i + 1],
        ["ind", x.ind],
        ["sat", x.sat],
        ["awal", x.awal],
        ...x.k.map((v, j) => [`k${j}`, v]),
        ["ak", x.k[4]],
      ]),
    })),
  });
  letterhead(ps, ["PERJANJIAN KINERJA TAHUN 2025", "BADAN KESATUAN BANGSA DAN POLITIK KOTA PELABUHAN RATNA"]);
  // planted: partisipasi target 73.5 copied from the Renstra 2026 column (2025 is 72)
  const pt = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    rows: iku.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 3
            ? "Meningkatnya kualitas demokrasi dan partisipasi politik"
            : "Terjaganya stabilitas politik kota",
        ind: x.ind,
        sat: x.sat,
        tg: x.id === "pp" ? x.k[1] : x.k[0],
      },
    })),
  });
  ps.gap();
  const progs: Array<[string, string, number]> = [
    ["8.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 4_125_680_000],
    ["8.01.02", "PROGRAM PENGUATAN IDEOLOGI PANCASILA DAN KARAKTER KEBANGSAAN", 612_400_000],
    [
      "8.01.03",
      "PROGRAM PENINGKATAN PERAN PARTAI POLITIK DAN LEMBAGA PENDIDIKAN MELALUI PENDIDIKAN POLITIK",
      2_186_500_000,
    ],
    ["8.01.04", "PROGRAM PEMBERDAYAAN DAN PENGAWASAN ORGANISASI KEMASYARAKATAN", 398_750_000],
    ["8.01.05", "PROGRAM PEMBINAAN DAN PENGEMBANGAN KETAHANAN EKONOMI, SOSIAL, DAN BUDAYA", 455_200_000],
    ["8.01.06", "PROGRAM PENINGKATAN KEWASPADAAN NASIONAL DAN PENANGANAN KONFLIK SOSIAL", 734_900_000],
  ];
  // planted: Jumlah typed 8,531,430,000; the programs give 8,513,430,000
  const gt = ps.table({
    cols: [
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([k, n, v], i) => ({ id: `g${i}`, cells: { kode: k, nm: n, rp: v, ket: "APBD" } })),
      { id: "jml", bold: true, cells: { nm: "Jumlah", rp: 8_531_430_000 } },
    ],
  });
  ps.gap();
  signature(ps, 3, {
    tempat: "Pelabuhan Ratna, 2 Januari 2025",
    jabatan: ["Kepala Badan Kesatuan Bangsa dan Politik"],
    nama: "FRANSISKUS M. LUMENTUT, S.IP., M.AP",
    nip: "19760909 199803 1 002",
  });
  const rq = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "pp") },
        { sheet: R, cell: rt.a("k0", "pp") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the partisipasi pemilih is 73.5, the Renstra 2026 target; the Renstra 2025 target is 72",
    truth: rq("k0", "pp"),
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran typed 8,531,430,000; the six programs add up to 8,513,430,000",
    truth: progs.map((_, i) => gt.a("rp", `g${i}`)).join("+"),
  });
  for (const id of ["idi", "lpj", "kf"])
    b.ok({ sheet: P, cell: pt.a("tg", id), rules: ["cross-table-mismatch"], truth: rq("k0", id) });
  for (const id of ["pp", "kf"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("k4", id),
      trap: Y.map((_, i) => rt.a(`k${i}`, id)).join("+"),
    });
  return b.finish();
}

/** Partisipasi pemilih per kecamatan, Pilkada 2024, Kabupaten Sungai Lemadang. */
export function rekapPartisipasi(): BookW {
  const b = new BookW(
    "rekap-partisipasi-pemilih-pilkada-sungai-lemadang.xlsx",
    "Rekap partisipasi pemilih per kecamatan",
    "DPT and pengguna hak pilih by L | P | Jumlah per kecamatan, number row '(5) = (3)+(4)', '(8) = (6)+(7)', '(9) = (8)/(5) x 100'; JUMLAH row whose % is the ratio of totals",
  );
  const S = "Partisipasi Pilkada 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "REKAPITULASI PARTISIPASI PEMILIH PADA PEMILIHAN BUPATI DAN WAKIL BUPATI SUNGAI LEMADANG TAHUN 2024",
    "Sumber: Berita Acara Rekapitulasi KPU Kabupaten (Model D), diolah Badan Kesbangpol",
  ]);
  const kec: Array<[string, number, number, number, number]> = [
    ["Lemadang Ilir", 18_452, 18_907, 13_284, 14_512],
    ["Sungai Tebal", 12_306, 12_118, 9_005, 9_377],
    ["Muara Kumpeh Baru", 9_874, 9_650, 7_612, 7_698],
    ["Renah Pelaik", 7_215, 7_033, 5_780, 5_811],
    ["Tanjung Sepuntung", 15_688, 15_940, 11_204, 11_876],
    ["Pematang Sirih", 6_402, 6_311, 5_021, 5_133],
    ["Teluk Rengas", 10_947, 11_102, 7_990, 8_412],
  ];
  const D = "Daftar Pemilih Tetap (DPT)";
  const H = "Pengguna Hak Pilih";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)" },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
    { key: "dl", head: [D, "L"], num: "(3)", fmt: INT },
    { key: "dp", head: [D, "P"], num: "(4)", fmt: INT },
    { key: "dj", head: [D, "Jumlah"], role: "target", year: 2024, num: "(5) = (3)+(4)", fmt: INT },
    { key: "hl", head: [H, "L"], num: "(6)", fmt: INT },
    { key: "hp", head: [H, "P"], num: "(7)", fmt: INT },
    { key: "hj", head: [H, "Jumlah"], role: "realisasi", year: 2024, num: "(8) = (6)+(7)", fmt: INT },
    {
      key: "pc",
      head: ["Partisipasi (%)"],
      role: "capaian",
      year: 2024,
      num: "(9) = (8)/(5) x 100",
      fmt: DEC,
    },
  ];
  // planted: Muara Kumpeh Baru (8) typed 15,130 (6)+(7) = 15,310; Renah Pelaik (9) typed 101.35 (true 81.35)
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map(([nm, dl, dp, hl, hp], i) => ({
        id: `k${i}`,
        cells: (x: { a(k: string, id?: string): string }) => ({
          no: i + 1,
          kec: nm,
          dl,
          dp,
          dj: fx(`${x.a("dl")}+${x.a("dp")}`),
          hl,
          hp,
          hj: i === 2 ? 15_130 : fx(`${x.a("hl")}+${x.a("hp")}`),
          pc: i === 3 ? 101.35 : fx(`ROUND(${x.a("hj")}/${x.a("dj")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"] as [string, string],
        cells: (x: { a(k: string, id?: string): string }) => ({
          no: "JUMLAH",
          ...Object.fromEntries(
            ["dl", "dp", "dj", "hl", "hp", "hj"].map((k) => [k, fx(`SUM(${x.a(k, "k0")}:${x.a(k, "k6")})`)]),
          ),
          pc: fx(`ROUND(${x.a("hj")}/${x.a("dj")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: pemungutan suara ulang di 2 TPS Kecamatan Teluk Rengas sudah termasuk."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("hj", "k2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Muara Kumpeh Baru (8) typed 15,130 among formulas; (6)+(7) = 7,612+7,698 = 15,310",
    truth: `${a("hl", "k2")}+${a("hp", "k2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pc", "k3") },
    rules: ["capaian-mismatch", "percent-out-of-range"],
    note: "Renah Pelaik partisipasi typed 101.35% (more voters than DPT); 11,591/14,248 x 100 = 81.35",
    truth: `ROUND(${a("hj", "k3")}/${a("dj", "k3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("hj", "tot")}/${a("dj", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pc", "k0")}:${a("pc", "k6")}),2)`,
  });
  for (const k of ["dj", "hj"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: kec.map((_, i) => a(k, `k${i}`)).join("+"),
    });
  for (const i of [0, 4, 6]) {
    b.ok({
      sheet: S,
      cell: a("hj", `k${i}`),
      rules: ["sum-mismatch"],
      truth: `${a("hl", `k${i}`)}+${a("hp", `k${i}`)}`,
    });
    b.ok({
      sheet: S,
      cell: a("pc", `k${i}`),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("hj", `k${i}`)}/${a("dj", `k${i}`)}*100,2)`,
    });
  }
  return b.finish();
}

/** Bantuan keuangan partai politik 2025 per partai, Kota Pelabuhan Ratna, with the two tahap beside it. */
export function rekapBanpol(): BookW {
  const b = new BookW(
    "rekap-banpol-per-partai-pelabuhan-ratna-2025.xlsx",
    "Rekap bantuan keuangan partai politik",
    "banpol per partai: kursi, suara sah Pemilu 2024, Rp per suara, jumlah bantuan (5) = (3) x (4), realisasi, % penyaluran; JUMLAH row; a small table of the two penyaluran tahap side by side",
  );
  const S = "Banpol 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "REKAPITULASI BANTUAN KEUANGAN PARTAI POLITIK TAHUN ANGGARAN 2025",
    "KOTA PELABUHAN RATNA (berdasarkan perolehan suara sah Pemilu DPRD 2024)",
  ]);
  const PER = 1_350;
  const parties: Array<[string, number, number, number]> = [
    // partai, kursi, suara, share of the bantuan paid (0..1)
    ["Partai Gerakan Indonesia Raya", 6, 38_412, 1],
    ["Partai Demokrasi Indonesia Perjuangan", 6, 35_907, 1],
    ["Partai Golongan Karya", 5, 31_288, 1],
    ["Partai NasDem", 4, 22_150, 1],
    ["Partai Kebangkitan Bangsa", 2, 14_376, 1],
    ["Partai Demokrat", 2, 12_904, 0.5],
    ["Partai Keadilan Sejahtera", 2, 10_433, 1],
    ["Partai Amanat Nasional", 1, 8_217, 0.5],
    ["Partai Persatuan Indonesia", 1, 6_558, 0.5],
    ["Partai Solidaritas Indonesia", 1, 5_120, 1],
  ];
  const paid = parties.map(([, , v, f]) => Math.round(v * PER * f));
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)" },
    { key: "nm", head: ["Partai Politik"], num: "(2)", width: 36 },
    { key: "ku", head: ["Kursi DPRD"], num: "", fmt: INT },
    { key: "su", head: ["Perolehan Suara Sah"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
    { key: "ps", head: ["Bantuan per Suara (Rp)"], num: "(4)", fmt: RP },
    {
      key: "jb",
      head: ["Jumlah Bantuan (Rp)"],
      role: "anggaran",
      year: 2025,
      num: "(5) = (3) x (4)",
      fmt: RP,
      width: 16,
    },
    {
      key: "rz",
      head: ["Realisasi Penyaluran (Rp)"],
      role: "realisasi-anggaran",
      year: 2025,
      num: "(6)",
      fmt: RP,
      width: 16,
    },
    { key: "pc", head: ["% Penyaluran"], role: "capaian", year: 2025, num: "(7) = (6)/(5) x 100", fmt: DEC },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(8)", width: 24 },
  ];
  const ket = (f: number) =>
    f === 1 ? "Lunas" : f === 0 ? "LPJ 2024 belum diverifikasi BPK" : "Tahap II menunggu LPJ";
  // planted: Partai Demokrat % penyaluran cached 100 (stale); SUM of suara stops one row short
  const t = s.table({
    cols,
    headerRows: 1,
    numberRow: "plain",
    rows: [
      ...parties.map(([nm, ku, su, f], i) => ({
        id: `p${i}`,
        cells: (x: { a(k: string, id?: string): string }) => ({
          no: i + 1,
          nm,
          ku,
          su,
          ps: PER,
          jb: fx(`${x.a("su")}*${x.a("ps")}`),
          rz: paid[i],
          pc: fx(`ROUND(${x.a("rz")}/${x.a("jb")}*100,2)`, i === 5 ? 100 : undefined),
          ket: ket(f),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"] as [string, string],
        cells: (x: { a(k: string, id?: string): string }) => ({
          no: "JUMLAH",
          ku: fx(`SUM(${x.a("ku", "p0")}:${x.a("ku", "p9")})`),
          su: fx(`SUM(${x.a("su", "p0")}:${x.a("su", "p8")})`),
          jb: fx(`SUM(${x.a("jb", "p0")}:${x.a("jb", "p9")})`),
          rz: fx(`SUM(${x.a("rz", "p0")}:${x.a("rz", "p9")})`),
          pc: fx(`ROUND(${x.a("rz")}/${x.a("jb")}*100,2)`),
        }),
      },
    ],
  });
  const half = sum(parties.map(([, , v, f]) => (f > 0 ? Math.round(v * PER * 0.5) : 0)));
  const side = s.table(
    {
      cols: [
        { key: "th", head: ["Tahap Penyaluran"], width: 14 },
        { key: "tg", head: ["Tanggal SP2D"], width: 14 },
        { key: "rp", head: ["Jumlah (Rp)"], role: "realisasi-anggaran", year: 2025, fmt: RP, width: 16 },
      ],
      headerRows: 1,
      rows: [
        { id: "t1", cells: { th: "Tahap I", tg: "14-04-2025", rp: half } },
        { id: "t2", cells: { th: "Tahap II", tg: "22-09-2025", rp: sum(paid) - half } },
        {
          id: "tj",
          bold: true,
          cells: (x) => ({ th: "Jumlah", rp: fx(`SUM(${x.a("rp", "t1")}:${x.a("rp", "t2")})`) }),
        },
      ],
    },
    t.right + 2,
    t.top,
  );
  s.r = t.lastDataRow + 2;
  signature(s, 7, {
    tempat: "Pelabuhan Ratna, 15 Desember 2025",
    jabatan: ["Kepala Badan Kesatuan Bangsa dan Politik"],
    nama: "FRANSISKUS M. LUMENTUT, S.IP., M.AP",
    nip: "19760909 199803 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pc", "p5") },
    rules: ["capaian-mismatch"],
    note: "Partai Demokrat % penyaluran shows a stale cached 100.00; the formula gives 50.00 (Tahap II not paid)",
    truth: `ROUND(${a("rz", "p5")}/${a("jb", "p5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("su", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH suara sah is SUM over nine parties (180,245); with the tenth it is 185,365",
    truth: parties.map((_, i) => a("su", `p${i}`)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rz", "tot")}/${a("jb", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pc", "p0")}:${a("pc", "p9")}),2)`,
  });
  for (const k of ["jb", "rz", "ku"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: parties.map((_, i) => a(k, `p${i}`)).join("+"),
    });
  for (const i of [0, 7, 8])
    b.ok({
      sheet: S,
      cell: a("pc", `p${i}`),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rz", `p${i}`)}/${a("jb", `p${i}`)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: side.a("rp", "tj"),
    rules: ["cross-table-mismatch"],
    truth: a("rz", "tot"),
  });
  b.ok({
    sheet: S,
    cell: side.a("rp", "tj"),
    rules: ["sum-mismatch"],
    truth: `${side.a("rp", "t1")}+${side.a("rp", "t2")}`,
  });
  return b.finish();
}
