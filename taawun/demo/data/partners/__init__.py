"""The demo partners, in the order they are created.

Real institutions are named as they are; unless a note says "[src]", the relationship between the
institution and Aourir shown in the demo is illustrative, and each partner's `notes` says so.
Organisations marked as fictional were invented for the demo. Every contact person is fictional and
uses an example.org / example.ma address.

Keys are the partner fields the service takes (partners.columns.FORM_FIELDS; missing ones are
empty; country defaults to MA, status to active, is_public to True), "domains" holds Domain codes
and "contacts" (name, position, e-mail, phone) tuples. Websites only where the official address is known for sure; otherwise empty.
"""

from . import collectivities, international, society, state

PARTNERS = [*state.PARTNERS, *collectivities.PARTNERS, *international.PARTNERS, *society.PARTNERS]
