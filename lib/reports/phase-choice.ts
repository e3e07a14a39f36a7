/** The phase a `?phase=` parameter names, else the active one, else the first (latest campaign). */
export function choosePhase<P extends { id: number; status: string }>(
  phases: readonly P[],
  param: string | undefined,
): P | null {
  const wanted = Number(param);
  return (
    phases.find((phase) => phase.id === wanted) ??
    phases.find((phase) => phase.status === "ACTIVE") ??
    phases[0] ??
    null
  );
}
