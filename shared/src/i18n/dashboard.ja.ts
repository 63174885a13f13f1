import type { Widen } from "./widen.ts";

/** Strings of the dashboard (web/src/features/dashboard), loaded with its lazy route; English in dashboard.en.ts. */
export const dashboardJa = {
  dashboard: {
    title: "ダッシュボード",
    welcome: "{{name}}さん、おつかれさまです。",
    activeUsers: "利用中のユーザー",
    usersByRole: "役割ごとのユーザー",
    programs: "事業",
    activeSessions: "ログイン中のセッション",
    auditEventsToday: "今日の操作記録",
    lastLogin: "前回のログイン",
    firstLogin: "今回が初めてのログインです。",
    peopleCount: "{{count}}人",
    myPrograms: "担当事業",
    noPrograms: "担当する事業はまだ登録されていません。",
  },
} as const;

export type DashboardCatalog = Widen<typeof dashboardJa>;
