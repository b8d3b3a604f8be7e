// The worksheet functions by their Excel names, on plain values (number, Indonesian number
// text, null or "" for a blank cell): each definition's calculation (./definitions). The Excel
// custom functions map ranges onto these; Node callers use them directly:
// fungsi.CAPAIAN(91.35, 82) -> 111.40...
import { DEFINISI } from "./definitions";

type Def = (typeof DEFINISI)[number];

export type Fungsi = { readonly [D in Def as D["nama"]]: D["hitung"] };

export const fungsi = Object.fromEntries(DEFINISI.map((d) => [d.nama, d.hitung])) as Fungsi;

export type NamaFungsi = keyof Fungsi;
