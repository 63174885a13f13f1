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
  trustProxyHopsReachable(hops: number, host: string, port: number): string {
    return [
      `Warning: TRUST_PROXY=${hops} believes X-Forwarded-For from whoever connects to ${host}:${port}. A client that reaches this port without the proxy can set its own address (audit trail, sessions, login rate limit). Unless a firewall lets only the proxy reach it, listen behind the proxy on 127.0.0.1 (HOST=127.0.0.1), or list the proxy's address instead (TRUST_PROXY=loopback for a proxy on this host, TRUST_PROXY=10.0.0.5).`,
      `警告: TRUST_PROXY=${hops} では、${host}:${port} に接続してきた相手の X-Forwarded-For をそのまま信用します。プロキシを通らずにこのポートへ接続したクライアントは、自分のアドレス（監査ログ・セッション・ログイン回数制限）を自由に名乗れます。ファイアウォールでプロキシ以外からの接続を防いでいない場合は、プロキシの後ろで 127.0.0.1 で待ち受ける（HOST=127.0.0.1）か、代わりにプロキシのアドレスを指定してください（同じサーバー上のプロキシなら TRUST_PROXY=loopback、TRUST_PROXY=10.0.0.5 など）。`,
    ].join("\n");
  },
  listening(port: number, kind: string): string {
    return `Otagai is running at http://localhost:${port} (database: ${kind})`;
  },
};
