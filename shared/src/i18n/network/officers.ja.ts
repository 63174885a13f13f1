/** The network's officers strings (network.officers.*); English in officers.en.ts. */
export const officersJa = {
  title: "TODO",
};
