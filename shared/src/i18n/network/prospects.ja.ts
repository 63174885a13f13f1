/** The network's prospects strings (network.prospects.*); English in prospects.en.ts. */
export const prospectsJa = {
  title: "TODO",
};
