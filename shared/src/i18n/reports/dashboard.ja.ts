/** Strings of the reports' dashboard pages (issue 14); English in dashboard.en.ts. */
export const dashboardJa = {
  title: "事業の概況",
};
