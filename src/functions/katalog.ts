// The function reference shown to people (task pane, help page, README), in Indonesian and
// English. It lives in katalog.json so the build can render help.html from it without
// compiling TypeScript; a test checks it against the generated functions.json and evaluates
// every example.
import data from "./katalog.json";

export type EntriKatalog = {
  nama: string;
  sintaks: string;
  contoh: string;
  hasil: string;
  id: string;
  en: string;
};

export const KATALOG: readonly EntriKatalog[] = data;
