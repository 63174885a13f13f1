/** The consultation desk's appointments strings (consultation.appointments.*); English in appointments.en.ts. */
export const appointmentsJa = {
  title: "",
};
