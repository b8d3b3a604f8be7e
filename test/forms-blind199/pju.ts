// The PJU accounts of two Dinas Perhubungan: the 2024 rekening listrik PJU per kecamatan of a
// kabupaten in Jawa Tengah (titik bermeter and abonemen, kWh, tagihan, rata-rata per titik) and the
// quarterly PBJT tenaga listrik (d/h pajak penerangan jalan) against the PJU bills of a kabupaten in
// Sulawesi Selatan (cumulative columns, a ratio). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

// ======================================================== Dinas Perhubungan Kabupaten Sokawera Kidul

type Kec = { id: string; nama: string; met: number; abo: number; kwh: number; tag: number };

export function rekeningPju(): BookW {
  const b = new BookW(
    "rekap-rekening-listrik-pju-dishub-sokawera-kidul.xlsx",
    "Rekap rekening listrik PJU per kecamatan (Dinas Perhubungan)",
    "Rekapitulasi rekening listrik PJU 2024 per kecamatan of a Dinas Perhubungan in Jawa Tengah: No | Kecamatan | 'Jumlah Titik PJU' > Meteran | Abonemen (non meter) | Jumlah | Pemakaian kWh (meteran) | Tagihan Rekening 2024 (Rp) | Rata-rata Tagihan per Titik (Rp) | Ket.; number row (1) .. (9) with (5) = (3) + (4) and (8) = (7) : (5); JUMLAH row",
  );
  const S = "Rekening PJU 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SOKAWERA KIDUL",
    "DINAS PERHUBUNGAN",
    "Jl. Jenderal Sudirman No. 41 Sokawera, Jawa Tengah",
  ]);
  s.lines(["REKAPITULASI TITIK PJU DAN REKENING LISTRIK PENERANGAN JALAN UMUM", "TAHUN 2024"]);
  s.gap();
  const K: Kec[] = [
    { id: "k1", nama: "Sokawera", met: 1_284, abo: 312, kwh: 1_412_650, tag: 2_148_376_500 },
    { id: "k2", nama: "Kalibening Wetan", met: 642, abo: 418, kwh: 706_820, tag: 1_402_118_200 },
    { id: "k3", nama: "Pagerwangi", met: 538, abo: 276, kwh: 591_240, tag: 1_036_592_700 },
    { id: "k4", nama: "Tlogoarum", met: 417, abo: 365, kwh: 458_310, tag: 1_004_871_400 },
    { id: "k5", nama: "Watugede", met: 356, abo: 241, kwh: 391_580, tag: 781_655_300 },
    { id: "k6", nama: "Ngadirejo Kidul", met: 298, abo: 334, kwh: 327_460, tag: 853_214_900 },
    { id: "k7", nama: "Sendangmulyo", met: 221, abo: 187, kwh: 243_090, tag: 532_948_100 },
  ];
  const TP = "Jumlah Titik PJU";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
    { key: "met", head: [TP, "Meteran"], num: "(3)", fmt: INT, width: 10 },
    { key: "abo", head: [TP, "Abonemen (non meter)"], num: "(4)", fmt: INT, width: 12 },
    { key: "jml", head: [TP, "Jumlah"], num: "(5) = (3) + (4)", fmt: INT, width: 11 },
    { key: "kwh", head: ["Pemakaian kWh (titik bermeter)"], num: "(6)", fmt: INT, width: 14 },
    {
      key: "tag",
      head: ["Tagihan Rekening Listrik PJU Tahun 2024 (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(7)",
      fmt: RP,
      width: 18,
    },
    { key: "rata", head: ["Rata-rata Tagihan per Titik (Rp)"], num: "(8) = (7) : (5)", fmt: RP, width: 14 },
    { key: "ket", head: ["Ket."], role: "keterangan", num: "(9)", width: 14 },
  ];
  const sumCol = (k: string, x: Ctx) => `SUM(${x.a(k, "k1")}:${x.a(k, "k7")})`;
  const kwhTrue = K.reduce((n, k) => n + k.kwh, 0);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: k.nama,
          met: k.met,
          abo: k.abo,
          jml: fx(`${x.a("met")}+${x.a("abo")}`),
          kwh: k.kwh,
          tag: k.tag,
          // planted: Ngadirejo Kidul divides by the metered points only
          rata: fx(`ROUND(${x.a("tag")}/${x.a(k.id === "k6" ? "met" : "jml")},0)`),
          ket: k.abo > k.met ? "abonemen dominan" : null,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          met: fx(sumCol("met", x)),
          abo: fx(sumCol("abo", x)),
          jml: fx(sumCol("jml", x)),
          // planted: stale cached result (Sendangmulyo's kWh entered after the last recalculation)
          kwh: fx(sumCol("kwh", x), kwhTrue - 243_090),
          tag: fx(sumCol("tag", x)),
          rata: fx(`ROUND(${x.a("tag")}/${x.a("jml")},0)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Tagihan meteran dihitung dari pemakaian kWh (tarif P3/TR); PJU abonemen dibayar berdasarkan daya tersambung.",
    "- Kolom (8) dihitung terhadap seluruh titik PJU (meteran dan abonemen).",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Sokawera, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN", "KABUPATEN SOKAWERA KIDUL,"],
    nama: "Ir. BAMBANG SETYO NUGROHO, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700914 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kwh", "tot") },
    rules: ["sum-mismatch"],
    note: `JUMLAH pemakaian kWh is =SUM over the kecamatan with a stale cached result ${(kwhTrue - 243_090).toLocaleString("en")} (Sendangmulyo's 243,090 kWh missing); the seven rows give ${kwhTrue.toLocaleString("en")}`,
    truth: `SUM(${a("kwh", "k1")}:${a("kwh", "k7")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("rata", "k6") },
    rules: ["inconsistent-formula"],
    note: "Rata-rata tagihan per titik of Ngadirejo Kidul is =ROUND((7)/(3),0) = 2,863,137 (metered points only) among (7)/(5) formulas; 853,214,900 / 632 titik gives 1,350,024",
    truth: `ROUND(${a("tag", "k6")}/${a("jml", "k6")},0)`,
    tol: 1,
  });
  for (const k of K)
    b.ok({
      sheet: S,
      cell: a("jml", k.id),
      rules: ["sum-mismatch"],
      truth: `${a("met", k.id)}+${a("abo", k.id)}`,
    });
  for (const k of ["met", "abo", "jml", "tag"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k7")})` });
  for (const id of ["k1", "k4"])
    b.ok({
      sheet: S,
      cell: a("rata", id),
      rules: ["inconsistent-formula"],
      truth: `ROUND(${a("tag", id)}/${a("jml", id)},0)`,
      tol: 1,
    });
  // the JUMLAH row's average is the ratio of the totals, not the sum of the kecamatan averages
  b.ok({
    sheet: S,
    cell: a("rata", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${a("tag", "tot")}/${a("jml", "tot")},0)`,
    trap: `SUM(${a("rata", "k1")}:${a("rata", "k7")})`,
    tol: 1,
  });
  return b.finish();
}

// ===================================================== Dinas Perhubungan Kabupaten Bontolempangan Raya

type Tw = { id: string; nm: string; ppj: number; tag: number };

export function pajakPju(): BookW {
  const b = new BookW(
    "pbjt-listrik-vs-rekening-pju-bontolempangan.xlsx",
    "Penerimaan pajak penerangan jalan dan tagihan PJU per triwulan (Dinas Perhubungan)",
    "Perbandingan penerimaan PBJT tenaga listrik (d/h pajak penerangan jalan) dan tagihan rekening PJU 2024 per triwulan of a Dinas Perhubungan in Sulawesi Selatan, (dalam ribuan rupiah): No | Triwulan | 'Penerimaan PBJT-TL' > Triwulan Berjalan | s.d. Triwulan | 'Tagihan Rekening PJU' > Triwulan Berjalan | s.d. Triwulan | Rasio Tagihan thd Penerimaan (%); number row 1 .. 7 with '4 = 4 sebelumnya + 3', '7 = 5 / 3 x 100'; Jumlah row takes the s.d. of Triwulan IV and the ratio of the totals",
  );
  const S = "PPJ vs PJU 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BONTOLEMPANGAN RAYA",
    "DINAS PERHUBUNGAN",
    "Bidang Lalu Lintas dan PJU",
  ]);
  s.lines([
    "PENERIMAAN PBJT ATAS TENAGA LISTRIK (d/h PAJAK PENERANGAN JALAN) DAN TAGIHAN REKENING PJU",
    "TAHUN ANGGARAN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const T: Tw[] = [
    { id: "t1", nm: "Triwulan I", ppj: 4_386_215, tag: 2_614_380 },
    { id: "t2", nm: "Triwulan II", ppj: 4_512_940, tag: 2_658_115 },
    { id: "t3", nm: "Triwulan III", ppj: 4_698_472, tag: 2_703_962 },
    { id: "t4", nm: "Triwulan IV", ppj: 4_875_106, tag: 2_781_430 },
  ];
  const P = "Penerimaan PBJT Tenaga Listrik";
  const Q = "Tagihan Rekening Listrik PJU";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "tw", head: ["Periode"], num: "2", width: 16 },
    {
      key: "ppj",
      head: [P, "Triwulan Berjalan"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "3",
      fmt: RP,
      width: 15,
    },
    { key: "kp", head: [P, "s.d. Triwulan"], num: "4 = 4 sebelumnya + 3", fmt: RP, width: 15 },
    {
      key: "tag",
      head: [Q, "Triwulan Berjalan"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "5",
      fmt: RP,
      width: 15,
    },
    { key: "kt", head: [Q, "s.d. Triwulan"], num: "6 = 6 sebelumnya + 5", fmt: RP, width: 15 },
    { key: "ras", head: ["Rasio Tagihan thd Penerimaan (%)"], num: "7 = 5 / 3 x 100", fmt: DEC, width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...T.map((q, i): Row => ({
        id: q.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          tw: q.nm,
          ppj: q.ppj,
          kp: i === 0 ? fx(x.a("ppj")) : fx(`${x.a("kp", T[i - 1].id)}+${x.a("ppj")}`),
          tag: q.tag,
          // planted: Triwulan IV's s.d. adds the tagihan of Triwulan III again
          kt:
            i === 0
              ? fx(x.a("tag"))
              : fx(`${x.a("kt", T[i - 1].id)}+${x.a("tag", q.id === "t4" ? "t3" : q.id)}`),
          // planted: a typed ratio for Triwulan II
          ras: q.id === "t2" ? 55.9 : fx(`ROUND(${x.a("tag")}/${x.a("ppj")}*100,2)`),
        }),
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "tw"],
        cells: (x: Ctx) => ({
          no: "Jumlah Tahun 2024",
          ppj: fx(`SUM(${x.a("ppj", "t1")}:${x.a("ppj", "t4")})`),
          kp: fx(x.a("kp", "t4")),
          tag: fx(`SUM(${x.a("tag", "t1")}:${x.a("tag", "t4")})`),
          kt: fx(x.a("kt", "t4")),
          ras: fx(`ROUND(${x.a("tag")}/${x.a("ppj")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: penerimaan menurut BKU Bapenda; tagihan menurut rekening PLN UP3 yang dibayar melalui DPA Dinas Perhubungan.",
    "Rasio di atas 100% berarti tagihan PJU melebihi penerimaan pajak.",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Bontolempangan, 20 Januari 2025",
    jabatan: ["KEPALA BIDANG LALU LINTAS DAN PJU,"],
    nama: "ANDI MUH. FADLI RAHMAN, S.T.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19840522 201001 1 014",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kt", "t4") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Tagihan s.d. Triwulan IV adds Triwulan III's 2,703,962 again (=s.d. TW III + 5 of TW III) = 10,680,419; with Triwulan IV's 2,781,430 it is 10,757,887 (the four quarters)",
    truth: `SUM(${a("tag", "t1")}:${a("tag", "t4")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("ras", "t2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Rasio of Triwulan II is a typed 55.90 among ROUND(5/3*100,2) formulas; 2,658,115 / 4,512,940 gives 58.90",
    truth: `ROUND(${a("tag", "t2")}/${a("ppj", "t2")}*100,2)`,
  });
  for (const id of ["t2", "t3", "t4"])
    b.ok({
      sheet: S,
      cell: a("kp", id),
      rules: ["sum-mismatch"],
      truth: `SUM(${a("ppj", "t1")}:${a("ppj", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("kt", "t3"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("tag", "t1")}:${a("tag", "t3")})`,
  });
  for (const k of ["ppj", "tag"])
    b.ok({ sheet: S, cell: a(k, "j"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "t1")}:${a(k, "t4")})` });
  // the Jumlah of a cumulative column is Triwulan IV's s.d., not the sum of the four s.d. values
  b.ok({
    sheet: S,
    cell: a("kp", "j"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("ppj", "t1")}:${a("ppj", "t4")})`,
    trap: `SUM(${a("kp", "t1")}:${a("kp", "t4")})`,
  });
  for (const id of ["t1", "t3", "t4"])
    b.ok({
      sheet: S,
      cell: a("ras", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("tag", id)}/${a("ppj", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("ras", "j"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("tag", "j")}/${a("ppj", "j")}*100,2)`,
    trap: `SUM(${a("ras", "t1")}:${a("ras", "t4")})`,
  });
  return b.finish();
}
