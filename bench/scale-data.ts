import { toSearchKey } from "@otagai/shared/japanese/kana";
import type { DatabaseHandle } from "../server/src/platform/db/client.ts";

const families = [
  ["佐藤", "さとう"],
  ["鈴木", "すずき"],
  ["高橋", "たかはし"],
  ["田中", "たなか"],
  ["伊藤", "いとう"],
  ["渡辺", "わたなべ"],
  ["山本", "やまもと"],
  ["中村", "なかむら"],
  ["小林", "こばやし"],
  ["加藤", "かとう"],
  ["吉田", "よしだ"],
  ["山田", "やまだ"],
  ["佐々木", "ささき"],
  ["松本", "まつもと"],
  ["井上", "いのうえ"],
];
const givens = [
  ["美咲", "みさき"],
  ["健太", "けんた"],
  ["陽菜", "ひな"],
  ["大輔", "だいすけ"],
  ["結衣", "ゆい"],
  ["翔", "しょう"],
  ["さくら", "さくら"],
  ["蓮", "れん"],
  ["葵", "あおい"],
  ["拓海", "たくみ"],
];
const roles = ["coordinator", "consultant", "staff", "viewer", "manager", "partner"];

/** Inserts `count` fictional staff accounts in batches of 1,000 (one shared dummy password hash). */
export async function fillUsers(database: DatabaseHandle, count: number): Promise<void> {
  for (let start = 0; start < count; start += 1000) {
    const values: string[] = [];
    const params: unknown[] = [];
    for (let i = start; i < Math.min(count, start + 1000); i += 1) {
      const [family, familyKana] = families[i % families.length] as [string, string];
      const [given, givenKana] = givens[Math.floor(i / families.length) % givens.length] as [string, string];
      const email = `staff${i}@scale.otagai.example`;
      const name = `${family} ${given}`;
      const kana = `${familyKana} ${givenKana}`;
      const base = params.length;
      values.push(
        `($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}, 'x', $${base + 5}, $${base + 6})`,
      );
      params.push(
        email,
        name,
        kana,
        roles[i % roles.length],
        toSearchKey(`${email} ${name} ${kana}`),
        toSearchKey(kana),
      );
    }
    await database.withRawSession((session) =>
      session.query(
        `insert into users (email, display_name, display_name_kana, role, password_hash, search_text, sort_key) values ${values.join(", ")}`,
        params,
      ),
    );
  }
}
