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
    today: {
      title: "今日やること",
      empty: "今日やることはありません。",
      loadFailed: "今日やることを読み込めませんでした。",
      count: "{{count}}件",
      more: "ほかにもあります。一覧で確認してください。",
      mine: "担当",
      dueOn: "期限 {{date}}",
      severity: { overdue: "期限切れ", due: "今日まで", upcoming: "もうすぐ" },
      // One entry per kind an area's provider gives (server/src/modules/today-providers.ts).
      kinds: {
        support: {
          planReview: { title: "プランの見直し", item: "{{name}}さん（{{program}}）" },
          conferenceWaiting: {
            title: "支援調整会議の開催待ち",
            item: "{{name}}さん（{{program}}）：プラン作成から{{days}}日",
          },
          assessmentMissing: {
            title: "アセスメント未実施",
            item: "{{name}}さん（{{program}}）：受付から{{days}}日",
          },
          certificationExpiring: {
            title: "認定就労訓練事業の認定期限",
            item: "{{workplace}}：{{until}}まで",
          },
          followUpDue: {
            title: "定着支援のフォローアップ",
            item: "{{name}}さん（{{program}}）：就労から{{months}}か月",
          },
        },
        consultation: {
          nextActionDue: { title: "相談の次の対応", item: "{{action}}（{{category}}）" },
        },
        consultationRequest: {
          new: { title: "新しい相談の申し込み", item: "{{name}}さんの申し込み" },
        },
        referral: {
          stale: { title: "動きのないつなぎ", item: "{{recipient}}（{{days}}日間動きなし）" },
          followUpDue: { title: "つなぎ先へのフォロー", item: "{{recipient}}への確認" },
        },
        startupGrant: {
          windowOpens: { title: "助成金の受付開始（30日以内）", item: "{{title}}（{{provider}}）" },
          windowCloses: { title: "助成金の受付締切（30日以内）", item: "{{title}}（{{provider}}）" },
        },
        prospect_next_step: { title: "開拓の次の予定（7日以内・期限切れ）", item: "{{name}}：{{step}}" },
        network_request_new: {
          title: "まだ担当のいない依頼",
          item: "{{title}}（{{requester}}、{{receivedOn}}受付）",
        },
        network_request_due: { title: "近づいている依頼（14日以内）", item: "{{title}}（{{requester}}）" },
        officer_term_ending: {
          title: "任期が近く終わる役員（90日以内）",
          item: "{{name}}（$t(officerRoles.{{role}})）：{{endsOn}}まで",
        },
        meeting_action_item: {
          title: "会議で決まったあなたの宿題（完了まで）",
          item: "{{title}}（{{meeting}}）",
        },
      },
    },
  },
} as const;

export type DashboardCatalog = Widen<typeof dashboardJa>;
