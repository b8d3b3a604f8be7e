// An E.81 evaluation of the Renja 2024 of a Riau Dinas Ketahanan Pangan with K | Rp pairs per quarter.
// Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, type Col, type Row } from "../forms/kit";

type L = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  tk: number;
  trp?: number;
  qk: number[];
  qrp?: number[];
  lvl?: boolean;
  subs?: string[];
};

export function e81Pangan(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-dkp-kuantan-hulu.xlsx",
    "E.81 evaluasi Renja (Dinas Ketahanan Pangan)",
    "E.81 2024 of a Riau DKP: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Target Renja 2024 K | Rp | Triwulan I-IV K | Rp | Realisasi 2024 K | Rp ('11 = 7+8+9+10') | Tingkat Capaian K | Rp ('12 = 11 / 6 x 100'); levels take Triwulan IV",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "EVALUASI TERHADAP HASIL RENJA DINAS KETAHANAN PANGAN KABUPATEN KUANTAN HULU",
    "TAHUN 2024",
  ]);
  const ls: L[] = [
    {
      id: "p",
      kode: "2.09.03",
      nm: "Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat",
      ind: "Skor PPH",
      sat: "poin",
      tk: 85,
      qk: [0, 0, 0, 84.2],
      lvl: true,
      subs: ["k"],
    },
    {
      id: "k",
      kode: "2.09.03.2.01",
      nm: "Pelaksanaan Pencapaian Target Konsumsi Pangan Perkapita/Tahun sesuai AKG",
      ind: "Persentase desa sasaran B2SA yang dibina",
      sat: "%",
      tk: 100,
      qk: [25, 50, 75, 100],
      lvl: true,
      subs: ["s1", "s2"],
    },
    {
      id: "s1",
      kode: "2.09.03.2.01.0001",
      nm: "Penyusunan Peta Pola Konsumsi Pangan",
      ind: "Jumlah dokumen pola konsumsi pangan",
      sat: "dokumen",
      tk: 2,
      trp: 185000000,
      qk: [0, 1, 0, 1],
      qrp: [22500000, 61250000, 35000000, 58750000],
    },
    {
      id: "s2",
      kode: "2.09.03.2.01.0002",
      nm: "Gerakan Beragam, Bergizi Seimbang dan Aman (B2SA)",
      ind: "Jumlah kegiatan gerakan B2SA",
      sat: "kali",
      tk: 12,
      trp: 340000000,
      qk: [2, 3, 4, 3],
      qrp: [48600000, 81200000, 95400000, 88300000],
    },
  ];
  const K = "K";
  const pair = (
    key: string,
    head: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    kf?: string,
  ): Col[] => [
    { key: `k${key}`, head: [head, K], role: kr, year: 2024, num, fmt: kf, width: 9 },
    { key: `r${key}`, head: [head, "Rp"], role: rr, year: 2024, num, fmt: kf ?? RP, width: 15 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "4", width: 30 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 9 },
    ...pair("t", "Target Renja Tahun 2024", "6", "target", "anggaran"),
    ...Q.flatMap((q, i) =>
      pair(`q${i}`, `Realisasi Triwulan ${q}`, String(7 + i), "realisasi", "realisasi-anggaran"),
    ),
    ...pair("x", "Realisasi Renja 2024", "11 = 7+8+9+10", "realisasi", "realisasi-anggaran"),
    ...pair("c", "Tingkat Capaian Renja 2024 (%)", "12 = 11 / 6 x 100", "capaian", "capaian", DEC),
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: ls.map((l, n): Row => ({
      id: l.id,
      bold: !!l.subs,
      cells: (c) => {
        const o: Record<string, string | number | ReturnType<typeof fx>> = {
          no: n + 1,
          kode: l.kode,
          nm: l.nm,
          ind: l.ind,
          sat: l.sat,
          kt: l.tk,
        };
        const rk = ["t", "q0", "q1", "q2", "q3"];
        for (const k of rk) {
          const i = k === "t" ? -1 : Number(k[1]);
          if (k !== "t") o[`k${k}`] = l.qk[i];
          o[`r${k}`] = l.subs
            ? fx(l.subs.map((id) => c.a(`r${k}`, id)).join("+"))
            : k === "t"
              ? l.trp!
              : l.qrp![i];
        }
        o.kx = fx(l.lvl ? c.a("kq3") : ["q0", "q1", "q2", "q3"].map((q) => c.a(`k${q}`)).join("+"));
        // planted: the B2SA's realisasi Rp leaves out Triwulan IV
        o.rx = fx(["q0", "q1", "q2", ...(l.id === "s2" ? [] : ["q3"])].map((q) => c.a(`r${q}`)).join("+"));
        o.kc = fx(`ROUND(${c.a("kx")}/${c.a("kt")}*100,2)`);
        // planted: a stale capaian Rp for the peta pola konsumsi (cached before Triwulan IV)
        o.rc = fx(`ROUND(${c.a("rx")}/${c.a("rt")}*100,2)`, l.id === "s1" ? 64.73 : undefined);
        return o;
      },
    })),
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan PKK dan penyuluh pertanian. Faktor penghambat: keterlambatan pencairan Triwulan I.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (k: string, id: string) => ["q0", "q1", "q2", "q3"].map((q) => a(`${k}${q}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rx", "s2") },
    rules: ["sum-mismatch"],
    note: "realisasi Rp 2024 of sub kegiatan B2SA adds Triwulan I-III only (225,200,000); with Triwulan IV's 88,300,000 it is 313,500,000",
    truth: qs("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("rc", "s1") },
    rules: ["capaian-mismatch"],
    note: "capaian Rp of the peta pola konsumsi has a stale cached 64.73; 177,500,000 / 185,000,000 gives 95.95",
    truth: `ROUND(${a("rx", "s1")}/${a("rt", "s1")}*100,2)`,
  });
  b.ok({ sheet: S, cell: a("kx", "p"), rules: ["sum-mismatch"], truth: a("kq3", "p") });
  b.ok({ sheet: S, cell: a("kx", "k"), rules: ["sum-mismatch"], truth: a("kq3", "k"), trap: qs("k", "k") });
  b.ok({ sheet: S, cell: a("kx", "s2"), rules: ["sum-mismatch"], truth: qs("k", "s2") });
  b.ok({ sheet: S, cell: a("rx", "k"), rules: ["sum-mismatch"], truth: qs("r", "k") });
  b.ok({
    sheet: S,
    cell: a("rq3", "k"),
    rules: ["sum-mismatch"],
    truth: `${a("rq3", "s1")}+${a("rq3", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("kc", "s1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("kx", "s1")}/${a("kt", "s1")}*100,2)`,
  });
  return b.finish();
}
