/** What the server prints for the person who started it (console text, not UI: English and Japanese). */
export const bootstrapMessages = {
  demoAccounts(accounts: { role: string; email: string; password: string }[], fixed: boolean): string {
    const width = Math.max(...accounts.map((account) => account.email.length));
    const lines = accounts.map(
      (account) => `  ${account.role.padEnd(12)} ${account.email.padEnd(width)}  ${account.password}`,
    );
    return [
      "",
      "Demo data loaded. Demo accounts (デモ用アカウント)" +
        (fixed ? " — password from DEMO_PASSWORD:" : " — passwords shown only this once:"),
      ...lines,
      "",
    ].join("\n");
  },
  noUsersYet(): string {
    return "No accounts yet (まだアカウントがありません). Create the first administrator:\n  npm run user:create -- --role admin --email you@example.org";
  },
  listening(port: number, kind: string): string {
    return `Otagai is running at http://localhost:${port} (database: ${kind})`;
  },
};
