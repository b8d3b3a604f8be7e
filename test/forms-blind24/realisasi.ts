// Budget realisation exports of the twenty-fourth unseen set: the monthly "Laporan Realisasi Belanja
// per Sub Kegiatan" of a Kalimantan Dinas Perkim, downloaded from a SIPD-like web app (one header row,
// abbreviated headers, a Sisa Anggaran column, one anggaran pasted as text with thousand dots, Fisik %
// typed as a weighted average), and the quarterly e-Renggar-like report of physical and financial
// progress of an NTT Dinas Pertanian (Tgt | Real | Capaian % | Anggaran (Rp) | Realisasi Keu. | Keu. % |
// Fisik %, cumulative to Triwulan III). Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { idText, rt } from "./common";

// ======================== Dinas Perkim Kabupaten Sungai Kelampai, realisasi s.d. September 2024

type Lv = "p" | "k" | "s";
type ReIn = {
  id: string;
  lv: Lv;
  kode: string;
  nama: string;
  /** sub kegiatan: anggaran, realisasi s.d. bulan lalu, realisasi bulan ini, fisik % */
  d?: [number, number, number, number];
  /** the anggaran pasted as Indonesian text */
  textAgg?: boolean;
};

/** Laporan realisasi belanja per sub kegiatan, bulan September 2024, exported from SIPD. */
export function realisasiPerkim(): BookW {
  const b = new BookW(
    "sipd-sisaanggaran-perkim-sungaikelampai.xlsx",
    "monthly budget realisation by sub kegiatan (Dinas Perkim), SIPD export",
    "Laporan Realisasi Belanja per Sub Kegiatan, Bulan September 2024, of a Dinas Perumahan, Kawasan Permukiman dan Pertanahan, as the SIPD-like export gives it: one header row with abbreviations: No | Kode | Program / Kegiatan / Sub Kegiatan | Anggaran (Rp) | Real. s.d. Bln Lalu | Real. Bln Ini | Realisasi Keu. s.d. Bln Ini | Sisa Anggaran | Keu. % | Fisik %; no number row; sub kegiatan `=E+F`, `=D-G`, `ROUND(G/D*100,2)`; kegiatan `SUM` of their sub kegiatan, programs `SUM(a,b,c)` of their kegiatan, JUMLAH of the programs; one sub kegiatan's anggaran pasted as text '1.486.250.000' (its sisa and % typed); Fisik % typed, at kegiatan and program level the average weighted by anggaran",
  );
  const S = "Realisasi Sept 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUNGAI KELAMPAI",
    "DINAS PERUMAHAN, KAWASAN PERMUKIMAN DAN PERTANAHAN",
  ]);
  s.lines([
    "LAPORAN REALISASI BELANJA PER SUB KEGIATAN",
    "Bulan : September 2024",
    "Sumber data: SIPD, diunduh 4 Oktober 2024 pukul 09.12 WIB",
  ]);
  s.gap();
  const rows: ReIn[] = [
    {
      id: "p1",
      lv: "p",
      kode: "1.04.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    },
    {
      id: "k11",
      lv: "k",
      kode: "1.04.01.2.01",
      nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
    },
    {
      id: "s111",
      lv: "s",
      kode: "1.04.01.2.01.0001",
      nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      d: [86_400_000, 58_210_000, 6_450_000, 75],
    },
    {
      id: "s112",
      lv: "s",
      kode: "1.04.01.2.01.0007",
      nama: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
      d: [42_750_000, 21_380_000, 4_100_000, 60],
    },
    { id: "k12", lv: "k", kode: "1.04.01.2.02", nama: "Administrasi Keuangan Perangkat Daerah" },
    {
      id: "s121",
      lv: "s",
      kode: "1.04.01.2.02.0001",
      nama: "Penyediaan Gaji dan Tunjangan ASN",
      d: [4_286_523_000, 3_128_447_250, 348_906_120, 75],
    },
    { id: "k13", lv: "k", kode: "1.04.01.2.06", nama: "Administrasi Umum Perangkat Daerah" },
    {
      id: "s131",
      lv: "s",
      kode: "1.04.01.2.06.0002",
      nama: "Penyediaan Peralatan dan Perlengkapan Kantor",
      d: [118_500_000, 64_920_000, 22_315_000, 70],
    },
    {
      id: "s132",
      lv: "s",
      kode: "1.04.01.2.06.0004",
      nama: "Penyediaan Bahan Logistik Kantor",
      d: [96_000_000, 61_240_500, 8_760_000, 73],
    },
    { id: "p2", lv: "p", kode: "1.04.02", nama: "PROGRAM PENGEMBANGAN PERUMAHAN" },
    {
      id: "k21",
      lv: "k",
      kode: "1.04.02.2.01",
      nama: "Pendataan Penyediaan dan Rehabilitasi Rumah Korban Bencana atau Relokasi Program Kabupaten/Kota",
    },
    {
      id: "s211",
      lv: "s",
      kode: "1.04.02.2.01.0002",
      nama: "Rehabilitasi Rumah bagi Korban Bencana",
      d: [1_240_000_000, 412_600_000, 186_300_000, 52.5],
    },
    { id: "p3", lv: "p", kode: "1.04.04", nama: "PROGRAM PERUMAHAN DAN KAWASAN PERMUKIMAN KUMUH" },
    {
      id: "k31",
      lv: "k",
      kode: "1.04.04.2.01",
      nama: "Penataan dan Peningkatan Kualitas Kawasan Permukiman Kumuh dengan Luas di Bawah 10 (sepuluh) Ha",
    },
    {
      id: "s311",
      lv: "s",
      kode: "1.04.04.2.01.0001",
      nama: "Perbaikan Rumah Tidak Layak Huni di Kawasan Permukiman Kumuh",
      d: [2_375_000_000, 1_018_450_000, 402_780_000, 64],
    },
    {
      id: "s312",
      lv: "s",
      kode: "1.04.04.2.01.0003",
      nama: "Pembangunan dan Rehabilitasi Jalan Lingkungan",
      d: [1_862_400_000, 744_960_000, 315_200_000, 58],
    },
    {
      id: "s313",
      lv: "s",
      kode: "1.04.04.2.01.0005",
      nama: "Pembangunan dan Rehabilitasi Drainase Lingkungan",
      d: [1_486_250_000, 520_187_500, 205_400_000, 49.5],
      textAgg: true,
    },
    {
      id: "p4",
      lv: "p",
      kode: "1.04.05",
      nama: "PROGRAM PENINGKATAN PRASARANA, SARANA DAN UTILITAS UMUM (PSU)",
    },
    { id: "k41", lv: "k", kode: "1.04.05.2.01", nama: "Urusan Penyelenggaraan PSU Perumahan" },
    {
      id: "s411",
      lv: "s",
      kode: "1.04.05.2.01.0001",
      nama: "Penyediaan Prasarana, Sarana, dan Utilitas Umum di Perumahan untuk Menunjang Fungsi Hunian",
      d: [975_000_000, 0, 292_500_000, 35],
    },
    {
      id: "s412",
      lv: "s",
      kode: "1.04.05.2.01.0003",
      nama: "Penyediaan Penerangan Jalan Umum di Lingkungan Perumahan",
      d: [640_000_000, 188_160_000, 96_000_000, 45],
    },
  ];
  // planted 2: realisasi s.d. bulan ini of the gaji is a typed 3,477,533,370 among `=E+F` formulas
  // (3,128,447,250 + 348,906,120 = 3,477,353,370: two digits swapped)
  const PLANT_G = { id: "s121", v: 3_477_533_370 };
  const kids = (id: string): ReIn[] => {
    const i = rows.findIndex((x) => x.id === id);
    const x = rows[i];
    const out: ReIn[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const y = rows[j];
      if (y.lv === x.lv || (x.lv === "k" && y.lv === "p")) break;
      if ((x.lv === "p" && y.lv === "k") || (x.lv === "k" && y.lv === "s")) out.push(y);
    }
    return out;
  };
  const subs = (x: ReIn): ReIn[] => (x.lv === "s" ? [x] : kids(x.id).flatMap(subs));
  const agg = (x: ReIn) => sum(subs(x).map((y) => y.d![0]));
  const fisik = (x: ReIn) =>
    x.lv === "s" ? x.d![3] : round(sum(subs(x).map((y) => y.d![0] * y.d![3])) / agg(x));
  const progs = rows.filter((x) => x.lv === "p");
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "nama", head: ["Program/Kegiatan/Sub Kegiatan"], width: 48 },
    { key: "d", head: ["Anggaran (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 17 },
    { key: "e", head: ["Real. s.d. Bln Lalu"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
    { key: "f", head: ["Real. Bln Ini"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 15 },
    {
      key: "g",
      head: ["Realisasi Keu. s.d. Bln Ini"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 17,
    },
    { key: "h", head: ["Sisa Anggaran"], fmt: RP, width: 17 },
    { key: "i", head: ["Keu. %"], role: "capaian", year: 2024, fmt: DEC, width: 8 },
    { key: "j", head: ["Fisik %"], fmt: DEC, width: 8 },
  ];
  let n = 0;
  const t = s.table({
    cols,
    headerRows: 1,
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.lv !== "s",
        cells: (c) => {
          const cells: Record<string, Cell> = {
            no: x.lv === "s" ? ++n : undefined,
            kode: x.kode,
            nama: x.nama,
            j: fmt(fisik(x), DEC),
          };
          if (x.lv === "s") {
            const [d, e, f] = x.d!;
            cells.d = x.textAgg ? idText(d) : d;
            cells.e = e;
            cells.f = f;
            cells.g = x.id === PLANT_G.id ? PLANT_G.v : fx(`${c.a("e")}+${c.a("f")}`);
            if (x.textAgg) {
              cells.h = d - e - f;
              cells.i = fmt(round(((e + f) / d) * 100), DEC);
            } else {
              cells.h = fx(`${c.a("d")}-${c.a("g")}`);
              cells.i = fx(rt(c.a("g"), c.a("d")));
            }
          } else {
            const ks = kids(x.id);
            for (const k of ["d", "e", "f", "g"])
              cells[k] =
                x.lv === "k"
                  ? fx(`SUM(${c.c(k)}${c.row(ks[0].id)}:${c.c(k)}${c.row(ks[ks.length - 1].id)})`)
                  : fx(`SUM(${ks.map((y) => `${c.c(k)}${c.row(y.id)}`).join(",")})`);
            cells.h = fx(`${c.a("d")}-${c.a("g")}`);
            cells.i = fx(rt(c.a("g"), c.a("d")));
          }
          return cells;
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nama"],
        cells: (c) => {
          const cells: Record<string, Cell> = { no: "JUMLAH" };
          for (const k of ["d", "e", "f", "g"])
            cells[k] = fx(`SUM(${progs.map((y) => `${c.c(k)}${c.row(y.id)}`).join(",")})`);
          cells.h = fx(`${c.a("d")}-${c.a("g")}`);
          cells.i = fx(rt(c.a("g"), c.a("d")));
          cells.j = fmt(
            round(sum(rows.filter((x) => x.lv === "s").map((y) => y.d![0] * y.d![3])) / sum(progs.map(agg))),
            DEC,
          );
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "- Realisasi Keu. s.d. Bln Ini = Real. s.d. Bln Lalu + Real. Bln Ini; Sisa Anggaran = Anggaran - Realisasi Keu. s.d. Bln Ini.",
    "- Fisik % kegiatan dan program = rata-rata fisik sub kegiatan dibobot dengan anggaran.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Sungai Kelampai, 7 Oktober 2024",
    jabatan: ["Kepala Dinas Perumahan, Kawasan Permukiman", "dan Pertanahan,"],
    nama: "Ir. HERMANUS DJALUNG, M.T.",
    pangkat: "Pembina Utama Muda",
    nip: "19710923 199803 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const k31 = kids("k31");
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("d", "k31") },
        { sheet: S, cell: a("d", "s313") },
      ],
    },
    rules: ["sum-mismatch", "text-number"],
    note: "anggaran of kegiatan 1.04.04.2.01 is `=SUM(D..)` over its three sub kegiatan, but the drainase's 1.486.250.000 was pasted as text and SUM skips it: 4,237,400,000; the three sub kegiatan give 5,723,650,000",
    truth: `${a("d", k31[0].id)}+${a("d", k31[1].id)}+1486250000`,
  });
  b.plant({
    at: { sheet: S, cell: a("g", PLANT_G.id) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Keu. s.d. Bln Ini of the Penyediaan Gaji dan Tunjangan ASN is a typed 3,477,533,370 among `=E+F` formulas; 3,128,447,250 + 348,906,120 give 3,477,353,370 (two digits swapped)",
    truth: `${a("e", PLANT_G.id)}+${a("f", PLANT_G.id)}`,
  });
  // clean: sub kegiatan identities away from the planted rows
  for (const x of rows.filter((y) => y.lv === "s" && !y.textAgg && y.id !== PLANT_G.id)) {
    b.ok({ sheet: S, cell: a("g", x.id), rules: ["sum-mismatch"], truth: `${a("e", x.id)}+${a("f", x.id)}` });
    b.ok({
      sheet: S,
      cell: a("i", x.id),
      rules: ["capaian-mismatch"],
      truth: rt(a("g", x.id), a("d", x.id)),
    });
  }
  // kegiatan and programs untouched by the two mistakes
  for (const id of ["k11", "k13", "k21", "k41"]) {
    const ks = kids(id);
    for (const k of ["d", "g"])
      b.ok({ sheet: S, cell: a(k, id), rules: ["sum-mismatch"], truth: ks.map((y) => a(k, y.id)).join("+") });
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `ROUND((${ks.map((y) => `${a("j", y.id)}*${a("d", y.id)}`).join("+")})/(${ks.map((y) => a("d", y.id)).join("+")}),2)`,
      // a percentage: not the sub kegiatan's Fisik % added up
      trap: ks.length > 1 ? ks.map((y) => a("j", y.id)).join("+") : undefined,
    });
  }
  for (const id of ["p1", "p2", "p4"]) {
    const ks = kids(id);
    b.ok({
      sheet: S,
      cell: a("d", id),
      rules: ["sum-mismatch"],
      truth: ks.map((y) => a("d", y.id)).join("+"),
      // the sum of its kegiatan only, not of every row beneath it
      trap: [...ks, ...ks.flatMap((k) => kids(k.id))].map((y) => a("d", y.id)).join("+"),
    });
  }
  for (const id of ["p2", "p4"])
    b.ok({ sheet: S, cell: a("h", id), rules: ["sum-mismatch"], truth: `${a("d", id)}-${a("g", id)}` });
  for (const id of ["k11", "k13", "k21", "k41", "p2", "p4"])
    b.ok({ sheet: S, cell: a("i", id), rules: ["capaian-mismatch"], truth: rt(a("g", id), a("d", id)) });
  return b.finish();
}

// =================== Dinas Pertanian Kabupaten Timor Barat Daya, e-Renggar Triwulan III 2024

type ErIn = {
  id: string;
  lv: Lv;
  kode: string;
  nama: string;
  ind?: string;
  sat?: string;
  tgt?: number;
  real?: number;
  /** anggaran, realisasi keuangan s.d. TW III, fisik % */
  m?: [number, number, number];
  pptk?: string;
  intFmt?: string;
};

/** e-Renggar-like report of physical and financial progress s.d. Triwulan III 2024. */
export function erenggarPertanian(): BookW {
  const b = new BookW(
    "erenggar-tw3-fisikkeu-distan-timorbaratdaya.xlsx",
    "quarterly physical and financial progress s.d. Triwulan III (Dinas Pertanian), e-Renggar export",
    "Laporan Realisasi Fisik dan Keuangan s.d. Triwulan III 2024 of a Dinas Pertanian as the e-Renggar-like app exports it: one header row of abbreviations: Kode | Program / Kegiatan / Sub Kegiatan | Indikator Keluaran | Sat | Tgt | Real | Capaian % | Anggaran (Rp) | Realisasi Keu. | Keu. % | Fisik % | PPTK; no number row, no No column; Tgt the 2024 target, Real cumulative to TW III; Capaian % and Keu. % `ROUND` formulas; kegiatan and program Rp `SUM`; Total row",
  );
  const S = "eRenggar_TW3";
  const s = b.sheet(S);
  s.lines(
    [
      "PEMERINTAH KABUPATEN TIMOR BARAT DAYA",
      "DINAS PERTANIAN",
      "LAPORAN REALISASI FISIK DAN KEUANGAN S.D. TRIWULAN III TAHUN ANGGARAN 2024",
    ],
    1,
    { bold: true },
  );
  s.lines(["Dicetak dari aplikasi e-Renggar tanggal 08-10-2024"]);
  s.gap();
  const rows: ErIn[] = [
    { id: "p1", lv: "p", kode: "3.27.03", nama: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN" },
    {
      id: "k11",
      lv: "k",
      kode: "3.27.03.2.01",
      nama: "Pengawasan Penggunaan Sarana Pendukung Pertanian sesuai dengan Komoditas, Teknologi dan Spesifik Lokasi",
    },
    {
      id: "s111",
      lv: "s",
      kode: "3.27.03.2.01.0001",
      nama: "Pengawasan Penggunaan Sarana Pendukung Pertanian",
      ind: "Jumlah benih jagung hibrida yang disalurkan",
      sat: "kg",
      tgt: 42_000,
      real: 36_750,
      m: [1_386_000_000, 1_108_800_000, 88],
      pptk: "Yohanes Lelo Bria, S.P.",
      intFmt: "#,##0",
    },
    {
      id: "s112",
      lv: "s",
      kode: "3.27.03.2.01.0002",
      nama: "Pengendalian dan Pengawasan Penyediaan dan Penyaluran Pupuk Bersubsidi",
      ind: "Jumlah kios pupuk yang diawasi",
      sat: "kios",
      tgt: 64,
      real: 48,
      m: [187_500_000, 121_875_000, 70],
      pptk: "Maria Goreti Seran, S.ST.",
      intFmt: "0",
    },
    {
      id: "k12",
      lv: "k",
      kode: "3.27.03.2.02",
      nama: "Pengelolaan Sumber Daya Genetik (SDG) Hewan, Tumbuhan, dan Mikro Organisme",
    },
    {
      id: "s121",
      lv: "s",
      kode: "3.27.03.2.02.0002",
      nama: "Penyediaan Benih/Bibit Ternak dan Hijauan Pakan Ternak",
      ind: "Jumlah bibit sapi bali yang disalurkan kepada kelompok ternak",
      sat: "ekor",
      tgt: 240,
      real: 150,
      m: [2_160_000_000, 1_350_000_000, 62.5],
      pptk: "drh. Agustinus Tefa",
      intFmt: "0",
    },
    { id: "p2", lv: "p", kode: "3.27.04", nama: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN" },
    { id: "k21", lv: "k", kode: "3.27.04.2.01", nama: "Pembangunan Prasarana Pertanian" },
    {
      id: "s211",
      lv: "s",
      kode: "3.27.04.2.01.0003",
      nama: "Pembangunan, Rehabilitasi dan Pemeliharaan Jaringan Irigasi Usaha Tani",
      ind: "Luas areal sawah yang terlayani jaringan irigasi usaha tani",
      sat: "Ha",
      tgt: 320,
      real: 184,
      m: [2_240_000_000, 1_288_000_000, 57.5],
      pptk: "Benyamin Nahak, S.T.",
      intFmt: "0",
    },
    {
      id: "s212",
      lv: "s",
      kode: "3.27.04.2.01.0004",
      nama: "Pembangunan, Rehabilitasi dan Pemeliharaan Jalan Usaha Tani",
      ind: "Panjang jalan usaha tani yang dibangun/direhabilitasi",
      sat: "km",
      tgt: 12.5,
      real: 7.8,
      m: [1_875_000_000, 1_170_000_000, 62.4],
      pptk: "Benyamin Nahak, S.T.",
      intFmt: "0.0",
    },
    { id: "p3", lv: "p", kode: "3.27.07", nama: "PROGRAM PENGENDALIAN DAN PENANGGULANGAN BENCANA PERTANIAN" },
    {
      id: "k31",
      lv: "k",
      kode: "3.27.07.2.01",
      nama: "Pengendalian dan Penanggulangan Bencana Pertanian Kabupaten/Kota",
    },
    {
      id: "s311",
      lv: "s",
      kode: "3.27.07.2.01.0001",
      nama: "Pengendalian Organisme Pengganggu Tumbuhan (OPT) Tanaman Pertanian",
      ind: "Luas serangan OPT yang dikendalikan",
      sat: "Ha",
      tgt: 1_500,
      real: 1_620,
      m: [412_000_000, 305_290_000, 80],
      pptk: "Frederikus Kolo, S.P.",
      intFmt: "#,##0",
    },
    {
      id: "s312",
      lv: "s",
      kode: "3.27.07.2.01.0002",
      nama: "Penanganan Pascabencana Pertanian",
      ind: "Jumlah petani penerima bantuan pascabencana",
      sat: "orang",
      tgt: 600,
      real: 85,
      m: [315_000_000, 47_250_000, 15],
      pptk: "Frederikus Kolo, S.P.",
      intFmt: "0",
    },
  ];
  // planted 1 (serapan-over-100): the JITUT's Realisasi Keu. typed 2,288,000,000 (a leading 1 read as 2
  // from the SP2D list) against its anggaran of 2,240,000,000: Keu. % 102.14
  const PLANT_O = { id: "s211", v: 2_288_000_000 };
  // planted 2 (capaian-mismatch): Capaian % of the bibit sapi is `ROUND(Real/Tgt*100,2)` with a stale
  // cached 75.00 (from the TW II report's 180); 150 / 240 gives 62.50
  const PLANT_C = { id: "s121", stale: 75 };
  const keuReal = (x: ErIn) => (x.id === PLANT_O.id ? PLANT_O.v : x.m![1]);
  const kids = (id: string): ErIn[] => {
    const i = rows.findIndex((x) => x.id === id);
    const x = rows[i];
    const out: ErIn[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const y = rows[j];
      if (y.lv === x.lv || (x.lv === "k" && y.lv === "p")) break;
      if ((x.lv === "p" && y.lv === "k") || (x.lv === "k" && y.lv === "s")) out.push(y);
    }
    return out;
  };
  const subs = (x: ErIn): ErIn[] => (x.lv === "s" ? [x] : kids(x.id).flatMap(subs));
  const fisik = (x: ErIn) =>
    x.lv === "s"
      ? x.m![2]
      : round(sum(subs(x).map((y) => y.m![0] * y.m![2])) / sum(subs(x).map((y) => y.m![0])));
  const progs = rows.filter((x) => x.lv === "p");
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], width: 44 },
    { key: "ind", head: ["Indikator Keluaran"], role: "indikator", width: 36 },
    { key: "sat", head: ["Sat"], role: "satuan", width: 7 },
    { key: "tgt", head: ["Tgt"], role: "target", year: 2024, width: 9 },
    { key: "real", head: ["Real"], role: "realisasi", year: 2024, width: 9 },
    { key: "cap", head: ["Capaian %"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "agg", head: ["Anggaran (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
    { key: "rk", head: ["Realisasi Keu."], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
    { key: "kp", head: ["Keu. %"], role: "capaian", year: 2024, fmt: DEC, width: 8 },
    { key: "fis", head: ["Fisik %"], fmt: DEC, width: 8 },
    { key: "pptk", head: ["PPTK"], role: "penanggung-jawab", width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.lv !== "s",
        cells: (c) => {
          const cells: Record<string, Cell> = {
            kode: x.kode,
            nama: x.nama,
            fis: fmt(fisik(x), DEC),
            kp: fx(rt(c.a("rk"), c.a("agg"))),
          };
          if (x.lv === "s") {
            const f = x.intFmt!;
            Object.assign(cells, {
              ind: x.ind,
              sat: x.sat,
              tgt: fmt(x.tgt!, f),
              real: fmt(x.real!, f),
              cap: fx(rt(c.a("real"), c.a("tgt")), x.id === PLANT_C.id ? PLANT_C.stale : undefined),
              agg: x.m![0],
              rk: keuReal(x),
              pptk: x.pptk,
            });
          } else {
            const ks = kids(x.id);
            for (const k of ["agg", "rk"])
              cells[k] =
                x.lv === "k"
                  ? fx(`SUM(${c.c(k)}${c.row(ks[0].id)}:${c.c(k)}${c.row(ks[ks.length - 1].id)})`)
                  : fx(`SUM(${ks.map((y) => `${c.c(k)}${c.row(y.id)}`).join(",")})`);
          }
          return cells;
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["kode", "sat"],
        cells: (c) => {
          const cells: Record<string, Cell> = { kode: "TOTAL" };
          for (const k of ["agg", "rk"])
            cells[k] = fx(`SUM(${progs.map((y) => `${c.c(k)}${c.row(y.id)}`).join(",")})`);
          cells.kp = fx(rt(c.a("rk"), c.a("agg")));
          const all = rows.filter((x) => x.lv === "s");
          cells.fis = fmt(round(sum(all.map((y) => y.m![0] * y.m![2])) / sum(all.map((y) => y.m![0]))), DEC);
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: Tgt = target tahun 2024; Real = realisasi kumulatif s.d. Triwulan III; Capaian % = Real / Tgt x 100; Keu. % = Realisasi Keu. / Anggaran x 100.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Batu Lelen, 9 Oktober 2024",
    jabatan: ["KEPALA DINAS PERTANIAN", "KABUPATEN TIMOR BARAT DAYA,"],
    nama: "Ir. YAKOBUS NDOEN LAKAPU, M.Si.",
    pangkat: "Pembina Tk. I",
    nip: "19720415 199903 1 007",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("kp", PLANT_O.id) },
        { sheet: S, cell: a("rk", PLANT_O.id) },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Realisasi Keu. of the Jaringan Irigasi Usaha Tani is 2,288,000,000 against its anggaran of 2,240,000,000 (Keu. % 102.14): spending above the DPA ceiling; the SP2D total is 1,288,000,000 (57.50 %, as its Fisik % says)",
    truth: a("agg", PLANT_O.id),
    actual: a("rk", PLANT_O.id),
  });
  b.plant({
    at: { sheet: S, cell: a("cap", PLANT_C.id) },
    rules: ["capaian-mismatch"],
    note: "Capaian % of the bibit sapi bali is `=ROUND(Real/Tgt*100,2)` with a stale cached 75.00 (the TW II report's 180 head); 150 / 240 gives 62.50",
    truth: rt(a("real", PLANT_C.id), a("tgt", PLANT_C.id)),
  });
  for (const x of rows.filter((y) => y.lv === "s")) {
    if (x.id !== PLANT_C.id) {
      const c = round((x.real! / x.tgt!) * 100);
      b.ok({
        sheet: S,
        cell: a("cap", x.id),
        rules: c > 100 ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
        truth: rt(a("real", x.id), a("tgt", x.id)),
      });
    }
    if (x.id !== PLANT_O.id)
      b.ok({
        sheet: S,
        cell: a("kp", x.id),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: rt(a("rk", x.id), a("agg", x.id)),
      });
  }
  for (const id of ["k11", "k12", "k31", "p1", "p3"]) {
    const ks = kids(id);
    for (const k of ["agg", "rk"])
      b.ok({
        sheet: S,
        cell: a(k, id),
        rules: ["sum-mismatch"],
        truth: ks.map((y) => a(k, y.id)).join("+"),
        trap:
          id.startsWith("p") && k === "agg"
            ? [...ks, ...ks.flatMap((q) => kids(q.id))].map((y) => a(k, y.id)).join("+")
            : undefined,
      });
  }
  b.ok({
    sheet: S,
    cell: a("agg", "k21"),
    rules: ["sum-mismatch"],
    truth: kids("k21")
      .map((y) => a("agg", y.id))
      .join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("agg", "tot"),
    rules: ["sum-mismatch"],
    truth: progs.map((y) => a("agg", y.id)).join("+"),
  });
  return b.finish();
}
