"""The roles the authorization matrix asks about, and the builders of its expected answers
(shared by tests/test_authorization.py and the matrices of the apps in tests/matrix_*.py)."""

ANON = "anonymous"
ROLES = [ANON, "admin", "officer", "finance", "council", "partner", "association", "resident"]
COMMUNE = {"admin", "officer", "finance", "council"}
EDITORS = {"admin", "officer"}
REPS = {"partner", "association"}
RESIDENT = "resident"  # signed in on the portal, with no workspace
DENIED = "403 or 404"  # refused, whether before or after looking the record up
LOGIN = 302  # anonymous users are sent to the sign-in page


def expect(default, **per_role):
    """Build {role: status}: `default` for signed-in roles unless overridden; anonymous -> LOGIN;
    a resident, who has no workspace, 403 unless said."""
    table = dict.fromkeys(ROLES, default)
    table[ANON] = LOGIN
    table[RESIDENT] = DENIED
    for key, value in per_role.items():
        for role in {"commune": COMMUNE, "editors": EDITORS, "reps": REPS}.get(key, {key}):
            table[role] = value
    return table


def everyone(status):
    return dict.fromkeys(ROLES, status)


def by_role(*, anonymous, **groups):
    """Build {role: status} naming every role; a resident reads what anonymous users read (the
    public API and pages) and is refused where they are sent to sign in, unless said."""
    table = {ANON: anonymous, RESIDENT: DENIED if anonymous in (LOGIN, 403) else anonymous}
    for key, value in groups.items():
        for role in {"commune": COMMUNE, "editors": EDITORS, "reps": REPS}.get(key, {key}):
            table[role] = value
    missing = set(ROLES) - set(table)
    assert not missing, f"no expectation for {missing}"
    return table
