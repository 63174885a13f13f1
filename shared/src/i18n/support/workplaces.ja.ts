/** Partner workplaces (協力事業所): under `support.workplaces` (web/src/features/support/workplaces). */
export const workplacesJa = {
  workplaces: {
    title: "協力事業所",
  },
};
