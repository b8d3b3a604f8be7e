// The money tables: the E.81 evaluation of the Renja 2024 of the Dinas Kelautan dan Perikanan of
// Provinsi Sulawesi Utara (K and Rp per triwulan, 'Realisasi s.d. Triwulan IV', programs over their
// kegiatan), and the recap of fishing-gear aid per kabupaten of the Dinas Kelautan dan Perikanan of
// Provinsi Gorontalo (units, unit price and rupiah per kind of gear, a total per kabupaten, a JUMLAH
// row). Every office, region, person and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  fmt,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type E = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  tK: number;
  qK: number[];
  tRp?: number;
  qRp?: number[];
  f: string;
};

/** E.81 Evaluasi hasil Renja 2024, DKP Provinsi Sulawesi Utara. */
export function e81DkpSulut(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-dkp-sulut-tw4-2024.xlsx",
    "E.81 Evaluasi hasil Renja PD",
    "E.81 of a provincial DKP, Renja 2024: No | Kode | Program / Kegiatan | Indikator Kinerja | Satuan | 'Target Renja PD Tahun 2024' (K, Rp) | 'Realisasi Kinerja dan Keuangan' > Triwulan I .. IV > K | Rp | 'Realisasi s.d. Triwulan IV' (K, Rp) | 'Capaian (%)' (K, Rp) | PD Penanggung Jawab; plain number row 1..18; program K are levels (s.d. TW IV = TW IV), kegiatan K counts summed; program Rp = SUM of its kegiatan",
  );
  const S = "E81 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI SULAWESI UTARA", "DINAS KELAUTAN DAN PERIKANAN"]);
  s.lines(
    [
      "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TAHUN 2024",
      "Periode Pelaksanaan: Triwulan IV (Oktober - Desember 2024)",
      "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD: meningkatnya produksi dan kesejahteraan pelaku usaha perikanan",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const progs: Array<E & { kids: E[] }> = [
    {
      id: "p1",
      kode: "3.25.02",
      nama: "Program Pengelolaan Kelautan, Pesisir dan Pulau-Pulau Kecil",
      ind: "Persentase luas kawasan konservasi perairan yang dikelola efektif",
      sat: "%",
      tK: 62.5,
      qK: [55.2, 57.8, 60.4, 63.15],
      f: DEC,
      kids: [
        {
          id: "k11",
          kode: "3.25.02.2.01",
          nama: "Pengelolaan Ruang Laut sampai dengan 12 Mil di Luar Minyak dan Gas Bumi",
          ind: "Jumlah dokumen KKPRL yang difasilitasi",
          sat: "dokumen",
          tK: 36,
          qK: [7, 9, 11, 10],
          tRp: 1_284_600_000,
          qRp: [186_420_000, 302_715_000, 358_940_500, 389_106_000],
          f: "0",
        },
        {
          id: "k12",
          kode: "3.25.02.2.03",
          nama: "Pengelolaan Kawasan Konservasi Perairan",
          ind: "Jumlah patroli pengawasan kawasan konservasi",
          sat: "kali",
          tK: 48,
          qK: [10, 13, 14, 15],
          tRp: 2_156_300_000,
          qRp: [298_775_000, 512_430_000, 604_118_000, 688_962_500],
          f: "0",
        },
      ],
    },
    {
      id: "p2",
      kode: "3.25.03",
      nama: "Program Pengelolaan Perikanan Tangkap",
      ind: "Persentase nelayan yang memiliki KUSUKA",
      sat: "%",
      tK: 78,
      qK: [71.4, 73.9, 76.2, 77.35],
      f: DEC,
      kids: [
        {
          id: "k21",
          kode: "3.25.03.2.01",
          nama: "Pengelolaan Penangkapan Ikan di Wilayah Laut sampai dengan 12 Mil",
          ind: "Jumlah kapal perikanan yang diverifikasi kelaikannya",
          sat: "unit",
          tK: 1_200,
          qK: [214, 338, 351, 322],
          tRp: 3_472_850_000,
          qRp: [512_604_000, 908_337_500, 1_015_420_000, 936_118_750],
          f: "#,##0",
        },
        {
          id: "k22",
          kode: "3.25.03.2.02",
          nama: "Penerbitan Izin Usaha Perikanan Tangkap untuk Kapal Perikanan Berukuran di atas 5 GT s.d. 30 GT",
          ind: "Jumlah SIUP/SIPI yang diterbitkan",
          sat: "dokumen",
          tK: 950,
          qK: [186, 241, 262, 248],
          tRp: 864_200_000,
          qRp: [121_955_000, 204_618_000, 236_740_500, 279_312_000],
          f: "#,##0",
        },
      ],
    },
    {
      id: "p3",
      kode: "3.25.04",
      nama: "Program Pengelolaan Perikanan Budidaya",
      ind: "Produktivitas budidaya rumput laut",
      sat: "ton/ha",
      tK: 11.5,
      qK: [10.6, 10.95, 11.3, 11.72],
      f: DEC,
      kids: [
        {
          id: "k31",
          kode: "3.25.04.2.01",
          nama: "Penerbitan IUP di Bidang Pembudidayaan Ikan yang Usahanya Lintas Daerah Kabupaten/Kota",
          ind: "Jumlah IUP pembudidayaan ikan yang diterbitkan",
          sat: "dokumen",
          tK: 60,
          qK: [12, 15, 18, 19],
          tRp: 315_750_000,
          qRp: [42_318_000, 76_905_000, 88_412_500, 97_236_000],
          f: "0",
        },
        {
          id: "k32",
          kode: "3.25.40.2.02",
          nama: "Pengelolaan Pembudidayaan Ikan di Laut",
          ind: "Jumlah paket bibit rumput laut yang disalurkan",
          sat: "paket",
          tK: 420,
          qK: [0, 120, 180, 115],
          tRp: 1_946_500_000,
          qRp: [38_600_000, 612_480_000, 735_915_000, 504_210_000],
          f: "#,##0",
        },
      ],
    },
  ];
  const G = "Realisasi Kinerja dan Keuangan";
  const pair = (
    key: string,
    head: string[],
    nums: [number, number],
    k: Col["role"],
    rp: Col["role"],
    kf?: string,
    rf = RP,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: k, year: 2024, num: nums[0], fmt: kf, width: 10 },
    { key: `r${key}`, head: [...head, "Rp"], role: rp, year: 2024, num: nums[1], fmt: rf, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 14 },
    { key: "nama", head: ["Program / Kegiatan"], num: 3, width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 4, width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 8 },
    ...pair("t", ["Target Renja PD Tahun 2024"], [6, 7], "target", "anggaran"),
    ...["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"].flatMap((q, i) =>
      pair(`q${i}`, [G, q], [8 + 2 * i, 9 + 2 * i], "realisasi", "realisasi-anggaran"),
    ),
    ...pair("y", ["Realisasi s.d. Triwulan IV"], [16, 17], "realisasi", "realisasi-anggaran"),
    ...pair("c", ["Capaian (%)"], [18, 19], "capaian", "capaian", DEC, DEC),
    { key: "pj", head: ["PD Penanggung Jawab"], role: "penanggung-jawab", num: 20, width: 14 },
  ];
  const Q = [0, 1, 2, 3];
  const rows: Row[] = [
    {
      id: "u",
      bold: true,
      cells: { kode: "3.25", nama: "URUSAN PEMERINTAHAN BIDANG KELAUTAN DAN PERIKANAN" },
    },
  ];
  progs.forEach((p, n) => {
    const first = p.kids[0].id;
    const last = p.kids[p.kids.length - 1].id;
    rows.push({
      id: p.id,
      bold: true,
      cells: (x) => {
        const c: Record<string, Cell> = {
          no: n + 1,
          kode: p.kode,
          nama: p.nama,
          ind: p.ind,
          sat: p.sat,
          kt: fmt(p.tK, p.f),
          rt: fx(`SUM(${x.a("rt", first)}:${x.a("rt", last)})`),
          ky: fx(x.a("kq3")),
          ry: fx(`SUM(${x.a("ry", first)}:${x.a("ry", last)})`),
          kc: fx(`ROUND(${x.a("ky")}/${x.a("kt")}*100,2)`),
          rc: fx(`ROUND(${x.a("ry")}/${x.a("rt")}*100,2)`),
          pj: "DKP",
        };
        Q.forEach((i) => {
          c[`kq${i}`] = fmt(p.qK[i], p.f);
          c[`rq${i}`] = fx(`SUM(${x.a(`rq${i}`, first)}:${x.a(`rq${i}`, last)})`);
        });
        return c;
      },
    });
    for (const k of p.kids)
      rows.push({
        id: k.id,
        cells: (x) => {
          const c: Record<string, Cell> = {
            kode: k.kode,
            nama: k.nama,
            ind: k.ind,
            sat: k.sat,
            kt: fmt(k.tK, k.f),
            rt: k.tRp,
            // (set bug fixed after first sight: a SUM over kq0:kq3 also added the Rp columns that
            // sit between the quarters' K; the quarters are listed one by one)
            ky: fx(`SUM(${[0, 1, 2, 3].map((q) => x.a(`kq${q}`)).join(",")})`),
            // planted: k21's Rp s.d. TW IV keeps the result from before TW IV was entered
            ry: fx(
              `SUM(${[0, 1, 2, 3].map((q) => x.a(`rq${q}`)).join(",")})`,
              k.id === "k21" ? 2_436_361_500 : undefined,
            ),
            kc: fx(`ROUND(${x.a("ky")}/${x.a("kt")}*100,2)`),
            rc: fx(`ROUND(${x.a("ry")}/${x.a("rt")}*100,2)`),
            pj: "DKP",
          };
          Q.forEach((i) => {
            c[`kq${i}`] = fmt(k.qK[i], k.f);
            c[`rq${i}`] = k.qRp![i];
          });
          return c;
        },
      });
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  for (const p of progs) s.ws.getCell(`${t.c("ky")}${t.row(p.id)}`).numFmt = p.f;
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan DAK Kelautan dan Perikanan serta koordinasi dengan Pangkalan PSDKP.",
    "Faktor penghambat: cuaca ekstrem Triwulan I sehingga penyaluran bibit rumput laut baru dimulai Triwulan II.",
    "Catatan: capaian kinerja program (persentase, produktivitas) adalah posisi akhir Triwulan IV, tidak dijumlahkan.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Manado, 15 Januari 2025",
    jabatan: ["Kepala Dinas Kelautan dan Perikanan", "Provinsi Sulawesi Utara,"],
    nama: "Ir. JOHANIS MARTHEN SUMAMPOUW, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19680927 199403 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ry", "k21") },
    rules: ["sum-mismatch"],
    note: "Rp s.d. Triwulan IV of kegiatan 3.25.03.2.01 is =SUM(TW I:TW IV) with a stale cached 2,436,361,500 (TW I-III); with TW IV's 936,118,750 the four quarters give 3,372,480,250",
    truth: `${a("rq0", "k21")}+${a("rq1", "k21")}+${a("rq2", "k21")}+${a("rq3", "k21")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "k32") },
    rules: ["code-hierarchy"],
    note: "kegiatan Pengelolaan Pembudidayaan Ikan di Laut coded 3.25.40.2.02 (the 0 and 4 of 3.25.04 swapped) under program 3.25.04",
    truth: a("kode", "p3"),
    actual: `PARENT(${a("kode", "k32")})`,
  });
  // traps: a program's K is its Triwulan IV position, not the sum of the quarters
  for (const id of ["p1", "p3"])
    b.ok({
      sheet: S,
      cell: a("ky", id),
      rules: ["sum-mismatch"],
      truth: a("kq3", id),
      trap: `${a("kq0", id)}+${a("kq1", id)}+${a("kq2", id)}+${a("kq3", id)}`,
    });
  // trap: a program's Rp target sums only its own kegiatan
  b.ok({
    sheet: S,
    cell: a("rt", "p2"),
    rules: ["sum-mismatch"],
    truth: `${a("rt", "k21")}+${a("rt", "k22")}`,
    trap: `SUM(${a("rt", "k11")}:${a("rt", "k22")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ry", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("ry", "k11")}+${a("ry", "k12")}`,
  });
  // a K capaian above 100 is right (the productivity of program 3.25.04 ends above its target)
  b.ok({
    sheet: S,
    cell: a("kc", "p3"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("kq3", "p3")}/${a("kt", "p3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "k22"),
    rules: ["code-hierarchy"],
    truth: a("kode", "p2"),
    actual: `PARENT(${a("kode", "k22")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rc", "k12"),
    rules: ["capaian-mismatch", "serapan-over-100"],
    truth: `ROUND(${a("ry", "k12")}/${a("rt", "k12")}*100,2)`,
  });
  return b.finish();
}

type Kab = { id: string; nama: string; kub: number; u: number[]; h: number[] };

/** Rekapitulasi bantuan sarana penangkapan ikan per kabupaten 2024, DKP Provinsi Gorontalo. */
export function bantuanAlatTangkapGorontalo(): BookW {
  const b = new BookW(
    "rekap-bantuan-alat-tangkap-kabkota-dkp-gorontalo-2024.xlsx",
    "recap of fishing-gear aid per kabupaten (units x unit price)",
    "No | Kabupaten/Kota | Jml KUB Penerima | per kind of gear (Jaring Insang Dasar / Mesin Tempel 15 PK / Cool Box 200 L) > Vol. (unit) / Harga Satuan (Rp) / Nilai (Rp) | Total Nilai Bantuan (Rp); a JUMLAH row that sums volumes and values and repeats the uniform jaring price; groups written once in the first cell",
  );
  const S = "Rekap Bantuan 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KELAUTAN DAN PERIKANAN PROVINSI GORONTALO", "Bidang Perikanan Tangkap"]);
  s.lines(
    [
      "REKAPITULASI PENYALURAN BANTUAN SARANA DAN PRASARANA PENANGKAPAN IKAN",
      "TAHUN ANGGARAN 2024 (APBD dan DAK)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const H = [4_850_000, 0, 2_375_000];
  const kabs: Kab[] = [
    { id: "k1", nama: "Kab. Tomini Barat", kub: 14, u: [42, 14, 28], h: [H[0], 18_750_000, H[2]] },
    { id: "k2", nama: "Kab. Paguyaman Raya", kub: 11, u: [33, 11, 22], h: [H[0], 18_750_000, H[2]] },
    { id: "k3", nama: "Kab. Bone Pantai Utara", kub: 9, u: [27, 9, 18], h: [H[0], 19_400_000, H[2]] },
    { id: "k4", nama: "Kab. Atinggola Hulu", kub: 7, u: [21, 7, 14], h: [H[0], 19_400_000, H[2]] },
    { id: "k5", nama: "Kota Limboto Baru", kub: 4, u: [12, 4, 8], h: [H[0], 18_750_000, H[2]] },
  ];
  const gear = ["Jaring Insang Dasar", "Mesin Tempel 15 PK", "Cool Box 200 L"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kab", head: ["Kabupaten/Kota"], role: "lokasi", width: 24 },
    { key: "kub", head: ["Jml KUB Penerima"], role: "lainnya", width: 9 },
    ...gear.flatMap((g, i): Col[] => [
      { key: `u${i}`, head: [g, "Vol. (unit)"], role: "realisasi", year: 2024, fmt: "#,##0", width: 8 },
      { key: `h${i}`, head: [g, "Harga Satuan (Rp)"], role: "lainnya", fmt: RP, width: 13 },
      { key: `n${i}`, head: [g, "Nilai (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 15 },
    ]),
    {
      key: "tot",
      head: ["Total Nilai Bantuan (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 16,
    },
  ];
  const G = [0, 1, 2];
  const t = s.table({
    cols,
    headerRows: 2,
    groups: "first",
    rows: [
      ...kabs.map((k, i) => ({
        id: k.id,
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = { no: i + 1, kab: k.nama, kub: k.kub };
          G.forEach((j) => {
            c[`u${j}`] = k.u[j];
            c[`h${j}`] = k.h[j];
            c[`n${j}`] = fx(`${x.a(`u${j}`)}*${x.a(`h${j}`)}`);
          });
          // planted: Atinggola's mesin tempel value typed with one zero lost (7 x 19,400,000)
          if (k.id === "k4") c.n1 = 13_580_000;
          // planted: Paguyaman's total leaves the cool boxes out
          c.tot =
            k.id === "k2" ? fx(`${x.a("n0")}+${x.a("n1")}`) : fx(`${x.a("n0")}+${x.a("n1")}+${x.a("n2")}`);
          return c;
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "kab"] as [string, string],
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = {
            no: "JUMLAH",
            kub: fx(`SUM(${x.a("kub", "k1")}:${x.a("kub", "k5")})`),
          };
          G.forEach((j) => {
            c[`u${j}`] = fx(`SUM(${x.a(`u${j}`, "k1")}:${x.a(`u${j}`, "k5")})`);
            c[`n${j}`] = fx(`SUM(${x.a(`n${j}`, "k1")}:${x.a(`n${j}`, "k5")})`);
          });
          c.h0 = H[0];
          c.h1 = "-";
          c.h2 = H[2];
          c.tot = fx(`SUM(${x.a("tot", "k1")}:${x.a("tot", "k5")})`);
          return c;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: harga satuan mesin tempel di Kab. Bone Pantai Utara dan Kab. Atinggola Hulu termasuk ongkos angkut ke pulau.",
    "Nilai = Vol. x Harga Satuan; Total = jumlah nilai ketiga jenis bantuan.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Gorontalo, 28 Januari 2025",
    jabatan: ["Kepala Bidang Perikanan Tangkap,"],
    nama: "SUKRI HAMZAH TULI, S.Pi., M.Si.",
    pangkat: "Pembina",
    nip: "19800611 200501 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("n1", "k4") },
    rules: ["ratio-components-mismatch", "hardcoded-value", "inconsistent-formula"],
    note: "Nilai mesin tempel of Kab. Atinggola Hulu typed 13,580,000 among Vol. x Harga formulas: 7 x 19,400,000 = 135,800,000 (a zero lost)",
    truth: `${a("u1", "k4")}*${a("h1", "k4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("tot", "k2") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Total of Kab. Paguyaman Raya = jaring + mesin only (366,300,000): the 22 cool boxes (52,250,000) are left out; the three kinds give 418,550,000",
    truth: `${a("n0", "k2")}+${a("n1", "k2")}+${a("n2", "k2")}`,
  });
  // trap: the uniform unit price is repeated in the JUMLAH row, not summed
  b.ok({
    sheet: S,
    cell: a("h0", "j"),
    rules: ["sum-mismatch"],
    truth: a("h0", "k1"),
    trap: `SUM(${a("h0", "k1")}:${a("h0", "k5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("h2", "j"),
    rules: ["sum-mismatch"],
    truth: a("h2", "k3"),
    trap: `SUM(${a("h2", "k1")}:${a("h2", "k5")})`,
  });
  for (const k of ["u1", "n0", "n2", "kub"])
    b.ok({ sheet: S, cell: a(k, "j"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k5")})` });
  b.ok({
    sheet: S,
    cell: a("n1", "k3"),
    rules: ["ratio-components-mismatch", "hardcoded-value"],
    truth: `${a("u1", "k3")}*${a("h1", "k3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("tot", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("n0", "k1")}+${a("n1", "k1")}+${a("n2", "k1")}`,
  });
  return b.finish();
}
