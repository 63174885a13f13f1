/** The network's members strings (network.members.*); English in members.en.ts. */
export const membersJa = {
  title: "TODO",
};
