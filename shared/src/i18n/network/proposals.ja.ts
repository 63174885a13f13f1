/** The network's proposals strings (network.proposals.*); English in proposals.en.ts. */
export const proposalsJa = {
  title: "TODO",
};
