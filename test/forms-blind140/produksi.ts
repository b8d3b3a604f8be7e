// Sector recaps of a Dinas Pertanian: the padi and jagung harvest per kecamatan of an NTB kabupaten
// (luas panen, produktivitas, produksi = luas x produktivitas / 10) and the pupuk bersubsidi
// allocation against its realisation per kecamatan of a Gorontalo kabupaten. Every name and
// number is invented.
import { BookW, DEC, INT, fmt, fx, letterhead, round, signature, type Col, type Row } from "../forms/kit";

const prodF = (l: string, p: string) => `ROUND(${l}*${p}/10,0)`;

// ============================== Dinas Pertanian Kabupaten Rinjani Selatan, produksi padi dan jagung

export function produksiPadiJagung(): BookW {
  const b = new BookW(
    "rekap-produksi-padi-jagung-kecamatan-rinjani-selatan.xlsx",
    "rekap produksi tanaman pangan per kecamatan",
    "side-by-side padi sawah and jagung: No | Kecamatan | 'Padi Sawah' > Luas Panen (ha) | Produktivitas (ku/ha) | Produksi (ton) | 'Jagung' > the same; number row with '5 = 3 x 4 / 10'; JUMLAH row whose produktivitas is the ratio of the totals",
  );
  const S = "Produksi 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN RINJANI SELATAN", "DINAS PERTANIAN DAN KETAHANAN PANGAN"]);
  s.lines([
    "Luas Panen, Produktivitas dan Produksi Padi Sawah dan Jagung Menurut Kecamatan",
    "Tahun 2024 (Angka Tetap)",
  ]);
  s.gap();
  const kec: Array<[string, string, number, number, number, number]> = [
    ["k1", "Batu Nampar", 4820, 52.4, 7240, 68.5],
    ["k2", "Kuta Selong", 6135, 55.1, 3980, 63.2],
    ["k3", "Sengkol Baru", 3410, 49.8, 8615, 71.4],
    ["k4", "Jerowaru Utara", 5275, 53.7, 5120, 66.8],
    ["k5", "Keruak Indah", 2960, 51.2, 9035, 72.1],
    ["k6", "Pujut Selatan", 4385, 54.3, 2870, 61.9],
  ];
  const P = "Padi Sawah";
  const J = "Jagung";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 20 },
    { key: "pl", head: [P, "Luas Panen (ha)"], role: "lainnya", num: 3, fmt: INT },
    { key: "pp", head: [P, "Produktivitas (ku/ha)"], role: "lainnya", num: 4, fmt: DEC },
    {
      key: "pv",
      head: [P, "Produksi (ton)"],
      role: "realisasi",
      year: 2024,
      num: "5 = 3 x 4 / 10",
      fmt: INT,
    },
    { key: "jl", head: [J, "Luas Panen (ha)"], role: "lainnya", num: 6, fmt: INT },
    { key: "jp", head: [J, "Produktivitas (ku/ha)"], role: "lainnya", num: 7, fmt: DEC },
    {
      key: "jv",
      head: [J, "Produksi (ton)"],
      role: "realisasi",
      year: 2024,
      num: "8 = 6 x 7 / 10",
      fmt: INT,
    },
  ];
  // planted: the Produksi padi of Kuta Selong is typed 33.084 (digits swapped) among the formulas
  const typed = 33_084;
  if (round((6135 * 55.1) / 10, 0) !== 33_804) throw new Error("kuta selong");
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map(([id, nm, pl, pp, jl, jp], i): Row => ({
        id,
        cells: (c) => ({
          no: i + 1,
          kec: nm,
          pl,
          pp,
          pv: id === "k2" ? typed : fx(prodF(c.a("pl"), c.a("pp"))),
          jl,
          jp,
          jv: fx(prodF(c.a("jl"), c.a("jp"))),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => ({
          no: "JUMLAH",
          pl: fx(`SUM(${c.a("pl", "k1")}:${c.a("pl", "k6")})`),
          pp: fx(`ROUND(${c.a("pv")}/${c.a("pl")}*10,2)`),
          pv: fx(`SUM(${c.a("pv", "k1")}:${c.a("pv", "k6")})`),
          // planted: the range stops at Keruak Indah, Pujut Selatan's 2.870 ha left out
          jl: fx(`SUM(${c.a("jl", "k1")}:${c.a("jl", "k5")})`),
          jp: fx(`ROUND(${c.a("jv")}/${c.a("jl")}*10,2)`),
          jv: fx(`SUM(${c.a("jv", "k1")}:${c.a("jv", "k6")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: Laporan Statistik Pertanian (SP) Tanaman Pangan, diolah.",
    "Produktivitas jumlah = produksi jumlah / luas panen jumlah x 10, bukan rata-rata produktivitas kecamatan.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Praya Selatan, 20 Januari 2025",
    jabatan: ["Kepala Dinas Pertanian dan Ketahanan Pangan,"],
    nama: "Ir. LALU MUHAMMAD ZAINUL ARIFIN, M.P.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700814 199603 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pv", "k2") },
    rules: ["hardcoded-value"],
    note: "Produksi padi of Kuta Selong is a typed 33,084 among ROUND(3 x 4 / 10) formulas; 6,135 ha x 55.10 ku/ha / 10 gives 33,804 (digits swapped)",
    truth: prodF(a("pl", "k2"), a("pp", "k2")),
  });
  b.plant({
    at: { sheet: S, cell: a("jl", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH luas panen jagung is SUM over the first five kecamatan (33,990 ha); with Pujut Selatan's 2,870 ha it is 36,860",
    truth: kec.map(([id]) => a("jl", id)).join("+"),
  });
  for (const [id] of kec)
    if (id !== "k2")
      b.ok({
        sheet: S,
        cell: a("pv", id),
        rules: ["hardcoded-value"],
        truth: prodF(a("pl", id), a("pp", id)),
      });
  for (const k of ["pl", "jv"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: kec.map(([id]) => a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("pp", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${a("pv", "tot")}/${a("pl", "tot")}*10,2)`,
    // the total's produktivitas is the ratio of the totals, not the mean of the kecamatan
    trap: `ROUND(AVERAGE(${a("pp", "k1")}:${a("pp", "k6")}),2)`,
  });
  return b.finish();
}

// ======================= Dinas Pertanian Kabupaten Tilongkabila Utara, pupuk bersubsidi per kecamatan

export function pupukBersubsidi(): BookW {
  const b = new BookW(
    "alokasi-realisasi-pupuk-subsidi-tilongkabila-utara.xlsx",
    "rekap alokasi dan realisasi pupuk bersubsidi",
    "No | Kecamatan | Jumlah Poktan | 'Urea (ton)' > Alokasi | Realisasi | Serapan (%) | 'NPK Phonska (ton)' > Alokasi | Realisasi | Serapan (%); number row '(6)=(5)/(4)x100'; Jumlah row whose serapan is the ratio of the totals; Rata-rata row below",
  );
  const S = "Pupuk Subsidi 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERTANIAN KABUPATEN TILONGKABILA UTARA", "Bidang Prasarana dan Sarana Pertanian"]);
  s.lines([
    "REKAPITULASI ALOKASI DAN REALISASI PENYALURAN PUPUK BERSUBSIDI",
    "Periode Januari s.d. Desember 2024",
  ]);
  s.gap();
  const kec: Array<[string, string, number, number, number, number, number]> = [
    ["a", "Bulawa Timur", 34, 812.5, 774.25, 540, 498.6],
    ["b", "Suwawa Raya", 41, 1035, 1017.4, 690, 655.35],
    ["c", "Tapa Utara", 27, 620, 588.9, 385, 412.5],
    ["d", "Kabila Pantai", 38, 947.5, 896.15, 615, 560.8],
    ["e", "Botupingge Hulu", 22, 486, 431.2, 310, 287.45],
  ];
  const pct = (r: string, a: string) => `ROUND(${r}/${a}*100,2)`;
  const U = "Urea (ton)";
  const N = "NPK Phonska (ton)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      { key: "pk", head: ["Jumlah Poktan (e-RDKK)"], role: "lainnya", num: "(3)", width: 11 },
      { key: "ua", head: [U, "Alokasi"], role: "target", year: 2024, num: "(4)", fmt: DEC },
      { key: "ur", head: [U, "Realisasi"], role: "realisasi", year: 2024, num: "(5)", fmt: DEC },
      { key: "up", head: [U, "Serapan (%)"], role: "capaian", year: 2024, num: "(6)=(5)/(4)x100", fmt: DEC },
      { key: "na", head: [N, "Alokasi"], role: "target", year: 2024, num: "(7)", fmt: DEC },
      { key: "nr", head: [N, "Realisasi"], role: "realisasi", year: 2024, num: "(8)", fmt: DEC },
      { key: "np", head: [N, "Serapan (%)"], role: "capaian", year: 2024, num: "(9)=(8)/(7)x100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map(([id, nm, pk, ua, ur, na, nr], i): Row => ({
        id,
        cells: (c) => ({
          no: i + 1,
          kec: nm,
          pk,
          ua,
          ur,
          // planted: the Urea serapan of Kabila Pantai is a typed 98.56 (896.15 / 947.5 gives 94.58)
          up: id === "d" ? fmt(98.56, DEC) : fx(pct(c.a("ur"), c.a("ua"))),
          na,
          nr,
          np: fx(pct(c.a("nr"), c.a("na"))),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => ({
          no: "Jumlah",
          ...Object.fromEntries(
            ["pk", "ua", "ur", "na", "nr"].map((k) => [k, fx(`SUM(${c.a(k, "a")}:${c.a(k, "e")})`)]),
          ),
          up: fx(pct(c.a("ur"), c.a("ua"))),
          np: fx(pct(c.a("nr"), c.a("na"))),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: realisasi menurut laporan penebusan kios pengecer resmi (i-Pubers); alokasi sesuai SK Kepala Dinas.",
    "Penyaluran tidak boleh melebihi alokasi kecamatan; kekurangan dipenuhi melalui realokasi antar kecamatan.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Kabila, 15 Januari 2025",
    jabatan: ["Kepala Dinas Pertanian,"],
    nama: "Dr. Ir. RUSTAM H. MOOTALU, M.Si.",
    nip: "19711203 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("np", "c") },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "NPK Phonska of Tapa Utara: realisasi 412.50 ton above the alokasi of 385.00, so the serapan is 107.14 %; the keterangan forbids going over the allocation (at most 100 %)",
    truth: "100",
  });
  b.plant({
    at: { sheet: S, cell: a("up", "d") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Urea serapan of Kabila Pantai is a typed 98.56 among ROUND formulas; 896.15 / 947.50 x 100 gives 94.58",
    truth: pct(a("ur", "d"), a("ua", "d")),
  });
  for (const [id] of kec) {
    if (id !== "d")
      b.ok({
        sheet: S,
        cell: a("up", id),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: pct(a("ur", id), a("ua", id)),
      });
    if (id !== "c")
      b.ok({
        sheet: S,
        cell: a("np", id),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: pct(a("nr", id), a("na", id)),
      });
  }
  for (const k of ["ua", "ur", "na"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: kec.map(([id]) => a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("up", "tot"),
    rules: ["capaian-mismatch"],
    truth: pct(a("ur", "tot"), a("ua", "tot")),
    // the Jumlah serapan is the ratio of the totals, not the mean of the kecamatan rates
    trap: `ROUND(AVERAGE(${a("up", "a")}:${a("up", "e")}),2)`,
  });
  return b.finish();
}
