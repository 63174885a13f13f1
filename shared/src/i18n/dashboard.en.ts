import type { DashboardCatalog } from "./dashboard.ja.ts";

export const dashboardEn: DashboardCatalog = {
  dashboard: {
    title: "Dashboard",
    welcome: "Welcome, {{name}}.",
    activeUsers: "Active users",
    usersByRole: "Users by role",
    programs: "Programs",
    activeSessions: "Active sessions",
    auditEventsToday: "Audit events today",
    lastLogin: "Your last login",
    firstLogin: "This is your first login.",
    peopleCount: "{{count}}",
    myPrograms: "Your programs",
    noPrograms: "No programs are assigned to you yet.",
    today: {
      title: "To do today",
      empty: "Nothing to do today.",
      loadFailed: "Your to-do list could not be loaded.",
      count: "{{count}}",
      more: "There are more: see the list.",
      mine: "Yours",
      dueOn: "Due {{date}}",
      severity: { overdue: "Overdue", due: "Due today", upcoming: "Soon" },
      kinds: {
        support: {
          planReview: { title: "Plans to review", item: "{{name}} ({{program}})" },
          conferenceWaiting: {
            title: "Waiting for a case conference",
            item: "{{name}} ({{program}}): plan made {{days}} days ago",
          },
          assessmentMissing: {
            title: "No assessment yet",
            item: "{{name}} ({{program}}): intake {{days}} days ago",
          },
          certificationExpiring: {
            title: "Training certifications ending",
            item: "{{workplace}}: until {{until}}",
          },
          followUpDue: {
            title: "Retention follow-ups due",
            item: "{{name}} ({{program}}): {{months}} months in work",
          },
        },
        consultation: {
          nextActionDue: { title: "Consultation follow-ups due", item: "{{action}} ({{category}})" },
        },
        consultationRequest: {
          new: { title: "New consultation requests", item: "Request from {{name}}" },
        },
        referral: {
          stale: { title: "Referrals without news", item: "{{recipient}} (no change for {{days}} days)" },
          followUpDue: { title: "Referral follow-ups due", item: "Check with {{recipient}}" },
        },
        startupGrant: {
          windowOpens: { title: "Grant windows opening (within 30 days)", item: "{{title}} ({{provider}})" },
          windowCloses: { title: "Grant windows closing (within 30 days)", item: "{{title}} ({{provider}})" },
        },
        prospect_next_step: {
          title: "Next steps with prospective workplaces (within 7 days or overdue)",
          item: "{{name}}: {{step}}",
        },
        network_request_new: {
          title: "Requests nobody has taken",
          item: "{{title}} ({{requester}}, received {{receivedOn}})",
        },
        network_request_due: {
          title: "Requests coming up (within 14 days)",
          item: "{{title}} ({{requester}})",
        },
        officer_term_ending: {
          title: "Officer terms ending (within 90 days)",
          item: "{{name}} ($t(officerRoles.{{role}})), until {{endsOn}}",
        },
        meeting_action_item: {
          title: "Your action items from meetings (until done)",
          item: "{{title}} ({{meeting}})",
        },
      },
    },
  },
};
