// Two recap workbooks of a Dinas Lingkungan Hidup: the per-river water-quality monitoring of a kabupaten
// in Sumatera Selatan (samples per status mutu, the IKA per river, the kabupaten IKA of the totals) and a
// sector recap of a kabupaten in Sulawesi Tengah (pengaduan lingkungan per triwulan row-wise, beside it
// the limbah B3 fasyankes per jenis fasyankes). Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Sungai = {
  id: string;
  nama: string;
  kec: string;
  titik: number;
  m: number;
  r: number;
  s: number;
  b: number;
};

export function pantauSungaiLematang(): BookW {
  const b = new BookW(
    "pantau-kualitas-air-sungai-dlh-lematang-ulu-raya.xlsx",
    "Rekap pemantauan kualitas air sungai (IKA per sungai)",
    "Rekap hasil pemantauan kualitas air sungai 2024 of a DLH in Sumatera Selatan: No | Nama Sungai | Kecamatan / Segmen | Jumlah Titik Pantau | 'Status Mutu Air (jumlah sampel)' > Memenuhi | Cemar Ringan | Cemar Sedang | Cemar Berat | Jumlah Sampel | IKA Sungai | % Sampel Memenuhi; number row 1 .. '9 = 5+6+7+8', '10 = (5x100+6x80+7x50+8x20) : 9', '11 = 5 : 9 x 100'; JUMLAH / IKA KABUPATEN row of the totals",
  );
  const S = "Pantau Sungai 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMATANG ULU RAYA",
    "DINAS LINGKUNGAN HIDUP",
    "Jl. Lintas Sumatera Km. 7 Muara Lematang, Sumatera Selatan",
  ]);
  s.lines([
    "REKAPITULASI HASIL PEMANTAUAN KUALITAS AIR SUNGAI",
    "DAN INDEKS KUALITAS AIR (IKA) TAHUN 2024 (Periode Februari, Mei, Agustus, November)",
  ]);
  s.gap();
  const R: Sungai[] = [
    {
      id: "s1",
      nama: "Sungai Lematang (segmen hulu)",
      kec: "Pseksu / Tanjung Tebat",
      titik: 4,
      m: 9,
      r: 5,
      s: 2,
      b: 0,
    },
    {
      id: "s2",
      nama: "Sungai Lematang (segmen hilir)",
      kec: "Muara Lematang / Merapi Timur",
      titik: 5,
      m: 6,
      r: 8,
      s: 4,
      b: 2,
    },
    { id: "s3", nama: "Sungai Enim", kec: "Lawang Kidul", titik: 3, m: 5, r: 4, s: 2, b: 1 },
    { id: "s4", nama: "Sungai Kikim", kec: "Kikim Timur / Kikim Tengah", titik: 4, m: 5, r: 6, s: 3, b: 2 },
    { id: "s5", nama: "Sungai Lintang", kec: "Lintang Kanan", titik: 6, m: 9, r: 8, s: 5, b: 2 },
    { id: "s6", nama: "Sungai Selangis Besar", kec: "Gumay Ulu", titik: 2, m: 4, r: 3, s: 1, b: 0 },
    { id: "s7", nama: "Sungai Air Temam", kec: "Ulu Musi", titik: 3, m: 7, r: 3, s: 2, b: 0 },
  ];
  const SM = "Status Mutu Air (jumlah sampel)";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: 1, width: 5 },
    { key: "sungai", head: ["Nama Sungai"], role: "lokasi", num: 2, width: 26 },
    { key: "kec", head: ["Kecamatan / Segmen"], num: 3, width: 24 },
    { key: "titik", head: ["Jumlah Titik Pantau"], num: 4, fmt: INT, width: 9 },
    { key: "m", head: [SM, "Memenuhi"], num: 5, fmt: INT, width: 10 },
    { key: "r", head: [SM, "Cemar Ringan"], num: 6, fmt: INT, width: 10 },
    { key: "s", head: [SM, "Cemar Sedang"], num: 7, fmt: INT, width: 10 },
    { key: "b", head: [SM, "Cemar Berat"], num: 8, fmt: INT, width: 10 },
    { key: "jml", head: ["Jumlah Sampel"], num: "9 = 5+6+7+8", fmt: INT, width: 10 },
    {
      key: "ika",
      head: ["IKA Sungai"],
      role: "realisasi",
      year: 2024,
      num: "10 = (5x100+6x80+7x50+8x20) : 9",
      fmt: DEC,
      width: 14,
    },
    { key: "pm", head: ["% Sampel Memenuhi"], num: "11 = 5 : 9 x 100", fmt: DEC, width: 11 },
  ];
  const ika = (x: Ctx, ringan = 80) =>
    fx(`ROUND((${x.a("m")}*100+${x.a("r")}*${ringan}+${x.a("s")}*50+${x.a("b")}*20)/${x.a("jml")},2)`);
  const tot = (k: string, x: Ctx) => `SUM(${x.a(k, "s1")}:${x.a(k, "s7")})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...R.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          sungai: k.nama,
          kec: k.kec,
          titik: k.titik,
          m: k.m,
          r: k.r,
          s: k.s,
          b: k.b,
          // planted: Sungai Kikim's Jumlah Sampel typed 18 (5 + 6 + 3 + 2 = 16)
          jml: k.id === "s4" ? 18 : fx(`${x.a("m")}+${x.a("r")}+${x.a("s")}+${x.a("b")}`),
          // planted: Sungai Lintang's IKA weighs cemar ringan 70 instead of 80
          ika: ika(x, k.id === "s5" ? 70 : 80),
          pm: fx(`ROUND(${x.a("m")}/${x.a("jml")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "JUMLAH / IKA KABUPATEN",
          titik: fx(tot("titik", x)),
          m: fx(tot("m", x)),
          r: fx(tot("r", x)),
          s: fx(tot("s", x)),
          b: fx(tot("b", x)),
          jml: fx(`${x.a("m")}+${x.a("r")}+${x.a("s")}+${x.a("b")}`),
          ika: ika(x),
          pm: fx(`ROUND(${x.a("m")}/${x.a("jml")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Status mutu dengan metode Indeks Pencemaran (IP) terhadap baku mutu kelas II PP 22 Tahun 2021.",
    "2. Bobot nilai: memenuhi 100, cemar ringan 80, cemar sedang 50, cemar berat 20.",
    "3. IKA kabupaten dihitung dari jumlah seluruh sampel, bukan rata-rata IKA per sungai. Target IKA 2024 = 55,00.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Muara Lematang, 20 Desember 2024",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP", "KABUPATEN LEMATANG ULU RAYA,"],
    nama: "Ir. HENDRA SAPUTRA WIJAYA, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19730812 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const fml = (id: string, ringan = 80) =>
    `ROUND((${a("m", id)}*100+${a("r", id)}*${ringan}+${a("s", id)}*50+${a("b", id)}*20)/(${a("m", id)}+${a("r", id)}+${a("s", id)}+${a("b", id)}),2)`;
  b.plant({
    at: { sheet: S, cell: a("jml", "s4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah Sampel of Sungai Kikim is a typed 18 among 5+6+7+8 formulas; 5 + 6 + 3 + 2 give 16 (four titik x four periods)",
    truth: `${a("m", "s4")}+${a("r", "s4")}+${a("s", "s4")}+${a("b", "s4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("ika", "s5") },
    rules: ["inconsistent-formula"],
    note: "IKA of Sungai Lintang weighs the cemar ringan samples 70 (every other row and the note: 80); (9x100 + 8x80 + 5x50 + 2x20) / 24 gives 76.25, not 72.92",
    truth: fml("s5"),
  });
  for (const k of R) {
    if (k.id !== "s4") {
      b.ok({
        sheet: S,
        cell: a("jml", k.id),
        rules: ["sum-mismatch"],
        truth: `${a("m", k.id)}+${a("r", k.id)}+${a("s", k.id)}+${a("b", k.id)}`,
      });
      b.ok({
        sheet: S,
        cell: a("pm", k.id),
        rules: ["percent-out-of-range"],
        truth: `ROUND(${a("m", k.id)}/${a("jml", k.id)}*100,2)`,
      });
    }
    if (k.id !== "s4" && k.id !== "s5")
      b.ok({ sheet: S, cell: a("ika", k.id), rules: ["inconsistent-formula"], truth: fml(k.id) });
  }
  for (const k of ["titik", "m", "r", "s", "b"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "s1")}:${a(k, "s7")})` });
  // the kabupaten IKA is the IKA of the pooled samples, not the mean of the rivers' IKA, nor their sum
  b.ok({
    sheet: S,
    cell: a("ika", "tot"),
    rules: ["sum-mismatch", "inconsistent-formula"],
    truth: fml("tot"),
    trap: `SUM(${a("ika", "s1")}:${a("ika", "s7")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pm", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("m", "tot")}/${a("jml", "tot")}*100,2)`,
    trap: `SUM(${a("pm", "s1")}:${a("pm", "s7")})`,
  });
  return b.finish();
}

type Fas = { id: string; nama: string; n: number; tim: number; kel: number };

export function rekapPengaduanB3Poso(): BookW {
  const b = new BookW(
    "rekap-pengaduan-limbah-b3-fasyankes-dlh-poso-pesisir.xlsx",
    "Rekap sektoral: pengaduan lingkungan dan limbah B3 fasyankes",
    "Rekap kinerja sektoral 2024 of a DLH in Sulawesi Tengah, two tables side by side: Tabel A row-wise No | Uraian | Triwulan I .. IV | Jumlah 2024 (number row '7 = 3+4+5+6', the % row a ratio of the sums), Tabel B No | Jenis Fasyankes | Jumlah Fasyankes | Timbulan Limbah B3 (kg) | Dikelola Pihak Ketiga Berizin (kg) | % Terkelola with a Jumlah row",
  );
  const S = "Rekap Sektoral 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN POSO PESISIR",
    "DINAS LINGKUNGAN HIDUP",
    "Jl. Pulau Sumatera No. 12 Tentena Pesisir, Sulawesi Tengah",
  ]);
  s.lines(["DATA KINERJA SEKTORAL BIDANG PENGENDALIAN PENCEMARAN DAN KERUSAKAN LINGKUNGAN", "TAHUN 2024"]);
  s.gap();
  s.put(s.r, 1, "A. Pengaduan Lingkungan Hidup", { bold: true });
  s.put(s.r, 9, "B. Limbah B3 Fasilitas Pelayanan Kesehatan", { bold: true });
  s.r++;
  const top = s.r;
  const colsA: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "ur", head: ["Uraian"], role: "indikator", num: 2, width: 34 },
    {
      key: "t1",
      head: ["Realisasi per Triwulan", "I"],
      role: "realisasi",
      year: 2024,
      num: 3,
      fmt: INT,
      width: 8,
    },
    {
      key: "t2",
      head: ["Realisasi per Triwulan", "II"],
      role: "realisasi",
      year: 2024,
      num: 4,
      fmt: INT,
      width: 8,
    },
    {
      key: "t3",
      head: ["Realisasi per Triwulan", "III"],
      role: "realisasi",
      year: 2024,
      num: 5,
      fmt: INT,
      width: 8,
    },
    {
      key: "t4",
      head: ["Realisasi per Triwulan", "IV"],
      role: "realisasi",
      year: 2024,
      num: 6,
      fmt: INT,
      width: 8,
    },
    {
      key: "jml",
      head: ["Jumlah s.d. Triwulan IV 2024"],
      role: "realisasi",
      year: 2024,
      num: "7 = 3+4+5+6",
      fmt: INT,
      width: 12,
    },
  ];
  const Q: Array<[string, string, number[]]> = [
    ["ter", "Pengaduan yang diterima (kasus)", [11, 14, 9, 13]],
    ["ver", "Pengaduan yang diverifikasi lapangan (kasus)", [10, 13, 9, 12]],
    ["tun", "Pengaduan yang ditindaklanjuti tuntas (kasus)", [9, 12, 8, 10]],
    ["sid", "Pengaduan ditindaklanjuti dengan sanksi administratif (kasus)", [2, 3, 1, 2]],
  ];
  const qs = ["t1", "t2", "t3", "t4"];
  const ta = s.table(
    {
      cols: colsA,
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...Q.map(([id, ur, v], i): Row => ({
          id,
          cells: (x: Ctx) => ({
            no: i + 1,
            ur,
            t1: v[0],
            t2: v[1],
            t3: v[2],
            t4: v[3],
            // planted: the Jumlah of the verifikasi stops at Triwulan III
            jml: fx(id === "ver" ? `SUM(${x.a("t1")}:${x.a("t3")})` : `SUM(${x.a("t1")}:${x.a("t4")})`),
          }),
        })),
        {
          id: "pct",
          cells: (x: Ctx) => ({
            no: 5,
            ur: "Persentase pengaduan yang ditindaklanjuti tuntas (%)",
            ...Object.fromEntries(
              qs.map((q) => [q, fx(`ROUND(${x.a(q, "tun")}/${x.a(q, "ter")}*100,2)`, undefined)]),
            ),
            jml: fx(`ROUND(${x.a("jml", "tun")}/${x.a("jml", "ter")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  for (const q of qs) s.ws.getCell(ta.row("pct"), ta.left + colsA.findIndex((c) => c.key === q)).numFmt = DEC;
  s.ws.getCell(ta.row("pct"), ta.right).numFmt = DEC;
  const F: Fas[] = [
    { id: "f1", nama: "Rumah Sakit Umum Daerah", n: 1, tim: 18_420, kel: 17_960 },
    { id: "f2", nama: "Rumah Sakit Swasta", n: 2, tim: 7_315, kel: 6_890 },
    { id: "f3", nama: "Puskesmas", n: 17, tim: 9_860, kel: 8_240 },
    { id: "f4", nama: "Klinik Pratama / Utama", n: 9, tim: 1_745, kel: 1_502 },
    { id: "f5", nama: "Laboratorium Kesehatan", n: 2, tim: 612, kel: 488 },
  ];
  const colsB: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "jenis", head: ["Jenis Fasyankes"], role: "lokasi", width: 24 },
    { key: "n", head: ["Jumlah Fasyankes (unit)"], fmt: INT, width: 10 },
    { key: "tim", head: ["Limbah B3 Medis (kg)", "Timbulan"], fmt: INT, width: 11 },
    {
      key: "kel",
      head: ["Limbah B3 Medis (kg)", "Dikelola Pihak Ketiga Berizin"],
      role: "realisasi",
      year: 2024,
      fmt: INT,
      width: 13,
    },
    { key: "pct", head: ["% Terkelola"], role: "capaian", fmt: DEC, width: 10 },
  ];
  const tb = s.table(
    {
      cols: colsB,
      headerRows: 3,
      rows: [
        ...F.map((f, i): Row => ({
          id: f.id,
          cells: (x: Ctx) => ({
            no: i + 1,
            jenis: f.nama,
            n: f.n,
            tim: f.tim,
            kel: f.kel,
            // planted: the klinik's % typed 108.06 (1,502 / 1,745 gives 86.07)
            pct: f.id === "f4" ? 108.06 : fx(`ROUND(${x.a("kel")}/${x.a("tim")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x: Ctx) => ({
            jenis: "Jumlah",
            n: fx(`SUM(${x.a("n", "f1")}:${x.a("n", "f5")})`),
            tim: fx(`SUM(${x.a("tim", "f1")}:${x.a("tim", "f5")})`),
            kel: fx(`SUM(${x.a("kel", "f1")}:${x.a("kel", "f5")})`),
            pct: fx(`ROUND(${x.a("kel")}/${x.a("tim")}*100,2)`),
          }),
        },
      ],
    },
    9,
    top,
  );
  s.r = Math.max(ta.lastDataRow, tb.lastDataRow) + 2;
  s.lines([
    "Sumber: Sistem Informasi Pengaduan Lingkungan (SIPL) dan manifes elektronik Festronik, diolah.",
    "Baris 5 dan kolom % Terkelola: perbandingan jumlah, bukan penjumlahan persentase.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Tentena Pesisir, 8 Januari 2025",
    jabatan: ["Kepala Bidang Pengendalian Pencemaran", "dan Kerusakan Lingkungan Hidup,"],
    nama: "MOH. RIZAL LAMAKARATE, S.T., M.Eng.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19840219 201001 1 014",
  });

  const A = (k: string, id: string) => ta.a(k, id);
  const B = (k: string, id: string) => tb.a(k, id);
  b.plant({
    at: { sheet: S, cell: A("jml", "ver") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Jumlah of the pengaduan diverifikasi is =SUM over Triwulan I-III (32) while the other rows run to Triwulan IV; 10 + 13 + 9 + 12 give 44",
    truth: `SUM(${A("t1", "ver")}:${A("t4", "ver")})`,
  });
  b.plant({
    at: { sheet: S, cell: B("pct", "f4") },
    rules: ["percent-out-of-range", "hardcoded-value"],
    note: "% Terkelola of the klinik is a typed 108.06 among ROUND formulas (more than all the limbah); 1,502 / 1,745 kg give 86.07",
    truth: `ROUND(${B("kel", "f4")}/${B("tim", "f4")}*100,2)`,
  });
  for (const id of ["ter", "tun", "sid"])
    b.ok({
      sheet: S,
      cell: A("jml", id),
      rules: ["sum-mismatch"],
      truth: `${A("t1", id)}+${A("t2", id)}+${A("t3", id)}+${A("t4", id)}`,
    });
  b.ok({
    sheet: S,
    cell: A("jml", "pct"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(${A("jml", "tun")}/${A("jml", "ter")}*100,2)`,
    trap: `${A("t1", "pct")}+${A("t2", "pct")}+${A("t3", "pct")}+${A("t4", "pct")}`,
  });
  for (const f of F)
    if (f.id !== "f4")
      b.ok({
        sheet: S,
        cell: B("pct", f.id),
        rules: ["percent-out-of-range"],
        truth: `ROUND(${B("kel", f.id)}/${B("tim", f.id)}*100,2)`,
      });
  for (const k of ["n", "tim", "kel"])
    b.ok({ sheet: S, cell: B(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${B(k, "f1")}:${B(k, "f5")})` });
  b.ok({
    sheet: S,
    cell: B("pct", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(${B("kel", "tot")}/${B("tim", "tot")}*100,2)`,
    trap: `SUM(${B("pct", "f1")}:${B("pct", "f5")})`,
  });
  return b.finish();
}
