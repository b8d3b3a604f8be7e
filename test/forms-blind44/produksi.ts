// The statistics tables of the marine-fisheries and estate-crop offices: capture-fisheries
// production per commodity per kabupaten of Provinsi Sulawesi Utara (rows kabupaten, columns
// commodities, a JUMLAH row and column, a catch-per-vessel ratio beside them), and the planted area
// of kelapa dalam per kabupaten of Provinsi Gorontalo over five years (a stock: the years are never
// added) with the growth of the last year. Every office, region, person and number is invented.
import {
  BookW,
  DEC,
  INT,
  fx,
  letterhead,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Ctx,
} from "../forms/kit";

type Kab = { id: string; nama: string; t: number[]; kapal: number };

/** Produksi perikanan tangkap per komoditas per kabupaten/kota 2024, DKP Provinsi Sulawesi Utara. */
export function produksiTangkapSulut(): BookW {
  const b = new BookW(
    "produksi-tangkap-komoditas-kabkota-dkp-sulut-2024.xlsx",
    "production per commodity per kabupaten (DKP provinsi)",
    "No. | Kabupaten / Kota | Volume Produksi (Ton) > Tuna / Cakalang / Tongkol / Layang / Kerapu | JUMLAH | Armada (unit) | Produktivitas (ton/unit); rows kabupaten, a JUMLAH row; title 'Tabel 3.2' above, Sumber note below",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS KELAUTAN DAN PERIKANAN PROVINSI SULAWESI UTARA",
    "Bidang Perikanan Tangkap - Seksi Data dan Statistik",
  ]);
  s.lines(
    ["Tabel 3.2  Volume Produksi Perikanan Tangkap di Laut menurut Komoditas Utama dan Kabupaten/Kota, 2024"],
    1,
    { bold: true },
  );
  s.gap();
  const kom = ["Tuna", "Cakalang", "Tongkol", "Layang", "Kerapu"];
  const kabs: Kab[] = [
    {
      id: "k1",
      nama: "Kab. Minahasa Pesisir Timur",
      t: [4_218.6, 9_874.3, 3_102.45, 5_631.2, 286.7],
      kapal: 1_412,
    },
    {
      id: "k2",
      nama: "Kab. Sangihe Lembeh",
      t: [6_905.2, 12_447.85, 2_875.1, 3_904.6, 412.35],
      kapal: 1_986,
    },
    {
      id: "k3",
      nama: "Kab. Talaud Utara Raya",
      t: [3_587.4, 6_218.9, 1_644.25, 2_215.8, 538.1],
      kapal: 1_127,
    },
    {
      id: "k4",
      nama: "Kab. Bolmong Pantai Selatan",
      t: [1_842.75, 4_506.6, 2_987.3, 4_118.45, 197.2],
      kapal: 1_653,
    },
    {
      id: "k5",
      nama: "Kota Tanjung Kalasey",
      t: [11_264.9, 18_352.4, 4_210.6, 6_745.3, 124.85],
      kapal: 2_214,
    },
    {
      id: "k6",
      nama: "Kab. Siau Tagulandang Barat",
      t: [2_476.3, 5_083.15, 1_398.7, 1_872.4, 263.5],
      kapal: 904,
    },
  ];
  const V = "Volume Produksi (Ton)";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "kab", head: ["Kabupaten / Kota"], role: "lokasi", width: 30 },
    ...kom.map((k, i): Col => ({
      key: `c${i}`,
      head: [V, k],
      role: "realisasi",
      year: 2024,
      fmt: "#,##0.00",
      width: 12,
    })),
    { key: "j", head: [V, "JUMLAH"], role: "realisasi", year: 2024, fmt: "#,##0.00", width: 13 },
    { key: "kap", head: ["Armada Penangkapan (unit)"], role: "lainnya", fmt: INT, width: 12 },
    { key: "pr", head: ["Produktivitas (ton/unit)"], role: "lainnya", fmt: DEC, width: 12 },
  ];
  const C = [0, 1, 2, 3, 4];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...kabs.map((k, i) => ({
        id: k.id,
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = { no: i + 1, kab: k.nama, kap: k.kapal };
          C.forEach((j) => (c[`c${j}`] = k.t[j]));
          // planted: Talaud's JUMLAH typed with two digits swapped (14,240.45 for 14,204.45)
          c.j = k.id === "k3" ? 14_240.45 : fx(`SUM(${x.a("c0")}:${x.a("c4")})`);
          c.pr = fx(`ROUND(${x.a("j")}/${x.a("kap")},2)`);
          return c;
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kab"] as [string, string],
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = { no: "JUMLAH" };
          // planted: the Layang total stops at Kota Tanjung Kalasey (a row inserted under the range)
          C.forEach(
            (j) => (c[`c${j}`] = fx(`SUM(${x.a(`c${j}`, "k1")}:${x.a(`c${j}`, j === 3 ? "k5" : "k6")})`)),
          );
          c.j = fx(`SUM(${x.a("j", "k1")}:${x.a("j", "k6")})`);
          c.kap = fx(`SUM(${x.a("kap", "k1")}:${x.a("kap", "k6")})`);
          c.pr = fx(`ROUND(${x.a("j")}/${x.a("kap")},2)`);
          return c;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: Laporan Statistik Perikanan Tangkap Kabupaten/Kota (Logbook dan Pendataan TPI), diolah.",
    "Produktivitas = jumlah produksi dibagi jumlah armada; baris JUMLAH dihitung dari total, bukan dijumlahkan.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Manado, 17 Februari 2025",
    jabatan: ["Kepala Bidang Perikanan Tangkap,"],
    nama: "Ir. FREDDY WOLTER RUNTUWENE, M.Si",
    pangkat: "Pembina Tingkat I",
    nip: "19700823 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const k3sum = round(sum(kabs[2].t), 2);
  b.plant({
    at: { sheet: S, cell: a("j", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `JUMLAH of Kab. Talaud Utara Raya typed 14,240.45 among SUM formulas; its five commodities add to ${k3sum.toFixed(2)} (the 0 and 4 swapped)`,
    truth: `SUM(${a("c0", "k3")}:${a("c4", "k3")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("c3", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Layang = SUM of the first five rows (22,615.35): Kab. Siau Tagulandang Barat (1,872.40) below the range is left out; the six kabupaten give 24,487.75",
    truth: `SUM(${a("c3", "k1")}:${a("c3", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pr", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${a("j", "tot")}/${a("kap", "tot")},2)`,
    trap: `SUM(${a("pr", "k1")}:${a("pr", "k6")})`,
  });
  for (const k of ["c0", "c4", "kap"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  b.ok({
    sheet: S,
    cell: a("j", "k5"),
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `SUM(${a("c0", "k5")}:${a("c4", "k5")})`,
  });
  return b.finish();
}

/** Luas areal kelapa dalam per kabupaten 2020-2024, Dinas Perkebunan Provinsi Gorontalo. */
export function luasArealKelapaGorontalo(): BookW {
  const b = new BookW(
    "luas-areal-kelapa-kabupaten-disbun-gorontalo-2020-2024.xlsx",
    "planted area per kabupaten over years (Dinas Perkebunan provinsi)",
    "No | Kabupaten/Kota | Luas Areal (Ha) > 2020 .. 2024 (years as numbers, merged group) | Pertumbuhan 2024 thd 2023 (%) | Keterangan; a stock, the years are never added; a Provinsi row sums the kabupaten; a second sheet 'Catatan' with no table",
  );
  const S = "Luas Areal Kelapa";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI GORONTALO", "DINAS PERKEBUNAN DAN HORTIKULTURA"]);
  s.lines(["PERKEMBANGAN LUAS AREAL TANAMAN KELAPA DALAM MENURUT KABUPATEN/KOTA", "TAHUN 2020 - 2024"], 1, {
    bold: true,
  });
  s.gap();
  const Y = [2020, 2021, 2022, 2023, 2024];
  const kabs: Array<{ id: string; nama: string; ha: number[]; ket?: string }> = [
    {
      id: "a1",
      nama: "Kab. Tomini Barat",
      ha: [21_486.5, 21_402.75, 21_355.2, 21_318.6, 21_290.4],
      ket: "alih fungsi ke jagung",
    },
    { id: "a2", nama: "Kab. Paguyaman Raya", ha: [17_932.4, 18_046.1, 18_210.35, 18_395.8, 18_512.25] },
    { id: "a3", nama: "Kab. Bone Pantai Utara", ha: [9_874.2, 9_911.6, 9_966.45, 10_024.3, 10_087.9] },
    {
      id: "a4",
      nama: "Kab. Atinggola Hulu",
      ha: [6_215.75, 6_198.4, 6_204.6, 6_236.15, 6_281.3],
      ket: "peremajaan 45 Ha",
    },
    { id: "a5", nama: "Kota Limboto Baru", ha: [412.6, 405.3, 398.85, 391.2, 386.45] },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kab", head: ["Kabupaten/Kota"], role: "lokasi", num: "(2)", width: 26 },
    ...Y.map((y, i): Col => ({
      key: `y${y}`,
      head: ["Luas Areal (Ha)", String(y)],
      role: "realisasi",
      year: y,
      num: `(${3 + i})`,
      fmt: "#,##0.00",
      width: 12,
    })),
    {
      key: "g",
      head: ["Pertumbuhan 2024 thd 2023 (%)"],
      role: "pertumbuhan",
      year: 2024,
      num: "(8)",
      fmt: DEC,
      width: 13,
    },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(9)", width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kabs.map((k, i) => ({
        id: k.id,
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = { no: i + 1, kab: k.nama, ket: k.ket };
          Y.forEach((y, j) => (c[`y${y}`] = k.ha[j]));
          // planted: Bone Pantai Utara's growth divides by 2022 (the column left of the right one)
          const base = k.id === "a3" ? x.a("y2022") : x.a("y2023");
          c.g = fx(`ROUND((${x.a("y2024")}-${base})/${base}*100,2)`);
          return c;
        },
      })),
      {
        id: "prov",
        bold: true,
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = { kab: "Provinsi Gorontalo" };
          for (const y of Y)
            c[`y${y}`] = fx(
              `SUM(${x.a(`y${y}`, "a1")}:${x.a(`y${y}`, "a5")})`,
              y === 2022 ? 55_736.6 : undefined,
            );
          c.g = fx(`ROUND((${x.a("y2024")}-${x.a("y2023")})/${x.a("y2023")}*100,2)`);
          return c;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: luas areal adalah keadaan pada akhir tahun (TBM + TM + TTM); angka antar tahun tidak dijumlahkan.",
    "Sumber: Statistik Perkebunan Kabupaten/Kota, diolah Seksi Data dan Informasi.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Gorontalo, 3 Maret 2025",
    jabatan: ["Kepala Dinas Perkebunan dan Hortikultura", "Provinsi Gorontalo,"],
    nama: "Dr. Ir. RAHMAN DJAFAR PAKAYA, M.P.",
    pangkat: "Pembina Utama Muda",
    nip: "19690314 199603 1 002",
  });
  const n = b.sheet("Catatan");
  n.lines([
    "Definisi: TBM = tanaman belum menghasilkan, TM = tanaman menghasilkan, TTM = tanaman tua/rusak.",
    "Data 2024 bersifat angka sementara (ASEM).",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("g", "a3") },
    rules: ["growth-mismatch", "inconsistent-formula"],
    note: "growth 2024 of Kab. Bone Pantai Utara divides by 2022 (9,966.45): 1.22; against 2023 (10,024.30) the 10,087.90 Ha of 2024 is 0.63",
    truth: `ROUND((${a("y2024", "a3")}-${a("y2023", "a3")})/${a("y2023", "a3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("y2022", "prov") },
    rules: ["sum-mismatch"],
    note: "Provinsi 2022 is a SUM whose cached result 55,736.60 is stale (before Kota Limboto Baru's 398.85 was entered); the five kabupaten give 56,135.45",
    truth: `SUM(${a("y2022", "a1")}:${a("y2022", "a5")})`,
  });
  // trap: the province's growth is the growth of its totals, not the sum of the kabupaten's growths
  b.ok({
    sheet: S,
    cell: a("g", "prov"),
    rules: ["growth-mismatch", "sum-mismatch"],
    truth: `ROUND((${a("y2024", "prov")}-${a("y2023", "prov")})/${a("y2023", "prov")}*100,2)`,
    trap: `SUM(${a("g", "a1")}:${a("g", "a5")})`,
  });
  // trap: a stock is not added over the years (2024 is not 2020 + .. + 2023 nor their sum)
  b.ok({
    sheet: S,
    cell: a("y2024", "prov"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("y2024", "a1")}:${a("y2024", "a5")})`,
    trap: `SUM(${a("y2020", "prov")}:${a("y2023", "prov")})`,
  });
  b.ok({
    sheet: S,
    cell: a("y2023", "prov"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("y2023", "a1")}:${a("y2023", "a5")})`,
  });
  // a negative growth is right (Tomini Barat shrinks)
  b.ok({
    sheet: S,
    cell: a("g", "a1"),
    rules: ["growth-mismatch", "percent-out-of-range"],
    truth: `ROUND((${a("y2024", "a1")}-${a("y2023", "a1")})/${a("y2023", "a1")}*100,2)`,
  });
  return b.finish();
}
