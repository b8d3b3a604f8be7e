// Set 346, operational recaps: retribusi pasar per pasar (los and kios) with a per-kecamatan table
// beside it (Kabupaten Lembah Sirih), and harga bahan pokok per triwulan (Kota Muara Peladang).
import { BookW, DEC, RP, fx, letterhead, signature, type Row } from "../forms/kit";

const PASAR = [
  ["Pasar Sentral Toaya", "Toaya", 214, 96, 1_284_000, [298_400, 315_750, 326_100, 352_900]],
  ["Pasar Inpres Labuan", "Labuan", 168, 54, 846_500, [201_300, 207_850, 199_400, 226_700]],
  ["Pasar Rakyat Sindue", "Sindue", 122, 38, 612_000, [142_250, 151_600, 148_900, 160_300]],
  ["Pasar Tompe", "Sindue", 86, 24, 398_000, [88_400, 93_150, 91_700, 99_250]],
  ["Pasar Sirenja Baru", "Sirenja", 94, 31, 455_750, [101_900, 109_400, 113_250, 118_600]],
] as const;

export function rekapRetribusi(): BookW {
  const book = new BookW(
    "rekap-retribusi-pasar-los-kios-lembah-sirih-346.xlsx",
    "Rekap",
    "Realisasi retribusi pasar per pasar rakyat (los dan kios) per triwulan 2024, Kabupaten Lembah Sirih",
  );
  const name = "Retribusi 2024";
  const s = book.sheet(name);
  letterhead(s, [
    "DINAS PERDAGANGAN KABUPATEN LEMBAH SIRIH",
    "REKAPITULASI REALISASI RETRIBUSI PELAYANAN PASAR TAHUN 2024",
    "(dalam ribuan rupiah)",
  ]);
  const top = s.r;
  const rows: Row[] = PASAR.map(([nama, kec, los, kios, target, tw], i) => ({
    id: `p${i}`,
    cells: (c) => ({
      no: i + 1,
      nama,
      kec,
      los,
      kios,
      target,
      tw1: tw[0],
      tw2: tw[1],
      tw3: tw[2],
      tw4: tw[3],
      jml: i === 2 ? 633_050 : fx(`SUM(${c.a("tw1")}:${c.a("tw4")})`),
      cap: i === 4 ? 96.12 : fx(`ROUND(${c.a("jml")}/${c.a("target")}*100,2)`),
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "kec"],
    cells: (c) => ({
      no: "JUMLAH",
      ...Object.fromEntries(
        ["los", "kios", "target", "tw1", "tw2", "tw3", "tw4", "jml"].map((k) => [
          k,
          fx(`SUM(${c.c(k)}${c.row("p0")}:${c.c(k)}${c.row("p4")})`),
        ]),
      ),
      cap: fx(`ROUND(${c.a("jml")}/${c.a("target")}*100,2)`),
    }),
  });
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nama", head: ["Nama Pasar"], role: "lainnya", width: 24 },
      { key: "kec", head: ["Kecamatan"], role: "lokasi" },
      { key: "los", head: ["Jumlah", "Los"], role: "lainnya", fmt: RP },
      { key: "kios", head: ["Jumlah", "Kios"], role: "lainnya", fmt: RP },
      { key: "target", head: ["Target Retribusi"], role: "target", year: 2024, fmt: RP },
      { key: "tw1", head: ["Realisasi per Triwulan", "I"], role: "realisasi", year: 2024, fmt: RP },
      { key: "tw2", head: ["Realisasi per Triwulan", "II"], role: "realisasi", year: 2024, fmt: RP },
      { key: "tw3", head: ["Realisasi per Triwulan", "III"], role: "realisasi", year: 2024, fmt: RP },
      { key: "tw4", head: ["Realisasi per Triwulan", "IV"], role: "realisasi", year: 2024, fmt: RP },
      { key: "jml", head: ["Jumlah Realisasi"], role: "realisasi", year: 2024, fmt: RP },
      { key: "cap", head: ["Capaian (%)"], role: "capaian", fmt: DEC },
    ],
    headerRows: 2,
    rows,
  });
  // per kecamatan, side by side after one empty column
  const kec = ["Toaya", "Labuan", "Sindue", "Sirenja"];
  const k = s.table(
    {
      cols: [
        { key: "kec", head: ["Kecamatan"], role: "lokasi" },
        { key: "n", head: ["Pasar"], role: "lainnya" },
        { key: "lk", head: ["Los + Kios"], role: "lainnya", fmt: RP },
        { key: "rp", head: ["Realisasi"], role: "realisasi", year: 2024, fmt: RP },
      ],
      headerRows: 2,
      rows: kec.map((kc, i) => ({
        id: `k${i}`,
        cells: () => {
          const rs = PASAR.map((p, j) => [p, t.row(`p${j}`)] as const).filter(([p]) => p[1] === kc);
          return {
            kec: kc,
            n: rs.length,
            lk: fx(rs.map(([, r]) => `${t.c("los")}${r}+${t.c("kios")}${r}`).join("+")),
            rp: fx(rs.map(([, r]) => `${t.c("jml")}${r}`).join("+")),
          };
        },
      })),
    },
    t.right + 2,
    top,
  );
  s.r = t.lastDataRow + 2;
  signature(s, 9, {
    tempat: "Donggala Sirih, 8 Januari 2025",
    jabatan: ["Kepala Bidang Pengelolaan Pasar"],
    nama: "NURHAYATI LAMASITUDJU, S.Sos",
    pangkat: "Penata Tingkat I",
    nip: "19810923 200801 2 011",
  });
  book.finish();
  book.plant({
    at: { sheet: name, cell: t.a("jml", "p2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Pasar Rakyat Sindue jumlah typed 633,050; the four triwulan give 603,050",
    truth: `SUM(${t.a("tw1", "p2")}:${t.a("tw4", "p2")})`,
  });
  book.plant({
    at: { sheet: name, cell: t.a("cap", "p4") },
    rules: ["ratio-components-mismatch", "hardcoded-value"],
    note: "Pasar Sirenja Baru capaian typed 96.12; 443,150 / 455,750 = 97.24",
    truth: `ROUND(${t.a("jml", "p4")}/${t.a("target", "p4")}*100,2)`,
  });
  book.ok({
    sheet: name,
    cell: t.a("cap", "tot"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: `ROUND(${t.a("jml", "tot")}/${t.a("target", "tot")}*100,2)`,
    trap: `SUM(${t.a("cap", "p0")}:${t.a("cap", "p4")})`,
  });
  book.ok({
    sheet: name,
    cell: k.a("lk", "k2"),
    rules: ["sum-mismatch"],
    truth: `${t.a("los", "p2")}+${t.a("kios", "p2")}+${t.a("los", "p3")}+${t.a("kios", "p3")}`,
  });
  return book;
}

const HARGA = [
  ["Beras medium", "kg", 13_500, [13_200, 13_650, 13_900, 14_100]],
  ["Gula pasir", "kg", 17_500, [17_000, 17_250, 17_800, 18_150]],
  ["Minyak goreng curah", "liter", 15_700, [15_400, 15_600, 15_500, 15_850]],
  ["Cabai merah keriting", "kg", 55_000, [48_500, 37_250, 42_000, 61_750]],
  ["Bawang merah", "kg", 41_500, [36_800, 44_250, 38_600, 35_900]],
  ["Telur ayam ras", "kg", 30_000, [27_900, 28_400, 29_150, 29_800]],
] as const;

export function rekapHarga(): BookW {
  const book = new BookW(
    "rekap-harga-bahan-pokok-triwulan-muara-peladang-346.xlsx",
    "Rekap",
    "Rata-rata harga bahan pokok per triwulan 2024 di pasar rakyat Kota Muara Peladang",
  );
  const name = "Harga Bapok";
  const s = book.sheet(name);
  s.lines(["Rata-rata Harga Eceran Bahan Pokok di Pasar Rakyat Kota Muara Peladang Tahun 2024 (Rp)"], 2, {
    bold: true,
  });
  s.gap();
  const t = s.table(
    {
      cols: [
        { key: "kom", head: ["Komoditas"], role: "indikator", width: 26, num: "1" },
        { key: "sat", head: ["Satuan"], role: "satuan", num: "2" },
        { key: "het", head: ["HET / HAP"], role: "target", fmt: RP, num: "3" },
        {
          key: "q1",
          head: ["Harga Rata-rata Triwulan", "I"],
          role: "realisasi",
          year: 2024,
          fmt: RP,
          num: "4",
        },
        {
          key: "q2",
          head: ["Harga Rata-rata Triwulan", "II"],
          role: "realisasi",
          year: 2024,
          fmt: RP,
          num: "5",
        },
        {
          key: "q3",
          head: ["Harga Rata-rata Triwulan", "III"],
          role: "realisasi",
          year: 2024,
          fmt: RP,
          num: "6",
        },
        {
          key: "q4",
          head: ["Harga Rata-rata Triwulan", "IV"],
          role: "realisasi",
          year: 2024,
          fmt: RP,
          num: "7",
        },
        {
          key: "avg",
          head: ["Rata-rata 2024"],
          role: "realisasi",
          year: 2024,
          fmt: RP,
          num: "8 = (4+5+6+7)/4",
        },
        {
          key: "gr",
          head: ["Perubahan TW IV thd TW I (%)"],
          role: "pertumbuhan",
          fmt: DEC,
          num: "9 = (7-4)/4",
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: HARGA.map(([kom, sat, het, q], i) => ({
        id: `h${i}`,
        cells: (c) => ({
          kom,
          sat,
          het,
          q1: q[0],
          q2: i === 2 ? 15.6 : q[1],
          q3: q[2],
          q4: q[3],
          avg: fx(`ROUND(AVERAGE(${c.a("q1")}:${c.a("q4")}),0)`),
          gr: i === 4 ? 2.45 : fx(`ROUND((${c.a("q4")}-${c.a("q1")})/${c.a("q1")}*100,2)`),
        }),
      })),
    },
    2,
  );
  s.gap();
  s.lines(["Sumber: Survei harga mingguan petugas pasar, Bidang Stabilisasi Harga."], 2);
  book.finish();
  book.plant({
    at: { sheet: name, cell: t.a("q2", "h2") },
    rules: ["number-scale"],
    note: "minyak goreng curah TW II typed in thousands (15.6) among whole rupiah; 15,600",
    truth: `${t.a("q2", "h2")}*1000`,
  });
  book.plant({
    at: { sheet: name, cell: t.a("gr", "h4") },
    rules: ["growth-mismatch", "hardcoded-value"],
    note: "bawang merah change typed +2.45; (35,900 - 36,800) / 36,800 = -2.45",
    truth: `ROUND((${t.a("q4", "h4")}-${t.a("q1", "h4")})/${t.a("q1", "h4")}*100,2)`,
  });
  book.ok({
    sheet: name,
    cell: t.a("avg", "h3"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${t.a("q1", "h3")}:${t.a("q4", "h3")}),0)`,
    trap: `SUM(${t.a("q1", "h3")}:${t.a("q4", "h3")})`,
  });
  book.ok({
    sheet: name,
    cell: t.a("gr", "h1"),
    rules: ["growth-mismatch"],
    truth: `ROUND((${t.a("q4", "h1")}-${t.a("q1", "h1")})/${t.a("q1", "h1")}*100,2)`,
  });
  return book;
}
