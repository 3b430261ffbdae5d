/**
 * A branch a command names by id as a party to what it records (the organizer of an activity,
 * the issuer of a report, the recipient of an honor), with the body field that names it. The
 * decider sees one stream only, so the command layer checks that the branch exists before deciding.
 */
export interface BranchReference {
  /** The body field, as a 400 would name it: `organizer.branchId`. */
  field: string;
  branchId: string;
}

/** The reference of a party that is a branch; none for the organization or a person. */
export function branchReferenceOf(field: string, party: { kind: string; branchId?: string } | undefined): BranchReference[] {
  return party?.kind === 'branch' && typeof party.branchId === 'string' ? [{ field, branchId: party.branchId }] : [];
}
