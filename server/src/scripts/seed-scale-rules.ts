/**
 * Why the scale seed must not run here, or null. Fictional people must never mix with real ones:
 * production is refused, and so is a PostgreSQL server unless the caller says --force (the demo
 * data's rule: only the embedded database by default).
 */
export function refusalToSeed(
  config: { nodeEnv: string | undefined; databaseUrl: string | undefined },
  force: boolean,
): string | null {
  if (force) return null;
  if (config.nodeEnv === "production")
    return (
      "NODE_ENV=production: the scale seed writes thousands of fictional people and is refused on a production database (add --force only on a copy meant for testing).\n" +
      "NODE_ENV=production のため中止しました。本番のデータベースに架空の利用者を投入することはできません（検証用の複製に限り --force）。"
    );
  if (config.databaseUrl)
    return (
      "DATABASE_URL points at a PostgreSQL server: the scale seed only fills the embedded database unless you add --force (be sure it is a test database).\n" +
      "DATABASE_URL が設定されています。PostgreSQL サーバーへの投入は --force を付けた場合のみ行います（検証用のデータベースであることを確認してください）。"
    );
  return null;
}
