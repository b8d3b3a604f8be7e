// Two recaps of a Dinas Tenaga Kerja's own operational data: penempatan per kecamatan per triwulan
// beside pelatihan BLK per kejuruan (side by side), and perselisihan hubungan industrial with the
// pengawasan K3 per triwulan. Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** Penempatan tenaga kerja per kecamatan and pelatihan BLK per kejuruan, Kabupaten Lembah Sarimbun 2024. */
export function rekapPenempatan(): BookW {
  const b = new BookW(
    "rekap-penempatan-pelatihan-blk-lembah-sarimbun-339.xlsx",
    "Rekap penempatan dan pelatihan BLK (Dinas Tenaga Kerja)",
    "Recap per kecamatan (no No column, Kecamatan first; Ditempatkan > TW I..IV; '(7) = (3)+(4)+(5)+(6)', '(8) = (7)/(2) x 100'; JUMLAH row with the % of totals) and, after one empty column, pelatihan BLK per kejuruan with Jumlah",
  );
  const S = "Penempatan 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH SARIMBUN", "DINAS TENAGA KERJA DAN TRANSMIGRASI"]);
  s.lines(["REKAPITULASI PENEMPATAN TENAGA KERJA DAN PELATIHAN BLK TAHUN 2024"], 1, { bold: true });
  s.gap();
  const top = s.r + 1;
  s.put(s.r, 1, "A. Penempatan per kecamatan", { bold: true });
  s.put(s.r, 10, "B. Pelatihan BLK per kejuruan", { bold: true });
  const kec: Array<[string, string, number, number[]]> = [
    ["k1", "Koto Sarimbun", 1_284, [96, 118, 131, 104]],
    ["k2", "Lubuk Gadang", 742, [48, 61, 57, 52]],
    ["k3", "Sungai Talang", 615, [39, 44, 51, 36]],
    ["k4", "Batang Ampalu", 508, [27, 35, 42, 31]],
    ["k5", "Tanjung Bonai", 391, [22, 26, 30, 25]],
    ["k6", "Pasar Baru Sarimbun", 927, [71, 83, 88, 69]],
  ];
  const q = [1, 2, 3, 4];
  const a = s.table(
    {
      cols: [
        { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(1)", width: 22 },
        { key: "ak", head: ["Pencari Kerja Terdaftar (AK/I)"], role: "lainnya", num: "(2)", fmt: INT },
        ...q.map((i): Col => ({
          key: `q${i}`,
          head: ["Ditempatkan", `TW ${["I", "II", "III", "IV"][i - 1]}`],
          role: "realisasi",
          num: `(${i + 2})`,
          fmt: INT,
        })),
        {
          key: "jml",
          head: ["Jumlah Ditempatkan"],
          role: "realisasi",
          year: 2024,
          num: "(7) = (3)+(4)+(5)+(6)",
          fmt: INT,
        },
        {
          key: "pct",
          head: ["Persentase Ditempatkan (%)"],
          role: "lainnya",
          num: "(8) = (7)/(2) x 100",
          fmt: DEC,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...kec.map(([id, nama, ak, qs]): Row => ({
          id,
          cells: (x) => ({
            kec: nama,
            ak,
            ...Object.fromEntries(q.map((i) => [`q${i}`, qs[i - 1]])),
            // planted: Sungai Talang's Jumlah typed 180; its quarters give 170
            jml: id === "k3" ? 180 : fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
            pct: fx(`ROUND(${x.a("jml")}/${x.a("ak")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            kec: "JUMLAH",
            ...Object.fromEntries(
              ["ak", "q1", "q2", "q3", "q4", "jml"].map((k) => [
                k,
                fx(`SUM(${x.a(k, "k1")}:${x.a(k, "k6")})`),
              ]),
            ),
            pct: fx(`ROUND(${x.a("jml")}/${x.a("ak")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const kej: Array<[string, string, number, number, number]> = [
    ["j1", "Teknik Otomotif", 4, 64, 58],
    ["j2", "Teknik Listrik", 3, 48, 45],
    ["j3", "Tata Boga", 3, 48, 44],
    ["j4", "Teknologi Informasi", 2, 32, 27],
    ["j5", "Menjahit", 2, 24, 22],
  ];
  const bt = s.table(
    {
      cols: [
        { key: "kej", head: ["Kejuruan"], role: "lainnya", width: 22 },
        { key: "pk", head: ["Paket"], role: "realisasi", fmt: INT },
        { key: "ps", head: ["Peserta (orang)"], role: "realisasi", fmt: INT },
        { key: "ls", head: ["Lulus (orang)"], role: "realisasi", fmt: INT },
        { key: "pct", head: ["Kelulusan (%)"], role: "lainnya", fmt: DEC },
      ],
      headerRows: 1,
      rows: [
        ...kej.map(([id, nama, pk, ps, ls]): Row => ({
          id,
          // planted: Tata Boga's kelulusan typed 108.33 (lulus and peserta swapped in 52/48)
          cells: (x) => ({
            kej: nama,
            pk,
            ps,
            ls,
            pct: id === "j3" ? 108.33 : fx(`ROUND(${x.a("ls")}/${x.a("ps")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            kej: "Jumlah",
            ...Object.fromEntries(
              ["pk", "ps", "ls"].map((k) => [k, fx(`SUM(${x.a(k, "j1")}:${x.a(k, "j5")})`)]),
            ),
            pct: fx(`ROUND(${x.a("ls")}/${x.a("ps")}*100,2)`),
          }),
        },
      ],
    },
    10,
    top,
  );
  s.r = Math.max(a.lastDataRow, bt.lastDataRow) + 2;
  s.lines(["Sumber: Sistem Informasi Ketenagakerjaan (SIAPkerja) dan laporan UPTD BLK Koto Sarimbun."]);
  s.gap();
  signature(s, 6, {
    tempat: "Koto Sarimbun, 20 Januari 2025",
    jabatan: ["Kepala Bidang Penempatan Tenaga Kerja"],
    nama: "YULIA RAHMADANI, S.E., M.M",
    nip: "19830512 200903 2 011",
  });
  b.plant({
    at: { sheet: S, cell: a.a("jml", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Sungai Talang Jumlah Ditempatkan typed 180; 39 + 44 + 51 + 36 = 170",
    truth: `SUM(${a.a("q1", "k3")}:${a.a("q4", "k3")})`,
  });
  b.plant({
    at: { sheet: S, cell: bt.a("pct", "j3") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    note: "Tata Boga kelulusan typed 108.33; 44 / 48 = 91.67",
    truth: `ROUND(${bt.a("ls", "j3")}/${bt.a("ps", "j3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a.a("pct", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${a.a("jml", "tot")}/${a.a("ak", "tot")}*100,2)`,
    trap: `SUM(${a.a("pct", "k1")}:${a.a("pct", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: bt.a("ls", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${bt.a("ls", "j1")}:${bt.a("ls", "j5")})`,
  });
  b.ok({
    sheet: S,
    cell: a.a("jml", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a.a("q1", "k1")}+${a.a("q2", "k1")}+${a.a("q3", "k1")}+${a.a("q4", "k1")}`,
  });
  return b.finish();
}

/** Perselisihan hubungan industrial and pengawasan K3 per triwulan, Kota Teluk Rangkas 2024. */
export function rekapPhiK3(): BookW {
  const b = new BookW(
    "rekap-perselisihan-hi-k3-teluk-rangkas-339.xlsx",
    "Rekap perselisihan HI dan K3 (Dinas Tenaga Kerja)",
    "Recap per triwulan: two group headers (Perselisihan Hubungan Industrial | Pengawasan K3) over kasus and outcomes, number row 1..10 with '2 = 3+4+5+6' and '7 = (3+4)/2 x 100', a stock (perusahaan ber-P2K3, kumulatif) whose Jumlah is the TW IV level",
  );
  const S = "PHI dan K3 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TELUK RANGKAS",
    "DINAS TENAGA KERJA",
    "Jl. Trans Sulawesi No. 88, Teluk Rangkas",
  ]);
  s.lines(["REKAPITULASI PERSELISIHAN HUBUNGAN INDUSTRIAL DAN PENGAWASAN K3", "TAHUN 2024"], 1, {
    bold: true,
  });
  s.gap();
  const tw: Array<[string, string, number[], number[]]> = [
    // [PB, anjuran, PHI, proses], [diperiksa, kecelakaan, P2K3 kumulatif]
    ["t1", "Triwulan I", [7, 3, 1, 4], [18, 9, 41]],
    ["t2", "Triwulan II", [9, 4, 2, 3], [22, 12, 44]],
    ["t3", "Triwulan III", [8, 5, 1, 2], [25, 8, 48]],
    ["t4", "Triwulan IV", [10, 3, 2, 1], [19, 11, 53]],
  ];
  const G = "Perselisihan Hubungan Industrial (kasus)";
  const K = "Pengawasan K3";
  const t = s.table({
    cols: [
      { key: "tw", head: ["Triwulan"], role: "lainnya", num: 1, width: 16 },
      { key: "masuk", head: [G, "Kasus Masuk"], role: "realisasi", num: "2 = 3+4+5+6", fmt: INT },
      { key: "pb", head: [G, "Perjanjian Bersama"], role: "realisasi", num: 3, fmt: INT },
      { key: "anj", head: [G, "Anjuran"], role: "realisasi", num: 4, fmt: INT },
      { key: "phi", head: [G, "Dilimpahkan ke PHI"], role: "realisasi", num: 5, fmt: INT },
      { key: "pro", head: [G, "Dalam Proses"], role: "realisasi", num: 6, fmt: INT },
      {
        key: "sel",
        head: [G, "Tingkat Penyelesaian (%)"],
        role: "capaian",
        num: "7 = (3+4)/2 x 100",
        fmt: DEC,
      },
      { key: "per", head: [K, "Perusahaan Diperiksa"], role: "realisasi", num: 8, fmt: INT },
      { key: "kk", head: [K, "Kecelakaan Kerja (kasus)"], role: "realisasi", num: 9, fmt: INT },
      { key: "p2k3", head: [K, "Perusahaan ber-P2K3 (kumulatif)"], role: "realisasi", num: 10, fmt: INT },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...tw.map(([id, nama, h, k]): Row => ({
        id,
        cells: (x) => ({
          tw: nama,
          // planted: Triwulan II kasus masuk typed 20; its outcomes give 18
          masuk: id === "t2" ? 20 : fx(`SUM(${x.a("pb")}:${x.a("pro")})`),
          pb: h[0],
          anj: h[1],
          phi: h[2],
          pro: h[3],
          sel: fx(`ROUND((${x.a("pb")}+${x.a("anj")})/${x.a("masuk")}*100,2)`),
          per: k[0],
          kk: k[1],
          p2k3: k[2],
        }),
      })),
      {
        id: "jml",
        bold: true,
        cells: (x) => ({
          tw: "Jumlah",
          ...Object.fromEntries(
            ["masuk", "pb", "anj", "phi", "pro", "per"].map((k) => [
              k,
              fx(`SUM(${x.a(k, "t1")}:${x.a(k, "t4")})`),
            ]),
          ),
          sel: fx(`ROUND((${x.a("pb")}+${x.a("anj")})/${x.a("masuk")}*100,2)`),
          // planted: a stale cached total of kecelakaan kerja
          kk: fx(`SUM(${x.a("kk", "t1")}:${x.a("kk", "t4")})`, 46),
          p2k3: fx(x.a("p2k3", "t4")),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Keterangan: P2K3 = Panitia Pembina Keselamatan dan Kesehatan Kerja; posisi akhir triwulan."]);
  s.gap();
  signature(s, 7, {
    tempat: "Teluk Rangkas, 10 Januari 2025",
    jabatan: ["Kepala Bidang Hubungan Industrial dan Syaker"],
    nama: "MOH. RIZAL TOMBOLOTUTU, S.H",
    pangkat: "Penata Tingkat I",
    nip: "19850721 201001 1 007",
  });
  b.plant({
    at: { sheet: S, cell: t.a("masuk", "t2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Triwulan II kasus masuk typed 20; 9 + 4 + 2 + 3 = 18",
    truth: `SUM(${t.a("pb", "t2")}:${t.a("pro", "t2")})`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("kk", "jml") },
    rules: ["sum-mismatch"],
    note: "stale cached Jumlah kecelakaan kerja 46; 9 + 12 + 8 + 11 = 40",
    truth: `${t.a("kk", "t1")}+${t.a("kk", "t2")}+${t.a("kk", "t3")}+${t.a("kk", "t4")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("p2k3", "jml"),
    rules: ["sum-mismatch"],
    truth: t.a("p2k3", "t4"),
    trap: `SUM(${t.a("p2k3", "t1")}:${t.a("p2k3", "t4")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("sel", "t3"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND((${t.a("pb", "t3")}+${t.a("anj", "t3")})/${t.a("masuk", "t3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t.a("per", "jml"),
    rules: ["sum-mismatch"],
    truth: `${t.a("per", "t1")}+${t.a("per", "t2")}+${t.a("per", "t3")}+${t.a("per", "t4")}`,
  });
  return b.finish();
}
