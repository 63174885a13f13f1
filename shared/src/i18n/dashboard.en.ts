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
  },
};
