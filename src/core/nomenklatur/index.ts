export { bacaCsv } from "./csv";
export { bacaNomenklatur, mencakup } from "./daftar";
export type { EntriNomenklatur, HasilBaca, Nomenklatur } from "./daftar";
