/**
 * What to write after a person's name: their unit and title, leaving out words the name already
 * carries (demo accounts are named by post, e.g. "市水务集团党委书记").
 */
export function personDetails(person: {
  displayName: string;
  title: string;
  enterprise: { shortName: string } | null;
}): string {
  const parts = [person.enterprise?.shortName, person.title].filter(
    (part): part is string => Boolean(part) && !person.displayName.includes(part as string),
  );
  return parts.join(" · ");
}
