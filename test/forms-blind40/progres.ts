// A physical-and-financial progress report per paket of the Dinas PUPR of Kabupaten Watu Mbora (NTT)
// and an SPM achievement report (air minum, air limbah domestik per kecamatan) of the Dinas PUTR of
// Kabupaten Bulu Tellue (Sulawesi Selatan). Every office, person and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col } from "../forms/kit";

type Paket = {
  id: string;
  nama: string;
  lok: string;
  peny: string;
  k: number;
  rf: number;
  ff: number;
  sp: number;
};

export function progresPaketWatuMbora(): BookW {
  const b = new BookW(
    "progres-fisik-keuangan-pupr-watu-mbora-tw3.xlsx",
    "laporan perkembangan pelaksanaan kegiatan per paket (Dinas PUPR)",
    "No | Nama Paket | Lokasi | Penyedia | Nilai Kontrak | Bobot (%) | Progres Fisik Rencana / Realisasi | Deviasi | Keuangan SP2D Rp / %; JUMLAH with weighted fisik",
  );
  const S = "Progres s.d. Sept";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WATU MBORA",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "LAPORAN PERKEMBANGAN PELAKSANAAN KEGIATAN TAHUN ANGGARAN 2024",
    "Keadaan s.d. 30 September 2024 (Triwulan III)",
  ]);
  const pk: Paket[] = [
    {
      id: "p1",
      nama: "Rehabilitasi Jalan Ruas Nualolo - Wolotopo",
      lok: "Kec. Mbora Selatan",
      peny: "CV. Lewo Jaya",
      k: 4_862_350_000,
      rf: 78.5,
      ff: 81.2,
      sp: 2_917_410_000,
    },
    {
      id: "p2",
      nama: "Peningkatan Jalan Ruas Watuneso - Detubela",
      lok: "Kec. Lio Ndori",
      peny: "PT. Flobamora Karya",
      k: 3_415_780_000,
      rf: 85,
      ff: 72.35,
      sp: 1_538_117_500,
    },
    {
      id: "p3",
      nama: "Pembangunan Jembatan Wae Lengga",
      lok: "Kec. Nanga Ria",
      peny: "CV. Sinar Kelimutu",
      k: 2_987_600_000,
      rf: 64.2,
      ff: 66.1,
      sp: 896_280_000,
    },
    {
      id: "p4",
      nama: "Rehabilitasi Daerah Irigasi Lowo Ria",
      lok: "Kec. Mbora Selatan",
      peny: "CV. Tana Ria",
      k: 1_946_225_000,
      rf: 97.5,
      ff: 100,
      sp: 1_946_225_000,
    },
    {
      id: "p5",
      nama: "Pembangunan Saluran Drainase Kota Watu Mbora",
      lok: "Kec. Watu Mbora Kota",
      peny: "CV. Bintang Nusa Bunga",
      k: 1_238_470_000,
      rf: 55,
      ff: 48.75,
      sp: 371_541_000,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "nm", head: ["Nama Paket Pekerjaan"], role: "lainnya", num: 2, width: 38 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 3, width: 18 },
    { key: "peny", head: ["Penyedia Jasa"], num: 4, width: 20 },
    { key: "k", head: ["Nilai Kontrak (Rp)"], role: "anggaran", year: 2024, num: 5, fmt: RP, width: 17 },
    { key: "bob", head: ["Bobot (%)"], num: 6, fmt: DEC, width: 9 },
    { key: "rf", head: ["Progres Fisik (%)", "Rencana"], role: "target", year: 2024, num: 7, fmt: DEC },
    { key: "ff", head: ["Progres Fisik (%)", "Realisasi"], role: "realisasi", year: 2024, num: 8, fmt: DEC },
    { key: "dev", head: ["Deviasi (%)"], num: "9 = 8 - 7", fmt: DEC, width: 10 },
    {
      key: "sp",
      head: ["Keuangan", "SP2D (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 10,
      fmt: RP,
      width: 17,
    },
    {
      key: "pk",
      head: ["Keuangan", "%"],
      role: "capaian",
      year: 2024,
      num: "11 = 10 / 5",
      fmt: DEC,
      width: 9,
    },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: 12, width: 22 },
  ];
  const first = "p1";
  const last = "p5";
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...pk.map((p, i) => ({
        id: p.id,
        cells: (c: { a(k: string, id?: string): string; r: number }) => ({
          no: i + 1,
          nm: p.nama,
          lok: p.lok,
          peny: p.peny,
          k: p.k,
          bob: fx(`ROUND(${c.a("k")}/$${c.a("k", "jml").replace(/(\d+)$/, "$$$1")}*100,2)`),
          rf: p.rf,
          ff: p.ff,
          dev: fx(`${c.a("ff")}-${c.a("rf")}`),
          sp: p.sp,
          pk: p.id === "p2" ? 54.03 : fx(`ROUND(${c.a("sp")}/${c.a("k")}*100,2)`),
          ket:
            p.id === "p2"
              ? "Keterlambatan material aspal"
              : p.id === "p4"
                ? "PHO 12 Agustus 2024"
                : undefined,
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "peny"] as [string, string],
        cells: (c: { a(k: string, id?: string): string }) => {
          const w = (k: string) =>
            `ROUND((${pk.map((p) => `${c.a("bob", p.id)}*${c.a(k, p.id)}`).join("+")})/100,2)`;
          return {
            no: "JUMLAH",
            k: fx(`SUM(${c.a("k", first)}:${c.a("k", last)})`),
            bob: fx(`SUM(${c.a("bob", first)}:${c.a("bob", last)})`),
            rf: fx(w("rf")),
            ff: fx(w("ff")),
            dev: fx(`${c.a("ff")}-${c.a("rf")}`),
            sp: fx(`SUM(${c.a("sp", first)}:${c.a("sp", "p4")})`),
            pk: fx(`ROUND(${c.a("sp")}/${c.a("k")}*100,2)`),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: progres fisik JUMLAH = rata-rata tertimbang menurut bobot nilai kontrak."], 1);
  s.gap();
  signature(s, 9, {
    tempat: "Watu Mbora, 4 Oktober 2024",
    jabatan: ["Kepala Dinas Pekerjaan Umum", "dan Penataan Ruang,"],
    nama: "Ir. YOHANES DOSI WANGGE, M.T.",
    pangkat: "Pembina Utama Muda",
    nip: "19710823 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pk", "p2") },
    rules: ["capaian-mismatch", "hardcoded-value", "inconsistent-formula"],
    note: "% keuangan of the Watuneso - Detubela paket typed 54.03 among formulas; SP2D 1,538,117,500 / kontrak 3,415,780,000 = 45.03 (digits swapped)",
    truth: `ROUND(${a("sp", "p2")}/${a("k", "p2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("sp", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH SP2D is SUM over the first four paket (7,298,032,500): the drainase paket (371,541,000) is left out; the five paket give 7,669,573,500",
    truth: `SUM(${a("sp", first)}:${a("sp", last)})`,
  });
  b.ok({
    sheet: S,
    cell: a("k", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("k", first)}:${a("k", last)})`,
  });
  for (const k of ["rf", "ff"])
    b.ok({
      sheet: S,
      cell: a(k, "jml"),
      rules: ["sum-mismatch", "percent-out-of-range"],
      truth: `ROUND((${pk.map((p) => `${a("bob", p.id)}*${a(k, p.id)}`).join("+")})/100,2)`,
      trap: `SUM(${a(k, first)}:${a(k, last)})`,
    });
  b.ok({
    sheet: S,
    cell: a("dev", "p2"),
    rules: ["percent-out-of-range", "sum-mismatch"],
    truth: `${a("ff", "p2")}-${a("rf", "p2")}`,
  });
  for (const id of ["p1", "p3", "p4"])
    b.ok({
      sheet: S,
      cell: a("pk", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a("sp", id)}/${a("k", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("ff", "p1"),
    rules: ["percent-out-of-range"],
    truth: "81.2",
  });
  return b.finish();
}

type Kec = { id: string; nama: string; sas: number; lay: number };

export function spmPuBuluTellue(): BookW {
  const b = new BookW(
    "spm-pu-air-minum-limbah-bulu-tellue-2024.xlsx",
    "capaian SPM bidang pekerjaan umum per kecamatan (Dinas PUTR)",
    "two tables on one sheet (air minum, air limbah domestik): No | Kecamatan | RT sasaran | RT terlayani | Belum terlayani | Capaian SPM (%) | Keterangan; TOTAL with capaian a ratio",
  );
  const S = "SPM PU 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BULU TELLUE",
    "DINAS PEKERJAAN UMUM DAN TATA RUANG",
    "LAPORAN PENERAPAN DAN PENCAPAIAN STANDAR PELAYANAN MINIMAL (SPM)",
    "BIDANG PEKERJAAN UMUM TAHUN 2024",
  ]);
  const names = [
    "Lappariaja Utara",
    "Bonto Sikuyu",
    "Tellu Limpoe Baru",
    "Salo Bunne",
    "Ujung Lamuru Timur",
    "Palakka Riaja",
  ];
  const sas = [6_842, 4_315, 5_508, 3_276, 7_124, 2_963];
  const minum = [5_917, 3_602, 4_986, 2_418, 6_530, 2_157];
  const limbah = [3_115, 1_986, 5_805, 1_204, 4_377, 982];
  const make = (lay: number[], typed: Record<string, number>, heads: { lay: string; cap: string }) => {
    const ks: Kec[] = names.map((n, i) => ({ id: `k${i + 1}`, nama: n, sas: sas[i], lay: lay[i] }));
    const cols: Col[] = [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 22 },
      {
        key: "sas",
        head: ["Jumlah Rumah Tangga Sasaran (RT)"],
        role: "target",
        year: 2024,
        num: "(3)",
        fmt: INT,
        width: 16,
      },
      { key: "lay", head: [heads.lay], role: "realisasi", year: 2024, num: "(4)", fmt: INT, width: 18 },
      { key: "bel", head: ["Belum Terlayani (RT)"], num: "(5) = (3) - (4)", fmt: INT, width: 14 },
      {
        key: "cap",
        head: [heads.cap],
        role: "capaian",
        year: 2024,
        num: "(6) = (4) / (3) x 100",
        fmt: DEC,
        width: 14,
      },
      { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(7)", width: 22 },
    ];
    return s.table({
      cols,
      headerRows: 1,
      numberRow: "plain",
      rows: [
        ...ks.map((k, i) => ({
          id: k.id,
          cells: (c: { a(k: string, id?: string): string }) => ({
            no: i + 1,
            kec: k.nama,
            sas: k.sas,
            lay: k.lay,
            bel: fx(`${c.a("sas")}-${c.a("lay")}`),
            cap: typed[k.id] ?? fx(`ROUND(${c.a("lay")}/${c.a("sas")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "kec"] as [string, string],
          cells: (c: { a(k: string, id?: string): string }) => ({
            no: "TOTAL KABUPATEN",
            sas: fx(`SUM(${c.a("sas", "k1")}:${c.a("sas", "k6")})`),
            lay: fx(`SUM(${c.a("lay", "k1")}:${c.a("lay", "k6")})`),
            bel: fx(`${c.a("sas")}-${c.a("lay")}`),
            cap: fx(`ROUND(${c.a("lay")}/${c.a("sas")}*100,2)`),
          }),
        },
      ],
    });
  };
  s.lines(["A. Jenis Pelayanan Dasar: Pemenuhan Kebutuhan Pokok Air Minum Sehari-hari"], 1, { bold: true });
  const t1 = make(
    minum,
    { k4: 83.81 },
    { lay: "RT Terlayani Akses Air Minum Layak", cap: "Capaian SPM (%)" },
  );
  s.gap();
  s.lines(["B. Jenis Pelayanan Dasar: Penyediaan Pelayanan Pengolahan Air Limbah Domestik"], 1, {
    bold: true,
  });
  const t2 = make(limbah, {}, { lay: "RT Terlayani Pengolahan Air Limbah", cap: "Persentase Capaian (%)" });
  s.gap();
  s.lines(["Sumber data: Bidang Cipta Karya dan UPTD SPAM, rekap Desember 2024."], 1);
  s.gap();
  signature(s, 5, {
    tempat: "Bulu Tellue, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM", "DAN TATA RUANG,"],
    nama: "Ir. ANDI MAKKASAU PATTARANI, M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19740615 200112 1 003",
  });
  b.plant({
    at: { sheet: S, cell: t1.a("cap", "k4") },
    rules: ["capaian-mismatch", "hardcoded-value", "inconsistent-formula"],
    note: "air minum capaian of Salo Bunne typed 83.81; 2,418 terlayani / 3,276 sasaran = 73.81",
    truth: `ROUND(${t1.a("lay", "k4")}/${t1.a("sas", "k4")}*100,2)`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t2.a("cap", "k3") },
        { sheet: S, cell: t2.a("lay", "k3") },
      ],
    },
    rules: ["percent-out-of-range"],
    note: "air limbah: Tellu Limpoe Baru has 5,805 RT terlayani of 5,508 RT sasaran (capaian 105.39, belum terlayani -297); a household count cannot exceed the households (5,085 with digits swapped)",
    truth: t2.a("sas", "k3"),
    actual: t2.a("lay", "k3"),
    tol: 0.5,
  });
  for (const t of [t1, t2])
    b.ok({
      sheet: S,
      cell: t.a("cap", "tot"),
      rules: ["capaian-mismatch", "sum-mismatch"],
      truth: `ROUND(${t.a("lay", "tot")}/${t.a("sas", "tot")}*100,2)`,
      trap: `SUM(${t.a("cap", "k1")}:${t.a("cap", "k6")})`,
    });
  for (const k of ["sas", "lay"])
    b.ok({
      sheet: S,
      cell: t1.a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${t1.a(k, "k1")}:${t1.a(k, "k6")})`,
    });
  for (const id of ["k1", "k5"])
    b.ok({
      sheet: S,
      cell: t2.a("cap", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${t2.a("lay", id)}/${t2.a("sas", id)}*100,2)`,
    });
  return b.finish();
}
